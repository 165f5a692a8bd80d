import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sortBy } from '../src/collections.mjs';
import { intBetween, seeded, word } from './support/random.mjs';

describe('sortBy', () => {
  const people = [
    { name: 'bo', age: 30 },
    { name: 'al', age: 30 },
    { name: 'cy', age: 25 },
  ];
  test('sorts by several keys', () => {
    assert.deepEqual(
      sortBy(people, '-age', 'name').map((p) => p.name),
      ['al', 'bo', 'cy'],
    );
  });
  test('does not modify its input', () => {
    sortBy(people, 'name');
    assert.equal(people[0].name, 'bo');
  });
  test('is stable on 100,000 random records', () => {
    const random = seeded(17);
    const records = Array.from({ length: 100_000 }, (_, i) => ({
      i,
      key: intBetween(random, 0, 50),
      tag: word(random, 3),
    }));
    const sorted = sortBy(records, 'key');
    for (let k = 1; k < sorted.length; k++) {
      const [a, b] = [sorted[k - 1], sorted[k]];
      assert.ok(a.key < b.key || (a.key === b.key && a.i < b.i));
    }
  });
});
