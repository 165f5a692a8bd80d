import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BATCH_OVERHEAD_MULTIPLE,
  batchTargetMs,
  longestFirst,
  nextBatchSize,
} from '../../src/queue/batches.js';
import { MemoryWorkQueue } from '../../src/queue/memory-queue.js';
import { batchItems, batchPredictedMs, type WorkUnit } from '../../src/queue/work-source.js';

const unit = (name: string, predictedMs: number): WorkUnit => ({ items: [name], predictedMs });

describe('batch sizes', () => {
  it('takes the longest unit alone when it alone exceeds the target', () => {
    const units = longestFirst([unit('a', 10), unit('b', 100), unit('c', 10)]);
    expect(units[0]?.items).toEqual(['b']);
    expect(nextBatchSize(units, 120, 4)).toBe(1);
  });

  it('takes more units while the batch stays within a share of what remains', () => {
    const units = longestFirst(Array.from({ length: 40 }, (_, i) => unit(`f${i}`, 10)));
    // 400 ms left for 2 workers: the target is half a fair share, 100 ms, so ten 10 ms units.
    expect(nextBatchSize(units, 400, 2)).toBe(10);
  });

  it('never makes a batch worth less than a few invocation overheads, but always takes one unit', () => {
    expect(batchTargetMs(100, 4, 50)).toBe(50 * BATCH_OVERHEAD_MULTIPLE);
    expect(nextBatchSize([unit('a', 5000)], 5000, 4, 50)).toBe(1);
    expect(nextBatchSize([], 0, 4)).toBe(0);
  });

  it('orders ties by path, so every source hands out the same sequence', () => {
    expect(longestFirst([unit('b', 5), unit('a', 5), unit('c', 9)]).map((u) => u.items[0])).toEqual([
      'c',
      'a',
      'b',
    ]);
  });
});

describe('the in-memory queue', () => {
  const unitsArb = fc
    .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.integer({ min: 0, max: 60_000 })), {
      selector: ([name]) => name,
      maxLength: 200,
    })
    .map((pairs) => pairs.map(([name, ms]) => unit(`test/${name}.test.js`, ms)));

  it('hands out every unit exactly once, longest first, in batches that never grow', () => {
    fc.assert(
      fc.property(
        unitsArb,
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 0, max: 2000 }),
        (units, workers, overhead) => {
          const queue = new MemoryWorkQueue(units, workers, overhead);
          const seen: string[] = [];
          let previousLongest = Infinity;
          for (let batch = queue.takeNow(); batch; batch = queue.takeNow()) {
            expect(batch.units.length).toBeGreaterThan(0);
            const longest = Math.max(...batch.units.map((u) => u.predictedMs));
            expect(longest).toBeLessThanOrEqual(previousLongest);
            previousLongest = longest;
            seen.push(...batchItems(batch));
          }
          expect(seen.sort()).toEqual(units.map((u) => u.items[0]).sort());
          expect(queue.pending).toBe(0);
        },
      ),
    );
  });

  it('ends with single-file batches when there is no invocation overhead', () => {
    const units = Array.from({ length: 100 }, (_, i) => unit(`f${String(i).padStart(3, '0')}`, 1000 + i));
    const queue = new MemoryWorkQueue(units, 4);
    const batches = [];
    for (let b = queue.takeNow(); b; b = queue.takeNow()) batches.push(b);
    expect(batches[0]?.units.length).toBeGreaterThan(1);
    expect(batches.at(-1)?.units).toHaveLength(1);
    expect(batches.map((b) => b.sequence)).toEqual(batches.map((_, i) => i + 1));
    expect(batches.reduce((s, b) => s + batchPredictedMs(b), 0)).toBe(
      units.reduce((s, u) => s + u.predictedMs, 0),
    );
  });
});

describe('the fail-fast order of the queue', () => {
  it('hands out recently failed, then flaky units first, and never mixes priorities in a batch', () => {
    const units: WorkUnit[] = [
      unit('long', 9000),
      { items: ['failed-a'], predictedMs: 10, priority: 'failed' },
      { items: ['failed-b'], predictedMs: 20, priority: 'failed' },
      { items: ['flaky'], predictedMs: 30, priority: 'flaky' },
      unit('short', 10),
    ];
    const queue = new MemoryWorkQueue(units, 1);
    const batches: string[][] = [];
    for (let batch = queue.takeNow(); batch; batch = queue.takeNow()) batches.push(batchItems(batch));
    expect(batches).toEqual([['failed-b', 'failed-a'], ['flaky'], ['long'], ['short']]);
  });
});
