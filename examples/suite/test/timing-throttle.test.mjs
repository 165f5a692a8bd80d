import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sleep, throttle } from '../src/timing.mjs';

describe('throttle', () => {
  test('drops calls inside the interval (injected clock)', () => {
    let now = 0;
    const calls = [];
    const log = throttle(
      (v) => calls.push(v),
      100,
      () => now,
    );
    log('a');
    now = 50;
    log('b');
    now = 100;
    log('c');
    assert.deepEqual(calls, ['a', 'c']);
  });

  test('lets about one call per interval through (real clock)', async () => {
    let count = 0;
    const tick = throttle(() => count++, 100);
    const start = Date.now();
    while (Date.now() - start < 450) {
      tick();
      await sleep(10);
    }
    assert.ok(count >= 4 && count <= 5, `count was ${count}`);
  });
});
