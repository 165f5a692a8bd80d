/**
 * An in-memory {@link CodeHost}: PR comments in a list, with the same upsert promise as the real hosts
 * (one comment per PR and marker, edited in place) and the same contract suite. `readOnly` makes it answer
 * as a fork PR's token does; `failWith` makes every upsert fail with a given error (a service that is down).
 */
import { CodeHostPermissionError, type CodeHost, type CommentRef } from '../../src/ci/index.js';
import { UsageError } from '../../src/model/index.js';

/** Options of {@link MemoryCodeHost}. */
export interface MemoryCodeHostOptions {
  /** The longest body accepted (default GitHub's 65,536 characters); a longer one is refused. */
  readonly commentChars?: number;
  /** The web base of comment links (default `https://code.example/pulls`). */
  readonly webUrl?: string;
}

/** A stored comment. */
export interface MemoryComment {
  readonly id: string;
  readonly pr: number;
  body: string;
}

export class MemoryCodeHost implements CodeHost {
  readonly kind = 'github';
  readonly limits: { readonly commentChars: number };
  readonly comments: MemoryComment[] = [];
  /** Answer every write as a read-only token would. */
  readOnly = false;
  /** When set, every upsert rejects with this error, after the same checks as a real host. */
  failWith: Error | undefined;
  /** Upsert calls received, in order (refused ones too). */
  readonly calls: { readonly pr: number; readonly marker: string }[] = [];
  private nextId = 1;
  private readonly webUrl: string;

  constructor(options: MemoryCodeHostOptions = {}) {
    this.limits = { commentChars: options.commentChars ?? 65_536 };
    this.webUrl = options.webUrl ?? 'https://code.example/pulls';
  }

  async upsertComment(pr: number, marker: string, body: string): Promise<CommentRef> {
    this.calls.push({ pr, marker });
    if (!body.includes(marker)) throw new UsageError('the comment body must contain its marker');
    if (body.length > this.limits.commentChars)
      throw new UsageError(`comment of ${body.length} characters exceeds ${this.limits.commentChars}`);
    if (this.readOnly)
      throw new CodeHostPermissionError(
        'cannot comment on the pull request: Resource not accessible by integration',
      );
    if (this.failWith) throw this.failWith;
    // One await before the check-and-write, as a real host's list call would: racing callers interleave
    // here, and the check below runs without a further await, so exactly one of them creates.
    await Promise.resolve();
    const existing = this.comments.find((c) => c.pr === pr && c.body.includes(marker));
    if (existing) {
      const url = this.urlOf(existing);
      if (existing.body === body) return { id: existing.id, url, action: 'unchanged' };
      existing.body = body;
      return { id: existing.id, url, action: 'updated' };
    }
    const comment = { id: String(this.nextId++), pr, body };
    this.comments.push(comment);
    return { id: comment.id, url: this.urlOf(comment), action: 'created' };
  }

  private urlOf(comment: MemoryComment): string {
    return `${this.webUrl}/${comment.pr}#comment-${comment.id}`;
  }
}
