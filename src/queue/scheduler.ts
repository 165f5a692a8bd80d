/**
 * The scheduler of run-time balancing: N workers, each taking its next batch from one work source until the
 * source is empty. The source decides what is next (memory-queue.ts locally, a Redis queue across CI jobs);
 * `runBatch` decides what running a batch means (the test command, its retries, the results).
 */
import type { WorkBatch, WorkSource } from './work-source.js';

/** One worker's batch, as it ran. */
export interface BatchRecord {
  readonly worker: number;
  readonly batch: WorkBatch;
  /** Milliseconds since the scheduler started. */
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Runs one worker per id in `workers` over `source` and resolves when every worker found the source empty
 * (locally every worker of the run; on a CI job of a queue across jobs, that job's one worker). A batch whose `runBatch` throws stops that worker and rejects the whole run once the other workers
 * finished their current batch: a broken worker must not be mistaken for a drained queue. A worker for which
 * `stops` says yes after a batch (it bailed, `--bail`) completes that batch and takes no more; the others go
 * on.
 */
export async function runWorkers(
  source: WorkSource,
  workers: readonly number[],
  runBatch: (worker: number, batch: WorkBatch) => Promise<void>,
  options: { readonly clock?: () => number; readonly stops?: (worker: number) => boolean } = {},
): Promise<BatchRecord[]> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const records: BatchRecord[] = [];
  let failure: unknown;
  const worker = async (id: number): Promise<void> => {
    while (failure === undefined) {
      const batch = await source.take(id);
      if (!batch) return;
      const startMs = clock() - started;
      try {
        await runBatch(id, batch);
      } catch (error) {
        failure ??= error;
        return;
      }
      records.push({ worker: id, batch, startMs, endMs: clock() - started });
      await source.complete(id, batch);
      if (options.stops?.(id)) return;
    }
  };
  await Promise.all(workers.map((id) => worker(id)));
  if (failure !== undefined) throw failure;
  return records;
}
