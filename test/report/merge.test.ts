import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldTests,
  makeTestCase,
  ParseError,
  type Attempt,
  type ParsedResults,
} from '../../src/model/index.js';
import { buildReport } from '../../src/report/build-report.js';
import { describeUnreadable, foldById, mergeResults, type InputOutcome } from '../../src/report/merge.js';

const pass: Attempt = { status: 'passed', durationMs: 10 };
const fail: Attempt = {
  status: 'failed',
  durationMs: 20,
  failure: { category: 'assertion', message: 'boom' },
};
const skip: Attempt = { status: 'skipped', durationMs: 0 };

function results(source: string, tests: ParsedResults['tests'], warnings: string[] = []): InputOutcome {
  return {
    source,
    results: { source, format: 'junit', tests, suites: [{ name: source, durationMs: 5 }], warnings },
  };
}

const a = { file: 'src/a.test.ts', suite: ['A'], name: 'adds' };
const b = { file: 'src/a.test.ts', suite: ['A'], name: 'subtracts' };

describe('mergeResults', () => {
  it('folds the same test across files into attempts: a fail then a pass is flaky and counts once', () => {
    const run = mergeResults([
      results('shard-1.xml', [
        makeTestCase({ ...a, attempts: [fail] }),
        makeTestCase({ ...b, attempts: [pass] }),
      ]),
      results('shard-1-retry.xml', [makeTestCase({ ...a, attempts: [pass] })]),
    ]);
    expect(run.tests.map((t) => [t.name, t.outcome, t.attempts.map((x) => x.status)])).toEqual([
      ['adds', 'flaky', ['failed', 'passed']],
      ['subtracts', 'passed', ['passed']],
    ]);
    expect(run.read).toEqual([
      { file: 'shard-1.xml', format: 'junit', tests: 2 },
      { file: 'shard-1-retry.xml', format: 'junit', tests: 1 },
    ]);
    expect(buildReport(run, { now: new Date(0) }).summary).toMatchObject({
      tests: 2,
      passed: 1,
      flaky: 1,
      failed: 0,
    });
  });

  it('keeps unreadable inputs beside the good ones, in input order, with their position', () => {
    const bad = new ParseError('bad.xml', 'unexpected end of input', { line: 7, column: 3 });
    const run = mergeResults([
      results('one.xml', [makeTestCase({ ...a, attempts: [pass] })], ['a time was not a number']),
      { source: 'bad.xml', error: bad },
      results('two.xml', [makeTestCase({ ...b, attempts: [skip] })]),
    ]);
    expect(run.tests.map((t) => t.name)).toEqual(['adds', 'subtracts']);
    expect(run.unreadable).toEqual([
      { file: 'bad.xml', line: 7, column: 3, message: 'unexpected end of input' },
    ]);
    expect(run.read.map((r) => r.file)).toEqual(['one.xml', 'two.xml']);
    expect(run.suites.map((s) => s.name)).toEqual(['one.xml', 'two.xml']);
    expect(run.warnings).toEqual(['one.xml: a time was not a number']);
  });

  it('is empty for no inputs', () => {
    expect(mergeResults([])).toEqual({ tests: [], suites: [], read: [], unreadable: [], warnings: [] });
  });
});

describe('describeUnreadable', () => {
  it('separates the reason from the location and keeps messages without one', () => {
    expect(describeUnreadable('x.xml', new ParseError('x.xml', 'the file is empty'))).toEqual({
      file: 'x.xml',
      message: 'the file is empty',
    });
    expect(describeUnreadable('y.xml', new ParseError('y.xml', 'bad', { line: 2 }))).toEqual({
      file: 'y.xml',
      line: 2,
      message: 'bad',
    });
  });
});

describe('foldById', () => {
  it('folds exactly as the model’s foldTests does, keeping unrepeated tests as they are', () => {
    const attempt = fc.constantFrom<Attempt>(pass, fail, skip);
    const draft = fc.record({
      name: fc.constantFrom('a', 'b', 'c', 'd'),
      file: fc.constantFrom('x.ts', 'y.ts'),
      attempts: fc.array(attempt, { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 12 }), (drafts) => {
        const cases = drafts.map((d) => makeTestCase({ ...d, suite: [] }));
        const ours = foldById(cases);
        expect(ours).toEqual(foldTests(cases));
        for (const t of ours) {
          const original = cases.find((c) => c.id === t.id);
          if (cases.filter((c) => c.id === t.id).length === 1) expect(t).toBe(original);
        }
      }),
    );
  });
});
