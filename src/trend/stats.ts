/** Robust statistics for the trend checks: median and median absolute deviation. Pure. */

/** Median of a list; NaN for an empty one. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Median absolute deviation around the median. Unlike the standard deviation, one wild sample (a run on a
 * loaded machine) barely moves it, so a test that is always noisy is recognised as noisy and a single
 * outlier does not widen the band for everyone.
 */
export function mad(values: readonly number[], center = median(values)): number {
  return median(values.map((v) => Math.abs(v - center)));
}

/** Scale that makes the MAD estimate the standard deviation of normally distributed samples. */
export const MAD_TO_SIGMA = 1.4826;
