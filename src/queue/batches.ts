/**
 * How big the next batch is. Pure, shared by every work source so that the local queue and the queue across
 * CI jobs balance the same way.
 *
 * Units are handed out in the fail-fast order: those the plan marks as recently failed, then flaky, then the
 * rest; longest first within each (run-first.ts). A batch never mixes priorities, so a recently failed file
 * runs in a batch of its kind and its failure shows as soon as that batch ends. A batch takes the longest remaining unit and then more units, longest
 * first, while the batch stays within a target that shrinks with the work left: a fraction of one worker's
 * fair share of what remains. Early batches are big (few invocations of the test command, little
 * overhead); near the end they are single files, so a wrong prediction costs at most one file's time. This
 * is the shape of ci-queue's and Knapsack Pro's queues, with the batch size derived from the plan's own
 * estimates instead of a fixed count.
 */
import { priorityRank } from '../plan/plan-document.js';
import { compareRunOrder } from '../plan/run-first.js';
import type { WorkUnit } from './work-source.js';

/**
 * A batch is at most this fraction of one worker's fair share of what remains: the target is
 * (remaining ÷ workers) ÷ this. Chosen in `npm run bench:queue` (BENCHMARKS.md) among 2, 4 and 8: locally
 * all three are within 0.2 % of each other; across CI jobs that start apart, 2 is best (fewer invocations).
 */
export const BATCH_SHARE_DIVISOR = 2;

/**
 * A batch is worth at least this many invocation overheads, so that starting the test command (a runner's
 * boot, the queue's round trips) stays a small part of the run. Chosen in `npm run bench:queue` among 2, 4,
 * 6 and 10 (BENCHMARKS.md).
 */
export const BATCH_OVERHEAD_MULTIPLE = 6;

/**
 * The predicted time a batch may reach when `remainingMs` is left for `workers` workers and one invocation
 * of the test command costs `overheadMs` on top of its tests.
 */
export function batchTargetMs(remainingMs: number, workers: number, overheadMs = 0): number {
  return Math.max(
    remainingMs / Math.max(1, workers) / BATCH_SHARE_DIVISOR,
    overheadMs * BATCH_OVERHEAD_MULTIPLE,
  );
}

/**
 * How many units, from the front of `sortedRemaining` (in {@link longestFirst} order), the next batch takes:
 * always at least one while any is left, then more of the same priority while the batch stays within
 * {@link batchTargetMs}.
 */
export function nextBatchSize(
  sortedRemaining: readonly WorkUnit[],
  remainingMs: number,
  workers: number,
  overheadMs = 0,
): number {
  if (sortedRemaining.length === 0) return 0;
  const target = batchTargetMs(remainingMs, workers, overheadMs);
  let size = 1;
  const first = sortedRemaining[0] as WorkUnit;
  let ms = first.predictedMs;
  while (size < sortedRemaining.length) {
    const next = sortedRemaining[size] as WorkUnit;
    if (ms + next.predictedMs > target) break;
    if (priorityRank(next.priority) !== priorityRank(first.priority)) break;
    ms += next.predictedMs;
    size += 1;
  }
  return size;
}

/**
 * Units in hand-out order: recently failed, then flaky, then the rest (the plan's priorities), longest first
 * within each; ties by first item, so every source hands out the same sequence for the same plan. Without
 * priorities this is plain longest first.
 */
export function longestFirst(units: readonly WorkUnit[]): WorkUnit[] {
  return [...units].sort(compareRunOrder);
}
