/**
 * The contract every {@link CodeHost} keeps: one comment per PR and marker, edited in place, never
 * duplicated (also when two reporters race), other comments untouched, and a read-only token reported as
 * a permission error. The in-memory fake runs it here; each real code host runs it against its fake server.
 */
import { describe, expect, it } from 'vitest';
import { CodeHostPermissionError, type CodeHost } from '../../src/ci/index.js';

/** A code host under test, with a way to see the PR's comments and to make its token read-only. */
export interface CodeHostUnderTest {
  readonly host: CodeHost;
  /** The comments on `pr`, oldest first. */
  comments(pr: number): Promise<readonly { id: string; body: string }[]>;
  /** Adds a comment by someone else. */
  addForeignComment(pr: number, body: string): Promise<void>;
  /** From now on, the token may read but not write (a fork PR). */
  makeReadOnly(): void;
}

const MARKER = '<!-- tessera:report -->';

export function codeHostContract(name: string, create: () => Promise<CodeHostUnderTest>): void {
  describe(`CodeHost contract: ${name}`, () => {
    it('creates the comment, then edits the same one, then leaves an identical body alone', async () => {
      const subject = await create();
      const first = await subject.host.upsertComment(7, MARKER, `${MARKER}\nrun 1`);
      expect(first.action).toBe('created');
      const second = await subject.host.upsertComment(7, MARKER, `${MARKER}\nrun 2`);
      expect(second).toMatchObject({ id: first.id, action: 'updated' });
      const third = await subject.host.upsertComment(7, MARKER, `${MARKER}\nrun 2`);
      expect(third).toMatchObject({ id: first.id, action: 'unchanged' });
      expect((await subject.comments(7)).map((c) => c.body)).toEqual([`${MARKER}\nrun 2`]);
    });

    it('never leaves two marked comments when two reporters race', async () => {
      const subject = await create();
      await Promise.all([
        subject.host.upsertComment(8, MARKER, `${MARKER}\nreporter A`),
        subject.host.upsertComment(8, MARKER, `${MARKER}\nreporter B`),
      ]);
      const marked = (await subject.comments(8)).filter((c) => c.body.includes(MARKER));
      expect(marked).toHaveLength(1);
    });

    it('keeps markers, PRs and other people’s comments apart', async () => {
      const subject = await create();
      await subject.addForeignComment(9, 'LGTM');
      await subject.host.upsertComment(9, MARKER, `${MARKER}\nreport`);
      await subject.host.upsertComment(9, '<!-- tessera:e2e -->', '<!-- tessera:e2e -->\ne2e report');
      await subject.host.upsertComment(10, MARKER, `${MARKER}\nother PR`);
      expect((await subject.comments(9)).map((c) => c.body)).toEqual([
        'LGTM',
        `${MARKER}\nreport`,
        '<!-- tessera:e2e -->\ne2e report',
      ]);
      expect((await subject.comments(10)).map((c) => c.body)).toEqual([`${MARKER}\nother PR`]);
    });

    it('reports a read-only token as a permission error, writing nothing', async () => {
      const subject = await create();
      subject.makeReadOnly();
      await expect(subject.host.upsertComment(11, MARKER, `${MARKER}\nx`)).rejects.toBeInstanceOf(
        CodeHostPermissionError,
      );
      expect(await subject.comments(11)).toEqual([]);
    });

    it('publishes its comment size limit', async () => {
      const subject = await create();
      expect(subject.host.limits.commentChars).toBeGreaterThanOrEqual(65_536);
    });
  });
}
