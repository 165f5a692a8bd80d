/**
 * The branch and commit of a local checkout, read from `.git` directly (no `git` process: it may not be
 * installed, and spawning it would cost more than the whole lookup). Anything unusual (a worktree file, a
 * missing ref) gives undefined, never an error: a local run works without git.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the checkout's HEAD points at. */
export interface GitHead {
  readonly branch?: string;
  readonly sha?: string;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Reads `<cwd>/.git/HEAD` and the ref it names (loose or packed). */
export async function readGitHead(cwd: string): Promise<GitHead> {
  const gitDir = join(cwd, '.git');
  const head = (await readFile(join(gitDir, 'HEAD'), 'utf8').catch(() => '')).trim();
  if (SHA.test(head)) return { sha: head };
  const ref = /^ref: (refs\/heads\/.+)$/.exec(head)?.[1];
  if (!ref) return {};
  const branch = ref.slice('refs/heads/'.length);
  const loose = (await readFile(join(gitDir, ref), 'utf8').catch(() => '')).trim();
  if (SHA.test(loose)) return { branch, sha: loose };
  const packed = await readFile(join(gitDir, 'packed-refs'), 'utf8').catch(() => '');
  const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
  const sha = line?.split(' ')[0];
  return sha && SHA.test(sha) ? { branch, sha } : { branch };
}
