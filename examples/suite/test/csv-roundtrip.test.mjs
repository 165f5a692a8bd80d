import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCsv, stringifyCsv } from '../src/csv.mjs';
import { seeded, word } from './support/random.mjs';

describe('CSV round trip', () => {
  test('stringify then parse gives the rows back (15,000 random rows)', () => {
    const random = seeded(23);
    const specials = ['', ',', '"', '\n', ' '];
    const rows = Array.from({ length: 15_000 }, () =>
      Array.from(
        { length: 6 },
        () => word(random) + specials[Math.floor(random() * specials.length)] + word(random),
      ),
    );
    assert.deepEqual(parseCsv(stringifyCsv(rows)), rows);
  });

  test('numbers are written as text', () => {
    assert.equal(stringifyCsv([[1, 2.5, -3]]), '1,2.5,-3');
  });
});
