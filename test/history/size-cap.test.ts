import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeHistory, serializeHistory } from '../../src/history/codec.js';
import {
  DEFAULT_HISTORY_LIMITS,
  durationsOf,
  type HistoryDocument,
} from '../../src/history/history-document.js';
import { applySizeCap, gzipSize } from '../../src/history/size-cap.js';
import { updateHistoryDetailed } from '../../src/history/update.js';
import { largeRun, syntheticHistory } from './generate.js';

describe('history size cap', () => {
  it('keeps 100,000 tests × 20 runs under 5 MB gzipped, also after one more update', () => {
    const full = syntheticHistory(100_000, 30);
    expect(Object.keys(full.tests)).toHaveLength(100_000);
    expect(Object.values(full.tests).every((t) => t.s.length === 20 && durationsOf(t).length === 20)).toBe(
      true,
    );
    const bytes = encodeHistory(full).length;
    expect(bytes).toBeLessThanOrEqual(DEFAULT_HISTORY_LIMITS.maxGzipBytes);

    const { doc, sizeCap } = updateHistoryDetailed(full, largeRun(100_000, 31));
    // The run's tests are the same 100k tests, so nothing needed trimming and nothing was lost.
    expect(sizeCap).toMatchObject({ fits: true, droppedAbsent: 0, droppedCurrent: 0 });
    expect(sizeCap.windowCutTo).toBeUndefined();
    expect(Object.keys(doc.tests)).toHaveLength(100_000);
    expect(encodeHistory(doc).length).toBeLessThanOrEqual(DEFAULT_HISTORY_LIMITS.maxGzipBytes);
  });

  // A 3,000-test document against small caps: the same trimming as at 100k, in a fraction of the time.
  const doc = syntheticHistory(3_000, 30);
  // A third of the tests were last seen in older runs: they go first, least recently seen first.
  const aged: HistoryDocument = {
    ...doc,
    tests: Object.fromEntries(
      Object.entries(doc.tests).map(([id, t], i) => {
        if (i % 3 !== 0) return [id, t];
        const gap = 1 + (i % 5);
        return [id, { ...t, s: t.s.slice(0, -gap) + '-'.repeat(gap), seen: 30 - gap }];
      }),
    ),
  };
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
    const kept = Object.values(result.doc.tests);
    // Every test of the latest run is still there, with its full window.
    const current = Object.values(aged.tests).filter((t) => t.seen === 30);
    expect(kept.filter((t) => t.seen === 30)).toHaveLength(current.length);
    expect(kept.every((t) => t.s.length === 20)).toBe(true);
    // Of the absent ones, no kept test was seen less recently than a dropped one.
    const keptSeen = kept.filter((t) => t.seen < 30).map((t) => t.seen);
    const droppedSeen = Object.entries(aged.tests)
      .filter(([id, t]) => t.seen < 30 && !Object.hasOwn(result.doc.tests, id))
      .map(([, t]) => t.seen);
    expect(Math.min(...keptSeen)).toBeGreaterThanOrEqual(Math.max(...droppedSeen));
  });

  it('then shortens every window, keeping the newest statuses', () => {
    const currentOnly: HistoryDocument = {
      ...aged,
      tests: Object.fromEntries(Object.entries(aged.tests).filter(([, t]) => t.seen === 30)),
    };
    const cap = Math.floor(gzipSize(currentOnly) * 0.7);
    const result = applySizeCap(aged, cap);
    expect(result.fits).toBe(true);
    expect(result.windowCutTo).toBeDefined();
    expect(result.droppedCurrent).toBe(0);
    for (const [id, t] of Object.entries(result.doc.tests)) {
      expect(t.s.length).toBeLessThanOrEqual(result.windowCutTo ?? 0);
      expect(aged.tests[id]?.s.endsWith(t.s)).toBe(true);
    }
  });

  it('finally drops tests of the latest run, passing before failing, and says when nothing fits', () => {
    const cap = Math.floor(size * 0.05);
    const result = applySizeCap(aged, cap);
    expect(result.fits).toBe(true);
    expect(result.windowCutTo).toBe(1);
    expect(result.droppedCurrent).toBeGreaterThan(0);
    const kept = Object.values(result.doc.tests);
    const failingBefore = Object.values(aged.tests).filter((t) => t.seen === 30 && t.s.endsWith('F')).length;
    // Failing tests are dropped last: all of them survive while passing ones are dropped.
    expect(kept.filter((t) => t.s.endsWith('F'))).toHaveLength(failingBefore);
    expect(applySizeCap(aged, 10).fits).toBe(false);
  });

  it('trims deterministically', () => {
    const cap = Math.floor(size * 0.5);
    expect(serializeHistory(applySizeCap(aged, cap).doc)).toBe(serializeHistory(applySizeCap(aged, cap).doc));
    expect(gzipSync(serializeHistory(applySizeCap(aged, cap).doc)).length).toBeLessThanOrEqual(cap);
  });
});
