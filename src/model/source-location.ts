/**
 * Where a test is in the repository, as a reviewer wants to open it: a repo-relative path and a line.
 * Result files often name absolute paths of the CI machine (`/home/ci/work/app/test/async.spec.js`) and no
 * line, while the failure's stack trace does name one (`at Context.<anonymous> (test/async.spec.js:22:26)`).
 * These functions strip the checkout root from a path and find the line in the trace. Pure.
 */

/** A path with forward slashes, without `file://`, and without a trailing slash on a folder. */
function slashed(path: string): string {
  return path
    .trim()
    .replace(/\\/g, '/')
    .replace(/^file:\/\//, '');
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/**
 * `path` relative to the checkout `root`, or undefined when it is not inside the repository: an absolute
 * path elsewhere, a path that climbs out (`../x`), a dependency (`node_modules/`), a runtime's own frame
 * (`node:internal/…`). A relative path is taken as relative to the root already (runners print paths
 * relative to where they ran, the checkout).
 */
export function repoRelativePath(path: string, root?: string): string | undefined {
  let p = slashed(path);
  if (p.length === 0 || /^[a-z][a-z0-9+.-]*:(?!\/)/i.test(p) || p.startsWith('<')) return undefined;
  if (isAbsolute(p)) {
    if (root === undefined) return undefined;
    const r = `${slashed(root).replace(/\/+$/, '')}/`;
    const caseless = /^[A-Za-z]:\//.test(r);
    const under = caseless ? p.toLowerCase().startsWith(r.toLowerCase()) : p.startsWith(r);
    if (!under) return undefined;
    p = p.slice(r.length);
  }
  p = p.replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  const segments = p.split('/');
  if (p.length === 0 || segments.some((s) => s === '..' || s === '')) return undefined;
  if (segments.includes('node_modules') || segments.includes('site-packages')) return undefined;
  return p;
}

/**
 * A stack frame's place: a path, `:line`, and `:column` or the end of the frame. Node runners print
 * `at fn (/abs/test/a.test.ts:3:9)` (Jest, mocha, node:test) and `❯ test/a.test.ts:3:9` (Vitest).
 */
const FRAME = /([^\s()[\]'"`<>]+?):(\d{1,7})(?::\d{1,7})?(?=$|[\s)\]'"`<>,])/gm;

/** Python's `File "/abs/tests/test_x.py", line 12, in test_x`. */
const PYTHON_FRAME = /File "([^"\n]+)", line (\d{1,7})/g;

/** One frame of a trace: the path as printed and its line. */
interface Frame {
  readonly path: string;
  readonly line: number;
}

function* framesOf(trace: string): Generator<Frame> {
  const found: { at: number; frame: Frame }[] = [];
  for (const m of trace.matchAll(FRAME))
    found.push({ at: m.index, frame: { path: m[1] ?? '', line: Number(m[2]) } });
  for (const m of trace.matchAll(PYTHON_FRAME))
    found.push({ at: m.index, frame: { path: m[1] ?? '', line: Number(m[2]) } });
  found.sort((a, b) => a.at - b.at);
  for (const f of found) if (f.frame.line > 0) yield f.frame;
}

/**
 * The line of the first frame of `trace` that lies in `file` (the test's path, repo-relative or as the
 * result file gave it): where the test failed. A frame counts when its path is `file` itself, or an absolute
 * path (POSIX, Windows, or a `file://` URL) ending in `/<file>`; a relative path ending in it is another
 * file. Undefined when no frame is in the file.
 */
export function lineInTrace(trace: string | undefined, file: string): number | undefined {
  const target = slashed(file).replace(/^\.\//, '');
  // Cheap test first: most traces never mention the test file at all (a crash, a timeout).
  if (trace === undefined || !trace.includes(target.slice(target.lastIndexOf('/') + 1))) return undefined;
  for (const frame of framesOf(trace)) {
    const path = slashed(frame.path).replace(/^\.\//, '');
    if (path === target || (isAbsolute(path) && path.endsWith(`/${target}`))) return frame.line;
  }
  return undefined;
}

/** The first frame of `trace` inside the repository (see {@link repoRelativePath}), repo-relative. */
export function firstRepoFrame(
  trace: string | undefined,
  root?: string,
): { readonly file: string; readonly line: number } | undefined {
  if (trace === undefined) return undefined;
  for (const frame of framesOf(trace)) {
    const file = repoRelativePath(frame.path, root);
    // A bare `Foo.java` (a Java frame) names a class, not a path from the root.
    if (file !== undefined && /\.[A-Za-z0-9]+$/.test(file) && (file.includes('/') || !isJavaLike(file)))
      return { file, line: frame.line };
  }
  return undefined;
}

function isJavaLike(file: string): boolean {
  return /\.(?:java|kt|scala|groovy|cs)$/.test(file);
}

/** A test's place as a reviewer opens it. */
export interface SourceLocation {
  /** Repo-relative when the file is inside the repository, else the path as the result file gave it. */
  readonly file: string;
  readonly line?: number;
  /** Whether `file` is a repo-relative path inside the repository: only then is it linked to the code host. */
  readonly inRepo: boolean;
}

/**
 * Where a test is: its file made repo-relative against the checkout `root`, and its line: the first trace
 * frame in that file (where it failed), else the line the result file gave (where it is declared). A test
 * whose result names no file takes the first trace frame inside the repository. Undefined when nothing
 * names a place.
 */
export function locateTest(
  test: { readonly file?: string; readonly line?: number },
  trace: string | undefined,
  root?: string,
): SourceLocation | undefined {
  if (test.file === undefined || test.file.length === 0) {
    const frame = firstRepoFrame(trace, root);
    return frame ? { file: frame.file, line: frame.line, inRepo: true } : undefined;
  }
  const relative = repoRelativePath(test.file, root);
  const file = relative ?? test.file;
  const line = lineInTrace(trace, file) ?? test.line;
  return { file, ...(line !== undefined ? { line } : {}), inRepo: relative !== undefined };
}
