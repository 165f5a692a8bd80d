import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { debounce, sleep } from '../src/timing.mjs';

// FLAKY ON PURPOSE, for the demo. "waits long enough for the debounced call" has the classic race of timer
// tests: it checks the result after a fixed wait that is sometimes too short. To make the demo repeatable,
// the too-short wait happens exactly on a shard's first try (TESSERA_TRY=1, set by `tessera run` for each
// try) and never on a retry, so `tessera run --retries 1` reports the test as flaky: failed, then passed.
// Run outside Tessera (no TESSERA_TRY), it passes.
const unluckyFirstTry = process.env.TESSERA_TRY === '1';

describe('debounce', () => {
  test('calls once with the last arguments', async () => {
    const calls = [];
    const save = debounce((value) => calls.push(value), 80);
    save(1);
    save(2);
    save(3);
    await sleep(160);
    assert.deepEqual(calls, [3]);
  });

  test('waits long enough for the debounced call', async () => {
    const calls = [];
    const save = debounce((value) => calls.push(value), 100);
    save('draft');
    await sleep(unluckyFirstTry ? 60 : 180);
    assert.deepEqual(calls, ['draft']);
  });

  test('calls spaced wider than the wait all go through', async () => {
    const calls = [];
    const save = debounce((value) => calls.push(value), 40);
    for (const value of ['a', 'b', 'c']) {
      save(value);
      await sleep(80);
    }
    assert.deepEqual(calls, ['a', 'b', 'c']);
  });
});
