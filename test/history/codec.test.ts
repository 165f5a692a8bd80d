import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBinary } from '../../src/history/binary-format.js';
import { decodeHistory, decodeHistoryAsync, encodeHistory } from '../../src/history/codec.js';
import { testWindow, testWindows } from '../../src/history/history-document.js';
import { historyFrom, idOf } from './generate.js';

const doc = historyFrom([
  { a: 'passed', b: 'failed' },
  { a: 'flaky', c: ['passed', 1234] },
]);
const raw = encodeBinary(doc);

const pad4 = (n: number): number => (n + 3) & ~3;

/** The stored form with its JSON header changed (the binary sections kept as they are). */
function withHeader(change: (header: Record<string, unknown>) => void): Buffer {
  const length = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString('utf8', 8, 8 + length)) as Record<string, unknown>;
  change(header);
  const text = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(pad4(8 + text.length));
  raw.copy(head, 0, 0, 4);
  head.writeUInt32LE(text.length, 4);
  text.copy(head, 8);
  return gzipSync(Buffer.concat([head, raw.subarray(pad4(8 + length))]));
}

/** The stored form with one byte of its sections changed, `at` bytes from the end. */
function withByteFromEnd(at: number, value: number): Buffer {
  const copy = Buffer.from(raw);
  copy[copy.length - at] = value;
  return gzipSync(copy);
}

/** A version-1 document (the JSON Tessera wrote before the columnar format). */
const v1 = {
  version: 1,
  branch: 'main',
  runs: [1, 2, 3].map((seq) => ({
    seq,
    at: `2026-01-0${seq}T00:00:00.000Z`,
    provider: 'local',
    sha: `sha${seq}`,
    summary: { tests: 2, passed: 2, failed: 0, skipped: 0, flaky: 0 },
    durationMs: 100,
    wallMs: 1000,
    shards: [],
  })),
  tests: {
    [idOf('a')]: { t: 'suite › a', f: 'test/app.test.ts', s: 'PF-', d: '120 130 0', seen: 2 },
    [idOf('b')]: { t: 'suite › b', s: 'P', d: '40', seen: 3 },
  },
  files: { 'test/app.test.ts': { w: [300, 310], seen: 3 } },
};

describe('encodeHistory / decodeHistory', () => {
  it('round-trips a document through gzip', async () => {
    const bytes = encodeHistory(doc);
    expect(bytes[0]).toBe(0x1f);
    const result = decodeHistory(bytes);
    expect(result.ok && encodeBinary(result.doc)).toEqual(raw);
    const viaPool = await decodeHistoryAsync(bytes);
    expect(viaPool.ok && encodeBinary(viaPool.doc)).toEqual(raw);
  });

  it('also reads the stored form uncompressed', () => {
    const result = decodeHistory(raw);
    expect(result.ok && testWindows(result.doc)).toEqual(testWindows(doc));
  });

  it('migrates a version-1 document, gzipped or plain, keeping every window', () => {
    for (const bytes of [gzipSync(JSON.stringify(v1)), Buffer.from(JSON.stringify(v1))]) {
      const result = decodeHistory(bytes);
      if (!result.ok) throw new Error(result.problem.message);
      expect(result.doc.version).toBe(2);
      expect(result.doc.runs.map((r) => r.sha)).toEqual(['sha1', 'sha2', 'sha3']);
      expect(result.doc.files).toEqual(v1.files);
      expect(testWindow(result.doc, idOf('a'))).toEqual({
        id: idOf('a'),
        title: 'suite › a',
        file: 'test/app.test.ts',
        statuses: 'PF-',
        durations: [120, 130, 0],
        seen: 2,
      });
      // `b`'s one status belongs to the latest run, as in version 1.
      expect(testWindow(result.doc, idOf('b'))?.statuses).toBe('P');
      expect(result.doc.tests.latest?.[result.doc.tests.rowOf(idOf('b'))]).toBe(0x50);
    }
  });

  it.each([
    ['empty bytes', Buffer.alloc(0), /neither a Tessera history nor valid JSON/],
    ['not a history', Buffer.from('<xml/>'), /neither a Tessera history nor valid JSON/],
    ['truncated gzip', encodeHistory(doc).subarray(0, 40), /cannot be decompressed/],
    ['a truncated table', gzipSync(raw.subarray(0, raw.length - 3)), /truncated or damaged/],
    ['a JSON array', Buffer.from('[]'), /not a JSON object/],
    ['a header with no runs', withHeader((h) => delete h.runs), /runs/],
    ['runs out of order', withHeader((h) => (h.runs as unknown[]).reverse()), /not increasing/],
    [
      'a malformed file entry',
      withHeader((h) => ((h.files as Record<string, unknown>)['test/app.test.ts'] = { w: 'x' })),
      /wall times/,
    ],
    ['more status columns than runs', withHeader((h) => (h.runs as unknown[]).splice(0, 1)), /only 1 runs/],
    [
      'id lengths that do not add up',
      withHeader((h) => {
        const tests = h.tests as { idBytes: number };
        tests.idBytes += 1;
      }),
      /do not add up|truncated or damaged/,
    ],
    // The last cells are the high bytes of the durations; before them the low bytes, then the statuses.
    ['a bad status letter', withByteFromEnd(1 + 2 * 2 * 3, 0x58), /not one of P, F, K, S, -/],
    [
      'a version-1 entry with a bad status letter',
      gzipSync(JSON.stringify({ ...v1, tests: { x: { t: 'x', s: 'PX', d: '1 2', seen: 1 } } })),
      /status string/,
    ],
    [
      'a version-1 entry with durations not matching its statuses',
      gzipSync(JSON.stringify({ ...v1, tests: { x: { t: 'x', s: 'PP', d: '1 2 3', seen: 1 } } })),
      /one duration per status/,
    ],
  ])('%s is corrupt, not a crash', (_, bytes, message) => {
    const result = decodeHistory(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.kind).toBe('corrupt');
      expect(result.problem.message).toMatch(message);
    }
  });

  it('finds a test id listed twice', () => {
    const twice = encodeBinary({ ...doc, tests: doc.tests.pick(Int32Array.from([0, 0])) });
    const result = decodeHistory(twice);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(!result.ok && result.problem.message).toMatch(/listed twice/);
  });

  it('names a newer version as written by a newer Tessera, binary or JSON', () => {
    for (const bytes of [
      withHeader((h) => (h.version = 3)),
      Buffer.from(JSON.stringify({ ...v1, version: 3 })),
    ]) {
      const result = decodeHistory(bytes);
      expect(result).toMatchObject({ ok: false, problem: { kind: 'unsupported-version', version: 3 } });
      expect(!result.ok && result.problem.message).toMatch(/newer Tessera/);
    }
  });

  it('refuses a missing version as unsupported', () => {
    const result = decodeHistory(
      Buffer.from(JSON.stringify({ branch: 'main', runs: [], tests: {}, files: {} })),
    );
    expect(result).toMatchObject({ ok: false, problem: { kind: 'unsupported-version' } });
  });

  it('stops a gzip bomb at the decoded-size bound', async () => {
    const bomb = gzipSync(Buffer.alloc(2_000_000, 0x20));
    expect(decodeHistory(bomb, 1_000_000)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(await decodeHistoryAsync(bomb, 1_000_000)).toMatchObject({
      ok: false,
      problem: { kind: 'corrupt' },
    });
  });
});
