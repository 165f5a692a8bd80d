/**
 * The bounded history update: append one run, slide every window, drop what went stale, apply the size cap.
 * Pure and deterministic: the same document and run give the same bytes.
 */
import { testTitle, type Outcome, type TestCase } from '../model/index.js';
import {
  DEFAULT_HISTORY_LIMITS,
  emptyHistory,
  HISTORY_VERSION,
  latestRun,
  type FileHistory,
  type HistoryDocument,
  type HistoryLimits,
  type HistoryRun,
  type StatusCode,
  type TestHistory,
} from './history-document.js';
import { executionMs, type RunRecord } from './run-record.js';
import { applySizeCap, applySizeCapAsync, type SizeCapResult } from './size-cap.js';

/** The status character of an outcome. */
export const STATUS_OF_OUTCOME: Readonly<Record<Outcome, StatusCode>> = {
  passed: 'P',
  failed: 'F',
  flaky: 'K',
  skipped: 'S',
};

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
  const window = Math.min(limits.testWindow, runs.length);

  const next: HistoryDocument = {
    version: HISTORY_VERSION,
    branch: base.branch,
    runs,
    tests: updateTests(base.tests, run.tests, seq, oldestSeq, window, limits.maxTitleLength),
    files: updateFiles(base.files, run.files, seq, oldestSeq, limits.fileWindow, limits.maxTitleLength),
  };
  return { next, limits };
}

function historyRunOf(record: RunRecord, seq: number): HistoryRun {
  const { run } = record;
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
    durationMs: count(record.tests.reduce((sum, t) => sum + t.durationMs, 0)),
    wallMs: count(record.wallMs),
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

/** Appends a character to a window string, keeping the last `window`. */
function slide(text: string, next: string, window: number): string {
  const joined = text + next;
  return joined.length > window ? joined.slice(joined.length - window) : joined;
}

/**
 * Appends a value to a space-separated window of `count` values, keeping the last `window`. String work
 * only: no array per test.
 */
export function slideTokens(tokens: string, count: number, next: number, window: number): string {
  let joined = count === 0 ? String(next) : `${tokens} ${next}`;
  for (let drop = count + 1 - window; drop > 0; drop--) joined = joined.slice(joined.indexOf(' ') + 1);
  return joined;
}

/** Appends a value to a window array (a new array), keeping the last `window`. */
function slideArray(values: readonly number[] | undefined, next: number, window: number): number[] {
  const start = values ? Math.max(0, values.length + 1 - window) : 0;
  const out = values ? values.slice(start) : [];
  out.push(next);
  return out;
}

/**
 * Durations are kept coarse: two significant digits from 100 ms up (1234 → 1200), the nearest 5 ms from
 * 10 to 100 ms (42 → 40), exact below. A duration is noisy far beyond that resolution, no regression
 * threshold (1.5× and +100 ms) can be crossed by the rounding, and coarse numbers compress much better: this
 * is what keeps 100,000 tests × 20 runs under the cap.
 */
export function roundDuration(ms: number): number {
  if (!(ms > 0)) return 0;
  if (ms < 10) return Math.round(ms);
  if (ms < 100) return Math.round(ms / 5) * 5;
  const step = 10 ** (Math.floor(Math.log10(ms)) - 1);
  return Math.round(ms / step) * step;
}

function bounded(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Compares two strings by code unit: locale-independent, so the order is the same on every machine. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A test entry; `f` only when known, keys always in the same order (one object shape, stable JSON). */
function testEntry(t: string, f: string | undefined, s: string, d: string, seen: number): TestHistory {
  return f === undefined ? { t, s, d, seen } : { t, f, s, d, seen };
}

function updateTests(
  previous: Readonly<Record<string, TestHistory>>,
  current: readonly TestCase[],
  seq: number,
  oldestSeq: number,
  window: number,
  maxTitleLength: number,
): Record<string, TestHistory> {
  const now = new Map<string, TestCase>();
  for (const test of current) if (!now.has(test.id)) now.set(test.id, test);
  const kept: [string, TestHistory][] = [];
  // Known tests first, then this run's new ones: two passes over what is there instead of a set of every id.
  // The order they are gathered in does not matter; the sort below decides it.
  for (const id of Object.keys(previous)) {
    const before = previous[id] as TestHistory;
    const test = now.get(id);
    if (test) {
      // Same id means same file, suite and name (the id hashes them), so a known test keeps its title.
      const file = before.f ?? (test.file !== undefined ? bounded(test.file, maxTitleLength) : undefined);
      const s = slide(before.s, STATUS_OF_OUTCOME[test.outcome], window);
      const d = slideTokens(before.d, before.s.length, roundDuration(executionMs(test)), window);
      kept.push([id, testEntry(before.t, file, s, d, seq)]);
    } else if (before.seen >= oldestSeq) {
      const s = slide(before.s, '-', window);
      kept.push([
        id,
        testEntry(before.t, before.f, s, slideTokens(before.d, before.s.length, 0, window), before.seen),
      ]);
    }
  }
  for (const [id, test] of now) {
    if (Object.hasOwn(previous, id)) continue;
    const title = bounded(testTitle(test), maxTitleLength);
    const file = test.file !== undefined ? bounded(test.file, maxTitleLength) : undefined;
    const s = slide('', STATUS_OF_OUTCOME[test.outcome], window);
    kept.push([
      id,
      testEntry(title, file, s, slideTokens('', 0, roundDuration(executionMs(test)), window), seq),
    ]);
  }
  // Ordered by file, then title, then id: neighbours share their file and suite prefix, which gzip then
  // stores almost for free (a third smaller than id order at 100k tests). The order is total, hence stable.
  kept.sort(
    ([ia, a], [ib, b]) => byCodeUnit(a.f ?? '', b.f ?? '') || byCodeUnit(a.t, b.t) || byCodeUnit(ia, ib),
  );
  // Null prototype: keys come from a stored document, which is untrusted; `__proto__` must stay a plain key.
  const out: Record<string, TestHistory> = Object.create(null);
  for (const [id, entry] of kept) out[id] = entry;
  return out;
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
