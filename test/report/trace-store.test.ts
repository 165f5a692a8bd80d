import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { generateShape } from '../../bench/junit-shapes.js';
import type { Failure, ParsedResults, TestCase } from '../../src/model/index.js';
import { runReport } from '../../src/report/run-report.js';
import { keepTestFailures } from '../../src/formats/common/keep-failures.js';
import { packFailure, TraceStore } from '../../src/report/trace-store.js';

const JS_TRACE = [
  'AssertionError: expected 2 to equal 3',
  '    at Object.<anonymous> (src/cart.test.ts:12:5)',
  '    at _runTest (node_modules/jest-circus/build/run.js:252:3)',
  '    at processTicksAndRejections (node:internal/process/task_queues:95:5)',
].join('\n');

const TRACES: readonly [string, string][] = [
  ['V8', JS_TRACE],
  ['V8, another message, shared frames', JS_TRACE.replace('2 to equal 3', 'undefined to be defined')],
  [
    'Java, tabs, a cause and "… more"',
    'java.lang.IllegalStateException: boom\n\tat com.acme.A.run(A.java:10)\nCaused by: x\n\t... 23 more',
  ],
  ['.NET, CRLF', 'System.Exception : bad\r\n   at Acme.Tests.Run() in C:\\src\\T.cs:line 4\r\n'],
  ['Python', 'Traceback (most recent call last):\n  File "t.py", line 3, in test\nAssertionError'],
  ['a message of several lines, a trailing newline', 'Expected: 1\n\nReceived: 2\n    at t (a.js:1:1)\n'],
  ['non-Latin-1 text', 'Ошибка: 期待 💥\n    at テスト (файл.js:1:1)'],
];

describe('TraceStore', () => {
  it.each(TRACES)('gives back exactly the packed text: %s', (_kind, trace) => {
    const store = new TraceStore(0);
    const packed = store.pack(trace);
    if (packed === undefined) throw new Error('not packed');
    expect(store.text(packed.start, packed.count)).toBe(trace);
  });

  it('stores each distinct line once, so traces sharing frames share them', () => {
    const store = new TraceStore(0);
    const traces = TRACES.slice(0, 2).map(([, trace]) => trace);
    const runs = traces.map((trace) => store.pack(trace) ?? { start: -1, count: 0 });
    // Two heads and three frames, not 2 × 4 lines.
    expect(store.distinctLines).toBe(5);
    expect(store.storedLines).toBe(8);
    expect(runs.map((r) => store.text(r.start, r.count))).toEqual(traces);
  });

  it('leaves a trace with no stack frame alone', () => {
    const store = new TraceStore(0);
    expect(store.pack('expected 2 to equal 3\nat the end of the line, not a frame')).toBeUndefined();
    expect(store.distinctLines).toBe(0);
  });
});

describe('packFailure', () => {
  const failure: Failure = {
    category: 'assertion',
    message: 'expected 2 to equal 3',
    type: 'Error',
    trace: JS_TRACE,
  };

  it('is the same Failure to JSON, spreads and key order', () => {
    const packed = packFailure(failure, new TraceStore(0));
    expect(packed).not.toBe(failure);
    expect(JSON.stringify(packed)).toBe(JSON.stringify(failure));
    expect(Object.keys(packed)).toEqual(['category', 'message', 'type', 'trace']);
    expect({ ...packed }).toStrictEqual(failure);
    expect(packed.trace).toBe(JS_TRACE);
  });

  it('keeps the first traces as strings until the budget is spent', () => {
    const store = new TraceStore(JS_TRACE.length);
    expect(packFailure(failure, store)).toBe(failure);
    expect(packFailure(failure, store)).not.toBe(failure);
  });

  it('leaves a failure whose keys are not in the readers’ order alone', () => {
    const reordered = { trace: JS_TRACE, category: 'assertion' } as Failure;
    expect(packFailure(reordered, new TraceStore(0))).toBe(reordered);
  });
});

describe('packing the failures of a file after the read (keepTestFailures)', () => {
  it('packs the failures of a file read by a reader that did not, and only once', () => {
    const failure: Failure = { category: 'assertion', message: 'boom', trace: JS_TRACE };
    const test: TestCase = {
      id: '0123456789abcdef',
      suite: [],
      name: 't',
      attempts: [{ status: 'failed', durationMs: 1, failure }],
      outcome: 'failed',
      durationMs: 1,
    };
    const results: ParsedResults = {
      source: 'r.json',
      format: 'jest-json',
      tests: [test],
      suites: [],
      warnings: [],
    };
    const before = JSON.stringify(results);
    const store = new TraceStore(0);
    const pack = (f: Failure) => packFailure(f, store);
    keepTestFailures(results.tests, pack);
    const packed = test.attempts[0]?.failure;
    expect(packed).not.toBe(failure);
    expect(JSON.stringify(results)).toBe(before);
    keepTestFailures(results.tests, pack);
    expect(test.attempts[0]?.failure).toBe(packed);
    expect(store.storedLines).toBe(4);
  });
});

describe('runReport with every trace packed', () => {
  it('writes the same JSON, JUnit and CTRF as with none packed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tessera-trace-store-'));
    await generateShape({ shape: 'failure-heavy', outDir: join(root, 'in'), scale: 0.005 });
    const quiet = new Writable({ write: (_c, _e, done) => done() });
    const outputs = async (name: string, traceBudget: number): Promise<[boolean, ...string[]]> => {
      const files = ['json', 'junit', 'ctrf'].map((kind) => join(root, `${name}.${kind}`));
      const { report } = await runReport({
        inputs: [join(root, 'in', '*.xml')],
        outputs: { json: files[0], junit: files[1], ctrf: files[2] },
        failOn: 'never',
        allowUnreadable: false,
        traceBudget,
        now: () => new Date('2026-12-05T03:00:00Z'),
        stdout: quiet,
        stderr: quiet,
        color: false,
      });
      // Whether the first failure's trace was packed: an accessor where the readers write a string.
      const failure = report.tests[0]?.attempts[0]?.failure;
      const isPacked = Object.getOwnPropertyDescriptor(failure, 'trace')?.get !== undefined;
      return [isPacked, ...files.map((file) => readFileSync(file, 'utf8'))];
    };
    const [plainPacked, ...plain] = await outputs('plain', Number.POSITIVE_INFINITY);
    const [packedPacked, ...packed] = await outputs('packed', 0);
    expect([plainPacked, packedPacked]).toEqual([false, true]);
    // The shape has failures with traces, so the check compares something.
    expect(plain[0]).toContain('"trace":"');
    expect(plain[0]).toContain('    at ');
    expect(packed).toEqual(plain);
  });
});
