import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fnv1a32 } from '../src/hash.mjs';

describe('fnv1a32', () => {
  // Reference values from the FNV test suite.
  test('empty string', () => assert.equal(fnv1a32(''), 0x811c9dc5));
  test('"a"', () => assert.equal(fnv1a32('a'), 0xe40c292c));
  test('"foobar"', () => assert.equal(fnv1a32('foobar'), 0xbf9cf968));
  test('hashes UTF-8 bytes, not UTF-16 units', () =>
    assert.notEqual(fnv1a32('é'), fnv1a32('\u00e9'.normalize('NFD'))));
  test('has no collisions among 100,000 short keys', () => {
    const seen = new Set();
    for (let i = 0; i < 100_000; i++) seen.add(fnv1a32(`key-${i}`));
    assert.equal(seen.size, 100_000);
  });
});
