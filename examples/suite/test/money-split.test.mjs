import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitEvenly } from '../src/money.mjs';

describe('splitEvenly', () => {
  test('spreads the remainder over the first shares', () =>
    assert.deepEqual(splitEvenly(100, 3), [34, 33, 33]));
  test('works for refunds', () => assert.deepEqual(splitEvenly(-100, 3), [-34, -33, -33]));
  test('refuses fractional cents', () => assert.throws(() => splitEvenly(10.5, 2), RangeError));
  test('shares add up and differ by at most a cent, for every amount up to 10,000 and 1–12 parts', () => {
    for (let cents = 0; cents <= 10_000; cents += 1) {
      for (let parts = 1; parts <= 12; parts++) {
        const shares = splitEvenly(cents, parts);
        assert.equal(
          shares.reduce((a, b) => a + b, 0),
          cents,
        );
        assert.ok(Math.max(...shares) - Math.min(...shares) <= 1);
      }
    }
  });
});
