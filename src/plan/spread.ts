/**
 * Run-to-run spread of file durations, and a placement that balances it. Pure and deterministic.
 *
 * A plan is judged on the next run, whose file times differ from the ones it was made from. A shard's
 * next-run time is the sum of its files' times: its mean is the sum of their means and, with independent
 * noise, its standard deviation is √Σσ². Plain LPT balances the means only; {@link placeUnitsBySpread}
 * balances mean + z·σ of each shard, so the noisy files spread over the shards instead of piling up where the
 * means happened to leave room.
 *
 * One file's spread from a window of two to five runs is itself noisy, so each file's log-variance is shrunk
 * towards the pooled log-variance of all files (a prior worth {@link PRIOR_RUNS} runs). With fewer than two
 * runs of any file nothing is known about spread: every spread is 0 and the placement is plain LPT, exactly.
 */
import { lptOrder, placeUnits, type Placement, type WeightedUnit } from './planner.js';

/** Weight of the pooled spread, in runs, when a file's own spread is estimated from a short window. */
export const PRIOR_RUNS = 4;

/** Default z: plan each shard for its mean plus one standard deviation (about its 84th percentile). */
export const DEFAULT_SPREAD_Z = 1;

/** Simulated next runs on which the candidate placements are compared. */
export const SIMULATED_RUNS = 200;

/**
 * How much shorter (as a fraction) another placement's simulated expected makespan must be than plain
 * LPT's to be chosen. Smaller predicted gains did not survive being judged on the next run: with no margin,
 * `npm run bench:plan -- --robust-margin 0` found the spread-aware choice better than plain LPT on 84 and
 * worse on 94 of 360 synthetic judged runs (BENCHMARKS.md). With 1% it rarely leaves plain LPT.
 */
export const DEFAULT_ROBUST_MARGIN = 0.01;

// Samples this small (or zero) carry no usable log-scale spread: 1 ms floors the logarithm.
const LOG_FLOOR_MS = 1;

/** What the planner learnt about spread, for the plan document. */
export interface SpreadSummary {
  /** Items whose spread comes from two or more of their own runs. */
  readonly measured: number;
  /** Pooled standard deviation of log(duration) over files with two or more runs; 0 when none has. */
  readonly pooledLogSd: number;
  /** The largest z of mean + z·σ that the placement weighed. */
  readonly z: number;
}

/** Per-item standard deviation of the next run's duration (ms), and the summary. */
export interface Spreads {
  readonly sdMs: ReadonlyMap<string, number>;
  readonly summary: SpreadSummary;
}

/** Sample variance of log(values), with its degrees of freedom. */
function logVariance(values: readonly number[]): { variance: number; df: number } {
  const logs = values.map((v) => Math.log(Math.max(LOG_FLOOR_MS, v)));
  const mean = logs.reduce((s, v) => s + v, 0) / logs.length;
  const squares = logs.reduce((s, v) => s + (v - mean) * (v - mean), 0);
  return { variance: logs.length > 1 ? squares / (logs.length - 1) : 0, df: logs.length - 1 };
}

/**
 * Each item's spread, in milliseconds, around its estimate. `runs` holds an item's values from distinct runs
 * (oldest first); `estimates` every item's planned duration. An item with fewer than two runs (or none: an
 * unknown item) gets the pooled spread; with no item measured twice, every spread is 0.
 *
 * Log scale, because duration noise is multiplicative (a file twice as long moves about twice as much):
 * a log-variance v gives a standard deviation of estimate·√(e^v − 1).
 */
export function estimateSpreads(
  estimates: ReadonlyMap<string, number>,
  runs: ReadonlyMap<string, readonly number[]>,
  z: number = DEFAULT_SPREAD_Z,
): Spreads {
  const own = new Map<string, { variance: number; df: number }>();
  let pooledSquares = 0;
  let pooledDf = 0;
  for (const [item, values] of runs) {
    if (values.length < 2) continue;
    const lv = logVariance(values);
    own.set(item, lv);
    pooledSquares += lv.variance * lv.df;
    pooledDf += lv.df;
  }
  const pooled = pooledDf > 0 ? pooledSquares / pooledDf : 0;
  const sdMs = new Map<string, number>();
  for (const [item, ms] of estimates) {
    const lv = own.get(item);
    const variance = lv ? (lv.df * lv.variance + PRIOR_RUNS * pooled) / (lv.df + PRIOR_RUNS) : pooled;
    sdMs.set(item, ms * Math.sqrt(Math.expm1(variance)));
  }
  return { sdMs, summary: { measured: own.size, pooledLogSd: Math.sqrt(pooled), z } };
}

/** A unit with its estimated cost and the variance of that cost (ms²). */
export interface SpreadUnit extends WeightedUnit {
  readonly varianceMs2: number;
}

/**
 * Places units in LPT order (cost descending, ties by first path), each on the shard where load + cost +
 * z·√(variance + unit variance) is least, ties to the lowest index. With every variance 0 (or z = 0) this is
 * plain LPT ({@link placeUnits}), which is then called so that the two give the very same plan.
 * O(units × shards).
 */
export function placeUnitsBySpread(units: readonly SpreadUnit[], shardCount: number, z: number): Placement {
  const order = lptOrder(units);
  if (z === 0 || units.every((u) => u.varianceMs2 === 0)) return placeUnits(units, shardCount, order);
  const loads = new Array<number>(shardCount).fill(0);
  const variances = new Array<number>(shardCount).fill(0);
  const shards: number[][] = Array.from({ length: shardCount }, () => []);
  for (const u of order) {
    const unit = units[u] as SpreadUnit;
    let best = 0;
    let bestScore = Infinity;
    for (let s = 0; s < shardCount; s++) {
      const score = (loads[s] as number) + z * Math.sqrt((variances[s] as number) + unit.varianceMs2);
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    }
    (shards[best] as number[]).push(u);
    loads[best] = (loads[best] as number) + unit.ms;
    variances[best] = (variances[best] as number) + unit.varianceMs2;
  }
  return { shards, loads, makespanMs: loads.reduce((max, l) => Math.max(max, l), 0) };
}

/** mulberry32: a seeded generator, so the simulated runs (and the plan) are the same for the same input. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let m = Math.imul(state ^ (state >>> 15), state | 1);
    m ^= m + Math.imul(m ^ (m >>> 7), m | 61);
    return ((m ^ (m >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The expected makespan of each placement over {@link SIMULATED_RUNS} simulated next runs in which every
 * unit takes ms·exp(sZ − s²/2), s² = ln(1 + (σ/ms)²) (a lognormal with the unit's mean and spread). The same
 * draws serve every placement, so their difference is not sampling noise between them. O(runs × units).
 */
export function expectedMakespans(
  units: readonly SpreadUnit[],
  placements: readonly Placement[],
  runs: number = SIMULATED_RUNS,
): number[] {
  const random = seeded(0x7e55e7a);
  const shardOf = placements.map((p) => {
    const of = new Int32Array(units.length);
    p.shards.forEach((shard, s) => shard.forEach((u) => (of[u] = s)));
    return of;
  });
  const logSd = units.map((u) => (u.ms > 0 ? Math.sqrt(Math.log1p(u.varianceMs2 / (u.ms * u.ms))) : 0));
  const sums = placements.map(() => 0);
  const drawn = new Float64Array(units.length);
  for (let r = 0; r < runs; r++) {
    for (let u = 0; u < units.length; u++) {
      const s = logSd[u] as number;
      // Box-Muller; 1 − random() keeps the logarithm away from 0.
      const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      drawn[u] = (units[u] as SpreadUnit).ms * Math.exp(s * z - (s * s) / 2);
    }
    for (let p = 0; p < placements.length; p++) {
      const of = shardOf[p] as Int32Array;
      const loads = new Float64Array((placements[p] as Placement).shards.length);
      for (let u = 0; u < units.length; u++) {
        const shard = of[u] as number;
        loads[shard] = (loads[shard] as number) + (drawn[u] as number);
      }
      sums[p] = (sums[p] as number) + loads.reduce((m, v) => Math.max(m, v), 0);
    }
  }
  return sums.map((s) => s / runs);
}

/** The z values weighed besides plain LPT (z = 0), for the largest z given. */
export const candidateZ = (z: number): readonly number[] => [z / 2, z];

/** What {@link placeRobust} chose, for the plan document. */
export interface RobustChoice {
  readonly placement: Placement;
  /** The z of the placement chosen; 0 is plain LPT on the estimates. */
  readonly z: number;
  /** Simulated expected makespan of plain LPT and of the chosen placement (equal when plain LPT won). */
  readonly expectedPlainMs: number;
  readonly expectedMs: number;
}

/**
 * Plain LPT and the spread-balancing placements for each of {@link candidateZ}, compared on the same
 * simulated next runs; another placement wins only if its expected makespan is at least `margin` shorter
 * than plain LPT's. So the choice is never worse than plain LPT under the spread the history shows (it can
 * still be, on one actual run). With no spread known this is plain LPT and nothing is simulated.
 */
export function placeRobust(
  units: readonly SpreadUnit[],
  shardCount: number,
  margin: number = DEFAULT_ROBUST_MARGIN,
  z: number = DEFAULT_SPREAD_Z,
): RobustChoice {
  const plain = placeUnits(units, shardCount);
  if (units.every((u) => u.varianceMs2 === 0) || shardCount === 1) {
    return { placement: plain, z: 0, expectedPlainMs: plain.makespanMs, expectedMs: plain.makespanMs };
  }
  const zs = candidateZ(z);
  const candidates = [plain, ...zs.map((each) => placeUnitsBySpread(units, shardCount, each))];
  const expected = expectedMakespans(units, candidates);
  // Another placement must beat plain LPT by the margin; among those, the lowest expected makespan wins.
  let best = 0;
  let bestMs = (expected[0] as number) * (1 - margin);
  for (let i = 1; i < candidates.length; i++) {
    if ((expected[i] as number) < bestMs) {
      best = i;
      bestMs = expected[i] as number;
    }
  }
  return {
    placement: candidates[best] as Placement,
    z: best === 0 ? 0 : (zs[best - 1] as number),
    expectedPlainMs: expected[0] as number,
    expectedMs: expected[best] as number,
  };
}
