import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fnv1a32, jumpHash } from '../src/hash.mjs';

describe('jumpHash', () => {
  test('one bucket takes every key', () => assert.equal(jumpHash(123456, 1), 0));

  test('spreads 50,000 keys evenly over 10 buckets', () => {
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 50_000; i++) counts[jumpHash(fnv1a32(`user-${i}`), 10)]++;
    for (const count of counts) assert.ok(Math.abs(count - 5_000) < 400, `bucket count ${count}`);
  });

  test('growing from 10 to 11 buckets moves only the keys that go to the new bucket', () => {
    let moved = 0;
    for (let i = 0; i < 20_000; i++) {
      const key = fnv1a32(`user-${i}`);
      const before = jumpHash(key, 10);
      const after = jumpHash(key, 11);
      if (before !== after) {
        assert.equal(after, 10);
        moved++;
      }
    }
    assert.ok(moved > 1_400 && moved < 2_300, `moved ${moved}`);
  });
});
