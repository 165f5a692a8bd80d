/**
 * The work-source port of run-time balancing: where the workers of one run take their next batch from.
 * One scheduler (scheduler.ts) drives every source: the in-memory queue of local mode (memory-queue.ts) and,
 * across CI jobs, a queue on the team's own Redis. A source hands each unit of the plan to exactly one
 * worker; what a worker does with a batch (run it, retry it, record it) is the scheduler caller's.
 */

import type { UnitPriority } from '../plan/plan-document.js';

/** An indivisible piece of work: one file, or files tied together by `groups` and `order` (kept in order). */
export interface WorkUnit {
  /** In run order. Never empty. */
  readonly items: readonly string[];
  /** The plan's estimate for the whole unit. */
  readonly predictedMs: number;
  /** The plan's fail-fast priority: recently failed, then flaky units are handed out first. */
  readonly priority?: UnitPriority;
}

/** Where a requeued batch comes from: the batch whose worker failed its unit and put it back. */
export interface RequeueOrigin {
  /** This run of the unit: 2 for the first requeue, 3 for the second, … */
  readonly attempt: number;
  /** The worker that ran the previous attempt and failed it. */
  readonly worker: number;
  /** That worker's batch. */
  readonly sequence: number;
}

/** What a worker takes at once: one or more whole units, run as one invocation of the test command. */
export interface WorkBatch {
  /** 1-based, in the order the source handed batches out. */
  readonly sequence: number;
  readonly units: readonly WorkUnit[];
  /** Present when the batch is one unit that another attempt failed and put back (requeue). */
  readonly requeueOf?: RequeueOrigin;
}

/** What the source did with a finished batch. */
export interface Completion {
  /** False when another worker took the batch over meanwhile: its run counts, this one's is dropped. */
  readonly counted: boolean;
  /** The items put back in the queue for another worker (whole units of the failed items), in batch order. */
  readonly requeued: readonly string[];
}

/**
 * How far a failed unit may be requeued: at most `max` times each, and at most `budget` items over the whole
 * run (ci-queue's `--max-requeues` and `--requeue-tolerance`). Off when `max` is 0.
 */
export interface RequeuePolicy {
  readonly max: number;
  readonly budget: number;
}

/** The run's requeue budget: `tolerance` of its items, rounded up (0 when requeue is off). */
export function requeueBudget(max: number, tolerance: number, items: number): number {
  return max > 0 ? Math.ceil(tolerance * items) : 0;
}

/** `--requeue` and `--requeue-tolerance`, as given. */
export interface RequeueSettings {
  readonly max: number;
  readonly tolerance: number;
}

/** The queue's requeue bounds for a run of `items` items: the budget is the tolerance of them. */
export function requeuePolicy(settings: RequeueSettings, items: number): RequeuePolicy {
  return { max: settings.max, budget: requeueBudget(settings.max, settings.tolerance, items) };
}

/** A source of batches for the workers of one run. */
export interface WorkSource {
  /** The next batch for `worker` (1-based), or undefined when nothing is left to take. */
  take(worker: number): Promise<WorkBatch | undefined>;
  /**
   * `worker` finished `batch` (whatever its tests' outcome): the source may forget it. `failedItems` are the
   * items whose tests still failed after the worker's retries: with requeue on, the source may put their
   * units back for a different worker, in the same step.
   */
  complete(worker: number, batch: WorkBatch, failedItems?: readonly string[]): Promise<Completion>;
  /** `worker` stopped taking work (drained, or its batch threw): a source waiting on it must not wait on. */
  leave?(worker: number): void;
}

/** The items of a batch, in run order. */
export function batchItems(batch: WorkBatch): string[] {
  const items: string[] = [];
  for (const unit of batch.units) for (const item of unit.items) items.push(item);
  return items;
}

/** The predicted time of a batch. */
export function batchPredictedMs(batch: WorkBatch): number {
  let ms = 0;
  for (const unit of batch.units) ms += unit.predictedMs;
  return ms;
}

/** The 1-based positions of the units of `batch` that hold one of `failedItems`. */
export function failedUnitPositions(batch: WorkBatch, failedItems: readonly string[]): number[] {
  const failed = new Set(failedItems);
  const positions: number[] = [];
  batch.units.forEach((unit, i) => {
    if (unit.items.some((item) => failed.has(item))) positions.push(i + 1);
  });
  return positions;
}
