import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCsv } from '../src/csv.mjs';

describe('parseCsv', () => {
  test('plain rows', () =>
    assert.deepEqual(parseCsv('a,b\n1,2'), [
      ['a', 'b'],
      ['1', '2'],
    ]));
  test('quoted commas and doubled quotes', () => {
    assert.deepEqual(parseCsv('"x, y","say ""hi"""'), [['x, y', 'say "hi"']]);
  });
  test('newlines inside quotes and CRLF line ends', () => {
    assert.deepEqual(parseCsv('"line1\nline2",b\r\nc,d\r\n'), [
      ['line1\nline2', 'b'],
      ['c', 'd'],
    ]);
  });
  test('empty fields', () => assert.deepEqual(parseCsv(',,\n'), [['', '', '']]));
  test('an unterminated quote is an error', () => assert.throws(() => parseCsv('"open'), SyntaxError));
});
