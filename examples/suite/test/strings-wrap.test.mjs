import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { wrap } from '../src/strings.mjs';
import { seeded, word } from './support/random.mjs';

describe('wrap', () => {
  test('breaks between words', () => {
    assert.deepEqual(wrap('the quick brown fox jumps', 10), ['the quick', 'brown fox', 'jumps']);
  });

  test('gives a long word its own line', () => {
    assert.deepEqual(wrap('a supercalifragilistic word', 8), ['a', 'supercalifragilistic', 'word']);
  });

  test('never loses a word and keeps lines within the width', () => {
    const random = seeded(11);
    for (let round = 0; round < 2_000; round++) {
      const words = Array.from({ length: 60 }, () => word(random, 1 + Math.floor(random() * 8)));
      const lines = wrap(words.join(' '), 20);
      assert.deepEqual(lines.join(' ').split(' '), words);
      for (const line of lines) assert.ok(line.length <= 20, line);
    }
  });
});
