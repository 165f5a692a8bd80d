/**
 * The history document of DESIGN.md: one per branch, versioned, bounded. It holds the last runs of the
 * branch (summary, wall time, per-shard set-up and wall time) and, per test and per file, a short window of
 * recent statuses and durations. It is what `report` compares with and what `plan` takes timings from.
 *
 * The shape is chosen for 100,000 tests: per-test entries use one-letter keys, statuses are a short string
 * (one character per run), durations a string of coarse integer milliseconds, and entries are ordered by
 * file and title so gzip shares their prefixes. 100k tests with full windows gzip to about 4.2–4.5 MB, under
 * the 5 MB cap (test/history/size-cap.test.ts); bigger documents are trimmed by size-cap.ts.
 */
import { z } from 'zod';

/** The version this Tessera writes and reads. A document with a higher version is refused, not guessed at. */
export const HISTORY_VERSION = 1;

/**
 * One character per run in a test's status window:
 * - `P` passed, `F` failed, `K` flaky (failed, then passed on a retry in the same run), `S` skipped;
 * - `-` the test was not in that run (another selection, a missing shard, not written yet).
 */
export type StatusCode = 'P' | 'F' | 'K' | 'S' | '-';

/** Status characters, as a regular expression over a whole status string. */
const STATUS_STRING = /^[PFKS-]*$/;

/**
 * Number of space-separated non-negative integers in a durations string, or -1 when it is not one.
 * One scan instead of a regular expression and a count: it runs for each of up to 100,000 tests per load.
 */
function durationCount(durations: string): number {
  if (durations.length === 0) return 0;
  let count = 0;
  let inNumber = false;
  for (let i = 0; i < durations.length; i++) {
    const c = durations.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (!inNumber) count++;
      inNumber = true;
    } else if (c === 0x20 && inNumber) inNumber = false;
    else return -1;
  }
  return inNumber ? count : -1;
}

/** Bounds of the document. Every update applies them; the defaults are those of the history issue. */
export interface HistoryLimits {
  /** Runs kept in `runs`; a test or file not seen in that many runs is dropped. */
  readonly runs: number;
  /** Per test: statuses and durations kept (the last N runs). */
  readonly testWindow: number;
  /** Per file: wall times kept (the last N runs that had the file). */
  readonly fileWindow: number;
  /** Cap on the gzipped, serialised document in bytes; see `applySizeCap` for what goes first. */
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
}

/**
 * One test's window. Keys are one letter because there are up to 100,000 of these.
 *
 * `s` and `d` are aligned with the last `s.length` entries of {@link HistoryDocument.runs}: character `i` of
 * `s` belongs to run `runs[runs.length - s.length + i]`. So a status can always be traced to its run's sha.
 */
export interface TestHistory {
  /** Readable title (`suite › name [project]`), kept so a removed test can still be named. Bounded. */
  readonly t: string;
  /** Repo-relative file, when known. */
  readonly f?: string;
  /** Statuses, oldest first, one {@link StatusCode} per run. */
  readonly s: string;
  /**
   * Durations in integer milliseconds, space-separated, one per character of `s` (0 where the test did not
   * run), e.g. `"120 130 0 125"`. A string rather than an array: at 100,000 tests it halves the time to
   * parse and serialise the document. Read it with {@link durationsOf}.
   */
  readonly d: string;
  /** `seq` of the last run the test was in. */
  readonly seen: number;
}

/** One test file's window. */
export interface FileHistory {
  /** Wall times of the file in integer milliseconds, oldest first, only from runs that had the file. */
  readonly w: readonly number[];
  /** `seq` of the last run the file was in. */
  readonly seen: number;
}

/** The history of one branch. */
export interface HistoryDocument {
  readonly version: typeof HISTORY_VERSION;
  /** The branch this history belongs to, as given (untrusted: escape where rendered). */
  readonly branch: string;
  /** The last runs, oldest first. */
  readonly runs: readonly HistoryRun[];
  /** Per test id, ordered by file, title and id, so the serialised document is byte-for-byte deterministic. */
  readonly tests: Readonly<Record<string, TestHistory>>;
  /** Per repo-relative file path, sorted by path. */
  readonly files: Readonly<Record<string, FileHistory>>;
}

const nonNegativeInt = z.number().int().nonnegative();

const runSchema = z.object({
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
});

/**
 * The zod schema of a version-1 document's envelope and runs. Tests and files (up to 100,000 entries) are
 * checked by the hand-written loops of {@link validateHistory}: a zod pass over 100k records costs about a
 * second, ten times the JSON parse.
 */
export const historyDocumentSchema = z.object({
  version: z.literal(HISTORY_VERSION),
  branch: z.string(),
  runs: z.array(runSchema),
  tests: z.record(z.string(), z.unknown()),
  files: z.record(z.string(), z.unknown()),
});

/**
 * What {@link validateHistory} runs zod over: the envelope and runs only. `z.record` would walk and copy all
 * 100,000 test entries (about 50 ms) only to learn that `tests` is an object, which one `typeof` says.
 */
const envelopeSchema = historyDocumentSchema.extend({ tests: z.unknown(), files: z.unknown() });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isCountArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every(isCount);
}

/** Why a test entry is malformed, or undefined when it is well-formed. */
function testEntryProblem(value: unknown, runCount: number): string | undefined {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const t = value as Record<string, unknown>;
  if (typeof t.t !== 'string') return 'has no title';
  if (t.f !== undefined && typeof t.f !== 'string') return 'has a file that is not a string';
  if (typeof t.s !== 'string' || !STATUS_STRING.test(t.s)) return 'has a malformed status string';
  // Durations: space-separated non-negative integers, one per status.
  if (typeof t.d !== 'string' || durationCount(t.d) !== t.s.length)
    return 'does not have one duration per status';
  if (t.s.length > runCount) return `has ${t.s.length} statuses but the history has only ${runCount} runs`;
  if (!isCount(t.seen) || t.seen < 1) return 'has no last-seen run';
  return undefined;
}

function fileEntryProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const f = value as Record<string, unknown>;
  if (!isCountArray(f.w)) return 'has malformed wall times';
  if (!isCount(f.seen) || f.seen < 1) return 'has no last-seen run';
  return undefined;
}

/** Why a stored history could not be used. The caller warns and starts a fresh history. */
export type HistoryProblem =
  | { readonly kind: 'corrupt'; readonly message: string }
  | { readonly kind: 'unsupported-version'; readonly version: unknown; readonly message: string };

/** Result of reading a history: a document, or the reason there is none. Never throws. */
export type HistoryReadResult =
  | { readonly ok: true; readonly doc: HistoryDocument }
  | { readonly ok: false; readonly problem: HistoryProblem };

/**
 * Validates parsed JSON as a history document. A version other than {@link HISTORY_VERSION} is reported as
 * `unsupported-version` (a newer Tessera wrote it, or it is not ours); anything else that does not fit is
 * `corrupt`, with the first few schema issues in the message.
 */
export function validateHistory(value: unknown): HistoryReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return corrupt('the document is not a JSON object');
  const version = (value as { version?: unknown }).version;
  if (version !== HISTORY_VERSION) {
    const newer = typeof version === 'number' && version > HISTORY_VERSION;
    return {
      ok: false,
      problem: {
        kind: 'unsupported-version',
        version,
        message: newer
          ? `history version ${version} was written by a newer Tessera (this one reads version ${HISTORY_VERSION})`
          : `history version ${JSON.stringify(version) ?? 'undefined'} is not one this Tessera reads (expected ${HISTORY_VERSION})`,
      },
    };
  }
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return corrupt(`the document does not match the history schema (${issues})`);
  }
  const { tests, files } = parsed.data;
  if (!isRecord(tests))
    return corrupt('the document does not match the history schema (tests: not an object)');
  if (!isRecord(files))
    return corrupt('the document does not match the history schema (files: not an object)');
  const runs = parsed.data.runs;
  let previousSeq = 0;
  for (const [i, run] of runs.entries()) {
    if (run.seq <= previousSeq) return corrupt(`run sequence numbers are not increasing at run ${i + 1}`);
    previousSeq = run.seq;
  }
  for (const id in tests) {
    if (!Object.hasOwn(tests, id)) continue;
    const entry = tests[id];
    const problem = testEntryProblem(entry, runs.length);
    if (problem) return corrupt(`test ${JSON.stringify(id.slice(0, 40))} ${problem}`);
  }
  for (const [path, entry] of Object.entries(files)) {
    const problem = fileEntryProblem(entry);
    if (problem) return corrupt(`file ${JSON.stringify(path.slice(0, 80))} ${problem}`);
  }
  // The key order of zod's output, which the serialised document keeps.
  const doc = { ...parsed.data, tests, files } as unknown as HistoryDocument;
  return { ok: true, doc };
}

function corrupt(message: string): HistoryReadResult {
  return { ok: false, problem: { kind: 'corrupt', message } };
}

/** An empty history for a branch. */
export function emptyHistory(branch: string): HistoryDocument {
  return { version: HISTORY_VERSION, branch, runs: [], tests: {}, files: {} };
}

/** The latest run of a history, or undefined when it has none. */
export function latestRun(doc: HistoryDocument): HistoryRun | undefined {
  return doc.runs[doc.runs.length - 1];
}

/** A test's durations as numbers, oldest first, one per status (0 where it did not run). */
export function durationsOf(test: TestHistory): number[] {
  return test.d.length === 0 ? [] : test.d.split(' ').map(Number);
}

/** One observation of a test: the run it belongs to, its status there and its duration. */
export interface TestObservation {
  readonly run: HistoryRun;
  readonly status: Exclude<StatusCode, '-'>;
  readonly durationMs: number;
}

/** A test's observations in the window, oldest first, with the runs they belong to (absent runs left out). */
export function observationsOf(doc: HistoryDocument, test: TestHistory): TestObservation[] {
  const offset = doc.runs.length - test.s.length;
  const durations = durationsOf(test);
  const out: TestObservation[] = [];
  for (let i = 0; i < test.s.length; i++) {
    const status = test.s[i] as StatusCode;
    const run = doc.runs[offset + i];
    if (status === '-' || run === undefined) continue;
    out.push({ run, status, durationMs: durations[i] ?? 0 });
  }
  return out;
}

/**
 * The durations of a test's passing runs in the window (status `P` or `K`), oldest first: what
 * `observationsOf(doc, test).filter(passing).map(duration)` gives, read straight off the two strings with no
 * object per run. The trend checks call it for up to 100,000 tests per report.
 */
export function passingDurations(doc: HistoryDocument, test: TestHistory): number[] {
  const out: number[] = [];
  const { s, d } = test;
  const offset = doc.runs.length - s.length;
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    // The i-th token of `d`: digits up to the next space. A missing token reads as 0, as in durationsOf.
    let value = 0;
    let digits = false;
    for (; at < d.length; at++) {
      const c = d.charCodeAt(at);
      if (c === 0x20) break;
      value = value * 10 + (c - 0x30);
      digits = true;
    }
    at++;
    const status = s.charCodeAt(i);
    // `P` or `K`, in a run the document still has.
    if ((status === 0x50 || status === 0x4b) && offset + i >= 0 && offset + i < doc.runs.length)
      out.push(digits ? value : 0);
  }
  return out;
}
