/**
 * The bounded history update: append one run, slide every window, drop what went stale, apply the size cap.
 * Pure and deterministic: the same document and run give the same bytes.
 *
 * On the columnar table (test-table.ts) that is: the newest `window − 1` columns are carried over (copied
 * whole when no test is dropped, gathered otherwise), one column is added for this run, and this run's new
 * tests are appended as rows at the end (sorted among themselves). Rows keep their order from run to run, so
 * the 100,000 known tests are never sorted, and there is no object per test.
 */
import { testTitle, type Outcome, type TestCase } from '../model/index.js';
import { durationCode, roundDuration } from './duration-code.js';
import {
  DEFAULT_HISTORY_LIMITS,
  emptyHistory,
  HISTORY_VERSION,
  latestRun,
  PASSED_KEYS_PER_FILE,
  type FileHistory,
  type HistoryDocument,
  type HistoryLimits,
  type HistoryRun,
  type StatusCode,
} from './history-document.js';
import { joinRows } from './join.js';
import { runColumns } from './run-columns.js';
import type { RunRecord } from './run-record.js';
import { applySizeCap, applySizeCapAsync, type SizeCapResult } from './size-cap.js';
import { emptyDurations, gather, prunedFiles, STATUS, TestTable, type DurationColumn } from './test-table.js';

export { roundDuration } from './duration-code.js';

/** The status letter of an outcome. */
export const STATUS_OF_OUTCOME: Readonly<Record<Outcome, StatusCode>> = {
  passed: 'P',
  failed: 'F',
  flaky: 'K',
  skipped: 'S',
};

export { STATUS_BYTE_OF_OUTCOME } from './run-columns.js';

/** What {@link updateHistoryDetailed} returns: the new document and what the size cap did to it. */
export interface HistoryUpdate {
  readonly doc: HistoryDocument;
  readonly sizeCap: SizeCapResult;
}

/**
 * Appends a run to a branch's history and returns the new document; `doc` is not modified. With no document
 * (first run, or a stored one that could not be read) a fresh history is started for the run's branch.
 */
export function updateHistory(
  doc: HistoryDocument | undefined,
  run: RunRecord,
  limits: Partial<HistoryLimits> = {},
): HistoryDocument {
  return updateHistoryDetailed(doc, run, limits).doc;
}

/** {@link updateHistory}, also saying whether and how the size cap trimmed the document (for a log line). */
export function updateHistoryDetailed(
  doc: HistoryDocument | undefined,
  run: RunRecord,
  partialLimits: Partial<HistoryLimits> = {},
): HistoryUpdate {
  const { next, limits } = appendRun(doc, run, partialLimits);
  const sizeCap = applySizeCap(next, limits.maxGzipBytes);
  return { doc: sizeCap.doc, sizeCap };
}

/**
 * {@link updateHistoryDetailed} whose size-cap gzip runs on the thread pool: the same document (and the same
 * bytes for the store, remembered by the codec), while the caller's main thread goes on with other work. The
 * windows are updated synchronously, before this returns its promise.
 */
export async function updateHistoryDetailedAsync(
  doc: HistoryDocument | undefined,
  run: RunRecord,
  partialLimits: Partial<HistoryLimits> = {},
): Promise<HistoryUpdate> {
  const { next, limits } = appendRun(doc, run, partialLimits);
  const sizeCap = await applySizeCapAsync(next, limits.maxGzipBytes);
  return { doc: sizeCap.doc, sizeCap };
}

/** The run appended and every window slid, before the size cap. */
function appendRun(
  doc: HistoryDocument | undefined,
  run: RunRecord,
  partialLimits: Partial<HistoryLimits>,
): { next: HistoryDocument; limits: HistoryLimits } {
  const limits: HistoryLimits = { ...DEFAULT_HISTORY_LIMITS, ...partialLimits };
  const base = doc ?? emptyHistory(run.run.branch ?? '');
  const seq = (latestRun(base)?.seq ?? 0) + 1;
  const runs = [...base.runs, historyRunOf(run, seq)].slice(-limits.runs);
  // A test or file whose last sighting is older than the oldest kept run is stale.
  const oldestSeq = runs[0]?.seq ?? seq;
  const columns = Math.max(1, Math.min(limits.testWindow, runs.length, base.tests.columns + 1));
  const next: HistoryDocument = {
    version: HISTORY_VERSION,
    branch: base.branch,
    runs,
    tests: updateTests(base.tests, run.tests, seq, oldestSeq, columns, limits.maxTitleLength),
    files: withSkipRecord(
      updateFiles(base.files, run.files, seq, oldestSeq, limits.fileWindow, limits.maxTitleLength),
      base.files,
      run,
      seq,
      limits.maxTitleLength,
    ),
  };
  return { next, limits };
}

function historyRunOf(record: RunRecord, seq: number): HistoryRun {
  const { run } = record;
  let durationMs = 0;
  for (const t of record.tests) durationMs += t.durationMs;
  return {
    seq,
    at: record.at,
    provider: run.provider,
    ...(run.runId !== undefined ? { runId: run.runId } : {}),
    ...(run.attempt !== undefined && Number.isInteger(run.attempt) && run.attempt > 0
      ? { attempt: run.attempt }
      : {}),
    ...(run.sha !== undefined ? { sha: run.sha } : {}),
    ...(run.pr !== undefined && Number.isInteger(run.pr) ? { pr: run.pr } : {}),
    summary: {
      tests: count(record.summary.tests),
      passed: count(record.summary.passed),
      failed: count(record.summary.failed),
      skipped: count(record.summary.skipped),
      flaky: count(record.summary.flaky),
    },
    durationMs: count(durationMs),
    wallMs: count(record.wallMs),
    ...(record.skip && record.skip.reused.length > 0 ? { reused: record.skip.reused.length } : {}),
    shards: record.shards
      .filter((s) => Number.isInteger(s.index) && s.index > 0)
      .sort((a, b) => a.index - b.index)
      .map((s) => ({ index: s.index, setupMs: count(s.setupMs), wallMs: count(s.wallMs) })),
    ...(record.plan
      ? {
          plan: {
            predictedMakespanMs: count(record.plan.predictedMakespanMs),
            lowerBoundMs: count(record.plan.lowerBoundMs),
          },
        }
      : {}),
  };
}

/**
 * A non-negative integer from a measured number. NaN, infinities and negatives (a clock that jumped, a
 * missing time) become 0: one bad number must not make the saved history unreadable next time.
 */
function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

/** Appends a value to a window array (a new array), keeping the last `window`. */
function slideArray(values: readonly number[] | undefined, next: number, window: number): number[] {
  const start = values ? Math.max(0, values.length + 1 - window) : 0;
  const out = values ? values.slice(start) : [];
  out.push(next);
  return out;
}

function bounded(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Compares two strings by code unit: locale-independent, so the order is the same on every machine. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The test table after this run: previous rows still in the window (seen in this run or since `oldestSeq`),
 * in their order, then this run's new tests in the run's order; `columns` columns, the last one this run's.
 */
function updateTests(
  previous: TestTable,
  current: readonly TestCase[],
  seq: number,
  oldestSeq: number,
  columns: number,
  maxTitleLength: number,
): TestTable {
  const rows = joinRows(current, previous);
  const run = runColumns(current);
  // Per previous row, the index in `current` of its test (the first one when an id is listed twice), or -1.
  const presentAt = new Int32Array(previous.size).fill(-1);
  const added: number[] = [];
  const addedIds = new Set<string>();
  for (let i = 0; i < current.length; i++) {
    const row = rows[i] as number;
    if (row >= 0) {
      if (presentAt[row] === -1) presentAt[row] = i;
    } else {
      const id = (current[i] as TestCase).id;
      if (!addedIds.has(id)) {
        addedIds.add(id);
        added.push(i);
      }
    }
  }
  let keptCount = 0;
  for (let row = 0; row < previous.size; row++)
    if (presentAt[row] !== -1 || (previous.seen[row] as number) >= oldestSeq) keptCount++;
  // Usually every row is kept: then the carried-over columns are plain copies, and ids and titles shared.
  const keepAll = keptCount === previous.size;
  let kept: Int32Array | null = null;
  if (!keepAll) {
    kept = new Int32Array(keptCount);
    for (let row = 0, k = 0; row < previous.size; row++)
      if (presentAt[row] !== -1 || (previous.seen[row] as number) >= oldestSeq) kept[k++] = row;
  }
  const size = keptCount + added.length;

  const carried = columns - 1;
  const statuses: Uint8Array[] = [];
  const durations: DurationColumn[] = [];
  for (let c = previous.columns - carried; c < previous.columns; c++) {
    const status = new Uint8Array(size);
    gather(previous.statuses[c] as Uint8Array, kept, status).fill(STATUS.absent, keptCount);
    statuses.push(status);
    const before = previous.durations[c] as DurationColumn;
    durations.push({
      low: gather(before.low, kept, new Uint8Array(size)),
      high: gather(before.high, kept, new Uint8Array(size)),
    });
  }
  // This run's column, the previous rows' last-seen runs, and their files (a test with no known file yet
  // takes the one this run names).
  const status = new Uint8Array(size).fill(STATUS.absent);
  const duration = emptyDurations(size);
  // Column `k` of the new table gets test `at` of this run.
  const record = (k: number, at: number): void => {
    status[k] = run.status[at] as number;
    const code = durationCode(run.executionMs[at] as number);
    duration.low[k] = code & 0xff;
    duration.high[k] = code >>> 8;
    seen[k] = seq;
  };
  const seen = gather(previous.seen, kept, new Uint32Array(size));
  const fileIndex = gather(previous.fileIndex, kept, new Uint32Array(size));
  const filePaths = [...previous.filePaths];
  let fileNumbers: Map<string, number> | undefined;
  const fileNumber = (path: string): number => {
    const bounded_ = bounded(path, maxTitleLength);
    fileNumbers ??= new Map(filePaths.map((p, i) => [p, i + 1]));
    let n = fileNumbers.get(bounded_);
    if (n === undefined) {
      n = filePaths.push(bounded_);
      fileNumbers.set(bounded_, n);
    }
    return n;
  };
  for (let k = 0; k < keptCount; k++) {
    const at = presentAt[kept ? (kept[k] as number) : k] as number;
    if (at === -1) continue;
    record(k, at);
    if (fileIndex[k] === 0) {
      const file = (current[at] as TestCase).file;
      if (file !== undefined) fileIndex[k] = fileNumber(file);
    }
  }
  // New tests in file, title, id order, whatever order the run listed them in: the same tests give the same
  // bytes, and neighbours share their file and suite prefix, which gzip stores almost for free.
  const fresh = added.map((at) => {
    const test = current[at] as TestCase;
    const file = test.file !== undefined ? bounded(test.file, maxTitleLength) : '';
    return { at, test, file, title: bounded(testTitle(test), maxTitleLength) };
  });
  fresh.sort(
    (a, b) => byCodeUnit(a.file, b.file) || byCodeUnit(a.title, b.title) || byCodeUnit(a.test.id, b.test.id),
  );
  const addedIdList: string[] = [];
  const addedTitles: string[] = [];
  fresh.forEach(({ at, test, title }, j) => {
    const k = keptCount + j;
    record(k, at);
    if (test.file !== undefined) fileIndex[k] = fileNumber(test.file);
    addedIdList.push(test.id);
    addedTitles.push(title);
  });
  statuses.push(status);
  durations.push(duration);
  const files = kept ? prunedFiles(filePaths, fileIndex) : { filePaths, fileIndex };
  return new TestTable({
    ids: (kept ? previous.ids.pick(kept) : previous.ids).append(addedIdList),
    titles: (kept ? previous.titles.pick(kept) : previous.titles).append(addedTitles),
    ...files,
    seen,
    statuses,
    durations,
  });
}

/**
 * Adds what `--skip-unchanged` learnt to the file windows: each passed key is appended to its file's keys
 * (moved to the end when already there; the oldest go past {@link PASSED_KEYS_PER_FILE}), and a reused file
 * counts as seen in this run, so its keys and wall times outlive runs that did not need to run it. Keys of a
 * file that ran are otherwise carried over: a failing run adds none and removes none.
 */
function withSkipRecord(
  files: Record<string, FileHistory>,
  previous: Readonly<Record<string, FileHistory>>,
  run: RunRecord,
  seq: number,
  maxPathLength: number,
): Record<string, FileHistory> {
  for (const path of Object.keys(files)) {
    const entry = files[path] as FileHistory;
    const before = Object.hasOwn(previous, path) ? previous[path] : undefined;
    if (before?.p && entry.p === undefined) files[path] = { ...entry, p: before.p };
  }
  const skip = run.skip;
  if (!skip) return files;
  for (const raw of skip.reused) {
    const path = bounded(raw, maxPathLength);
    const entry = Object.hasOwn(files, path) ? files[path] : undefined;
    const before = Object.hasOwn(previous, path) ? previous[path] : undefined;
    const kept = entry ?? before;
    if (kept) files[path] = { ...kept, seen: seq };
  }
  const sha = run.run.sha !== undefined ? run.run.sha.slice(0, 64) : undefined;
  for (const { path: raw, key } of skip.passed) {
    const path = bounded(raw, maxPathLength);
    const entry = Object.hasOwn(files, path) ? files[path] : undefined;
    if (!entry || !/^[0-9a-f]{16}$/.test(key)) continue;
    const keys = (entry.p ?? []).filter((p) => p.k !== key);
    keys.push({ k: key, seq, ...(sha !== undefined ? { sha } : {}) });
    files[path] = { ...entry, p: keys.slice(-PASSED_KEYS_PER_FILE) };
  }
  return files;
}

function updateFiles(
  previous: Readonly<Record<string, FileHistory>>,
  current: RunRecord['files'],
  seq: number,
  oldestSeq: number,
  fileWindow: number,
  maxPathLength: number,
): Record<string, FileHistory> {
  // The same file can be listed twice (split by test across shards): its parts add up to one run's cost.
  const now = new Map<string, number>();
  for (const f of current) {
    const path = bounded(f.path, maxPathLength);
    now.set(path, (now.get(path) ?? 0) + count(f.wallMs));
  }
  const paths = new Set([...Object.keys(previous), ...now.keys()]);
  // Null prototype: paths come from a stored document, which is untrusted; `__proto__` must stay a plain key.
  const out: Record<string, FileHistory> = Object.create(null);
  for (const path of [...paths].sort(byCodeUnit)) {
    const before = Object.hasOwn(previous, path) ? previous[path] : undefined;
    const wall = now.get(path);
    if (wall !== undefined)
      out[path] = { w: slideArray(before?.w, roundDuration(wall), fileWindow), seen: seq };
    else if (before && before.seen >= oldestSeq) out[path] = before;
  }
  return out;
}
