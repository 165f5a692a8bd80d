import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/trend/compare.js';
import { historyFrom, idOf, specTests, type RunSpec } from '../history/generate.js';

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id).sort();
const named = (...names: string[]) => names.map(idOf).sort();

describe('compareWithBaseline', () => {
  it.each<
    [
      string,
      RunSpec[],
      RunSpec,
      Partial<Record<'newFailures' | 'stillFailing' | 'fixed' | 'added' | 'removed', string[]>>,
    ]
  >([
    ['a test that starts failing', [{ a: 'passed' }], { a: 'failed' }, { newFailures: ['a'] }],
    ['a failing test that was flaky before', [{ a: 'flaky' }], { a: 'failed' }, { newFailures: ['a'] }],
    ['a failing test that was skipped before', [{ a: 'skipped' }], { a: 'failed' }, { newFailures: ['a'] }],
    [
      'a new test that fails',
      [{ a: 'passed' }],
      { a: 'passed', b: 'failed' },
      { newFailures: ['b'], added: ['b'] },
    ],
    ['a test that keeps failing', [{ a: 'failed' }], { a: 'failed' }, { stillFailing: ['a'] }],
    ['a test that was fixed', [{ a: 'failed' }], { a: 'passed' }, { fixed: ['a'] }],
    ['a failing test that passes on retry now', [{ a: 'failed' }], { a: 'flaky' }, {}],
    ['a removed test', [{ a: 'passed', b: 'failed' }], { a: 'passed' }, { removed: ['b'] }],
    [
      'a test missing from the baseline run falls back to its last sighting',
      [{ a: 'failed', b: 'passed' }, { b: 'passed' }],
      { a: 'failed', b: 'passed' },
      { stillFailing: ['a'], added: ['a'] },
    ],
  ])('%s', (_, history, now, expected) => {
    const result = compareWithBaseline(specTests(now), historyFrom(history));
    expect(ids(result.newFailures)).toEqual(named(...(expected.newFailures ?? [])));
    expect(ids(result.stillFailing)).toEqual(named(...(expected.stillFailing ?? [])));
    expect(ids(result.fixed)).toEqual(named(...(expected.fixed ?? [])));
    expect(ids(result.added)).toEqual(named(...(expected.added ?? [])));
    expect(ids(result.removed)).toEqual(named(...(expected.removed ?? [])));
  });

  it('counts the runs in a row a test has failed, skipping runs it was not in', () => {
    const history = historyFrom([
      { a: 'failed', x: 'passed' },
      { a: 'passed', x: 'passed' },
      { a: 'failed', x: 'passed' },
      { x: 'passed' },
      { a: 'failed', x: 'passed' },
    ]);
    const [still] = compareWithBaseline(specTests({ a: 'failed' }), history).stillFailing;
    expect(still).toMatchObject({
      id: idOf('a'),
      runsInARow: 3,
      title: 'suite › a',
      file: 'test/app.test.ts',
    });
  });

  it('names the baseline run', () => {
    const history = historyFrom([{ a: 'passed' }, { a: 'passed' }], (i) => ({
      sha: `sha${i}`,
      runId: `r${i}`,
      attempt: 2,
      at: `2026-02-0${i + 1}T00:00:00.000Z`,
    }));
    expect(compareWithBaseline([], history).baseline).toEqual({
      branch: 'main',
      seq: 2,
      at: '2026-02-02T00:00:00.000Z',
      sha: 'sha1',
      runId: 'r1',
      attempt: 2,
    });
  });

  it('without a baseline, every failure is new and nothing is added or removed', () => {
    const result = compareWithBaseline(specTests({ a: 'failed', b: 'passed', c: 'failed' }), undefined);
    expect(result.baseline).toBeNull();
    expect(ids(result.newFailures)).toEqual(named('a', 'c'));
    expect(
      [result.stillFailing, result.fixed, result.added, result.removed].every((l) => l.length === 0),
    ).toBe(true);
  });

  it('lists tests by file, then title, whatever the input order', () => {
    const history = historyFrom([{ 'z.ts::a': 'passed', 'a.ts::b': 'passed', 'a.ts::a': 'passed' }]);
    const tests = specTests({ 'z.ts::a': 'failed', 'a.ts::b': 'failed', 'a.ts::a': 'failed' });
    const forward = compareWithBaseline(tests, history).newFailures.map((r) => `${r.file}:${r.title}`);
    const backward = compareWithBaseline([...tests].reverse(), history).newFailures.map(
      (r) => `${r.file}:${r.title}`,
    );
    expect(forward).toEqual(['a.ts:suite › a', 'a.ts:suite › b', 'z.ts:suite › a']);
    expect(backward).toEqual(forward);
  });
});
