/**
 * Test durations as the history keeps them: coarse (two significant digits from 100 ms up) and stored as a
 * 16-bit code per run, so 100,000 tests × 20 runs are a 4 MB typed array instead of two million numbers.
 *
 * The rounding is the one version 1 of the document used, kept on purpose: regression checks compare the
 * current time with the median and MAD of these values, and keeping the same values keeps their verdicts.
 * Every rounded value has exactly one code and back, so nothing is lost by the code itself:
 * - 0…9 ms (exact) are codes 0…9;
 * - 10…95 ms (steps of 5) are codes 10…27;
 * - from 100 ms, `m × 10^e` with `m` in 10…99 and `e ≥ 1` is code `28 + 90 (e − 1) + (m − 10)`: 90 codes
 *   per decade, so a day (86,400,000 ms) is code 568 and the high byte of a code is nearly always 0, 1 or 2,
 *   which gzip stores almost for free.
 */

/** The largest code (and so the largest duration) a 16-bit column holds; longer times are clamped to it. */
export const MAX_DURATION_CODE = 0xffff;

/**
 * Durations are kept coarse: two significant digits from 100 ms up (1234 → 1200), the nearest 5 ms from
 * 10 to 100 ms (42 → 40), exact below. A duration is noisy far beyond that resolution, no regression
 * threshold (1.5× and +100 ms) can be crossed by the rounding, and coarse numbers compress much better.
 * Not a finite positive number (NaN, a clock that jumped) is 0.
 */
export function roundDuration(ms: number): number {
  if (!(ms > 0) || !Number.isFinite(ms)) return 0;
  if (ms < 10) return Math.round(ms);
  if (ms < 100) return Math.round(ms / 5) * 5;
  const step = 10 ** (Math.floor(Math.log10(ms)) - 1);
  return Math.round(ms / step) * step;
}

/**
 * The code of a duration in ms: the code of `roundDuration(ms)`, computed without the logarithm and power of
 * {@link roundDuration} (it runs for every test of every report). The decade comes from comparisons, which
 * pick the same step as `floor(log10(ms))` except exactly at a power of ten, where both steps round to the
 * same value (test/history/duration-code.property.test.ts checks the two against each other).
 */
export function durationCode(ms: number): number {
  if (!(ms > 0) || !Number.isFinite(ms)) return 0;
  if (ms < 10) return Math.round(ms);
  if (ms < 100) return 10 + (Math.round(ms / 5) - 2);
  let e = 1;
  let scale = 10;
  while (ms >= scale * 100) {
    scale *= 10;
    e++;
  }
  let m = Math.round(ms / scale);
  if (m === 100) {
    // Rounded up into the next decade: 995 ms is 1000, i.e. 10 × 10^2.
    m = 10;
    e++;
  }
  const code = 28 + 90 * (e - 1) + (m - 10);
  return code > MAX_DURATION_CODE ? MAX_DURATION_CODE : code;
}

/** The duration in ms of a code: the inverse of {@link durationCode} over rounded values. */
export function durationOfCode(code: number): number {
  if (code < 10) return code;
  if (code < 28) return (code - 8) * 5;
  const e = 1 + Math.floor((code - 28) / 90);
  return (10 + ((code - 28) % 90)) * 10 ** e;
}

let table: Float64Array | undefined;

/**
 * Every code's duration, computed once (512 KiB): the trend checks read up to two million durations per
 * report, and a table lookup is what keeps that loop cheap.
 */
export function durationTable(): Float64Array {
  if (table) return table;
  const t = new Float64Array(MAX_DURATION_CODE + 1);
  for (let code = 0; code <= MAX_DURATION_CODE; code++) t[code] = durationOfCode(code);
  table = t;
  return t;
}
