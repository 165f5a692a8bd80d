/**
 * The GitHub code host: one PR comment per marker, kept up to date through the REST API (the issues API
 * carries PR conversation comments). https://docs.github.com/en/rest/issues/comments
 *
 * GitHub cannot create a comment conditionally, so two reporters (a re-run racing the original, two
 * workflows) can both find no comment and both create one. After creating, the host lists again and keeps
 * only the oldest marked comment, deleting the others and moving its body onto the survivor; every racer
 * converges on the same survivor because "oldest" is the lowest id. Retries and error mapping (a fork's
 * read-only token becomes a CodeHostPermissionError) are rest-client.ts's.
 */
import type { CodeHost, CodeHostRef, CommentRef } from '../../src/ci/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import { GithubRestClient, statusOf, type GithubRestOptions } from './rest-client.js';

/** GitHub rejects longer bodies with 422 "Body is too long (maximum is 65536 characters)". */
export const GITHUB_COMMENT_LIMIT_CHARS = 65_536;

/** A comment as the API returns it (only what we read). */
interface ApiComment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url?: string;
}

/** PR comments on one GitHub repository. */
export class GithubCodeHost implements CodeHost {
  readonly kind = 'github';
  readonly limits = { commentChars: GITHUB_COMMENT_LIMIT_CHARS };
  private readonly rest: GithubRestClient;

  constructor(ref: CodeHostRef, token: string, options: GithubRestOptions = {}) {
    this.rest = new GithubRestClient(ref, token, options);
  }

  async upsertComment(pr: number, marker: string, body: string): Promise<CommentRef> {
    if (!body.includes(marker)) throw new UsageError('the comment body must contain its marker');
    if (body.length > this.limits.commentChars)
      throw new UsageError(
        `the comment has ${body.length} characters; GitHub accepts ${this.limits.commentChars}`,
        'This is a bug in the renderer’s budget; please report it.',
      );
    const [oldest, ...duplicates] = await this.markedComments(pr, marker);
    if (oldest) {
      await this.deleteAll(duplicates);
      if (oldest.body === body) return { id: String(oldest.id), url: oldest.html_url, action: 'unchanged' };
      return this.update(oldest.id, body);
    }
    const created = (await this.rest.request(
      'create a comment',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { issue_number: pr, body },
    )) as ApiComment;
    // Another reporter may have created one at the same moment: keep the oldest, delete the rest.
    const [survivor, ...others] = await this.markedComments(pr, marker);
    await this.deleteAll(others);
    if (!survivor || survivor.id === created.id)
      return { id: String(created.id), url: created.html_url, action: 'created' };
    return survivor.body === body
      ? { id: String(survivor.id), url: survivor.html_url, action: 'unchanged' }
      : this.update(survivor.id, body);
  }

  private async update(id: number, body: string): Promise<CommentRef> {
    const updated = (await this.rest.request(
      'edit the comment',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      { comment_id: id, body },
    )) as ApiComment;
    return { id: String(updated.id), url: updated.html_url, action: 'updated' };
  }

  /** The PR's comments carrying `marker`, oldest (lowest id) first. */
  private async markedComments(pr: number, marker: string): Promise<ApiComment[]> {
    const comments = (await this.rest.paginate(
      'list the comments',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { issue_number: pr },
    )) as ApiComment[];
    return comments.filter((c) => c.body?.includes(marker)).sort((a, b) => a.id - b.id);
  }

  private async deleteAll(comments: readonly ApiComment[]): Promise<void> {
    for (const comment of comments) {
      try {
        await this.rest.request(
          'delete a duplicate comment',
          'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
          { comment_id: comment.id },
        );
      } catch (error) {
        // A racing reporter deleted it first: that is the outcome we wanted.
        if (!(error instanceof TesseraError && statusOf(error.cause) === 404)) throw error;
      }
    }
  }
}
