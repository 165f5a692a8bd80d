import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createQueue } from '../src/queue.mjs';
import { sleep } from '../src/timing.mjs';

describe('queue order', () => {
  test('with concurrency 1 tasks run one after another, in order', async () => {
    const queue = createQueue(1);
    const order = [];
    for (const name of ['first', 'second', 'third']) queue.add(() => sleep(70).then(() => order.push(name)));
    await queue.onIdle();
    assert.deepEqual(order, ['first', 'second', 'third']);
  });

  test('onIdle resolves at once on an empty queue', async () => {
    await createQueue(2).onIdle();
  });

  test('refuses a concurrency of zero', () => assert.throws(() => createQueue(0), RangeError));
});
