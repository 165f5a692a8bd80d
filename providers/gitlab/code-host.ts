/**
 * The GitLab code host: one merge request note per marker, kept up to date through the Notes API
 * (https://docs.gitlab.com/api/notes/#merge-requests), with `@gitbeaker/rest` (rest-client.ts).
 *
 * GitLab cannot create a note conditionally, so two report jobs (a retried job racing the original, two
 * pipelines of the same MR) can both find no note and both create one. After creating, the host lists
 * again and keeps only the oldest marked note (lowest id), deleting the others and moving its body onto
 * the survivor; every racer converges on the same survivor. The list is read across all its pages
 * (gitbeaker follows `Link: rel="next"`), oldest first.
 *
 * The token must be able to write notes: a project, group or personal access token with the `api` scope
 * (`CI_JOB_TOKEN` can only read them). A refusal is a {@link CodeHostPermissionError} naming that scope.
 */
import type { CodeHost, CodeHostRef, CommentRef } from '../../src/ci/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import {
  createGitlabApi,
  gitlabCall,
  hostOfApiUrl,
  statusOf,
  type GitlabApi,
  type GitlabRestOptions,
} from './rest-client.js';

/** GitLab rejects longer note bodies: "Note is too long (maximum is 1000000 characters)" (Notes API). */
export const GITLAB_NOTE_LIMIT_CHARS = 1_000_000;

/** A note as the API returns it (only what we read). */
interface ApiNote {
  readonly id: number;
  readonly body?: string | null;
  readonly system?: boolean;
}

/** Options of {@link GitlabCodeHost}: the REST options, or a ready client (tests). */
export interface GitlabCodeHostOptions extends GitlabRestOptions {
  readonly api?: GitlabApi;
}

/** Merge request notes on one GitLab project. */
export class GitlabCodeHost implements CodeHost {
  readonly kind = 'gitlab';
  readonly limits = { commentChars: GITLAB_NOTE_LIMIT_CHARS };
  private api: Promise<GitlabApi> | undefined;
  /** The project as the API addresses it: its numeric id or its path (`group/sub/project`). */
  private readonly project: string;

  constructor(
    private readonly ref: CodeHostRef,
    token: string,
    options: GitlabCodeHostOptions = {},
  ) {
    if (ref.repo.trim() === '')
      throw new UsageError('no GitLab project to post to', 'Give the project path, e.g. group/project.');
    this.project = ref.repo;
    // Masked at once, although gitbeaker itself loads on the first call.
    options.log?.mask(token);
    this.client = () =>
      (this.api ??= options.api
        ? Promise.resolve(options.api)
        : createGitlabApi(hostOfApiUrl(ref.apiUrl), { token }, options));
  }

  private readonly client: () => Promise<GitlabApi>;

  async upsertComment(mr: number, marker: string, body: string): Promise<CommentRef> {
    if (!body.includes(marker)) throw new UsageError('the note body must contain its marker');
    if (body.length > this.limits.commentChars)
      throw new UsageError(
        `the note has ${body.length} characters; GitLab accepts ${this.limits.commentChars}`,
        'This is a bug in the renderer’s budget; please report it.',
      );
    const [oldest, ...duplicates] = await this.markedNotes(mr, marker);
    if (oldest) {
      await this.deleteAll(mr, duplicates);
      if (oldest.body === body) return this.refOf(mr, oldest.id, 'unchanged');
      return this.edit(mr, oldest.id, body);
    }
    const api = await this.client();
    const created = (await gitlabCall('create a merge request note', this.project, () =>
      api.MergeRequestNotes.create(this.project, mr, body),
    )) as ApiNote;
    // Another report job may have created one at the same moment: keep the oldest, delete the rest.
    const [survivor, ...others] = await this.markedNotes(mr, marker);
    await this.deleteAll(mr, others);
    if (!survivor || survivor.id === created.id) return this.refOf(mr, created.id, 'created');
    return survivor.body === body
      ? this.refOf(mr, survivor.id, 'unchanged')
      : this.edit(mr, survivor.id, body);
  }

  private async edit(mr: number, id: number, body: string): Promise<CommentRef> {
    const api = await this.client();
    const edited = (await gitlabCall('edit the merge request note', this.project, () =>
      api.MergeRequestNotes.edit(this.project, mr, id, { body }),
    )) as ApiNote;
    return this.refOf(mr, edited.id, 'updated');
  }

  /** The MR's notes carrying `marker`, oldest (lowest id) first; system notes never count. */
  private async markedNotes(mr: number, marker: string): Promise<ApiNote[]> {
    const api = await this.client();
    const notes = (await gitlabCall('list the merge request notes', this.project, () =>
      api.MergeRequestNotes.all(this.project, mr, {
        perPage: 100,
        sort: 'asc',
        orderBy: 'created_at',
      }),
    )) as ApiNote[];
    return notes.filter((n) => n.system !== true && n.body?.includes(marker)).sort((a, b) => a.id - b.id);
  }

  private async deleteAll(mr: number, notes: readonly ApiNote[]): Promise<void> {
    const api = await this.client();
    for (const note of notes) {
      try {
        await gitlabCall('delete a duplicate merge request note', this.project, () =>
          api.MergeRequestNotes.remove(this.project, mr, note.id),
        );
      } catch (error) {
        // A racing report job deleted it first: that is the outcome we wanted.
        if (!(error instanceof TesseraError && statusOf(error.cause) === 404)) throw error;
      }
    }
  }

  /** Where a note is: `<web>/<project path>/-/merge_requests/<iid>#note_<id>` when the path is known. */
  private refOf(mr: number, id: number, action: CommentRef['action']): CommentRef {
    const web = this.ref.webUrl?.replace(/\/+$/, '');
    const url =
      web && !/^\d+$/.test(this.project)
        ? `${web}/${this.project}/-/merge_requests/${mr}#note_${id}`
        : undefined;
    return { id: String(id), action, ...(url !== undefined ? { url } : {}) };
  }
}
