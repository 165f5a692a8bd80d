import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHistory, encodeHistory, serializeHistory } from '../../src/history/codec.js';
import { validateHistory } from '../../src/history/history-document.js';
import { at, historyFrom } from './generate.js';

const doc = historyFrom([
  { a: 'passed', b: 'failed' },
  { a: 'flaky', c: ['passed', 1234] },
]);
const json = serializeHistory(doc);

function withChange(change: (value: Record<string, unknown>) => void): Buffer {
  const value = JSON.parse(json) as Record<string, unknown>;
  change(value);
  return gzipSync(JSON.stringify(value));
}

describe('encodeHistory / decodeHistory', () => {
  it('round-trips a document through gzip', () => {
    const bytes = encodeHistory(doc);
    expect(bytes[0]).toBe(0x1f);
    const result = decodeHistory(bytes);
    expect(result.ok && serializeHistory(result.doc)).toBe(json);
  });

  it('also reads plain JSON (a history someone unzipped)', () => {
    const result = decodeHistory(Buffer.from(json));
    expect(result.ok).toBe(true);
  });

  const firstTest = (v: Record<string, unknown>) =>
    at(Object.values(v.tests as Record<string, Record<string, unknown>>), 0);

  it.each([
    ['empty bytes', Buffer.alloc(0), /not valid JSON/],
    ['not JSON', Buffer.from('<xml/>'), /not valid JSON/],
    ['truncated gzip', encodeHistory(doc).subarray(0, 40), /cannot be decompressed/],
    ['a JSON array', Buffer.from('[]'), /not a JSON object/],
    ['no runs array', withChange((v) => delete v.runs), /runs/],
    ['a bad status letter', withChange((v) => (firstTest(v).s = 'PX')), /status string/],
    [
      'durations not matching statuses',
      withChange((v) => (firstTest(v).d = '1 2 3 4')),
      /one duration per status/,
    ],
    ['a negative duration', withChange((v) => (firstTest(v).d = '-1 2')), /one duration per status/],
    [
      'more statuses than runs',
      withChange((v) => Object.assign(firstTest(v), { s: 'PPP', d: '1 2 3' })),
      /only 2 runs/,
    ],
    ['runs out of order', withChange((v) => (v.runs as unknown[]).reverse()), /not increasing/],
    [
      'a malformed file entry',
      withChange((v) => ((v.files as Record<string, unknown>)['test/app.test.ts'] = { w: 'x' })),
      /wall times/,
    ],
  ])('%s is corrupt, not a crash', (_, bytes, message) => {
    const result = decodeHistory(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.kind).toBe('corrupt');
      expect(result.problem.message).toMatch(message);
    }
  });

  it('names a newer version as written by a newer Tessera', () => {
    const result = decodeHistory(withChange((v) => (v.version = 2)));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'unsupported-version', version: 2 } });
    expect(!result.ok && result.problem.message).toMatch(/newer Tessera/);
  });

  it('refuses a missing version as unsupported', () => {
    const result = validateHistory({ branch: 'main', runs: [], tests: {}, files: {} });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'unsupported-version' } });
  });

  it('stops a gzip bomb at the decoded-size bound', () => {
    const bomb = gzipSync(Buffer.alloc(2_000_000, 0x20));
    const result = decodeHistory(bomb, 1_000_000);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
  });
});
