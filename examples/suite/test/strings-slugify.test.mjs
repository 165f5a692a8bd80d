import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { slugify } from '../src/strings.mjs';
import { seeded, word } from './support/random.mjs';

describe('slugify', () => {
  test('lower-cases and joins words with dashes', () => {
    assert.equal(slugify('Hello, World!'), 'hello-world');
  });

  test('strips accents', () => {
    assert.equal(slugify('Crème Brûlée à la carte'), 'creme-brulee-a-la-carte');
  });

  test('trims dashes at both ends', () => {
    assert.equal(slugify('  --Already-Slugged--  '), 'already-slugged');
  });

  test('is idempotent on 50,000 random phrases', () => {
    const random = seeded(7);
    for (let i = 0; i < 50_000; i++) {
      const phrase = `${word(random)} ${word(random).toUpperCase()}! ${word(random)}`;
      const once = slugify(phrase);
      assert.equal(slugify(once), once);
      assert.match(once, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
