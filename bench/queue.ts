/**
 * `npm run bench:queue`: run-time balancing against the fixed plan, on the real per-file timings of
 * ../shared/sharding-bench, with actual times that are not the predicted ones.
 *
 *   npx tsx bench/queue.ts [--data <folder>] [--trials 30] [--seed 20261204]
 *
 * Two scenarios, each printing makespan ÷ lower bound (mean and worst over the trials) for the fixed plan
 * and the queue:
 * - local (`run --local`): all N workers start together, N = 2, 4, 8, no per-invocation overhead (one
 *   process per file, as `{file}` runs it: both schedules pay it alike);
 * - CI jobs (`run --queue`): jobs start 0–60 s apart (uniform), N = 4, 8, 16, and every batch pays 500 ms
 *   (a runner start and the queue's round trips), the fixed shard once.
 * Noise: each file's actual time is its real time × U(0.7, 1.3), and 3 % of files take 3× that.
 * vuejs/core is planned from run 1 and judged on run 2 × noise; prettier and zesty-io are planned on their
 * one run and judged on it × noise. Targets (issue 17 / 22) are checked and printed as PASS or MISS.
 */
import { parseArgs } from 'node:util';
import { SHARDING_BENCH } from '../test/support/corpus.js';
import { buildPlan } from '../src/plan/index.js';
import { unitsOfPlan } from '../src/queue/plan-units.js';
import { prettier, vueRuns, zesty } from './datasets.js';
import { createPrng, type Prng } from './prng.js';
import {
  lowerBoundMs,
  simulateClairvoyant,
  simulateFixed,
  simulateQueue,
  type SimulatedRun,
} from './simulate-queue.js';

interface Dataset {
  readonly name: string;
  readonly planFrom: ReadonlyMap<string, number>;
  readonly judgeOn: ReadonlyMap<string, number>;
}

interface Scenario {
  readonly name: string;
  readonly workers: readonly number[];
  readonly skewMs: number;
  readonly overheadMs: number;
  /** The queue must be within this of the lower bound wherever the fixed plan is above `fixedAbove`. */
  readonly queueWithin: number;
  readonly fixedAbove: number;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'local (run --local)',
    workers: [2, 4, 8],
    skewMs: 0,
    overheadMs: 0,
    queueWithin: 1.03,
    fixedAbove: 1.1,
  },
  {
    name: 'CI jobs (run --queue), starts 0–60 s apart, 500 ms per batch',
    workers: [4, 8, 16],
    skewMs: 60_000,
    overheadMs: 500,
    queueWithin: 1.05,
    fixedAbove: 1.15,
  },
];

function noisy(base: ReadonlyMap<string, number>, rng: Prng): Map<string, number> {
  const actual = new Map<string, number>();
  for (const [file, ms] of base) {
    const factor = (0.7 + 0.6 * rng.next()) * (rng.chance(0.03) ? 3 : 1);
    actual.set(file, ms * factor);
  }
  return actual;
}

interface Cell {
  fixed: number[];
  queue: number[];
  clairvoyant: number[];
  invocationsFixed: number;
  invocationsQueue: number;
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

function main(): void {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, trials: { type: 'string' }, seed: { type: 'string' } },
  });
  const dir = values.data ?? SHARDING_BENCH;
  const trials = Number(values.trials ?? 30);
  const seed = Number(values.seed ?? 20261204);
  const vue = vueRuns(dir);
  const datasets: Dataset[] = [
    {
      name: 'vuejs/core (plan run 1, judge run 2)',
      planFrom: vue.whole[0] as Map<string, number>,
      judgeOn: vue.whole[1] as Map<string, number>,
    },
    { name: 'prettier (jest)', planFrom: prettier(dir), judgeOn: prettier(dir) },
    { name: 'zesty-io (cypress)', planFrom: zesty(dir), judgeOn: zesty(dir) },
  ];
  const misses: string[] = [];
  for (const scenario of SCENARIOS) {
    console.log(`\n### ${scenario.name}\n`);
    console.log(`Noise: ×U(0.7, 1.3) per file, 3 % of files ×3; ${trials} trials per cell, seed ${seed}.\n`);
    console.log(
      '| dataset | N | fixed plan: mean (worst) | queue: mean (worst) | clairvoyant LPT: mean | invocations fixed → queue | verdict |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const ds of datasets) {
      const files = [...ds.judgeOn.keys()].filter((f) => ds.planFrom.has(f));
      for (const n of scenario.workers) {
        const plan = buildPlan({ items: files, durations: ds.planFrom, shards: n });
        const units = unitsOfPlan(plan);
        const rng = createPrng(seed + n);
        const cell: Cell = {
          fixed: [],
          queue: [],
          clairvoyant: [],
          invocationsFixed: 0,
          invocationsQueue: 0,
        };
        for (let t = 0; t < trials; t++) {
          const startsMs = Array.from({ length: n }, (_, i) => (i === 0 ? 0 : rng.next() * scenario.skewMs));
          const run: SimulatedRun = {
            units,
            actualMs: noisy(ds.judgeOn, rng),
            startsMs,
            overheadMs: scenario.overheadMs,
          };
          const lb = lowerBoundMs(run);
          const fixed = simulateFixed(run);
          const queue = simulateQueue(run);
          cell.fixed.push(fixed.makespanMs / lb);
          cell.queue.push(queue.makespanMs / lb);
          cell.clairvoyant.push(simulateClairvoyant(run).makespanMs / lb);
          cell.invocationsFixed += fixed.invocations / trials;
          cell.invocationsQueue += queue.invocations / trials;
        }
        const fixedMean = mean(cell.fixed);
        const queueMean = mean(cell.queue);
        const applies = fixedMean > scenario.fixedAbove;
        const ok = queueMean <= scenario.queueWithin;
        const verdict = applies
          ? ok
            ? `PASS (≤ ${scenario.queueWithin}×)`
            : `MISS (> ${scenario.queueWithin}×)`
          : queueMean <= fixedMean
            ? 'queue ≤ fixed'
            : 'queue > fixed';
        if (applies && !ok) misses.push(`${scenario.name} ${ds.name} N=${n}: queue ${queueMean.toFixed(3)}×`);
        console.log(
          `| ${ds.name} | ${n} | ${fixedMean.toFixed(3)}× (${Math.max(...cell.fixed).toFixed(3)}×) | ` +
            `${queueMean.toFixed(3)}× (${Math.max(...cell.queue).toFixed(3)}×) | ` +
            `${mean(cell.clairvoyant).toFixed(3)}× | ` +
            `${Math.round(cell.invocationsFixed)} → ${Math.round(cell.invocationsQueue)} | ${verdict} |`,
        );
      }
    }
  }
  console.log(misses.length === 0 ? '\nAll targets met.' : `\nMISS:\n- ${misses.join('\n- ')}`);
}

main();
