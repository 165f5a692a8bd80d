/**
 * Where `tessera report` reads its baseline and writes the updated history: one file (`--history`, written
 * back in place or to `--history-out`), or a {@link HistoryStore} keyed by branch (`--history-dir` with
 * `--branch`, and `--base-branch` for a pull request). I/O at the edge; a history that cannot be used is a
 * warning and a fresh history, never an exception that would lose the report.
 */
import { readFileSync } from 'node:fs';
import { decodeHistoryAsync, encodeHistory } from '../history/codec.js';
import type { HistoryDocument } from '../history/history-document.js';
import type { HistoryLoad, HistoryStore } from '../history/store.js';
import { TesseraError, UsageError } from '../model/index.js';
import { writeFileAtomic } from '../model/atomic-write.js';
import { withFileLock } from '../history/file-lock.js';
import { LocalHistoryStore } from '../history/local-store.js';

/** A history kept in one file. */
export interface HistoryFileTarget {
  readonly kind: 'file';
  /** The file read as the baseline; a missing file means no baseline yet. */
  readonly path: string;
  /** Where the updated document goes (default: `path`, in place). */
  readonly out?: string;
}

/** Histories kept per branch in a store (the local `.tessera/history/<branch>.json.gz`, or a provider's). */
export interface HistoryStoreTarget {
  readonly kind: 'store';
  readonly store: HistoryStore;
  /** The branch this run belongs to; its history receives the run. */
  readonly branch: string;
  /** For a pull request: the branch it merges into, whose latest run is the baseline. */
  readonly baseBranch?: string;
  /** Where the branch's history is kept, as the summary should name it (a file path for the local store). */
  readonly location?: string;
}

/** Where the history lives. */
export type HistoryTarget = HistoryFileTarget | HistoryStoreTarget;

/** What loading found. */
export interface LoadedHistories {
  /** The history to compare with (the base branch's for a PR, the branch's own for a push). */
  readonly baseline?: HistoryDocument;
  /** The history the run is appended to and whose re-runs count as flake evidence. */
  readonly own?: HistoryDocument;
  /** One sentence per history that was ignored, naming where it was read from. */
  readonly warnings: readonly string[];
}

async function loadFile(path: string): Promise<{ doc?: HistoryDocument; warnings: string[] }> {
  let bytes: Buffer;
  try {
    // Read synchronously (a few MB, a few ms): the gunzip below then starts on the thread pool before this
    // returns its promise, so the caller's work until it awaits overlaps the decompression.
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { warnings: [] };
    return {
      warnings: [`${path}: the history cannot be read (${code ?? String(error)}); starting a fresh history`],
    };
  }
  const read = await decodeHistoryAsync(bytes);
  if (read.ok) return { doc: read.doc, warnings: [] };
  return { warnings: [`${path}: ${read.problem.message}; starting a fresh history`] };
}

/**
 * A store's load; a store that cannot be reached is a warning and no history too, so the report is still
 * made (the save afterwards will say what to check if the store is really down).
 */
async function loadBranch(store: HistoryStore, branch: string): Promise<HistoryLoad> {
  try {
    return await store.load(branch);
  } catch (error) {
    if (!(error instanceof TesseraError)) throw error;
    return {
      warnings: [
        `the history of branch ${JSON.stringify(branch)} cannot be loaded (${error.message}${error.hint !== undefined ? `; ${error.hint}` : ''}); starting a fresh history`,
      ],
    };
  }
}

/** Loads the baseline and the run's own history. */
export async function loadHistories(target: HistoryTarget): Promise<LoadedHistories> {
  if (target.kind === 'file') {
    const { doc, warnings } = await loadFile(target.path);
    return { ...(doc ? { baseline: doc, own: doc } : {}), warnings };
  }
  if (target.baseBranch === undefined || target.baseBranch === target.branch) {
    const own = await loadBranch(target.store, target.branch);
    return { ...(own.doc ? { baseline: own.doc, own: own.doc } : {}), warnings: own.warnings };
  }
  // Both at once: their downloads and gunzips overlap.
  const [base, own] = await Promise.all([
    loadBranch(target.store, target.baseBranch),
    loadBranch(target.store, target.branch),
  ]);
  return {
    ...(base.doc ? { baseline: base.doc } : {}),
    ...(own.doc ? { own: own.doc } : {}),
    warnings: [...base.warnings, ...own.warnings],
  };
}

/** Writes a file atomically: a temporary file beside it, renamed over it. */
async function saveFile(path: string, doc: HistoryDocument): Promise<void> {
  try {
    await writeFileAtomic(path, encodeHistory(doc));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === undefined) throw cause;
    throw new UsageError(
      `cannot write the history to '${path}' (${code})`,
      'The report was written; choose a --history-out path in a folder you can write to.',
      { cause },
    );
  }
}

/** Saves the updated history where the target says; returns where it went, for the summary. */
export async function saveHistory(target: HistoryTarget, doc: HistoryDocument): Promise<string> {
  if (target.kind === 'file') {
    const path = target.out ?? target.path;
    await saveFile(path, doc);
    return path;
  }
  await target.store.save(target.branch, doc);
  return target.location ?? `history of branch ${JSON.stringify(target.branch)}`;
}

/** Whether two loads are of the same history: neither has a run the other lacks. */
function sameHistory(a: HistoryDocument | undefined, b: HistoryDocument | undefined): boolean {
  if (!a || !b) return a === b;
  return a.runs.length === b.runs.length && a.runs.at(-1)?.seq === b.runs.at(-1)?.seq;
}

/**
 * Saves the run's history so that no run of a concurrent report is lost. For a local history (`--history`
 * in place, `--history-dir`), under a lock file (history/file-lock.ts): the history is read again, and
 * when another report saved since `loadedOwn` was read, `reapply` adds this run to what is there now;
 * otherwise `doc` (this run added to `loadedOwn`) is saved as it is. Other stores are replaced, as before.
 * Returns where it went and what was saved.
 */
export async function saveHistoryMerged(
  target: HistoryTarget,
  loadedOwn: HistoryDocument | undefined,
  doc: HistoryDocument,
  reapply: (current: HistoryDocument | undefined) => Promise<HistoryDocument>,
): Promise<{ where: string; doc: HistoryDocument }> {
  const merged = async (current: HistoryDocument | undefined): Promise<HistoryDocument> =>
    sameHistory(current, loadedOwn) ? doc : reapply(current);
  if (target.kind === 'file' && (target.out === undefined || target.out === target.path)) {
    const path = target.path;
    return withFileLock(path, async () => {
      const saved = await merged((await loadFile(path)).doc);
      await saveFile(path, saved);
      return { where: path, doc: saved };
    });
  }
  if (target.kind === 'store' && target.store instanceof LocalHistoryStore) {
    const store = target.store;
    return withFileLock(store.pathFor(target.branch), async () => {
      const saved = await merged((await store.load(target.branch)).doc);
      await store.save(target.branch, saved);
      return { where: target.location ?? store.pathFor(target.branch), doc: saved };
    });
  }
  return { where: await saveHistory(target, doc), doc };
}
