import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBinary } from '../../src/history/binary-format.js';
import { decodeHistory, encodeHistory } from '../../src/history/codec.js';
import { testWindows, type HistoryDocument } from '../../src/history/history-document.js';
import { STATUS_OF_OUTCOME, updateHistory } from '../../src/history/update.js';
import { idOf, specRun, type RunSpec } from './generate.js';

const outcome = fc.constantFrom('passed', 'failed', 'flaky', 'skipped' as const);
const run = fc.dictionary(
  fc.constantFrom('a', 'b', 'c', 'd', 'x.ts::e', 'y.ts::f'),
  fc.tuple(outcome, fc.nat(5000)),
  {
    maxKeys: 6,
  },
) as fc.Arbitrary<Record<string, ['passed' | 'failed' | 'flaky' | 'skipped', number]>>;
const limits = fc.record({
  runs: fc.integer({ min: 1, max: 8 }),
  testWindow: fc.integer({ min: 1, max: 6 }),
  fileWindow: fc.integer({ min: 1, max: 4 }),
});

describe('updateHistory invariants', () => {
  it('after any sequence of runs: valid, aligned, bounded, and the latest run is recorded exactly', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 14 }), limits, (runs, lim) => {
        let doc: HistoryDocument | undefined;
        for (const [i, spec] of runs.entries()) {
          doc = updateHistory(doc, specRun(spec as RunSpec, { sha: `s${i}` }), lim);
          const read = decodeHistory(encodeHistory(doc));
          expect(read.ok).toBe(true);
          expect(doc.runs.length).toBe(Math.min(i + 1, lim.runs));
          expect(doc.tests.columns).toBeLessThanOrEqual(Math.min(lim.testWindow, doc.runs.length));
          const windows = testWindows(doc);
          for (const test of windows) {
            expect(test.durations).toHaveLength(test.statuses.length);
            expect(test.seen).toBeGreaterThanOrEqual(doc.runs[0]?.seq ?? 0);
          }
          for (const file of Object.values(doc.files))
            expect(file.w.length).toBeLessThanOrEqual(lim.fileWindow);
          // This run's tests end with their status; every other kept test ends with "not run".
          const present = new Map(
            Object.entries(spec).map(([key, [o]]) => [idOf(key), STATUS_OF_OUTCOME[o]]),
          );
          for (const test of windows) expect(test.statuses.at(-1) ?? '-').toBe(present.get(test.id) ?? '-');
          const ids = new Set(windows.map((t) => t.id));
          for (const id of present.keys()) expect(ids.has(id)).toBe(true);
        }
        const read = doc && decodeHistory(encodeHistory(doc));
        expect(read?.ok && doc && encodeBinary(read.doc)).toEqual(doc && encodeBinary(doc));
      }),
      { numRuns: 150, seed: 4 },
    );
  });
});
