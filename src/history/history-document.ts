/**
 * The history document of DESIGN.md, version 2: one per branch, versioned, bounded. It holds the last runs
 * of the branch (summary, wall time, per-shard set-up and wall time), per test a window of recent statuses
 * and durations, and per file a window of recent wall times. `report` compares with it and appends to it;
 * `plan` takes timings from it.
 *
 * Why columnar: at 100,000 tests, version 1 (one JSON object per test, windows as strings) cost a report
 * about 0.9 s to parse, slide, compare, re-serialise and gzip, doubling the report's time. Here the tests are
 * a {@link TestTable}: typed arrays with one row per test and one column per run, so the update copies a
 * few arrays and adds a column, the comparison is a loop over bytes, and the stored form is those arrays
 * back to back (binary-format.ts) with only runs and files as JSON. Titles are kept for naming removed
 * tests, and decoded only for those.
 */
import { z } from 'zod';
import { durationOfCode } from './duration-code.js';
import { codeAt, STATUS, TestTable, type DurationColumn, type StatusCode } from './test-table.js';

export { codeAt, STATUS, TestTable, type DurationColumn, type StatusCode } from './test-table.js';

/** The version this Tessera writes and reads. A higher version is refused; version 1 is migrated on read. */
export const HISTORY_VERSION = 2;

/** Bounds of the document. Every update applies them; the defaults are those of the history issue. */
export interface HistoryLimits {
  /** Runs kept in `runs`; a test or file not seen in that many runs is dropped. */
  readonly runs: number;
  /** Per test: statuses and durations kept (the last N runs): the number of columns of the test table. */
  readonly testWindow: number;
  /** Per file: wall times kept (the last N runs that had the file). */
  readonly fileWindow: number;
  /** Cap on the stored (gzipped) document in bytes; see `applySizeCap` for what goes first. */
  readonly maxGzipBytes: number;
  /** Test titles and file paths are untrusted and unbounded; longer ones are cut to this many characters. */
  readonly maxTitleLength: number;
}

/** The defaults: 30 runs, 20 statuses and durations per test, 10 wall times per file, 5 MB gzipped. */
export const DEFAULT_HISTORY_LIMITS: HistoryLimits = {
  runs: 30,
  testWindow: 20,
  fileWindow: 10,
  maxGzipBytes: 5_000_000,
  maxTitleLength: 300,
};

/** Counts of one run, as the report's summary has them. */
export interface HistoryRunSummary {
  readonly tests: number;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly flaky: number;
}

/** One shard of a run: its set-up time (install, checkout, before the tests) and its whole wall time. */
export interface HistoryShard {
  /** 1-based, as in `--shard i/N`. */
  readonly index: number;
  readonly setupMs: number;
  readonly wallMs: number;
}

/** One run of the branch. */
export interface HistoryRun {
  /**
   * Sequence number in this branch's history: 1 for the first run ever recorded, then +1 per run. Tests and
   * files store the `seq` they were last seen in, which is how stale ones are found.
   */
  readonly seq: number;
  /** When the run was reported (ISO 8601), as injected by the caller. */
  readonly at: string;
  /** Provider id (`github`, `gitlab`, `jenkins`, `azure`, `local`). */
  readonly provider: string;
  readonly runId?: string;
  /** The CI attempt (re-runs of the same run id have 2, 3, …). */
  readonly attempt?: number;
  /** Head commit: two runs with the same sha and different outcomes are evidence of flakiness. */
  readonly sha?: string;
  readonly pr?: number;
  readonly summary: HistoryRunSummary;
  /** Sum of the tests' durations. */
  readonly durationMs: number;
  /** Wall time of the whole run (first shard start to last shard end). */
  readonly wallMs: number;
  readonly shards: readonly HistoryShard[];
  /** The plan's prediction for this run, when there was a plan. */
  readonly plan?: { readonly predictedMakespanMs: number; readonly lowerBoundMs: number };
  /** Test files whose results were reused (`--skip-unchanged`); absent when none were. */
  readonly reused?: number;
}

/**
 * A content key the file passed with (`--skip-unchanged`): the key (16 hex digits, docs/skip-unchanged.md),
 * the run it passed in, and that run's commit when known, for "reused from <commit>".
 */
export interface PassedKey {
  readonly k: string;
  readonly seq: number;
  readonly sha?: string;
}

/** Passed keys kept per file, newest last: enough to go back and forth between a few branches' states. */
export const PASSED_KEYS_PER_FILE = 8;

/** One test file's window. */
export interface FileHistory {
  /** Wall times of the file in integer milliseconds, oldest first, only from runs that had the file. */
  readonly w: readonly number[];
  /** `seq` of the last run the file was in (ran, or reused by `--skip-unchanged`). */
  readonly seen: number;
  /**
   * Content keys the file passed with, oldest first, at most {@link PASSED_KEYS_PER_FILE}. Optional, so a
   * history written before `--skip-unchanged` reads as it is, and an older reader ignores it.
   */
  readonly p?: readonly PassedKey[];
}

/** The history of one branch. */
export interface HistoryDocument {
  readonly version: typeof HISTORY_VERSION;
  /** The branch this history belongs to, as given (untrusted: escape where rendered). */
  readonly branch: string;
  /** The last runs, oldest first. */
  readonly runs: readonly HistoryRun[];
  /**
   * The tests, columnar. Its columns belong to the last `tests.columns` runs: column `c` is run
   * `runs[runs.length - tests.columns + c]`, so a status can always be traced to its run's sha.
   */
  readonly tests: TestTable;
  /** Per repo-relative file path, sorted by path. */
  readonly files: Readonly<Record<string, FileHistory>>;
}

const nonNegativeInt = z.number().int().nonnegative();

/** The zod schema of one run (the JSON header of the stored document holds the runs). */
export const historyRunSchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  provider: z.string(),
  runId: z.string().optional(),
  attempt: z.number().int().positive().optional(),
  sha: z.string().optional(),
  pr: z.number().int().optional(),
  summary: z.object({
    tests: nonNegativeInt,
    passed: nonNegativeInt,
    failed: nonNegativeInt,
    skipped: nonNegativeInt,
    flaky: nonNegativeInt,
  }),
  durationMs: z.number().nonnegative(),
  wallMs: z.number().nonnegative(),
  shards: z.array(
    z.object({
      index: z.number().int().positive(),
      setupMs: z.number().nonnegative(),
      wallMs: z.number().nonnegative(),
    }),
  ),
  plan: z
    .object({ predictedMakespanMs: z.number().nonnegative(), lowerBoundMs: z.number().nonnegative() })
    .optional(),
  reused: nonNegativeInt.optional(),
});

/** Why a stored history could not be used. The caller warns and starts a fresh history. */
export type HistoryProblem =
  | { readonly kind: 'corrupt'; readonly message: string }
  | { readonly kind: 'unsupported-version'; readonly version: unknown; readonly message: string };

/** Result of reading a history: a document, or the reason there is none. Never throws. */
export type HistoryReadResult =
  | { readonly ok: true; readonly doc: HistoryDocument }
  | { readonly ok: false; readonly problem: HistoryProblem };

/** An empty history for a branch. */
export function emptyHistory(branch: string): HistoryDocument {
  return { version: HISTORY_VERSION, branch, runs: [], tests: TestTable.empty(), files: {} };
}

/** The latest run of a history, or undefined when it has none. */
export function latestRun(doc: HistoryDocument): HistoryRun | undefined {
  return doc.runs[doc.runs.length - 1];
}

/** Number of tests in a history. */
export function testCount(doc: HistoryDocument): number {
  return doc.tests.size;
}

/**
 * One test's window as plain values: for reading a history by id (tests, tools) and for building one by hand
 * or from a version-1 document (`tableOfWindows`), not for hot loops.
 */
export interface TestWindow {
  readonly id: string;
  readonly title: string;
  readonly file?: string;
  /**
   * Statuses, oldest first, aligned with the last `statuses.length` runs of the history, e.g. `PF-P`.
   * {@link testWindow} starts it at the test's first column that is not `-` (runs before the test first ran
   * are not part of its window); `tableOfWindows` also takes windows that start with `-`.
   */
  readonly statuses: string;
  /** Durations in ms, one per status (0 where the test did not run). */
  readonly durations: readonly number[];
  /** `seq` of the last run the test was in. */
  readonly seen: number;
}

/** The window of test `id`, or undefined when the history does not hold it. */
export function testWindow(doc: HistoryDocument, id: string): TestWindow | undefined {
  const row = doc.tests.rowOf(id);
  return row < 0 ? undefined : windowOfRow(doc.tests, row);
}

/** Every test's window, in row order. */
export function testWindows(doc: HistoryDocument): TestWindow[] {
  return Array.from({ length: doc.tests.size }, (_, row) => windowOfRow(doc.tests, row));
}

function windowOfRow(table: TestTable, row: number): TestWindow {
  let first = 0;
  while (first < table.columns && table.statuses[first]?.[row] === STATUS.absent) first++;
  const statuses = table.statusString(row).slice(first);
  const durations = table.durations.slice(first).map((column) => durationOfCode(codeAt(column, row)));
  const file = table.file(row);
  return {
    id: table.id(row),
    title: table.title(row),
    ...(file !== undefined ? { file } : {}),
    statuses,
    durations,
    seen: table.seen[row] as number,
  };
}

/** One observation of a test: the run it belongs to, its status there and its duration. */
export interface TestObservation {
  readonly run: HistoryRun;
  readonly status: Exclude<StatusCode, '-'>;
  readonly durationMs: number;
}

/** The observations of the test in row `row`, oldest first, with their runs (absent runs left out). */
export function observationsOf(doc: HistoryDocument, row: number): TestObservation[] {
  const { tests } = doc;
  const offset = doc.runs.length - tests.columns;
  const out: TestObservation[] = [];
  for (let c = 0; c < tests.columns; c++) {
    const byte = (tests.statuses[c] as Uint8Array)[row] as number;
    const run = doc.runs[offset + c];
    if (byte === STATUS.absent || run === undefined) continue;
    const durationMs = durationOfCode(codeAt(tests.durations[c] as DurationColumn, row));
    out.push({ run, status: String.fromCharCode(byte) as TestObservation['status'], durationMs });
  }
  return out;
}

/**
 * The durations of the passing runs (status `P` or `K`) of the test in row `row`, oldest first: what
 * `observationsOf(doc, row).filter(passing).map(duration)` gives, with no object per run.
 */
export function passingDurations(doc: HistoryDocument, row: number): number[] {
  const { tests } = doc;
  const out: number[] = [];
  for (let c = 0; c < tests.columns; c++) {
    const byte = (tests.statuses[c] as Uint8Array)[row];
    if (byte === STATUS.passed || byte === STATUS.flaky)
      out.push(durationOfCode(codeAt(tests.durations[c] as DurationColumn, row)));
  }
  return out;
}
