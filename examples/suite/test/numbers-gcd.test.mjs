import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clamp, gcd, lcm, roundTo } from '../src/numbers.mjs';
import { intBetween, seeded } from './support/random.mjs';

describe('gcd and lcm', () => {
  test('known values', () => {
    assert.equal(gcd(48, 18), 6);
    assert.equal(gcd(-48, 18), 6);
    assert.equal(lcm(4, 6), 12);
    assert.equal(lcm(0, 6), 0);
  });
  test('gcd × lcm = |a × b| for 200,000 random pairs', () => {
    const random = seeded(5);
    for (let i = 0; i < 200_000; i++) {
      const a = intBetween(random, 1, 50_000);
      const b = intBetween(random, 1, 50_000);
      assert.equal(gcd(a, b) * lcm(a, b), a * b);
    }
  });
});

describe('clamp and roundTo', () => {
  test('clamps', () => assert.deepEqual([clamp(-1, 0, 9), clamp(5, 0, 9), clamp(12, 0, 9)], [0, 5, 9]));
  test('refuses an inverted range', () => assert.throws(() => clamp(1, 9, 0), RangeError));
  test('rounds 1.005 up, as people expect', () => assert.equal(roundTo(1.005, 2), 1.01));
  test('rounds negatives away from zero', () => assert.equal(roundTo(-2.5, 0), -3));
});
