/**
 * The Azure Repos code host: one pull-request thread per marker, through `azure-devops-node-api`'s GitApi
 * (`getThreads`, `createThread`, `updateComment`, `updateThread`, `deleteComment`).
 * https://learn.microsoft.com/rest/api/azure/devops/git/pull-request-threads
 *
 * The report is the first comment of a PR-level thread (no `threadContext`); the hidden marker is in that
 * comment. Every later run edits the comment in place, and the thread's status follows the report: Fixed
 * (resolved) when nothing fails, Active again when something does.
 *
 * Threads cannot be created conditionally, so two report jobs (a re-run racing the original, two stages)
 * can both find none and both create one. After creating, the host lists again and keeps the oldest marked
 * thread (lowest id); every other marked thread has its comment deleted (Azure Repos then shows the thread
 * as deleted; threads themselves cannot be deleted) and its status set to Closed. Every racer converges on
 * the same survivor. A 403 (`TF401027: … PullRequestContribute`) is a CodeHostPermissionError: the caller
 * warns and carries on.
 */
import type { CodeHost, CodeHostRef, CommentOptions, CommentRef, Logger } from '../../src/ci/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import { AzureDevOpsClient, statusOf, type AzureDevOpsClientOptions } from './rest-client.js';

/**
 * Azure Repos documents no limit on a comment's length; budget as GitHub does (reference/providers.md §2.3),
 * which every Azure DevOps version accepts.
 */
export const AZURE_COMMENT_LIMIT_CHARS = 65_536;

/** `CommentThreadStatus` and `CommentType` of the Git API (numbers on the wire, as the client sends them). */
const THREAD_ACTIVE = 1;
const THREAD_FIXED = 2;
const THREAD_CLOSED = 4;
const COMMENT_TEXT = 1;

/** What the host grants to comment: said in every permission error. */
export const CONTRIBUTE_HINT =
  'Grant the build service identity ("<project> Build Service (<organization>)") "Contribute to pull requests" on the repository (Project settings → Repositories → Security), or pass a token that has it in TESSERA_TOKEN.';

/** A thread as the client returns it (only what we read). */
interface Thread {
  readonly id?: number;
  readonly status?: number;
  readonly isDeleted?: boolean;
  readonly comments?: readonly {
    readonly id?: number;
    readonly content?: string;
    readonly isDeleted?: boolean;
  }[];
}

/** A marked thread: its id, its first comment's id and content, its status. */
interface Marked {
  readonly id: number;
  readonly commentId: number;
  readonly content: string;
  readonly status: number | undefined;
}

/** PR threads on one Azure Repos repository. */
export class AzureReposCodeHost implements CodeHost {
  readonly kind = 'azure-repos';
  readonly limits = { commentChars: AZURE_COMMENT_LIMIT_CHARS };
  private readonly client: AzureDevOpsClient;
  private readonly project: string;
  private readonly repository: string;

  constructor(
    private readonly ref: CodeHostRef,
    token: string,
    options: AzureDevOpsClientOptions,
  ) {
    const slash = ref.repo.indexOf('/');
    if (slash <= 0 || slash === ref.repo.length - 1)
      throw new UsageError(
        `Azure Repos repository ${JSON.stringify(ref.repo)} is not <project>/<repository>`,
      );
    this.project = ref.repo.slice(0, slash);
    this.repository = ref.repo.slice(slash + 1);
    this.client = new AzureDevOpsClient(ref.apiUrl, token, options);
  }

  async upsertComment(
    pr: number,
    marker: string,
    body: string,
    options: CommentOptions = {},
  ): Promise<CommentRef> {
    if (!body.includes(marker)) throw new UsageError('the comment body must contain its marker');
    if (body.length > this.limits.commentChars)
      throw new UsageError(
        `the comment has ${body.length} characters; Tessera budgets ${this.limits.commentChars} for Azure Repos`,
        'This is a bug in the renderer’s budget; please report it.',
      );
    const status = options.resolved ? THREAD_FIXED : THREAD_ACTIVE;
    const [oldest, ...duplicates] = await this.markedThreads(pr, marker);
    if (oldest) {
      await this.retire(pr, duplicates);
      return this.bringUpToDate(pr, oldest, body, status);
    }
    const git = await this.client.git();
    const created = (await this.client.call(
      `create a thread on pull request ${pr}`,
      () =>
        git.createThread(
          { comments: [{ parentCommentId: 0, content: body, commentType: COMMENT_TEXT }], status },
          this.repository,
          pr,
          this.project,
        ),
      CONTRIBUTE_HINT,
    )) as Thread;
    // Another reporter may have created one at the same moment: keep the oldest, retire the rest.
    const [survivor, ...others] = await this.markedThreads(pr, marker);
    await this.retire(pr, others);
    if (!survivor || survivor.id === created.id)
      return {
        id: String(created.id ?? survivor?.id ?? ''),
        url: this.urlOf(pr, created.id),
        action: 'created',
      };
    return this.bringUpToDate(pr, survivor, body, status);
  }

  /** Edits the thread's first comment and status where they differ from what this run wants. */
  private async bringUpToDate(pr: number, thread: Marked, body: string, status: number): Promise<CommentRef> {
    const git = await this.client.git();
    const changed = thread.content !== body;
    if (changed)
      await this.client.call(
        `edit the report comment of thread ${thread.id}`,
        () =>
          git.updateComment(
            { content: body },
            this.repository,
            pr,
            thread.id,
            thread.commentId,
            this.project,
          ),
        CONTRIBUTE_HINT,
      );
    if (thread.status !== status)
      await this.client.call(
        `set the status of thread ${thread.id}`,
        () => git.updateThread({ status }, this.repository, pr, thread.id, this.project),
        CONTRIBUTE_HINT,
      );
    return {
      id: String(thread.id),
      url: this.urlOf(pr, thread.id),
      action: changed || thread.status !== status ? 'updated' : 'unchanged',
    };
  }

  /** The PR's live threads whose first comment carries `marker`, oldest (lowest id) first. */
  private async markedThreads(pr: number, marker: string): Promise<Marked[]> {
    const git = await this.client.git();
    const threads = ((await this.client.call(
      `list the threads of pull request ${pr}`,
      () => git.getThreads(this.repository, pr, this.project),
      CONTRIBUTE_HINT,
    )) ?? []) as Thread[];
    const marked: Marked[] = [];
    for (const thread of threads) {
      const first = [...(thread.comments ?? [])].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))[0];
      if (thread.isDeleted || !first || first.isDeleted || thread.id === undefined || first.id === undefined)
        continue;
      if (!first.content?.includes(marker)) continue;
      marked.push({ id: thread.id, commentId: first.id, content: first.content, status: thread.status });
    }
    return marked.sort((a, b) => a.id - b.id);
  }

  /** Deletes the marked comment of each duplicate thread and closes the thread. */
  private async retire(pr: number, threads: readonly Marked[]): Promise<void> {
    const git = await this.client.git();
    for (const thread of threads) {
      try {
        await this.client.call(
          `delete the duplicate report of thread ${thread.id}`,
          () => git.deleteComment(this.repository, pr, thread.id, thread.commentId, this.project),
          CONTRIBUTE_HINT,
        );
        await this.client.call(
          `close the duplicate thread ${thread.id}`,
          () => git.updateThread({ status: THREAD_CLOSED }, this.repository, pr, thread.id, this.project),
          CONTRIBUTE_HINT,
        );
      } catch (error) {
        // A racing reporter retired it first: that is the outcome we wanted.
        if (!(error instanceof TesseraError && statusOf(error.cause) === 404)) throw error;
      }
    }
  }

  /** The thread's link in the PR's web page. */
  private urlOf(pr: number, threadId: number | undefined): string {
    const base = `${this.ref.webUrl ?? this.ref.apiUrl}${encodeURIComponent(this.project)}/_git/${encodeURIComponent(this.repository)}/pullrequest/${pr}`;
    return threadId !== undefined ? `${base}?discussionId=${threadId}` : base;
  }
}

/** The logger-only options a code host created by the registry gets. */
export function codeHostOptions(
  log: Logger,
  sleep?: (ms: number) => Promise<void>,
): AzureDevOpsClientOptions {
  return { log, ...(sleep ? { sleep } : {}) };
}
