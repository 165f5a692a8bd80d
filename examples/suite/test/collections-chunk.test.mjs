import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chunk, zip } from '../src/collections.mjs';

describe('chunk', () => {
  test('splits into equal chunks with a short last one', () => {
    assert.deepEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  });
  test('an empty list has no chunks', () => assert.deepEqual(chunk([], 3), []));
  test('refuses a zero size', () => assert.throws(() => chunk([1], 0), RangeError));
  test('concatenating the chunks gives the list back, for every size up to 500', () => {
    const items = Array.from({ length: 5_000 }, (_, i) => i);
    for (let size = 1; size <= 500; size++) assert.deepEqual(chunk(items, size).flat(), items);
  });
});

describe('zip', () => {
  test('stops at the shorter list', () =>
    assert.deepEqual(zip([1, 2, 3], ['a', 'b']), [
      [1, 'a'],
      [2, 'b'],
    ]));
});
