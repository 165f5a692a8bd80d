/**
 * Duration regressions per test and per file, with a noise model. A value is a regression only when all of
 * these hold:
 * - the window has at least `minSamples` samples (too few runs say nothing about the normal spread);
 * - it is at least `ratio` × the window's median (relative: 1.5× by default);
 * - it is at least `minDeltaMs` above the median (absolute: +100 ms by default, so a 2 ms test taking 4 ms is
 *   not news);
 * - it is more than `madK` robust standard deviations (1.4826 × MAD) above the median, so a test that is
 *   always noisy does not raise an alarm for a value inside its usual spread.
 * Pure.
 */
import type { TestCase } from '../model/index.js';
import { passingDurations, type HistoryDocument } from '../history/history-document.js';
import { runColumns } from '../history/run-columns.js';
import { STATUS } from '../history/test-table.js';
import { MAD_TO_SIGMA, mad, median } from './stats.js';
import { compareRefs, historyEntries, refOfTest, type HistoryEntries, type TestRef } from './test-ref.js';
import { passingStats } from './window-summary.js';

/** Thresholds of the noise model. */
export interface RegressionOptions {
  /** Minimum current/median ratio (default 1.5). */
  readonly ratio: number;
  /** Minimum current − median, in ms (default 100). */
  readonly minDeltaMs: number;
  /** How many robust standard deviations above the median a value must be (default 3). */
  readonly madK: number;
  /** Samples the window needs before anything is judged (default 5). */
  readonly minSamples: number;
}

/** The defaults named in the history issue. */
export const DEFAULT_REGRESSION_OPTIONS: RegressionOptions = {
  ratio: 1.5,
  minDeltaMs: 100,
  madK: 3,
  minSamples: 5,
};

/** The verdict on one value against its window. */
export interface RegressionCheck {
  readonly regressed: boolean;
  /** Median of the window (NaN without samples). */
  readonly medianMs: number;
  /** Median absolute deviation of the window. */
  readonly madMs: number;
  readonly samples: number;
}

/** Judges one current value against the window's samples. */
export function checkRegression(
  samples: readonly number[],
  currentMs: number,
  options: Partial<RegressionOptions> = {},
): RegressionCheck {
  const o = { ...DEFAULT_REGRESSION_OPTIONS, ...options };
  const medianMs = median(samples);
  const madMs = samples.length > 0 ? mad(samples, medianMs) : Number.NaN;
  const delta = currentMs - medianMs;
  const regressed =
    samples.length >= o.minSamples &&
    currentMs >= o.ratio * medianMs &&
    delta >= o.minDeltaMs &&
    delta > o.madK * MAD_TO_SIGMA * madMs;
  return { regressed, medianMs, madMs, samples: samples.length };
}

/**
 * True when {@link checkRegression} cannot find a regression, known without building the sample list or
 * sorting for the median: too few passing samples, or a value that is not `minDeltaMs` above the smallest
 * one (the median is at least that), or, for a non-negative ratio, not `ratio` × it.
 */
function cannotRegress(samples: number, smallest: number, currentMs: number, o: RegressionOptions): boolean {
  return (
    samples < o.minSamples ||
    currentMs - o.minDeltaMs < smallest ||
    (o.ratio >= 0 && currentMs < o.ratio * smallest)
  );
}

/** {@link cannotRegress} for a file's window of wall times. */
function cannotRegressFile(samples: readonly number[], currentMs: number, o: RegressionOptions): boolean {
  let smallest = Number.POSITIVE_INFINITY;
  for (const ms of samples) if (ms < smallest) smallest = ms;
  return cannotRegress(samples.length, smallest, currentMs, o);
}

/** A test that got slower. */
export interface TestSlowdown extends TestRef {
  /** Median of the window. */
  readonly baselineMs: number;
  readonly currentMs: number;
  /** current / baseline, two decimals. */
  readonly ratio: number;
  readonly madMs: number;
  readonly samples: number;
}

/** A test file that got slower. */
export interface FileSlowdown {
  readonly path: string;
  readonly baselineMs: number;
  readonly currentMs: number;
  readonly ratio: number;
  readonly madMs: number;
  readonly samples: number;
}

function ratioOf(current: number, baseline: number): number {
  return baseline > 0 ? Math.round((current / baseline) * 100) / 100 : Number.POSITIVE_INFINITY;
}

/**
 * Tests of this run that are slower than their window in `baseline`. Only tests that passed now (or passed
 * on a retry) are judged, against their passing samples: a failure's time (a timeout, a crash) is not a
 * duration. Largest slow-down first, then by file, title, id. `entries`, when given, is the join of `tests`
 * with `baseline` ({@link historyEntries}).
 */
export function findTestRegressions(
  tests: readonly TestCase[],
  baseline: HistoryDocument | undefined,
  options: Partial<RegressionOptions> = {},
  entries?: HistoryEntries,
): TestSlowdown[] {
  if (!baseline) return [];
  const o = { ...DEFAULT_REGRESSION_OPTIONS, ...options };
  const joined = entries ?? historyEntries(tests, baseline);
  const out: TestSlowdown[] = [];
  const run = runColumns(tests);
  for (let i = 0; i < tests.length; i++) {
    const now = run.status[i];
    if (now !== STATUS.passed && now !== STATUS.flaky) continue;
    const row = joined[i] as number;
    if (row < 0) continue;
    const currentMs = run.executionMs[i] as number;
    // The median is never negative, so a value under `minDeltaMs` cannot be that far above it: most tests of
    // a suite stop here without their window being read.
    if (currentMs < o.minDeltaMs) continue;
    const stats = passingStats(baseline.tests, row);
    if (cannotRegress(stats.count, stats.smallestMs, currentMs, o)) continue;
    const samples = passingDurations(baseline, row);
    const check = checkRegression(samples, currentMs, o);
    if (!check.regressed) continue;
    out.push({
      ...refOfTest(tests[i] as TestCase),
      baselineMs: check.medianMs,
      currentMs,
      ratio: ratioOf(currentMs, check.medianMs),
      madMs: check.madMs,
      samples: check.samples,
    });
  }
  return out.sort((a, b) => b.currentMs - b.baselineMs - (a.currentMs - a.baselineMs) || compareRefs(a, b));
}

/** Files of this run whose wall time is slower than their window in `baseline`; largest slow-down first. */
export function findFileRegressions(
  files: readonly { readonly path: string; readonly wallMs: number }[],
  baseline: HistoryDocument | undefined,
  options: Partial<RegressionOptions> = {},
): FileSlowdown[] {
  if (!baseline) return [];
  const o = { ...DEFAULT_REGRESSION_OPTIONS, ...options };
  const current = new Map<string, number>();
  for (const f of files) current.set(f.path, (current.get(f.path) ?? 0) + f.wallMs);
  const out: FileSlowdown[] = [];
  for (const [path, currentMs] of current) {
    const entry = Object.hasOwn(baseline.files, path) ? baseline.files[path] : undefined;
    if (!entry || cannotRegressFile(entry.w, currentMs, o)) continue;
    const check = checkRegression(entry.w, currentMs, o);
    if (!check.regressed) continue;
    out.push({
      path,
      baselineMs: check.medianMs,
      currentMs,
      ratio: ratioOf(currentMs, check.medianMs),
      madMs: check.madMs,
      samples: check.samples,
    });
  }
  return out.sort(
    (a, b) =>
      b.currentMs - b.baselineMs - (a.currentMs - a.baselineMs) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
