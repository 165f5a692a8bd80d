/**
 * The byte cap on a history document. Runs and files are small (30 runs, one entry per test file); tests are
 * what grows, so trimming only touches tests, in this order, each step only as far as needed:
 *
 * 1. Tests absent from the latest run, least recently seen first (ties by id). They are already "removed"
 *    for the next comparison, so dropping them costs the least.
 * 2. Shorter windows for every test (20 → 10 → 5 → 2 → 1 runs), keeping the newest: the table keeps only its
 *    newest columns. The latest status is what the comparison needs and identity is what keeps
 *    "added"/"removed" right; depth only sharpens the flake and regression statistics.
 * 3. Tests of the latest run: passing and skipped ones before failing or flaky ones (a dropped passing test
 *    comes back as "added"; a dropped failing one would come back as a *new* failure), then by id. Ids are
 *    hashes, so id order favours no file or suite.
 *
 * The measure is the real gzipped size, so the cap holds for what the store writes.
 */
import { encodeBinary } from './binary-format.js';
import { gzipHistory, gzipHistoryAsync } from './codec.js';
import type { HistoryDocument } from './history-document.js';
import { STATUS, type TestTable } from './test-table.js';

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

/** Gzipped size of a document's stored form, in bytes. */
export function gzipSize(doc: HistoryDocument): number {
  return gzipHistory(doc).length;
}

/**
 * Whether the document's stored form is so small that its gzip cannot exceed the cap (gzip's worst case adds
 * ~0.1%), known without compressing it.
 */
function fitsUncompressed(doc: HistoryDocument, maxGzipBytes: number): boolean {
  const t = doc.tests;
  // A lower bound of the stored size first: the arrays alone, without encoding anything.
  const arrays = 16 * t.size + 3 * t.size * t.columns + t.ids.bytes.length + t.titles.bytes.length;
  if (arrays > maxGzipBytes * 0.99) return false;
  return encodeBinary(doc).length <= maxGzipBytes * 0.99;
}

/**
 * Trims a document until its gzipped stored form is at most `maxGzipBytes`, in the order of the module
 * comment. A document that already fits is returned as is.
 */
export function applySizeCap(doc: HistoryDocument, maxGzipBytes: number): SizeCapResult {
  if (fitsUncompressed(doc, maxGzipBytes)) return { doc, droppedAbsent: 0, droppedCurrent: 0, fits: true };
  return trimToCap(doc, maxGzipBytes, gzipHistory(doc).length);
}

/**
 * {@link applySizeCap} with the measuring gzip on the thread pool: the same result, while the main thread does
 * other work. Only a document over the cap is trimmed on the main thread (rare: it re-gzips as it trims).
 */
export async function applySizeCapAsync(doc: HistoryDocument, maxGzipBytes: number): Promise<SizeCapResult> {
  if (fitsUncompressed(doc, maxGzipBytes)) return { doc, droppedAbsent: 0, droppedCurrent: 0, fits: true };
  return trimToCap(doc, maxGzipBytes, (await gzipHistoryAsync(doc)).length);
}

function byId(table: TestTable): (a: number, b: number) => number {
  const ids = table.ids.all();
  return (a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** Steps 1–3 of the module comment, for a document whose gzipped size is `startSize`. */
function trimToCap(doc: HistoryDocument, maxGzipBytes: number, startSize: number): SizeCapResult {
  let size = startSize;
  if (size <= maxGzipBytes) return { doc, gzipBytes: size, droppedAbsent: 0, droppedCurrent: 0, fits: true };

  const latestSeq = doc.runs[doc.runs.length - 1]?.seq ?? 0;
  const table = doc.tests;
  const rows = Array.from({ length: table.size }, (_, row) => row);

  // Step 1: absent tests, least recently seen first.
  const idOrder = byId(table);
  const absent = rows
    .filter((row) => (table.seen[row] as number) < latestSeq)
    .sort((a, b) => (table.seen[a] as number) - (table.seen[b] as number) || idOrder(a, b));
  const step1 = dropUntilFits(doc, absent, maxGzipBytes, size);
  let current = step1.doc;
  size = step1.size;
  if (size <= maxGzipBytes)
    return { doc: current, gzipBytes: size, droppedAbsent: step1.dropped, droppedCurrent: 0, fits: true };

  // Step 2: shorter windows.
  let windowCutTo: number | undefined;
  for (const window of WINDOW_STEPS) {
    current = { ...current, tests: current.tests.lastColumns(window) };
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
  const rest = current.tests;
  const latest = rest.latest;
  const rank = (row: number): number => {
    const s = latest?.[row];
    return s === STATUS.failed || s === STATUS.flaky ? 1 : 0;
  };
  const restOrder = byId(rest);
  const order = Array.from({ length: rest.size }, (_, row) => row).sort(
    (a, b) => rank(a) - rank(b) || restOrder(a, b),
  );
  const step3 = dropUntilFits(current, order, maxGzipBytes, size);
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
 * Drops tests (rows of `doc.tests`) from the front of `order` until the document fits. Gzipping is the
 * expensive part, so each round drops as many tests as the average size per test says are needed (plus 5%),
 * and re-measures.
 */
function dropUntilFits(
  doc: HistoryDocument,
  order: readonly number[],
  maxGzipBytes: number,
  startSize: number,
): { doc: HistoryDocument; size: number; dropped: number } {
  let size = startSize;
  let dropped = 0;
  let current = doc;
  const gone = new Uint8Array(doc.tests.size);
  while (size > maxGzipBytes && dropped < order.length) {
    const remaining = doc.tests.size - dropped;
    const perTest = remaining > 0 ? size / remaining : size;
    const needed = Math.max(1, Math.ceil(((size - maxGzipBytes) / perTest) * 1.05));
    const until = Math.min(order.length, dropped + needed);
    for (let k = dropped; k < until; k++) gone[order[k] as number] = 1;
    dropped = until;
    const keep = new Int32Array(doc.tests.size - dropped);
    for (let row = 0, k = 0; row < doc.tests.size; row++) if (gone[row] === 0) keep[k++] = row;
    current = { ...doc, tests: doc.tests.pick(keep) };
    size = gzipSize(current);
  }
  return { doc: current, size, dropped };
}
