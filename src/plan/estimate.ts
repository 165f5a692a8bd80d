/**
 * Per-file duration estimates from timing samples. Pure.
 *
 * Each file is estimated from its best kind of sample only (wall > suite > scaled test time), because the
 * kinds measure different things: a test-time sum leaves out import/collect/set-up, which in vuejs/core was
 * about two thirds of a file's real cost.
 */
import type { EstimateSources } from './plan-document.js';
import { estimateSpreads, type Spreads } from './spread.js';
import type { SampleKind, ShardRunTiming, TimingSample } from './timings.js';

/**
 * How several samples of one file combine:
 * - `median`: robust to a single outlier run (the default; see BENCHMARKS.md for the comparison);
 * - `mean`: the plain average of the window;
 * - `ewma`: exponentially weighted, newest weighs 0.3; follows trends, chases noise;
 * - `p90`: pessimistic, plans for slow runs at the cost of over-estimating most files;
 * - `last`: the newest sample only (what most splitters do).
 */
export type Estimator = 'median' | 'mean' | 'ewma' | 'p90' | 'last';

/** Every estimator, for flag and config validation. */
export const ESTIMATORS: readonly Estimator[] = ['median', 'mean', 'ewma', 'p90', 'last'];

/** Options of {@link estimateDurations}. */
export interface EstimateOptions {
  readonly estimator?: Estimator;
  /** File sizes in bytes: unknown files are then estimated from known files' time per byte. */
  readonly sizes?: ReadonlyMap<string, number>;
  /** Cost assumed for every file when nothing at all is known. */
  readonly defaultMs?: number;
  /**
   * When given, also estimate each item's run-to-run spread (spread.ts), for placements that balance
   * mean + z·σ per shard; the value is the largest z weighed (half of it is weighed too).
   */
  readonly spreadZ?: number;
  /** With `spreadZ`: the margin a spread-aware placement must beat plain LPT by (default 1%; spread.ts). */
  readonly spreadMargin?: number;
}

/** Estimated duration of every item, and where the estimates came from. */
export interface Estimates {
  readonly durations: ReadonlyMap<string, number>;
  /** Items that had no sample. */
  readonly unknown: readonly string[];
  readonly sources: EstimateSources;
  /** Each item's spread, when {@link EstimateOptions.spreadZ} asked for it. */
  readonly spreads?: Spreads;
}

const KIND_RANK: Readonly<Record<SampleKind, number>> = { wall: 0, suite: 1, tests: 2 };
const EWMA_WEIGHT = 0.3;
// Bounds on the learned test-time factor: below 1 would claim a file costs less than its own tests; above
// 20 the data is more likely broken (a stuck runner) than informative.
const MIN_FACTOR = 1;
const MAX_FACTOR = 20;

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Combines one file's values (oldest first) with an estimator. */
export function combine(values: readonly number[], estimator: Estimator): number {
  if (values.length === 1) return values[0] as number;
  switch (estimator) {
    case 'median':
      return median(values);
    case 'mean':
      return values.reduce((s, v) => s + v, 0) / values.length;
    case 'last':
      return values[values.length - 1] as number;
    case 'p90': {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)] as number;
    }
    case 'ewma':
      return values.slice(1).reduce((acc, v) => acc + EWMA_WEIGHT * (v - acc), values[0] as number);
  }
}

/**
 * The factor by which a file's test-time sum understates its cost. Learned, in order, from files that
 * have both a wall/suite sample and a test sum in the same source (ratio of sums), then from shard wall
 * times against their test sums (median over shards); 1 when there is nothing to learn from.
 */
export function learnTestTimeFactor(
  samples: readonly TimingSample[],
  shardRuns: readonly ShardRunTiming[] = [],
): number {
  const whole = new Map<string, number>();
  for (const s of samples) if (s.kind !== 'tests') whole.set(`${s.source}\0${s.file}`, s.ms);
  let wholeSum = 0;
  let testSum = 0;
  for (const s of samples) {
    const w = s.kind === 'tests' ? whole.get(`${s.source}\0${s.file}`) : undefined;
    if (w !== undefined && s.ms > 0) {
      wholeSum += w;
      testSum += s.ms;
    }
  }
  let factor = 1;
  if (testSum > 0) factor = wholeSum / testSum;
  else if (shardRuns.length > 0) factor = median(shardRuns.map((r) => r.wallMs / r.testMs));
  return Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, factor));
}

/**
 * Maps each item to the sample file it stands for: the same path, or else the one sample path that ends
 * with the item's path (or that the item's path ends with) at a folder boundary. This absorbs timings
 * recorded from another root (`packages/a/test/x.ts` vs `test/x.ts`); an ambiguous suffix matches nothing.
 */
function matchSampleFiles(items: readonly string[], sampleFiles: ReadonlySet<string>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const file of sampleFiles) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    const list = byBase.get(base);
    if (list) list.push(file);
    else byBase.set(base, [file]);
  }
  const matched = new Map<string, string>();
  for (const item of items) {
    if (sampleFiles.has(item)) {
      matched.set(item, item);
      continue;
    }
    const base = item.slice(item.lastIndexOf('/') + 1);
    const candidates = (byBase.get(base) ?? []).filter(
      (file) => file.endsWith(`/${item}`) || item.endsWith(`/${file}`),
    );
    if (candidates.length === 1) matched.set(item, candidates[0] as string);
  }
  return matched;
}

/**
 * Estimates every item's duration. Items without samples get the median of the known estimates, or, when
 * sizes are given for at least three known files, the known median time per byte times their size (kept
 * within the known range so one huge fixture file cannot dominate the plan).
 */
export function estimateDurations(
  items: readonly string[],
  samples: readonly TimingSample[],
  shardRuns: readonly ShardRunTiming[] = [],
  options: EstimateOptions = {},
): Estimates {
  const estimator = options.estimator ?? 'median';
  const factor = learnTestTimeFactor(samples, shardRuns);

  // Per file: the best kind seen, and that kind's per-source values in arrival (oldest-first) order.
  const best = new Map<string, { kind: SampleKind; bySource: Map<string, number> }>();
  for (const s of samples) {
    if (!(s.ms >= 0) || !Number.isFinite(s.ms)) continue;
    const current = best.get(s.file);
    if (current && KIND_RANK[current.kind] < KIND_RANK[s.kind]) continue;
    if (!current || KIND_RANK[s.kind] < KIND_RANK[current.kind]) {
      best.set(s.file, { kind: s.kind, bySource: new Map([[s.source, s.ms]]) });
    } else {
      current.bySource.set(s.source, (current.bySource.get(s.source) ?? 0) + s.ms);
    }
  }
  const matched = matchSampleFiles(items, new Set(best.keys()));

  const durations = new Map<string, number>();
  const counts = { wall: 0, suite: 0, tests: 0 };
  const unknown: string[] = [];
  // Each item's values from distinct runs, kept only when a spread is wanted.
  const runs = new Map<string, readonly number[]>();
  for (const item of items) {
    const entry = best.get(matched.get(item) ?? '');
    if (!entry) {
      unknown.push(item);
      continue;
    }
    const values = [...entry.bySource.values()];
    if (options.spreadZ !== undefined) runs.set(item, values);
    const value = combine(values, estimator);
    durations.set(item, entry.kind === 'tests' ? value * factor : value);
    counts[entry.kind] += 1;
  }

  const known = [...durations.values()];
  const unknownMs = known.length > 0 ? median(known) : (options.defaultMs ?? 1000);
  const perByte = bytesRate(durations, options.sizes);
  // reduce, not Math.min(...known): spreading 100k arguments overflows the stack.
  const low = known.length > 0 ? known.reduce((a, b) => Math.min(a, b)) : unknownMs;
  const high = known.length > 0 ? known.reduce((a, b) => Math.max(a, b)) : unknownMs;
  for (const item of unknown) {
    const size = options.sizes?.get(item);
    const bySize = perByte !== undefined && size !== undefined ? perByte * size : undefined;
    durations.set(item, bySize === undefined ? unknownMs : Math.min(high, Math.max(low, bySize)));
  }

  const spreads =
    options.spreadZ !== undefined ? estimateSpreads(durations, runs, options.spreadZ) : undefined;
  return {
    durations,
    unknown,
    sources: {
      ...counts,
      unknown: unknown.length,
      testTimeFactor: Math.round(factor * 1000) / 1000,
      estimator,
      unknownMs,
      ...(spreads ? { spread: roundSummary(spreads.summary) } : {}),
    },
    ...(spreads ? { spreads } : {}),
  };
}

/** The spread summary as the plan document shows it: the pooled spread to four decimals. */
function roundSummary(summary: Spreads['summary']): Spreads['summary'] {
  return { ...summary, pooledLogSd: Math.round(summary.pooledLogSd * 10_000) / 10_000 };
}

/** Median milliseconds per byte over known files with a size, when at least three have one. */
function bytesRate(
  durations: ReadonlyMap<string, number>,
  sizes: ReadonlyMap<string, number> | undefined,
): number | undefined {
  if (!sizes) return undefined;
  const rates: number[] = [];
  for (const [file, ms] of durations) {
    const size = sizes.get(file);
    if (size !== undefined && size > 0) rates.push(ms / size);
  }
  return rates.length >= 3 ? median(rates) : undefined;
}
