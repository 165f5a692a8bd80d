import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LruCache } from '../src/lru.mjs';
import { sleep } from '../src/timing.mjs';

describe('LruCache time to live', () => {
  test('an entry expires after its time to live (real clock)', async () => {
    const cache = new LruCache({ capacity: 10, ttlMs: 200 });
    cache.set('session', 'abc');
    await sleep(50);
    assert.equal(cache.get('session'), 'abc');
    await sleep(250);
    assert.equal(cache.get('session'), undefined);
    assert.equal(cache.size, 0);
  });

  test('setting again renews the time to live', async () => {
    const cache = new LruCache({ capacity: 10, ttlMs: 150 });
    cache.set('k', 1);
    await sleep(100);
    cache.set('k', 2);
    await sleep(100);
    assert.equal(cache.get('k'), 2);
  });

  test('an injected clock needs no waiting', () => {
    let now = 0;
    const cache = new LruCache({ capacity: 1, ttlMs: 10, now: () => now });
    cache.set('k', 1);
    now = 10;
    assert.equal(cache.get('k'), undefined);
  });
});
