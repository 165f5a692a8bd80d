import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mean, median, percentile } from '../src/numbers.mjs';
import { seeded } from './support/random.mjs';

describe('statistics', () => {
  test('mean', () => assert.equal(mean([1, 2, 3, 4]), 2.5));
  test('median of an odd and an even list', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });
  test('percentiles interpolate', () => {
    assert.equal(percentile([10, 20, 30, 40, 50], 90), 46);
    assert.equal(percentile([7], 99), 7);
  });
  test('empty input is an error', () => {
    assert.throws(() => mean([]), RangeError);
    assert.throws(() => percentile([], 50), RangeError);
  });
  test('percentiles are monotone over 60 random samples', () => {
    const random = seeded(3);
    for (let s = 0; s < 60; s++) {
      const values = Array.from({ length: 2_000 }, () => random() * 1000);
      let previous = -Infinity;
      for (const p of [0, 10, 50, 90, 99, 100]) {
        const value = percentile(values, p);
        assert.ok(value >= previous);
        previous = value;
      }
    }
  });
});
