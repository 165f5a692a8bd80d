import { describe, expect, it } from 'vitest';
import { encodeBinary } from '../../src/history/binary-format.js';
import { decodeHistory, encodeHistory } from '../../src/history/codec.js';
import {
  observationsOf,
  testWindow,
  testWindows,
  type HistoryDocument,
} from '../../src/history/history-document.js';
import { roundDuration, updateHistory, updateHistoryDetailed } from '../../src/history/update.js';
import { at, historyFrom, idOf, specRun, specTests, runRecord } from './generate.js';

function entry(doc: HistoryDocument | undefined, key: string) {
  return doc ? testWindow(doc, idOf(key)) : undefined;
}

describe('updateHistory', () => {
  it('starts a fresh history for the run’s branch and records the run', () => {
    const doc = updateHistory(undefined, {
      ...specRun(
        { a: 'passed', b: ['failed', 120], c: 'flaky', d: 'skipped' },
        { sha: 'abc', runId: '7', branch: 'dev' },
      ),
      shards: [
        { index: 2, setupMs: 30.4, wallMs: 900.6 },
        { index: 1, setupMs: 20, wallMs: 1000 },
      ],
      plan: { predictedMakespanMs: 950, lowerBoundMs: 800 },
    });
    expect(doc.branch).toBe('dev');
    expect(doc.runs).toHaveLength(1);
    expect(doc.runs[0]).toMatchObject({ seq: 1, sha: 'abc', runId: '7', provider: 'local' });
    expect(doc.runs[0]?.summary).toEqual({ tests: 4, passed: 1, failed: 1, skipped: 1, flaky: 1 });
    expect(doc.runs[0]?.shards).toEqual([
      { index: 1, setupMs: 20, wallMs: 1000 },
      { index: 2, setupMs: 30, wallMs: 901 },
    ]);
    expect(doc.runs[0]?.plan).toEqual({ predictedMakespanMs: 950, lowerBoundMs: 800 });
    expect(entry(doc, 'a')?.statuses).toBe('P');
    expect(entry(doc, 'b')).toMatchObject({
      statuses: 'F',
      durations: [120],
      title: 'suite › b',
      file: 'test/app.test.ts',
      seen: 1,
    });
    expect(entry(doc, 'c')?.statuses).toBe('K');
    expect(entry(doc, 'd')?.statuses).toBe('S');
  });

  it('aligns each test’s window with the runs, marking runs it was not in', () => {
    const doc = historyFrom([
      { a: 'passed' },
      { a: 'failed', b: 'passed' },
      { b: 'passed' },
      { a: 'passed', b: 'failed' },
    ]);
    expect(entry(doc, 'a')?.statuses).toBe('PF-P');
    expect(entry(doc, 'b')?.statuses).toBe('PPF');
    expect(entry(doc, 'a')?.durations).toEqual([50, 50, 0, 50]);
    // Every status traces back to the run it belongs to.
    const b = entry(doc, 'b');
    expect(b).toBeDefined();
    const shas = observationsOf(doc, doc.tests.rowOf(idOf('b'))).map((o) => o.run.sha);
    expect(shas).toEqual(['sha1', 'sha2', 'sha3']);
  });

  it('keeps the last 20 statuses and durations per test and the last 10 wall times per file', () => {
    const specs = Array.from({ length: 25 }, (_, i) => ({
      a: [i % 3 === 0 ? 'failed' : 'passed', 10 + i] as const,
    }));
    const doc = historyFrom(specs);
    const a = entry(doc, 'a');
    expect(a?.statuses).toHaveLength(20);
    expect(a?.durations).toEqual(Array.from({ length: 20 }, (_, k) => 15 + k).map(roundDuration));
    expect(a?.statuses).toBe(
      specs
        .slice(5)
        .map((_, k) => ((k + 5) % 3 === 0 ? 'F' : 'P'))
        .join(''),
    );
    expect(doc?.files['test/app.test.ts']?.w).toEqual(
      Array.from({ length: 10 }, (_, k) => roundDuration(25 + k)),
    );
    expect(doc?.runs).toHaveLength(25);
  });

  it('keeps 30 runs and drops tests and files not seen in them', () => {
    const specs = [
      { 'old.test.ts::gone': 'passed', a: 'passed' } as const,
      ...Array.from({ length: 29 }, () => ({ a: 'passed' as const })),
    ];
    const at30 = historyFrom(specs);
    expect(entry(at30, 'old.test.ts::gone')).toBeDefined();
    expect(at30?.files['old.test.ts']).toBeDefined();
    const at31 = updateHistory(at30, specRun({ a: 'passed' }));
    expect(at31.runs).toHaveLength(30);
    expect(at31.runs[0]?.seq).toBe(2);
    expect(entry(at31, 'old.test.ts::gone')).toBeUndefined();
    expect(at31.files['old.test.ts']).toBeUndefined();
    expect(entry(at31, 'a')?.statuses).toBe('P'.repeat(20));
  });

  it('honours custom limits', () => {
    const specs = Array.from({ length: 6 }, () => ({ a: 'passed' as const }));
    let doc: HistoryDocument | undefined;
    for (const spec of specs)
      doc = updateHistory(doc, specRun(spec), { runs: 4, testWindow: 3, fileWindow: 2 });
    expect(doc?.runs.map((r) => r.seq)).toEqual([3, 4, 5, 6]);
    expect(entry(doc, 'a')?.statuses).toBe('PPP');
    expect(doc?.files['test/app.test.ts']?.w).toHaveLength(2);
  });

  it('is deterministic: input order does not change a byte, and the input document is left alone', () => {
    const base = historyFrom([{ a: 'passed', b: 'failed' }]);
    const before = encodeBinary(base);
    const tests = specTests({ c: 'passed', a: 'failed', 'z/x.test.ts::y': 'passed', b: 'passed' });
    const one = updateHistory(base, runRecord(tests, { sha: 's' }));
    const two = updateHistory(base, runRecord([...tests].reverse(), { sha: 's' }));
    expect(encodeBinary(one)).toEqual(encodeBinary(two));
    expect(encodeBinary(base)).toEqual(before);
  });

  it('stores one execution (the last attempt) per test, not the sum over retries', () => {
    const doc = historyFrom([{ a: ['flaky', 300] }]);
    expect(entry(doc, 'a')?.durations).toEqual([300]);
  });

  it('bounds untrusted titles', () => {
    const long = 'x'.repeat(1000);
    const doc = updateHistory(undefined, specRun({ [long]: 'passed' }), { maxTitleLength: 50 });
    expect(entry(doc, long)?.title).toHaveLength(50);
  });

  it('keeps a `__proto__` test id as data', () => {
    const doc = updateHistory(undefined, {
      ...specRun({}),
      tests: [{ ...at(specTests({ a: 'passed' }), 0), id: '__proto__' }],
    });
    expect(testWindows(doc).map((t) => t.id)).toEqual(['__proto__']);
    const read = decodeHistory(encodeHistory(doc));
    expect(read.ok && testWindow(read.doc, '__proto__')?.statuses).toBe('P');
  });

  it('reports when the size cap trimmed nothing', () => {
    const { sizeCap } = updateHistoryDetailed(undefined, specRun({ a: 'passed' }));
    expect(sizeCap).toMatchObject({ fits: true, droppedAbsent: 0, droppedCurrent: 0 });
  });
});

describe('roundDuration', () => {
  it.each([
    [0, 0],
    [-5, 0],
    [Number.NaN, 0],
    [7.4, 7],
    [42, 40],
    [43, 45],
    [99, 100],
    [123, 120],
    [1234, 1200],
    [1250, 1300],
    [98_765, 99_000],
  ])('%d ms is kept as %d', (ms, kept) => {
    expect(roundDuration(ms)).toBe(kept);
  });
});

describe('updateHistory with bad numbers', () => {
  it('writes a document that reads back, whatever the measured numbers were', () => {
    const record = specRun({ a: ['passed', Number.NaN], b: ['failed', -5] });
    const doc = updateHistory(undefined, {
      ...record,
      run: { ...record.run, attempt: 0, pr: 1.5 },
      summary: { tests: Number.NaN, passed: -1, failed: 1.7, skipped: Infinity, flaky: 0 },
      wallMs: Number.NaN,
      shards: [{ index: 1, setupMs: -3, wallMs: Infinity }],
      files: [{ path: 'test/app.test.ts', wallMs: Number.NaN }],
      plan: { predictedMakespanMs: Number.NaN, lowerBoundMs: -1 },
    });
    const read = decodeHistory(encodeHistory(doc));
    expect(read.ok).toBe(true);
    expect(doc.runs[0]).toMatchObject({ wallMs: 0, summary: { tests: 0, passed: 0, failed: 2, skipped: 0 } });
    expect(doc.runs[0]?.attempt).toBeUndefined();
  });
});
