import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createQueue } from '../src/queue.mjs';
import { sleep } from '../src/timing.mjs';

describe('queue concurrency', () => {
  test('never runs more than the limit at once', async () => {
    const queue = createQueue(3);
    let running = 0;
    let peak = 0;
    const tasks = Array.from({ length: 12 }, (_, i) =>
      queue.add(async () => {
        running++;
        peak = Math.max(peak, running);
        await sleep(60 + (i % 3) * 20);
        running--;
        return i;
      }),
    );
    assert.deepEqual(await Promise.all(tasks), [...Array(12).keys()]);
    assert.equal(peak, 3);
  });

  test('a failing task does not stop the others', async () => {
    const queue = createQueue(2);
    const results = await Promise.allSettled([
      queue.add(() => sleep(50).then(() => 'a')),
      queue.add(() => Promise.reject(new Error('b failed'))),
      queue.add(() => sleep(50).then(() => 'c')),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
  });
});
