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

/** What a worker takes at once: one or more whole units, run as one invocation of the test command. */
export interface WorkBatch {
  /** 1-based, in the order the source handed batches out. */
  readonly sequence: number;
  readonly units: readonly WorkUnit[];
}

/** A source of batches for the workers of one run. */
export interface WorkSource {
  /** The next batch for `worker` (1-based), or undefined when nothing is left to take. */
  take(worker: number): Promise<WorkBatch | undefined>;
  /** `worker` finished `batch` (whatever its tests' outcome): the source may forget it. */
  complete(worker: number, batch: WorkBatch): Promise<void>;
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
