/**
 * Requeue of a failed unit onto a different worker: the pure rules (requeue.ts), the in-memory queue of
 * local mode, and the Redis queue's Lua scripts on a real redis-server, under the same scenarios.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryWorkQueue } from '../../src/queue/memory-queue.js';
import { RedisWorkQueue, type RedisQueueOptions } from '../../src/queue/redis-queue.js';
import { admitRequeues, pickRequeued } from '../../src/queue/requeue.js';
import { runWorkers, type BatchRecord } from '../../src/queue/scheduler.js';
import {
  batchItems,
  requeueBudget,
  type RequeuePolicy,
  type WorkSource,
  type WorkUnit,
} from '../../src/queue/work-source.js';
import { startRedis, type RedisServer } from '../support/redis-server.js';
import { describeWithTools } from '../support/system-tools.js';

const unitsOf = (n: number): WorkUnit[] =>
  Array.from({ length: n }, (_, i) => ({
    items: [`test/f${String(i).padStart(2, '0')}.test.js`],
    predictedMs: 1000 - i,
  }));

/** Runs `workers` over `source`; `fails(item, worker)` says whether the item fails on that worker. */
async function play(
  source: WorkSource,
  workers: readonly number[],
  fails: (item: string, worker: number) => boolean,
): Promise<BatchRecord[]> {
  return runWorkers(source, workers, async (worker, batch) => {
    await new Promise((r) => setTimeout(r, 5));
    return { failedItems: batchItems(batch).filter((item) => fails(item, worker)) };
  });
}

/** Which workers ran `item`, in the order they finished it. */
const workersOf = (records: readonly BatchRecord[], item: string) =>
  records.filter((r) => batchItems(r.batch).includes(item)).map((r) => r.worker);

describe('the requeue rules', () => {
  it('bound each unit and the run, and spend the budget in items', () => {
    const policy: RequeuePolicy = { max: 1, budget: 3 };
    const ledger = { counts: new Map<string, number>(), spent: 0 };
    const group: WorkUnit = { items: ['a', 'b'], predictedMs: 1 };
    expect(admitRequeues(policy, ledger, [group, { items: ['c'], predictedMs: 1 }])).toHaveLength(2);
    // The budget is spent (3 items), and each unit was requeued once already.
    expect(admitRequeues(policy, ledger, [{ items: ['d'], predictedMs: 1 }])).toEqual([]);
    expect(ledger.spent).toBe(3);
    expect(requeueBudget(1, 0.05, 41)).toBe(3);
    expect(requeueBudget(0, 0.5, 41)).toBe(0);
  });

  it('give a worker what it has not run, and its own only when nobody else could take it', () => {
    const entry = (workers: number[]) => ({
      unit: unitsOf(1)[0] as WorkUnit,
      attempt: 2,
      workers,
      sequence: 1,
    });
    expect(pickRequeued([entry([1]), entry([2])], 1, () => true)).toBe(1);
    expect(pickRequeued([entry([1])], 1, () => true)).toBe('wait');
    expect(pickRequeued([entry([1])], 1, () => false)).toBe(0);
    expect(pickRequeued([], 1, () => true)).toBe('none');
  });
});

/** The scenarios every work source must pass, with `open(units, workers, policy)` making a fresh source. */
function scenarios(open: (units: WorkUnit[], workers: number, policy: RequeuePolicy) => Promise<WorkSource>) {
  it('runs a file that failed on one worker again on a different worker, once', async () => {
    const units = unitsOf(6);
    const flaky = units[0]?.items[0] as string;
    const source = await open(units, 2, { max: 1, budget: 6 });
    // Fails wherever it runs first, passes on the second run.
    let runs = 0;
    const records = await play(source, [1, 2], (item) => item === flaky && ++runs === 1);
    const [first, second] = workersOf(records, flaky);
    expect(workersOf(records, flaky)).toHaveLength(2);
    expect(second).not.toBe(first);
    const requeued = records.find((r) => r.batch.requeueOf !== undefined);
    expect(requeued?.batch.requeueOf).toMatchObject({ attempt: 2, worker: first });
    expect(records.find((r) => r.completion.requeued.includes(flaky))?.worker).toBe(first);
    // Every other item ran exactly once.
    const ran = records.flatMap((r) => batchItems(r.batch));
    expect(ran.sort()).toEqual([...units.map((u) => u.items[0] as string), flaky].sort());
  });

  it('requeues a file at most n times, each time onto a worker that has not run it', async () => {
    const units = unitsOf(4);
    const broken = units[1]?.items[0] as string;
    const source = await open(units, 3, { max: 2, budget: 10 });
    const records = await play(source, [1, 2, 3], (item) => item === broken);
    const ranOn = workersOf(records, broken);
    expect(ranOn).toHaveLength(3);
    expect(new Set(ranOn).size).toBe(3);
    expect(records.filter((r) => r.completion.requeued.length > 0)).toHaveLength(2);
  });

  it('caps the requeues of the whole run at the tolerance, whatever the workers do at once', async () => {
    const units = unitsOf(20);
    const budget = requeueBudget(1, 0.1, units.length);
    const source = await open(units, 3, { max: 1, budget });
    // Everything fails everywhere: only `budget` files get a second run.
    const records = await play(source, [1, 2, 3], () => true);
    const requeued = records.flatMap((r) => r.completion.requeued);
    expect(budget).toBe(2);
    expect(requeued).toHaveLength(2);
    expect(records.filter((r) => r.batch.requeueOf !== undefined)).toHaveLength(2);
    expect(records.flatMap((r) => batchItems(r.batch))).toHaveLength(22);
  });

  it('does not deadlock with a single worker: it runs its own requeued file and completes', async () => {
    const units = unitsOf(3);
    const broken = units[2]?.items[0] as string;
    const source = await open(units, 1, { max: 1, budget: 3 });
    const records = await play(source, [1], (item) => item === broken);
    expect(workersOf(records, broken)).toEqual([1, 1]);
    expect(records.at(-1)?.batch.requeueOf).toMatchObject({ attempt: 2, worker: 1 });
    expect(records.at(-1)?.completion.requeued).toEqual([]);
  });

  it('with requeue off, a failure is final', async () => {
    const units = unitsOf(3);
    const source = await open(units, 2, { max: 0, budget: 0 });
    const records = await play(source, [1, 2], () => true);
    expect(records.flatMap((r) => batchItems(r.batch))).toHaveLength(3);
    expect(records.every((r) => r.completion.requeued.length === 0)).toBe(true);
  });
}

describe('requeue on the in-memory queue of local mode', () => {
  scenarios((units, workers, policy) => Promise.resolve(new MemoryWorkQueue(units, workers, 0, policy)));

  it('does not leave a worker waiting on one whose batch threw', async () => {
    const units = unitsOf(2);
    const queue = new MemoryWorkQueue(units, 2, 0, { max: 1, budget: 2 });
    const ran: number[] = [];
    const run = runWorkers(queue, [1, 2], async (worker, batch) => {
      ran.push(worker);
      // Worker 2 holds the second file a while, then its runner is lost.
      if (worker === 2) {
        await new Promise((r) => setTimeout(r, 30));
        throw new Error('runner lost');
      }
      return { failedItems: batchItems(batch) };
    });
    await expect(run).rejects.toThrow('runner lost');
    // Worker 1 waited for worker 2 to take its requeued file, then ran it itself once worker 2 was gone.
    expect(ran.filter((w) => w === 1)).toHaveLength(2);
  });
});

describeWithTools(['redis-server'], 'requeue on the Redis queue, on a real redis-server', () => {
  let server: RedisServer;
  let ids = 0;
  const open: RedisWorkQueue[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    for (const q of open) await q.close();
    await server.stop();
  });
  async function connect(options: Partial<RedisQueueOptions> & { queueId: string; workers: number }) {
    const q = await RedisWorkQueue.connect({ url: server.url, pollMs: 10, leaseMs: 2_000, ...options });
    open.push(q);
    return q;
  }

  /**
   * One connection per worker, as across CI jobs: a source that hands each worker's calls to its own
   * connection, filled by the first.
   */
  async function shared(units: WorkUnit[], workers: number, policy: RequeuePolicy): Promise<WorkSource> {
    const queueId = `requeue-${process.pid}-${++ids}`;
    const byWorker = await Promise.all(
      Array.from({ length: workers }, () => connect({ queueId, workers, requeue: policy })),
    );
    await Promise.all(byWorker.map((q) => q.fill(units)));
    const of = (worker: number) => byWorker[worker - 1] as RedisWorkQueue;
    return {
      take: (worker) => of(worker).take(worker),
      complete: (worker, batch, failed) => of(worker).complete(worker, batch, failed),
    };
  }

  scenarios(shared);

  it('counts a requeued unit as pending, so the report waits for it', async () => {
    const queueId = `requeue-${process.pid}-${++ids}`;
    const a = await connect({ queueId, workers: 2, requeue: { max: 1, budget: 1 } });
    await a.fill(unitsOf(1));
    const batch = await a.take(1);
    if (!batch) throw new Error('the queue handed out nothing');
    const done = await a.complete(1, batch, batchItems(batch));
    expect(done).toEqual({ counted: true, requeued: batchItems(batch) });
    expect(await a.state()).toMatchObject({ pending: 1, leased: 0 });
    // A second failed completion of the same batch (a worker that lost its lease) requeues nothing more.
    expect(await a.complete(1, batch, batchItems(batch))).toEqual({ counted: false, requeued: [] });
  });
});
