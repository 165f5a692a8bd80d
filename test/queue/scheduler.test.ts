import { describe, expect, it } from 'vitest';
import { MemoryWorkQueue } from '../../src/queue/memory-queue.js';
import { runWorkers } from '../../src/queue/scheduler.js';
import { batchItems, type WorkUnit } from '../../src/queue/work-source.js';

const units: WorkUnit[] = Array.from({ length: 30 }, (_, i) => ({
  items: [`f${String(i).padStart(2, '0')}`],
  predictedMs: 100 + i,
}));

describe('the scheduler', () => {
  it('runs every batch once, on whichever worker is free, until the source is empty', async () => {
    const ran = new Map<string, number>();
    const records = await runWorkers(new MemoryWorkQueue(units, 3), [1, 2, 3], async (worker, batch) => {
      await new Promise((r) => setImmediate(r));
      for (const item of batchItems(batch)) ran.set(item, (ran.get(item) ?? 0) + 1);
      expect([1, 2, 3]).toContain(worker);
    });
    expect([...ran.keys()].sort()).toEqual(units.map((u) => u.items[0]));
    expect([...ran.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(records.map((r) => r.worker)).size).toBe(3);
    for (const r of records) expect(r.endMs).toBeGreaterThanOrEqual(r.startMs);
  });

  it('a worker that finds the source empty at once runs nothing', async () => {
    const records = await runWorkers(new MemoryWorkQueue([], 2), [1, 2], () => {
      throw new Error('nothing to run');
    });
    expect(records).toEqual([]);
  });

  it('rejects when a batch throws, after the other workers stop taking work', async () => {
    let taken = 0;
    const run = runWorkers(new MemoryWorkQueue(units, 2), [1, 2], async (worker) => {
      taken += 1;
      await new Promise((r) => setImmediate(r));
      if (worker === 2) throw new Error('runner lost');
    });
    await expect(run).rejects.toThrow('runner lost');
    expect(taken).toBeLessThan(units.length);
  });
});
