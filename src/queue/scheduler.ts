/**
 * The scheduler of run-time balancing: N workers, each taking its next batch from one work source until the
 * source is empty. The source decides what is next (memory-queue.ts locally, a Redis queue across CI jobs);
 * `runBatch` decides what running a batch means (the test command, its retries, the results).
 */
import type { Completion, WorkBatch, WorkSource } from './work-source.js';

/** What running a batch left that the source needs: the items whose tests still failed after retries. */
export interface BatchOutcome {
  readonly failedItems: readonly string[];
}

/** One worker's batch, as it ran. */
export interface BatchRecord {
  readonly worker: number;
  readonly batch: WorkBatch;
  /** Milliseconds since the scheduler started. */
  readonly startMs: number;
  readonly endMs: number;
  /** What the source did with it: counted, and which items it put back for another worker. */
  readonly completion: Completion;
}

export interface SchedulerOptions {
  /** Milliseconds, for the records' times; `performance.now` unless a test fakes it. */
  readonly clock?: () => number;
  /** Asked after each batch: yes (the worker bailed, `--bail`) ends that worker's loop. */
  readonly stops?: (worker: number) => boolean;
  /** Told what the source did with each batch (counted, which items it requeued for another worker). */
  readonly onCompleted?: (worker: number, batch: WorkBatch, completion: Completion) => void;
}

/**
 * Runs one worker per id in `workers` over `source` and resolves when every worker found the source empty
 * (locally every worker of the run; on a CI job of a queue across jobs, that job's one worker). A batch
 * whose `runBatch` throws stops that worker and rejects the whole run once the other workers
 * finished their current batch: a broken worker must not be mistaken for a drained queue. A worker for which
 * `stops` says yes after a batch (it bailed, `--bail`) completes that batch and takes no more; the others go
 * on.
 */
export async function runWorkers(
  source: WorkSource,
  workers: readonly number[],
  runBatch: (worker: number, batch: WorkBatch) => Promise<BatchOutcome | undefined>,
  options: SchedulerOptions = {},
): Promise<BatchRecord[]> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const records: BatchRecord[] = [];
  let failure: unknown;
  const loop = async (id: number): Promise<void> => {
    while (failure === undefined) {
      const batch = await source.take(id);
      if (!batch) return;
      const startMs = clock() - started;
      let outcome: BatchOutcome | undefined;
      try {
        outcome = await runBatch(id, batch);
      } catch (error) {
        failure ??= error;
        return;
      }
      const endMs = clock() - started;
      const completion = await source.complete(id, batch, outcome?.failedItems ?? []);
      records.push({ worker: id, batch, startMs, endMs, completion });
      options.onCompleted?.(id, batch, completion);
      if (options.stops?.(id)) return;
    }
  };
  // A source that holds a requeued unit for another worker must learn when a worker stops taking work.
  const worker = (id: number) => loop(id).finally(() => source.leave?.(id));
  await Promise.all(workers.map((id) => worker(id)));
  if (failure !== undefined) throw failure;
  return records;
}
