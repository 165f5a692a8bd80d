/**
 * A discrete-event simulation of one run, for the queue benchmarks: the same units run either as the plan's
 * fixed shards or through the real MemoryWorkQueue, with actual times that differ from the predictions.
 * Pure and deterministic.
 */
import { placeUnits } from '../src/plan/planner.js';
import { MemoryWorkQueue } from '../src/queue/memory-queue.js';
import type { WorkUnit } from '../src/queue/work-source.js';

/** One simulated run. */
export interface SimulatedRun {
  /** The units with the plan's predictions. */
  readonly units: readonly WorkUnit[];
  /** What each item really takes this time. */
  readonly actualMs: ReadonlyMap<string, number>;
  /** When each of the N workers (jobs) starts, from the run's start. */
  readonly startsMs: readonly number[];
  /** What one invocation of the test command costs on top of its tests (runner start, queue round trip). */
  readonly overheadMs: number;
}

/** A schedule's result. */
export interface SimulatedSchedule {
  /** When the last worker finished, from the run's start. */
  readonly makespanMs: number;
  /** Invocations of the test command across all workers. */
  readonly invocations: number;
}

const actualOf = (unit: WorkUnit, actual: ReadonlyMap<string, number>): number =>
  unit.items.reduce((sum, item) => sum + (actual.get(item) ?? 0), 0);

/** The plan's fixed shards (LPT on the predictions): one invocation per non-empty shard. */
export function simulateFixed(run: SimulatedRun): SimulatedSchedule {
  const n = run.startsMs.length;
  const placement = placeUnits(
    run.units.map((u) => ({ items: u.items, ms: u.predictedMs })),
    n,
  );
  let makespanMs = 0;
  let invocations = 0;
  placement.shards.forEach((unitIndices, s) => {
    if (unitIndices.length === 0) return;
    invocations += 1;
    const work = unitIndices.reduce((sum, u) => sum + actualOf(run.units[u] as WorkUnit, run.actualMs), 0);
    makespanMs = Math.max(makespanMs, (run.startsMs[s] as number) + run.overheadMs + work);
  });
  return { makespanMs, invocations };
}

/** The queue: whichever worker is free first takes the next batch. */
export function simulateQueue(run: SimulatedRun): SimulatedSchedule {
  const queue = new MemoryWorkQueue(run.units, run.startsMs.length, run.overheadMs);
  const free = [...run.startsMs];
  let makespanMs = 0;
  let invocations = 0;
  for (;;) {
    let w = 0;
    for (let i = 1; i < free.length; i++) if ((free[i] as number) < (free[w] as number)) w = i;
    const batch = queue.takeNow();
    if (!batch) break;
    invocations += 1;
    free[w] =
      (free[w] as number) +
      run.overheadMs +
      batch.units.reduce((sum, u) => sum + actualOf(u, run.actualMs), 0);
    makespanMs = Math.max(makespanMs, free[w] as number);
  }
  // A job that starts after the queue drained exits at once: the run's tests ended with the last batch.
  return { makespanMs, invocations };
}

/**
 * No schedule can finish earlier: the total work (with at least one invocation's overhead per busy
 * worker, counted once) must fit in the time the workers are up, and the longest unit must fit after
 * the first start.
 */
export function lowerBoundMs(run: SimulatedRun): number {
  const work = run.units.map((u) => actualOf(u, run.actualMs));
  const total = work.reduce((s, w) => s + w, 0);
  const longest = Math.max(0, ...work) + run.overheadMs + Math.min(...run.startsMs);
  const capacity = (t: number): number =>
    run.startsMs.reduce((sum, s) => sum + Math.max(0, t - s - run.overheadMs), 0);
  let lo = 0;
  let hi = Math.max(...run.startsMs) + run.overheadMs + total;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (capacity(mid) >= total) hi = mid;
    else lo = mid;
  }
  return Math.max(hi, longest);
}

/**
 * A clairvoyant reference: LPT on the actual times (known only after the run), each worker from its start,
 * one invocation per worker. No real scheduler can know the actual times; this shows how much of the gap to
 * the lower bound no schedule could close.
 */
export function simulateClairvoyant(run: SimulatedRun): SimulatedSchedule {
  const work = run.units.map((u) => actualOf(u, run.actualMs)).sort((a, b) => b - a);
  const free = run.startsMs.map((s) => s + run.overheadMs);
  const busy = new Set<number>();
  for (const w of work) {
    let best = 0;
    for (let i = 1; i < free.length; i++) if ((free[i] as number) < (free[best] as number)) best = i;
    free[best] = (free[best] as number) + w;
    busy.add(best);
  }
  return { makespanMs: Math.max(0, ...[...busy].map((i) => free[i] as number)), invocations: busy.size };
}
