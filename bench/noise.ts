/**
 * Plans that survive noise (issue 17 part 3), for `npm run bench:plan`: plan on runs 1..k, judge on run k+1.
 *
 * Real: every dataset with more than one run (only vuejs/core, k = 1). Synthetic: multi-run data made from the
 * real timings with per-file multiplicative noise calibrated on vuejs/core's run-1 vs run-2 differences
 * ({@link calibrateNoise}), several seeds, k = 2..4. Both compare plain LPT on the mean (`buildPlan` with
 * `--estimator mean`) against the spread-aware planner (`--estimator mean --robust`), and print the oracle
 * (LPT on the true means of the noise model, which no history can beat) to show the noise floor.
 */
import { buildPlan, type TimingSample } from '../src/plan/index.js';
import { DEFAULT_SPREAD_Z } from '../src/plan/spread.js';
import { createPrng, type Prng } from './prng.js';

type Costs = ReadonlyMap<string, number>;

export const NOISE_SHARD_COUNTS = [2, 4, 8, 16] as const;

/** Makespan of shards judged on `truth`. */
function makespan(shards: readonly (readonly string[])[], truth: Costs): number {
  let worst = 0;
  for (const shard of shards) {
    let sum = 0;
    for (const f of shard) sum += truth.get(f) ?? 0;
    worst = Math.max(worst, sum);
  }
  return worst;
}

/** max(Σ/N, longest item) of the judged run's actual times. */
export function judgedLowerBound(truth: Costs, n: number): number {
  let total = 0;
  let longest = 0;
  for (const v of truth.values()) {
    total += v;
    longest = Math.max(longest, v);
  }
  return Math.max(total / n, longest);
}

/** Runs as the planner sees them: one wall sample per file per run, oldest first. */
export function samplesOf(runs: readonly Costs[]): TimingSample[] {
  return runs.flatMap((run, r) =>
    [...run].map(([file, ms]) => ({ file, ms, kind: 'wall' as const, source: `run-${r + 1}` })),
  );
}

/** The shards of a plan made from `runs` with or without `--robust`. */
export function planFromRuns(
  runs: readonly Costs[],
  n: number,
  robust: boolean,
  margin?: number,
): string[][] {
  const items = [...(runs[0] as Costs).keys()];
  return buildPlan({
    items,
    timings: { samples: samplesOf(runs), shardRuns: [] },
    shards: n,
    estimate: {
      estimator: 'mean',
      ...(robust ? { spreadZ: DEFAULT_SPREAD_Z } : {}),
      ...(robust && margin !== undefined ? { spreadMargin: margin } : {}),
    },
  }).shards.map((s) => [...s.items]);
}

/** Makespan / judged lower bound of plain LPT on the mean and of the robust planner. */
export interface Judged {
  readonly plain: number;
  readonly robust: number;
}

export function judge(history: readonly Costs[], truth: Costs, n: number, margin?: number): Judged {
  const lb = judgedLowerBound(truth, n);
  return {
    plain: makespan(planFromRuns(history, n, false), truth) / lb,
    robust: makespan(planFromRuns(history, n, true, margin), truth) / lb,
  };
}

// ---------- the noise model ----------

/**
 * Per-file multiplicative noise: run r of file i takes μ_i · exp(σ_i·Z − σ_i²/2), with σ_i = s·exp(τ·Z_i −
 * τ²) drawn once per file (some files are noisier than others; E[σ²] = s²). Calibrated by moments on the centred real
 * log-ratios d = ln(run2/run1): d = σ(Z₁ − Z₂), so E[d²] = 2E[σ²] and E[d⁴] = 12E[σ⁴]; the lognormal σ then
 * has e^{4τ²} = kurtosis(d)/3. The common shift of run 2 (all files slower) is removed: it scales every
 * plan and the lower bound alike.
 */
export interface NoiseModel {
  /** Root mean square of the per-file log-scale standard deviations. */
  readonly s: number;
  /** Spread of σ between files (log scale). */
  readonly tau: number;
  readonly kurtosis: number;
  readonly rmsLogRatio: number;
}

export function calibrateNoise(run1: Costs, run2: Costs): NoiseModel {
  const d: number[] = [];
  for (const [f, a] of run1) {
    const b = run2.get(f);
    if (b !== undefined && a > 0 && b > 0) d.push(Math.log(b / a));
  }
  const mean = d.reduce((s, v) => s + v, 0) / d.length;
  const m2 = d.reduce((s, v) => s + (v - mean) ** 2, 0) / d.length;
  const m4 = d.reduce((s, v) => s + (v - mean) ** 4, 0) / d.length;
  const kurtosis = m4 / (m2 * m2);
  const tau = Math.sqrt(Math.max(0, Math.log(kurtosis / 3)) / 4);
  // With σ = s·exp(τZ − τ²): E[σ²] = s², E[σ⁴] = s⁴·e^{4τ²}.
  const s = Math.sqrt(m2 / 2);
  return { s, tau, kurtosis, rmsLogRatio: Math.sqrt(m2) };
}

const normal = (rng: Prng): number => Math.log(rng.logNormal(1, 1));

/** A synthetic world: the true means, and a generator of runs. */
export function syntheticRuns(base: Costs, model: NoiseModel, seed: number, count: number): Costs[] {
  const rng = createPrng(seed);
  const sigma = new Map(
    [...base.keys()].map((f) => [f, model.s * Math.exp(model.tau * normal(rng) - model.tau ** 2)]),
  );
  return Array.from(
    { length: count },
    () =>
      new Map(
        [...base].map(([f, mu]) => {
          const sd = sigma.get(f) as number;
          return [f, mu * Math.exp(sd * normal(rng) - (sd * sd) / 2)];
        }),
      ),
  );
}

/** Oracle: plain LPT on the true means (what a perfect history would give), judged on `truth`. */
export function oracle(base: Costs, truth: Costs, n: number): number {
  return makespan(planFromRuns([base], n, false), truth) / judgedLowerBound(truth, n);
}
