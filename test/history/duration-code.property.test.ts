/**
 * The history stores each duration as a 16-bit code (src/history/duration-code.ts). These properties check
 * that the code loses nothing beyond the rounding the history has always applied, that `durationCode`'s
 * logarithm-free decade search agrees with `roundDuration`, and that codes sort like durations (the trend
 * checks take the smallest code as the smallest duration).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  durationCode,
  durationOfCode,
  durationTable,
  roundDuration,
} from '../../src/history/duration-code.js';

const durations = fc.oneof(
  fc.double({ min: 0, max: 1e10, noNaN: true }),
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.constantFrom(0, 9.5, 97.5, 99.99, 100, 994.9, 995, 999.5, 1000, 99_950, -1, Number.NaN, Infinity),
);

describe('duration codes', () => {
  it('decode to exactly the rounded duration', () => {
    fc.assert(
      fc.property(durations, (ms) => {
        expect(durationOfCode(durationCode(ms))).toBe(roundDuration(ms));
      }),
      { numRuns: 5000 },
    );
  });

  it('sort like the durations they stand for', () => {
    fc.assert(
      fc.property(durations, durations, (a, b) => {
        const [x, y] = [durationCode(a), durationCode(b)];
        expect(Math.sign(x - y)).toBe(Math.sign(roundDuration(a) - roundDuration(b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('every code of the table is its own code again', () => {
    const table = durationTable();
    for (let code = 0; code < 2000; code++) expect(durationCode(table[code] as number)).toBe(code);
  });
});
