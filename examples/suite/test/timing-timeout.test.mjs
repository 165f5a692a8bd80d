import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sleep, TimeoutError, withTimeout } from '../src/timing.mjs';

describe('withTimeout', () => {
  test('passes a fast result through', async () => {
    assert.equal(
      await withTimeout(
        sleep(50).then(() => 'done'),
        500,
      ),
      'done',
    );
  });
  test('rejects a slow promise with a TimeoutError', async () => {
    await assert.rejects(withTimeout(sleep(400), 150), TimeoutError);
  });
  test('passes a rejection through unchanged', async () => {
    await assert.rejects(withTimeout(Promise.reject(new Error('boom')), 100), /boom/);
  });
});
