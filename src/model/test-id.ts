import { hash } from 'node:crypto';

/** The parts a test's identity is made of. */
export interface TestIdParts {
  readonly file?: string;
  readonly suite: readonly string[];
  readonly name: string;
  readonly project?: string;
}

/**
 * Normalises a path to the repo-relative form ids and plans use: forward slashes, no leading `./`, no
 * duplicate slashes. Absolute paths under `root` are made relative to it.
 */
export function normalizePath(path: string, root?: string): string {
  let p = path.trim().replace(/\\/g, '/');
  if (root) {
    const r = root.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    if (p.startsWith(r)) p = p.slice(r.length);
  }
  p = p.replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/**
 * Stable test id: 16 hex digits of SHA-256 over the normalised file path, the suite path, the name and the
 * project. The same test gets the same id in every shard, run, working directory and retry, so the id is the
 * key of the history. A hash keeps the history compact; the readable parts travel beside it.
 */
export function testId(parts: TestIdParts): string {
  const key = JSON.stringify([
    parts.file ? normalizePath(parts.file) : '',
    parts.suite,
    parts.name,
    parts.project ?? '',
  ]);
  // One-shot hash: a Hash object per test costs more than the hashing itself at 100k tests.
  return hash('sha256', key, 'hex').slice(0, 16);
}

/** A readable one-line title: `suite › suite › name [project]`. */
export function testTitle(parts: TestIdParts): string {
  const title = [...parts.suite, parts.name].filter((s) => s.length > 0).join(' › ');
  return parts.project ? `${title} [${parts.project}]` : title;
}
