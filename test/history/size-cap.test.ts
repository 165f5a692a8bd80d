import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBinary } from '../../src/history/binary-format.js';
import { encodeHistory } from '../../src/history/codec.js';
import {
  DEFAULT_HISTORY_LIMITS,
  testWindows,
  type HistoryDocument,
  type TestWindow,
} from '../../src/history/history-document.js';
import { applySizeCap, gzipSize } from '../../src/history/size-cap.js';
import { tableOfWindows } from '../../src/history/table-of-windows.js';
import { updateHistoryDetailed } from '../../src/history/update.js';
import { largeRun, syntheticHistory } from './generate.js';

/** A document whose tests are `windows` (20 columns). */
function withWindows(doc: HistoryDocument, windows: readonly TestWindow[]): HistoryDocument {
  return { ...doc, tests: tableOfWindows(windows, 20) };
}

describe('history size cap', () => {
  it('keeps 100,000 tests × 20 runs under 5 MB gzipped, also after one more update', () => {
    const full = syntheticHistory(100_000, 30);
    expect(full.tests.size).toBe(100_000);
    expect(full.tests.columns).toBe(20);
    const bytes = encodeHistory(full).length;
    expect(bytes).toBeLessThanOrEqual(DEFAULT_HISTORY_LIMITS.maxGzipBytes);

    const { doc, sizeCap } = updateHistoryDetailed(full, largeRun(100_000, 31));
    // The run's tests are the same 100k tests, so nothing needed trimming and nothing was lost.
    expect(sizeCap).toMatchObject({ fits: true, droppedAbsent: 0, droppedCurrent: 0 });
    expect(sizeCap.windowCutTo).toBeUndefined();
    expect(doc.tests.size).toBe(100_000);
    expect(doc.tests.columns).toBe(20);
    expect(encodeHistory(doc).length).toBeLessThanOrEqual(DEFAULT_HISTORY_LIMITS.maxGzipBytes);
  });

  // A 3,000-test document against small caps: the same trimming as at 100k, in a fraction of the time.
  const doc = syntheticHistory(3_000, 30);
  // A third of the tests were last seen in older runs: they go first, least recently seen first.
  const aged = withWindows(
    doc,
    testWindows(doc).map((t, i) => {
      if (i % 3 !== 0) return t;
      const gap = 1 + (i % 5);
      return { ...t, statuses: t.statuses.slice(0, -gap) + '-'.repeat(gap), seen: 30 - gap };
    }),
  );
  const agedWindows = testWindows(aged);
  const size = gzipSize(aged);

  it('leaves a document that fits untouched', () => {
    const result = applySizeCap(aged, size + 1);
    expect(result.doc).toBe(aged);
    expect(result).toMatchObject({ droppedAbsent: 0, droppedCurrent: 0, fits: true });
  });

  it('drops absent tests first, least recently seen first', () => {
    const result = applySizeCap(aged, Math.floor(size * 0.9));
    expect(result.fits).toBe(true);
    expect(result.gzipBytes).toBeLessThanOrEqual(size * 0.9);
    expect(result.droppedAbsent).toBeGreaterThan(0);
    expect(result.droppedCurrent).toBe(0);
    const kept = testWindows(result.doc);
    // Every test of the latest run is still there, with its full window.
    const current = agedWindows.filter((t) => t.seen === 30);
    expect(kept.filter((t) => t.seen === 30)).toEqual(current);
    expect(result.doc.tests.columns).toBe(20);
    // Of the absent ones, no kept test was seen less recently than a dropped one.
    const keptIds = new Set(kept.map((t) => t.id));
    const keptSeen = kept.filter((t) => t.seen < 30).map((t) => t.seen);
    const droppedSeen = agedWindows.filter((t) => t.seen < 30 && !keptIds.has(t.id)).map((t) => t.seen);
    expect(droppedSeen.length).toBe(result.droppedAbsent);
    expect(Math.min(...keptSeen)).toBeGreaterThanOrEqual(Math.max(...droppedSeen));
  });

  it('then shortens every window, keeping the newest statuses', () => {
    const currentOnly = withWindows(
      aged,
      agedWindows.filter((t) => t.seen === 30),
    );
    const cap = Math.floor(gzipSize(currentOnly) * 0.7);
    const result = applySizeCap(aged, cap);
    expect(result.fits).toBe(true);
    expect(result.windowCutTo).toBeDefined();
    expect(result.droppedCurrent).toBe(0);
    expect(result.doc.tests.columns).toBe(result.windowCutTo);
    const before = new Map(agedWindows.map((t) => [t.id, t]));
    for (const t of testWindows(result.doc)) {
      expect(t.statuses.length).toBeLessThanOrEqual(result.windowCutTo ?? 0);
      expect(before.get(t.id)?.statuses.endsWith(t.statuses)).toBe(true);
    }
  });

  it('finally drops tests of the latest run, passing before failing, and says when nothing fits', () => {
    const cap = Math.floor(size * 0.05);
    const result = applySizeCap(aged, cap);
    expect(result.fits).toBe(true);
    expect(result.windowCutTo).toBe(1);
    expect(result.droppedCurrent).toBeGreaterThan(0);
    const kept = testWindows(result.doc);
    const failingBefore = agedWindows.filter((t) => t.seen === 30 && t.statuses.endsWith('F')).length;
    expect(failingBefore).toBeGreaterThan(0);
    // Failing tests are dropped last: all of them survive while passing ones are dropped.
    expect(kept.filter((t) => t.statuses.endsWith('F'))).toHaveLength(failingBefore);
    expect(applySizeCap(aged, 10).fits).toBe(false);
  });

  it('trims deterministically, and the cap holds for the bytes a store writes', () => {
    const cap = Math.floor(size * 0.5);
    const one = applySizeCap(aged, cap).doc;
    expect(encodeBinary(one)).toEqual(encodeBinary(applySizeCap(aged, cap).doc));
    expect(encodeHistory(one).length).toBeLessThanOrEqual(cap);
    expect(gzipSync(encodeBinary(one), { level: 1 }).length).toBe(encodeHistory(one).length);
  });
});
