/**
 * The in-memory work source of local mode: one queue, in fail-fast order (batches.ts), shared by the workers of one
 * process. Every unit is handed out exactly once.
 */
import { longestFirst, nextBatchSize } from './batches.js';
import type { WorkBatch, WorkSource, WorkUnit } from './work-source.js';

/** A queue over `units` for `workers` workers. */
export class MemoryWorkQueue implements WorkSource {
  private readonly remaining: WorkUnit[];
  private remainingMs: number;
  private handedOut = 0;

  /** `overheadMs`: what one invocation of the test command costs on top of its tests (batches.ts). */
  constructor(
    units: readonly WorkUnit[],
    private readonly workers: number,
    private readonly overheadMs = 0,
  ) {
    this.remaining = longestFirst(units);
    this.remainingMs = this.remaining.reduce((sum, unit) => sum + unit.predictedMs, 0);
  }

  /** Synchronous take, for the simulator. */
  takeNow(): WorkBatch | undefined {
    const size = nextBatchSize(this.remaining, this.remainingMs, this.workers, this.overheadMs);
    if (size === 0) return undefined;
    const units = this.remaining.splice(0, size);
    for (const unit of units) this.remainingMs -= unit.predictedMs;
    this.handedOut += 1;
    return { sequence: this.handedOut, units };
  }

  take(_worker: number): Promise<WorkBatch | undefined> {
    return Promise.resolve(this.takeNow());
  }

  complete(_worker: number, _batch: WorkBatch): Promise<void> {
    return Promise.resolve();
  }

  /** Takes every unit not handed out yet off the queue (the run bailed: they are reported as not run). */
  drain(): WorkUnit[] {
    const left = this.remaining.splice(0);
    this.remainingMs = 0;
    return left;
  }

  /** Units not handed out yet. */
  get pending(): number {
    return this.remaining.length;
  }
}
