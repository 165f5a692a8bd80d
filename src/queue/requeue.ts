/**
 * Requeue: a unit that still failed after a worker's own retries goes back in the queue for a DIFFERENT
 * worker before it counts as failed, so a failure that passes elsewhere is flaky and one that fails twice is
 * real. The design is ci-queue's (`--max-requeues`, `--requeue-tolerance`): a bound per unit and a global
 * budget over the run, both kept by the queue so they hold across workers. Pure: the in-memory queue uses
 * these functions; the Redis queue applies the same rules in its Lua scripts (redis-queue.ts), and the
 * tests hold both to them.
 */
import type { RequeueOrigin, RequeuePolicy, WorkUnit } from './work-source.js';

/** A unit waiting in the queue for another attempt. */
export interface RequeueEntry {
  readonly unit: WorkUnit;
  /** The attempt it will be: 2 for the first requeue. */
  readonly attempt: number;
  /** Every worker that ran it so far, first attempt first: none of them should run it again. */
  readonly workers: readonly number[];
  /** The batch that failed it last. */
  readonly sequence: number;
}

/** The origin a batch made of `entry` carries. */
export function originOf(entry: RequeueEntry): RequeueOrigin {
  return {
    attempt: entry.attempt,
    worker: entry.workers[entry.workers.length - 1] as number,
    sequence: entry.sequence,
  };
}

/** What the queue keeps to bound requeues: per unit (by its first item) and over the run. */
export interface RequeueLedger {
  readonly counts: Map<string, number>;
  spent: number;
}

/**
 * The units of a failed batch to put back: each one not yet requeued `policy.max` times, while the run's
 * budget (in items) allows, in batch order. Updates the ledger.
 */
export function admitRequeues(
  policy: RequeuePolicy,
  ledger: RequeueLedger,
  failedUnits: readonly WorkUnit[],
): WorkUnit[] {
  const admitted: WorkUnit[] = [];
  for (const unit of failedUnits) {
    const key = unit.items[0] as string;
    const count = ledger.counts.get(key) ?? 0;
    if (count >= policy.max || ledger.spent + unit.items.length > policy.budget) continue;
    ledger.counts.set(key, count + 1);
    ledger.spent += unit.items.length;
    admitted.push(unit);
  }
  return admitted;
}

/**
 * Which waiting entry `worker` takes, by position, or `wait`, or `none`:
 * - the first entry it has not run yet;
 * - else, only when it has nothing else to do (`othersCanTake` is asked per entry): an entry it ran itself,
 *   once no other live worker that has not run it could take it. That is the last-worker case: the job
 *   runs the unit again itself, as one more retry, so a lone worker never deadlocks;
 * - `wait` while others could still take the entries that remain.
 */
export function pickRequeued(
  entries: readonly RequeueEntry[],
  worker: number,
  othersCanTake: (entry: RequeueEntry) => boolean,
): number | 'wait' | 'none' {
  const fresh = entries.findIndex((e) => !e.workers.includes(worker));
  if (fresh >= 0) return fresh;
  if (entries.length === 0) return 'none';
  const own = entries.findIndex((e) => !othersCanTake(e));
  return own >= 0 ? own : 'wait';
}
