import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHistory, encodeHistory } from '../../src/history/codec.js';
import { durationsOf, validateHistory, type HistoryDocument } from '../../src/history/history-document.js';
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
          expect(validateHistory(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
          expect(doc.runs.length).toBe(Math.min(i + 1, lim.runs));
          for (const test of Object.values(doc.tests)) {
            expect(test.s.length).toBeLessThanOrEqual(Math.min(lim.testWindow, doc.runs.length));
            expect(durationsOf(test)).toHaveLength(test.s.length);
            expect(test.seen).toBeGreaterThanOrEqual(doc.runs[0]?.seq ?? 0);
          }
          for (const file of Object.values(doc.files))
            expect(file.w.length).toBeLessThanOrEqual(lim.fileWindow);
          // This run's tests end with their status; every other kept test ends with "not run".
          const present = new Map(
            Object.entries(spec).map(([key, [o]]) => [idOf(key), STATUS_OF_OUTCOME[o]]),
          );
          for (const [id, test] of Object.entries(doc.tests))
            expect(test.s.at(-1)).toBe(present.get(id) ?? '-');
          for (const id of present.keys()) expect(Object.hasOwn(doc.tests, id)).toBe(true);
        }
        const read = doc && decodeHistory(encodeHistory(doc));
        expect(read?.ok && JSON.stringify(read.doc)).toBe(JSON.stringify(doc));
      }),
      { numRuns: 150, seed: 4 },
    );
  });
});
