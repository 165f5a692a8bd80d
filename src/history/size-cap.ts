/**
 * The byte cap on a history document. Runs and files are small (30 runs, one entry per test file); tests are
 * what grows, so trimming only touches tests, in this order, each step only as far as needed:
 *
 * 1. Tests absent from the latest run, least recently seen first (ties by id). They are already "removed"
 *    for the next comparison, so dropping them costs the least.
 * 2. Shorter windows for every test (20 → 10 → 5 → 2 → 1 runs), keeping the newest. The latest status is
 *    what the comparison needs and identity is what keeps "added"/"removed" right; depth only sharpens the
 *    flake and regression statistics.
 * 3. Tests of the latest run: passing and skipped ones before failing or flaky ones (a dropped passing test
 *    comes back as "added"; a dropped failing one would come back as a *new* failure), then by id. Ids are
 *    hashes, so id order favours no file or suite.
 *
 * The measure is the real gzipped size, so the cap holds for what the store writes.
 */
import { gzipHistory, gzipHistoryAsync, serializeHistory } from './codec.js';
import type { HistoryDocument, TestHistory } from './history-document.js';

/** Window lengths step 2 tries, longest first. */
const WINDOW_STEPS = [10, 5, 2, 1];

/** What the cap did. */
export interface SizeCapResult {
  readonly doc: HistoryDocument;
  /** Gzipped size of the returned document, or undefined when the fast path showed it fits without gzip. */
  readonly gzipBytes?: number;
  /** Tests dropped because they were absent from the latest run (step 1). */
  readonly droppedAbsent: number;
  /** Window length every test was cut to (step 2), when that step ran. */
  readonly windowCutTo?: number;
  /** Tests of the latest run that were dropped (step 3). */
  readonly droppedCurrent: number;
  /** False when even the emptiest document does not fit (an absurdly small cap). */
  readonly fits: boolean;
}

/** Gzipped size of a document's JSON, in bytes. */
export function gzipSize(doc: HistoryDocument): number {
  return gzipHistory(doc).length;
}

/**
 * Trims a document until its gzipped JSON is at most `maxGzipBytes`, in the order of the module comment.
 * A document that already fits is returned as is.
 */
export function applySizeCap(doc: HistoryDocument, maxGzipBytes: number): SizeCapResult {
  // Fast path: JSON text this small cannot gzip to more than the cap (gzip's worst case adds ~0.1%).
  const json = serializeHistory(doc);
  if (fitsUncompressed(json, maxGzipBytes)) return { doc, droppedAbsent: 0, droppedCurrent: 0, fits: true };
  return trimToCap(doc, maxGzipBytes, gzipHistory(doc, json).length);
}

/**
 * {@link applySizeCap} with the measuring gzip on the thread pool: the same result, while the main thread does
 * other work. Only a document over the cap is trimmed on the main thread (rare: it re-gzips as it trims).
 */
export async function applySizeCapAsync(doc: HistoryDocument, maxGzipBytes: number): Promise<SizeCapResult> {
  const json = serializeHistory(doc);
  if (fitsUncompressed(json, maxGzipBytes)) return { doc, droppedAbsent: 0, droppedCurrent: 0, fits: true };
  return trimToCap(doc, maxGzipBytes, (await gzipHistoryAsync(doc, json)).length);
}

/**
 * Whether the JSON text is so small that its gzip cannot exceed the cap (gzip's worst case adds ~0.1%). A
 * string has at least as many UTF-8 bytes as characters, so a long one is known too big without counting its
 * bytes, which at 100,000 tests is a 20 MB scan.
 */
function fitsUncompressed(json: string, maxGzipBytes: number): boolean {
  const limit = maxGzipBytes * 0.99;
  return json.length <= limit && Buffer.byteLength(json) <= limit;
}

/** Steps 1–3 of the module comment, for a document whose gzipped size is `startSize`. */
function trimToCap(doc: HistoryDocument, maxGzipBytes: number, startSize: number): SizeCapResult {
  let size = startSize;
  if (size <= maxGzipBytes) return { doc, gzipBytes: size, droppedAbsent: 0, droppedCurrent: 0, fits: true };

  const latestSeq = doc.runs[doc.runs.length - 1]?.seq ?? 0;
  const entries = Object.entries(doc.tests);

  // Step 1: absent tests, least recently seen first.
  const absent = entries
    .filter(([, t]) => t.seen < latestSeq)
    .sort(([ia, a], [ib, b]) => a.seen - b.seen || (ia < ib ? -1 : 1))
    .map(([id]) => id);
  let current = doc;
  const step1 = dropUntilFits(current, absent, maxGzipBytes, size);
  current = step1.doc;
  size = step1.size;
  if (size <= maxGzipBytes)
    return { doc: current, gzipBytes: size, droppedAbsent: step1.dropped, droppedCurrent: 0, fits: true };

  // Step 2: shorter windows.
  let windowCutTo: number | undefined;
  for (const window of WINDOW_STEPS) {
    current = withTests(current, cutWindows(current.tests, window));
    windowCutTo = window;
    size = gzipSize(current);
    if (size <= maxGzipBytes)
      return {
        doc: current,
        gzipBytes: size,
        droppedAbsent: step1.dropped,
        windowCutTo,
        droppedCurrent: 0,
        fits: true,
      };
  }

  // Step 3: tests of the latest run, passing ones first.
  const rank = (t: TestHistory): number => (/[FK]$/.test(t.s) ? 1 : 0);
  const rest = Object.entries(current.tests)
    .sort(([ia, a], [ib, b]) => rank(a) - rank(b) || (ia < ib ? -1 : 1))
    .map(([id]) => id);
  const step3 = dropUntilFits(current, rest, maxGzipBytes, size);
  return {
    doc: step3.doc,
    gzipBytes: step3.size,
    droppedAbsent: step1.dropped,
    ...(windowCutTo !== undefined ? { windowCutTo } : {}),
    droppedCurrent: step3.dropped,
    fits: step3.size <= maxGzipBytes,
  };
}

/**
 * Drops tests from the front of `order` until the document fits. Gzipping is the expensive part, so each
 * round drops as many tests as the average size per test says are needed (plus 5%), and re-measures.
 */
function dropUntilFits(
  doc: HistoryDocument,
  order: readonly string[],
  maxGzipBytes: number,
  startSize: number,
): { doc: HistoryDocument; size: number; dropped: number } {
  let size = startSize;
  let dropped = 0;
  let current = doc;
  while (size > maxGzipBytes && dropped < order.length) {
    const count = Object.keys(current.tests).length;
    const perTest = count > 0 ? size / count : size;
    const needed = Math.max(1, Math.ceil(((size - maxGzipBytes) / perTest) * 1.05));
    const gone = new Set(order.slice(dropped, dropped + needed));
    dropped += gone.size;
    const tests: Record<string, TestHistory> = Object.create(null);
    for (const [id, t] of Object.entries(current.tests)) if (!gone.has(id)) tests[id] = t;
    current = withTests(current, tests);
    size = gzipSize(current);
  }
  return { doc: current, size, dropped };
}

function cutWindows(
  tests: Readonly<Record<string, TestHistory>>,
  window: number,
): Record<string, TestHistory> {
  const out: Record<string, TestHistory> = Object.create(null);
  for (const [id, t] of Object.entries(tests))
    out[id] =
      t.s.length <= window ? t : { ...t, s: t.s.slice(-window), d: t.d.split(' ').slice(-window).join(' ') };
  return out;
}

function withTests(doc: HistoryDocument, tests: Record<string, TestHistory>): HistoryDocument {
  return { ...doc, tests };
}
