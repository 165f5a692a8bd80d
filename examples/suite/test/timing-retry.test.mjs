import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { retry } from '../src/timing.mjs';

describe('retry', () => {
  test('returns the first success', async () => {
    const result = await retry(
      async (attempt) => {
        if (attempt < 3) throw new Error(`attempt ${attempt} failed`);
        return attempt;
      },
      { delayMs: 40 },
    );
    assert.equal(result, 3);
  });

  test('backs off exponentially between attempts', async () => {
    const times = [];
    await assert.rejects(
      retry(
        async () => {
          times.push(Date.now());
          throw new Error('down');
        },
        { attempts: 4, delayMs: 30, factor: 2 },
      ),
      /down/,
    );
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    assert.equal(gaps.length, 3);
    for (const [i, gap] of gaps.entries()) assert.ok(gap >= 30 * 2 ** i - 5, `gap ${i} was ${gap} ms`);
  });

  test('rethrows the last error', async () => {
    await assert.rejects(
      retry(
        async (attempt) => {
          throw new Error(`failure ${attempt}`);
        },
        { attempts: 2, delayMs: 20 },
      ),
      /failure 2/,
    );
  });
});
