import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isPalindrome, titleCase, truncate, wordCount } from '../src/strings.mjs';

describe('titleCase', () => {
  test('capitalises words but not small ones in the middle', () => {
    assert.equal(titleCase('the lord of the rings'), 'The Lord of the Rings');
  });
  test('collapses whitespace', () => {
    assert.equal(titleCase('  a   tale  '), 'A Tale');
  });
});

describe('truncate', () => {
  test('keeps short text', () => assert.equal(truncate('short', 10), 'short'));
  test('cuts with an ellipsis at the limit', () =>
    assert.equal(truncate('a longer sentence', 8), 'a longe…'));
  test('refuses a limit below one', () => assert.throws(() => truncate('x', 0), RangeError));
});

describe('wordCount and isPalindrome', () => {
  test('counts words, ignoring punctuation-only tokens', () =>
    assert.equal(wordCount('one - two  three'), 3));
  test('finds palindromes', () => assert.ok(isPalindrome('A man, a plan, a canal: Panama')));
  test('rejects non-palindromes', () => assert.ok(!isPalindrome('sharding')));
});
