/**
 * An in-memory {@link CodeHost}: PR comments in a list, with the same upsert promise as the real hosts
 * (one comment per PR and marker, edited in place) and the same contract suite. `readOnly` makes it answer
 * as a fork PR's token does.
 */
import { CodeHostPermissionError, type CodeHost, type CommentRef } from '../../src/ci/index.js';
import { UsageError } from '../../src/model/index.js';

/** A stored comment. */
export interface MemoryComment {
  readonly id: string;
  readonly pr: number;
  body: string;
}

export class MemoryCodeHost implements CodeHost {
  readonly kind = 'github';
  readonly limits = { commentChars: 65_536 };
  readonly comments: MemoryComment[] = [];
  /** Answer every write as a read-only token would. */
  readOnly = false;
  private nextId = 1;

  async upsertComment(pr: number, marker: string, body: string): Promise<CommentRef> {
    if (!body.includes(marker)) throw new UsageError('the comment body must contain its marker');
    if (body.length > this.limits.commentChars)
      throw new UsageError(`comment of ${body.length} characters exceeds ${this.limits.commentChars}`);
    if (this.readOnly)
      throw new CodeHostPermissionError(
        'cannot comment on the pull request: Resource not accessible by integration',
      );
    // One await before the check-and-write, as a real host's list call would: racing callers interleave
    // here, and the check below runs without a further await, so exactly one of them creates.
    await Promise.resolve();
    const existing = this.comments.find((c) => c.pr === pr && c.body.includes(marker));
    if (existing) {
      if (existing.body === body) return { id: existing.id, action: 'unchanged' };
      existing.body = body;
      return { id: existing.id, action: 'updated' };
    }
    const comment = { id: String(this.nextId++), pr, body };
    this.comments.push(comment);
    return { id: comment.id, action: 'created' };
  }
}
