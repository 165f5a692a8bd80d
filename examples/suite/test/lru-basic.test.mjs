import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LruCache } from '../src/lru.mjs';

describe('LruCache', () => {
  test('evicts the least recently used entry', () => {
    const cache = new LruCache({ capacity: 2 });
    cache.set('a', 1).set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    assert.deepEqual(cache.keys(), ['a', 'c']);
  });
  test('overwriting a key keeps one entry', () => {
    const cache = new LruCache({ capacity: 2 });
    cache.set('a', 1).set('a', 2);
    assert.equal(cache.size, 1);
    assert.equal(cache.get('a'), 2);
  });
  test('refuses a zero capacity', () => assert.throws(() => new LruCache({ capacity: 0 }), RangeError));
  test('never holds more than its capacity under 300,000 random operations', () => {
    const cache = new LruCache({ capacity: 64 });
    let x = 1;
    for (let i = 0; i < 300_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      if (x % 3 === 0) cache.get(x % 200);
      else cache.set(x % 200, i);
      assert.ok(cache.size <= 64);
    }
  });
});
