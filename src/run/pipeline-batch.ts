/**
 * One batch of the in-pipeline queue (`tessera run --shard w/N --batch k`): the pipeline hands batch number
 * k to worker w, and this process runs it and adds it to worker w's bundle, which the worker's earlier
 * batches left in its bundle folder. A number past the last batch means the queue is drained: the worker's
 * bundle is complete (empty when it took no batch), and only then is it stored as the shard's artifact.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../model/index.js';
import type { Plan } from '../plan/plan-document.js';
import { PIPELINE_QUEUE_KIND, pipelineBatches } from '../queue/pipeline-batches.js';
import { batchItems } from '../queue/work-source.js';
import { BUNDLE_FILE, readBundle, type ShardBundle } from './bundle.js';
import { QueueWorker, shardFolder, type QueueWorkerOptions, type ShardRunResult } from './shard.js';

/** Everything one batch invocation needs. */
export interface PipelineBatchOptions extends Omit<QueueWorkerOptions, 'queueKind'> {
  readonly plan: Plan;
  /** The batch number the pipeline handed out (1-based). */
  readonly batch: number;
}

/** What one batch invocation did. */
export interface PipelineBatchResult {
  readonly result: ShardRunResult;
  /** How many batches the plan's queue has. */
  readonly batches: number;
  /** True when `batch` was past the last one: the worker is done and its bundle complete. */
  readonly drained: boolean;
}

/**
 * The bundle this worker's earlier batches wrote in this build, or undefined. A bundle of another build, run
 * attempt or worker (Jenkins keeps workspaces between builds) or of another kind is not added to: it is
 * replaced.
 */
async function earlierBundle(options: PipelineBatchOptions): Promise<ShardBundle | undefined> {
  const path = join(shardFolder(options), BUNDLE_FILE);
  if (!(await stat(path).catch(() => undefined))) return undefined;
  const bundle = await readBundle(path);
  const same =
    bundle.queue?.kind === PIPELINE_QUEUE_KIND &&
    bundle.shard.index === options.shard.index &&
    bundle.shard.total === options.shard.total &&
    bundle.run.runId === options.run.runId &&
    (bundle.run.attempt ?? 1) === (options.run.attempt ?? 1);
  return same ? bundle : undefined;
}

/**
 * Runs batch `batch` of the plan's in-pipeline queue as worker `shard` and writes the worker's bundle.
 *
 * @throws UsageError when the worker's bundle already holds this batch (the pipeline handed it out twice)
 */
export async function runPipelineBatch(options: PipelineBatchOptions): Promise<PipelineBatchResult> {
  const batches = pipelineBatches(options.plan);
  const previous = await earlierBundle(options);
  const batch = batches[options.batch - 1];
  if (batch !== undefined && previous?.queue?.batches.some((b) => b.sequence === options.batch))
    throw new UsageError(
      `batch ${options.batch} already ran in worker ${options.shard.index}/${options.shard.total}'s bundle`,
      'Hand every batch number out once: one tesseraQueue() per build, shared by its branches.',
    );
  const worker = await QueueWorker.open({ ...options, queueKind: PIPELINE_QUEUE_KIND }, previous);
  if (batch !== undefined) {
    await worker.runBatch(batch.sequence, batchItems(batch));
    // The pipeline's queue never requeues: the batch counts as it ran.
    worker.completed(batch.sequence, { counted: true, requeued: [] });
  }
  return { result: await worker.close(), batches: batches.length, drained: batch === undefined };
}
