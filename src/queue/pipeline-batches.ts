/**
 * The batches of the in-pipeline queue: run-time balancing where the CI's parallel branches live in one
 * pipeline (Jenkins), so the pipeline script itself can hand out the work and no Redis is needed. The batch
 * sequence is a pure function of the plan, computed here with the in-memory queue (the policy of batches.ts,
 * longest unit first, batches shrinking as the queue drains): the pipeline only hands out batch numbers,
 * 1, 2, 3, … to whichever branch asks next, so the Groovy side holds no policy that could drift from this one.
 */
import type { Plan } from '../plan/plan-document.js';
import { MemoryWorkQueue } from './memory-queue.js';
import { unitsOfPlan } from './plan-units.js';
import type { WorkBatch } from './work-source.js';

/** The bundle's `queue.kind` for a worker of the in-pipeline queue. */
export const PIPELINE_QUEUE_KIND = 'pipeline';

/**
 * Every batch of `plan`'s in-pipeline queue, in the order they are handed out: one worker per planned shard,
 * and no invocation overhead, exactly as the Redis queue across CI jobs sizes them (queued-shard.ts), so both
 * queues of one plan hand out the same batches.
 *
 * @throws UsageError when the plan's units do not match its items (plan-units.ts)
 */
export function pipelineBatches(plan: Plan): WorkBatch[] {
  const queue = new MemoryWorkQueue(unitsOfPlan(plan), plan.shards.length);
  const batches: WorkBatch[] = [];
  for (let batch = queue.takeNow(); batch !== undefined; batch = queue.takeNow()) batches.push(batch);
  return batches;
}
