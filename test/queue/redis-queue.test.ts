import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryWorkQueue } from '../../src/queue/memory-queue.js';
import {
  QueueUnavailableError,
  RedisWorkQueue,
  describeRedisUrl,
  type RedisQueueOptions,
} from '../../src/queue/redis-queue.js';
import { runWorkers } from '../../src/queue/scheduler.js';
import { batchItems, type WorkBatch, type WorkUnit } from '../../src/queue/work-source.js';
import { freePort, startRedis, type RedisServer } from '../support/redis-server.js';
import { describeWithTools } from '../support/system-tools.js';

const units: WorkUnit[] = Array.from({ length: 40 }, (_, i) => ({
  items: [`test/f${String(i).padStart(2, '0')}.test.js`],
  predictedMs: 1000 + ((i * 7919) % 5000),
}));

describeWithTools(['redis-server'], 'the Redis work queue, on a real redis-server', () => {
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
  async function queue(options: Partial<RedisQueueOptions> & { queueId: string }): Promise<RedisWorkQueue> {
    const q = await RedisWorkQueue.connect({ url: server.url, workers: 3, pollMs: 20, ...options });
    open.push(q);
    return q;
  }
  const freshId = () => `run-${process.pid}-${++ids}`;

  it('hands out the same batches, in the same order, as the in-memory queue', async () => {
    const q = await queue({ queueId: freshId(), overheadMs: 100 });
    expect(await q.fill(units)).toBe(true);
    const memory = new MemoryWorkQueue(units, 3, 100);
    for (;;) {
      const fromRedis = await q.take(1);
      const fromMemory = memory.takeNow();
      expect(fromRedis && batchItems(fromRedis)).toEqual(fromMemory && batchItems(fromMemory));
      if (!fromRedis) break;
      await q.complete(1, fromRedis);
    }
    expect(await q.state()).toMatchObject({ ready: true, pending: 0, leased: 0 });
  });

  it('hands out recently failed and flaky units first, in batches of their own, as the in-memory queue', async () => {
    const prioritized: WorkUnit[] = units.map((u, i) =>
      i % 10 === 3 ? { ...u, priority: 'failed' } : i % 10 === 5 ? { ...u, priority: 'flaky' } : u,
    );
    const q = await queue({ queueId: freshId(), overheadMs: 100 });
    expect(await q.fill(prioritized)).toBe(true);
    const memory = new MemoryWorkQueue(prioritized, 3, 100);
    const first = memory.takeNow();
    expect(first?.units.every((u) => u.priority === 'failed')).toBe(true);
    const taken = (await q.take(1)) as WorkBatch;
    expect(batchItems(taken)).toEqual(first && batchItems(first));
    await q.complete(1, taken);
    for (;;) {
      const fromRedis = await q.take(1);
      const fromMemory = memory.takeNow();
      expect(fromRedis && batchItems(fromRedis)).toEqual(fromMemory && batchItems(fromMemory));
      if (!fromRedis) break;
      await q.complete(1, fromRedis);
    }
    expect(await q.state()).toMatchObject({ ready: true, pending: 0, leased: 0 });
  });

  it('lets three workers run every item exactly once; the first to arrive fills, the others join', async () => {
    const queueId = freshId();
    const workers = await Promise.all([1, 2, 3].map(() => queue({ queueId })));
    const filled = await Promise.all(workers.map((w) => w.fill(units)));
    expect(filled.filter(Boolean)).toHaveLength(1);
    const ran: string[] = [];
    await Promise.all(
      workers.map((w, i) =>
        runWorkers(w, [i + 1], async (_, batch) => {
          await new Promise((r) => setTimeout(r, 5));
          ran.push(...batchItems(batch));
        }),
      ),
    );
    expect(ran.sort()).toEqual(units.map((u) => u.items[0]).sort());
    // A worker that arrives after the queue drained finds nothing, at once.
    const late = await queue({ queueId });
    expect(await late.fill(units)).toBe(false);
    expect(await late.take(4)).toBeUndefined();
  });

  it('gives a dead worker’s batch to a live one once the lease expires, and counts only the live run', async () => {
    const queueId = freshId();
    const dying = await queue({ queueId, leaseMs: 150 });
    const live = await queue({ queueId, leaseMs: 150 });
    await dying.fill(units.slice(0, 3));
    const lost = (await dying.take(1)) as WorkBatch;
    expect(lost).toBeDefined();
    // The dying worker never renews; the live one takes the rest, then waits for the lease and takes it over.
    const ran: WorkBatch[] = [];
    await runWorkers(live, [2], async (_, batch) => {
      ran.push(batch);
    });
    const takenOver = ran.find((b) => b.sequence === lost.sequence);
    expect(takenOver).toMatchObject({ takenOverFrom: 1 });
    expect(live.takenOver.get(lost.sequence)).toBe(1);
    expect(ran.flatMap(batchItems).sort()).toEqual(
      units
        .slice(0, 3)
        .map((u) => u.items[0])
        .sort(),
    );
    // The dead worker, had it come back, could no longer count the batch.
    await dying.complete(1, lost);
    expect(dying.superseded.has(lost.sequence)).toBe(true);
    expect(await live.state()).toMatchObject({ pending: 0, leased: 0 });
  });

  it('renews the lease while a batch runs, so a slow batch is not taken over', async () => {
    const queueId = freshId();
    const slow = await queue({ queueId, leaseMs: 120 });
    const other = await queue({ queueId, leaseMs: 120 });
    await slow.fill(units.slice(0, 1));
    const batch = (await slow.take(1)) as WorkBatch;
    const otherTook = slow.holding(1, batch, async () => {
      await new Promise((r) => setTimeout(r, 400));
      return other.state();
    });
    expect((await otherTook).leased).toBe(1);
    await slow.complete(1, batch);
    expect(slow.superseded.size).toBe(0);
    expect(await other.take(2)).toBeUndefined();
  });

  it('leaves a bailing worker’s units to the others, and gives them to the last one to bail', async () => {
    const queueId = freshId();
    const [first, second] = [await queue({ queueId, workers: 2 }), await queue({ queueId, workers: 2 })];
    await first?.fill(units);
    const taken = (await first?.take(1)) as WorkBatch;
    await first?.complete(1, taken);
    // Worker 1 bails: nothing is taken off the queue, worker 2 still has every other unit to run.
    expect(await first?.bail(1)).toEqual([]);
    const before = (await second?.state())?.pending ?? 0;
    expect(before).toBe(units.length - taken.units.length);
    const next = (await second?.take(2)) as WorkBatch;
    await second?.complete(2, next);
    // Worker 2 bails too: nobody is left, so it takes the rest off the queue to report as not run.
    const left = (await second?.bail(2)) ?? [];
    expect(left).toHaveLength(before - next.units.length);
    const seen = [...taken.units, ...next.units, ...left].flatMap((u) => u.items).sort();
    expect(seen).toEqual(units.map((u) => u.items[0]).sort());
    expect(await second?.state()).toMatchObject({ ready: true, pending: 0, leased: 0 });
  });

  it('keeps two runs on one Redis apart, and refuses another plan under the same id', async () => {
    const a = await queue({ queueId: freshId() });
    const b = await queue({ queueId: freshId() });
    await a.fill(units.slice(0, 2));
    await b.fill(units.slice(2, 4));
    const fromA = batchItems((await a.take(1)) as WorkBatch);
    expect(fromA.every((item) => units.slice(0, 2).some((u) => u.items[0] === item))).toBe(true);
    const sameId = await queue({
      queueId: (a as unknown as { options: { queueId: string } }).options.queueId,
    });
    await expect(sameId.fill(units.slice(5, 9))).rejects.toThrow(/already holds another plan/);
  });

  it('names the host, never the password, when the server cannot be reached', async () => {
    const port = await freePort();
    const url = `redis://:s3cret-value@127.0.0.1:${port}`;
    const error = await RedisWorkQueue.connect({ url, queueId: 'x', workers: 1, retries: 1 }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(QueueUnavailableError);
    expect(String(error)).toContain(`127.0.0.1:${port}`);
    expect(`${String(error)} ${(error as QueueUnavailableError).hint ?? ''}`).not.toContain('s3cret-value');
    expect(describeRedisUrl('rediss://user:pw@example.test:6380/0')).toBe('rediss://example.test:6380');
  });

  it('fails clearly, within a bounded time, when Redis goes away mid-run', async () => {
    const own = await startRedis('another-p4ssword');
    const q = await RedisWorkQueue.connect({ url: own.url, queueId: 'lost', workers: 1, retries: 2 });
    await q.fill(units.slice(0, 5));
    await own.stop();
    const started = Date.now();
    const error = await q.take(1).catch((e: Error) => e);
    expect(error).toBeInstanceOf(QueueUnavailableError);
    expect(String(error)).not.toContain('another-p4ssword');
    expect(Date.now() - started).toBeLessThan(10_000);
    await q.close();
  });
});
