import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseQuery, stringifyQuery } from '../src/query.mjs';
import { seeded, word } from './support/random.mjs';

describe('stringifyQuery', () => {
  test('sorts keys and skips empty values', () => {
    assert.equal(stringifyQuery({ b: 2, a: 'x y', c: null }), 'a=x+y&b=2');
  });
  test('writes arrays as repeated keys', () => assert.equal(stringifyQuery({ t: ['1', '2'] }), 't=1&t=2'));
  test('round-trips 5,000 random objects', () => {
    const random = seeded(29);
    for (let i = 0; i < 5_000; i++) {
      const params = {};
      for (let k = 0; k < 4; k++) params[word(random, 4)] = `${word(random)} &=${word(random)}`;
      assert.deepEqual(parseQuery(stringifyQuery(params)), params);
    }
  });
});
