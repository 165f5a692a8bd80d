/**
 * The in-memory work source of local mode: one queue, in fail-fast order (batches.ts), shared by the workers
 * of one process. Every unit is handed out exactly once, plus, with requeue on (requeue.ts), once more per
 * requeue to a different local worker.
 */
import { longestFirst, nextBatchSize } from './batches.js';
import { admitRequeues, originOf, pickRequeued, type RequeueEntry, type RequeueLedger } from './requeue.js';
import type { Completion, RequeuePolicy, WorkBatch, WorkSource, WorkUnit } from './work-source.js';

const NO_REQUEUE: RequeuePolicy = { max: 0, budget: 0 };

/** A queue over `units` for `workers` workers. */
export class MemoryWorkQueue implements WorkSource {
  private readonly remaining: WorkUnit[];
  private remainingMs: number;
  private handedOut = 0;
  private readonly requeued: RequeueEntry[] = [];
  private readonly ledger: RequeueLedger = { counts: new Map(), spent: 0 };
  /** Workers running a batch: one of them may still put a unit back. */
  private readonly busy = new Set<number>();
  /** Workers still taking work (running or waiting): one that has not run a requeued unit may take it. */
  private readonly present = new Set<number>();
  private wake: (() => void)[] = [];
  /** The workers that ran a requeued batch's unit before it, by the batch's sequence. */
  private readonly history = new Map<number, readonly number[]>();

  /** `overheadMs`: what one invocation of the test command costs on top of its tests (batches.ts). */
  constructor(
    units: readonly WorkUnit[],
    private readonly workers: number,
    private readonly overheadMs = 0,
    private readonly requeue: RequeuePolicy = NO_REQUEUE,
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

  /**
   * A requeued unit this worker has not run, else the next batch, else (requeue only) a unit it ran itself
   * once no busy worker could take it; with requeue on, waits while another worker is still running.
   */
  async take(worker: number): Promise<WorkBatch | undefined> {
    this.present.add(worker);
    for (;;) {
      const batch = this.next(worker);
      if (batch !== 'wait') {
        if (batch) this.busy.add(worker);
        else this.leave(worker);
        return batch;
      }
      await new Promise<void>((resolve) => this.wake.push(resolve));
    }
  }

  private next(worker: number): WorkBatch | undefined | 'wait' {
    const othersCanTake = (entry: RequeueEntry) =>
      [...this.present].some((w) => w !== worker && !entry.workers.includes(w));
    const pick = pickRequeued(this.requeued, worker, othersCanTake);
    if (typeof pick === 'number' && !(this.requeued[pick] as RequeueEntry).workers.includes(worker))
      return this.fromRequeue(pick);
    const batch = this.takeNow();
    if (batch) return batch;
    if (typeof pick === 'number') return this.fromRequeue(pick);
    // With requeue on, a worker still running may put a unit back: stay, as a Redis worker stays while
    // leases are held, so the unit can go to a worker that has not run it.
    const othersBusy = [...this.busy].some((w) => w !== worker);
    return pick === 'wait' || (this.requeue.max > 0 && othersBusy) ? 'wait' : undefined;
  }

  /**
   * Takes every unit not handed out yet off the queue, requeued ones included (the run bailed: they are
   * reported as not run), and wakes the workers waiting for a requeue, who then find the queue empty.
   */
  drain(): WorkUnit[] {
    const left = this.remaining.splice(0);
    for (const entry of this.requeued.splice(0)) left.push(entry.unit);
    this.remainingMs = 0;
    this.notify();
    return left;
  }

  private fromRequeue(position: number): WorkBatch {
    const [entry] = this.requeued.splice(position, 1) as [RequeueEntry];
    this.handedOut += 1;
    this.history.set(this.handedOut, entry.workers);
    return { sequence: this.handedOut, units: [entry.unit], requeueOf: originOf(entry) };
  }

  complete(worker: number, batch: WorkBatch, failedItems: readonly string[] = []): Promise<Completion> {
    this.busy.delete(worker);
    const failed = new Set(failedItems);
    const units = admitRequeues(
      this.requeue,
      this.ledger,
      batch.units.filter((u) => u.items.some((item) => failed.has(item))),
    );
    const before = this.history.get(batch.sequence) ?? [];
    for (const unit of units)
      this.requeued.push({
        unit,
        attempt: (batch.requeueOf?.attempt ?? 1) + 1,
        workers: [...before, worker],
        sequence: batch.sequence,
      });
    // Waiting workers look again once this worker asked for its next batch (its own turn comes first, after
    // the microtasks that lead it back to take()): a unit it put back is then not mistaken for a lone one.
    setImmediate(() => this.notify());
    return Promise.resolve({ counted: true, requeued: units.flatMap((u) => u.items) });
  }

  leave(worker: number): void {
    this.busy.delete(worker);
    if (this.present.delete(worker)) this.notify();
  }

  /** Units not handed out yet, requeued ones included. */
  get pending(): number {
    return this.remaining.length + this.requeued.length;
  }

  private notify(): void {
    const waiting = this.wake;
    this.wake = [];
    for (const resolve of waiting) resolve();
  }
}
