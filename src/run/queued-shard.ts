/**
 * One CI job as a worker of the queue across jobs (`tessera run --queue <url> --shard i/N`): connect, fill
 * the queue from the plan when first, run batches until the queue is drained, and write the bundle of shard
 * i/N with the batches this job ran. With `--bail`, the job stops taking batches after its failing files. With `--queue-fallback static`, a Redis that cannot be reached at the
 * start makes the job run its planned shard instead, with one line saying so.
 */
import { QueueUnavailableError, RedisWorkQueue, type RedisQueueOptions } from '../queue/redis-queue.js';
import { runWorkers } from '../queue/scheduler.js';
import { batchItems, type WorkUnit } from '../queue/work-source.js';
import { QueueWorker, runShard, type RunShardOptions, type ShardRunResult } from './shard.js';

/** Everything a queued shard job needs. */
export interface QueuedShardOptions extends Omit<RunShardOptions, 'items'> {
  readonly queue: Omit<RedisQueueOptions, 'workers'>;
  /** The plan's units: what the first job fills the queue with. */
  readonly units: readonly WorkUnit[];
  /** The shard's planned items, run when the queue cannot be reached and the fallback is `static`. */
  readonly fallbackItems?: readonly string[];
  /** Where the fallback's line goes. */
  readonly log: (line: string) => void;
}

/** Runs this job's share of the queue and writes its bundle. */
export async function runQueuedShard(options: QueuedShardOptions): Promise<ShardRunResult> {
  let queue: RedisWorkQueue;
  try {
    queue = await RedisWorkQueue.connect({ ...options.queue, workers: options.shard.total });
  } catch (error) {
    if (!(error instanceof QueueUnavailableError) || options.fallbackItems === undefined) throw error;
    options.log(
      `${error.message}; running the planned shard ${options.shard.index}/${options.shard.total} instead (--queue-fallback static)`,
    );
    return runShard({ ...options, items: options.fallbackItems });
  }
  try {
    await queue.fill(options.units);
    const worker = await QueueWorker.open({ ...options, queueKind: 'redis' });
    await runWorkers(
      queue,
      [options.shard.index],
      (id, batch) =>
        queue.holding(id, batch, () =>
          worker.runBatch(
            batch.sequence,
            batchItems(batch),
            queue.takenOver.get(batch.sequence),
            batch.requeueOf,
          ),
        ),
      {
        stops: () => worker.bailed,
        onCompleted: (_, batch, completion) => worker.completed(batch.sequence, completion),
      },
    );
    // A bailing worker leaves the pending units to the other workers; the last one to bail takes them off
    // the queue and names them as not run.
    const left = worker.bailed ? await queue.bail(options.shard.index) : [];
    return await worker.close(
      queue.superseded,
      left.flatMap((unit) => unit.items),
    );
  } finally {
    await queue.close();
  }
}
