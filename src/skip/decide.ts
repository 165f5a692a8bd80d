/**
 * Which test files `--skip-unchanged` skips, from their content keys and the history. Pure. A file is
 * skipped only when its key passed before (on the same command: the command is part of the key), it is
 * neither flaky nor quarantined by what the history knows of its tests, and no full run is due.
 */
import { flakeEvidenceOfRow, flakeScore } from '../trend/flaky.js';
import type { Quarantine } from '../trend/quarantine.js';
import type { HistoryDocument } from '../history/index.js';
import type { ContentKey } from './content-key.js';

/** A file whose result is reused, and where from. */
export interface ReusedFile {
  readonly file: string;
  readonly key: string;
  /** The history run the key passed in. */
  readonly seq: number;
  /** That run's commit, when it recorded one. */
  readonly sha?: string;
  /** Tests of the file the history holds. */
  readonly tests: number;
  /** The file's last wall time: the time the skip saves. */
  readonly durationMs: number;
}

/** What the skip decided. */
export interface SkipDecision {
  /** Files to run, in the items' order. */
  readonly run: readonly string[];
  readonly reused: readonly ReusedFile[];
  /** Content keys of the files that have one, by file (recorded as passed when the file passes). */
  readonly keys: Readonly<Record<string, string>>;
  /** Files that can never be skipped, with why (a non-literal dynamic import …). */
  readonly unkeyed: readonly { readonly file: string; readonly why: string }[];
  /** Why every file runs this time, when a full run is forced. */
  readonly fullRun?: string;
}

/** When a full run is forced: on the default branch every N runs, and by `--no-cache`. */
export interface FullRunPolicy {
  readonly noCache: boolean;
  /** The branch of this run, when known. */
  readonly branch?: string;
  readonly defaultBranch: string;
  /** Every this many runs of the default branch, one runs everything. */
  readonly every: number;
}

/** The default period of forced full runs on the default branch. */
export const DEFAULT_FULL_RUN_EVERY = 10;

/** Why this run must run everything, or undefined. */
export function fullRunReason(
  history: HistoryDocument | undefined,
  policy: FullRunPolicy,
): string | undefined {
  if (policy.noCache) return '--no-cache';
  if (policy.branch !== policy.defaultBranch) return undefined;
  // Runs since the last full one: the trailing runs that reused something.
  let partial = 0;
  for (let i = (history?.runs.length ?? 0) - 1; i >= 0; i--) {
    if ((history?.runs[i]?.reused ?? 0) === 0) break;
    partial++;
  }
  return partial >= policy.every - 1
    ? `every ${policy.every} runs of ${policy.defaultBranch} run everything`
    : undefined;
}

/** Per file, its rows in the history's test table. */
function rowsByFile(history: HistoryDocument): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (let row = 0; row < history.tests.size; row++) {
    const file = history.tests.file(row);
    if (file === undefined) continue;
    let list = rows.get(file);
    if (!list) rows.set(file, (list = []));
    list.push(row);
  }
  return rows;
}

/** Why the history forbids skipping the file with these rows (flaky or quarantined test), or undefined. */
function historyVeto(
  history: HistoryDocument,
  file: string,
  rows: readonly number[],
  quarantine: Quarantine | undefined,
): string | undefined {
  if (quarantine?.matches({ id: '', file, title: '' })) return 'quarantined';
  for (const row of rows) {
    const id = history.tests.id(row);
    const title = history.tests.title(row);
    if (quarantine?.matches({ id, file, title })) return 'a test is quarantined';
    if (flakeScore(flakeEvidenceOfRow('passed', history, row)) > 0) return 'a test is flaky';
  }
  return undefined;
}

/** Decides, per file, whether it runs or its passed result is reused. */
export function decideSkips(input: {
  readonly items: readonly string[];
  readonly keys: ReadonlyMap<string, ContentKey>;
  readonly history: HistoryDocument | undefined;
  readonly quarantine?: Quarantine;
  readonly fullRun?: string;
}): SkipDecision {
  const { history } = input;
  const rows = history ? rowsByFile(history) : new Map<string, number[]>();
  const run: string[] = [];
  const reused: ReusedFile[] = [];
  const keys: Record<string, string> = Object.create(null) as Record<string, string>;
  const unkeyed: { file: string; why: string }[] = [];
  for (const file of input.items) {
    const key = input.keys.get(file);
    if (!key || key.key === undefined) {
      unkeyed.push({ file, why: key?.why ?? 'no content key' });
      run.push(file);
      continue;
    }
    keys[file] = key.key;
    const entry = history && Object.hasOwn(history.files, file) ? history.files[file] : undefined;
    const passed = entry?.p?.find((p) => p.k === key.key);
    const fileRows = rows.get(file) ?? [];
    if (
      input.fullRun !== undefined ||
      !history ||
      !entry ||
      !passed ||
      historyVeto(history, file, fileRows, input.quarantine) !== undefined
    ) {
      run.push(file);
      continue;
    }
    reused.push({
      file,
      key: key.key,
      seq: passed.seq,
      ...(passed.sha !== undefined ? { sha: passed.sha } : {}),
      tests: fileRows.length,
      durationMs: entry.w[entry.w.length - 1] ?? 0,
    });
  }
  return { run, reused, keys, unkeyed, ...(input.fullRun !== undefined ? { fullRun: input.fullRun } : {}) };
}
