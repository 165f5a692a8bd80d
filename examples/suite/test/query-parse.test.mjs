import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseQuery } from '../src/query.mjs';

describe('parseQuery', () => {
  test('single values', () => assert.deepEqual(parseQuery('?a=1&b=two'), { a: '1', b: 'two' }));
  test('repeated keys become arrays', () =>
    assert.deepEqual(parseQuery('tag=x&tag=y&tag=z'), { tag: ['x', 'y', 'z'] }));
  test('decodes percent-escapes and plus signs', () => {
    assert.deepEqual(parseQuery('q=caf%C3%A9+au+lait'), { q: 'café au lait' });
  });
  test('an empty query is an empty object', () => assert.deepEqual(parseQuery(''), {}));
});
