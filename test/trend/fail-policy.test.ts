import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/trend/compare.js';
import { decideFailure, type FailOn } from '../../src/trend/fail-policy.js';
import { compileQuarantine } from '../../src/trend/quarantine.js';
import { refOfTest } from '../../src/trend/test-ref.js';
import { historyFrom, idOf, specTests, type RunSpec } from '../history/generate.js';

function decide(failOn: FailOn, now: RunSpec, history?: RunSpec[], quarantine: string[] = []) {
  const tests = specTests(now);
  const comparison = compareWithBaseline(tests, history ? historyFrom(history) : undefined);
  return decideFailure({
    failOn,
    failures: tests.filter((t) => t.outcome === 'failed').map((t) => ({ ...refOfTest(t), name: t.name })),
    comparison,
    quarantine: compileQuarantine(quarantine),
  });
}

describe('decideFailure', () => {
  const history: RunSpec[] = [{ old: 'failed', a: 'passed', b: 'passed' }];
  it.each<[FailOn, RunSpec, RunSpec[] | undefined, string[], boolean, RegExp]>([
    ['failures', { a: 'passed' }, history, [], false, /^no test failed$/],
    ['failures', { a: 'failed', old: 'failed' }, history, [], true, /^2 tests failed$/],
    ['failures', { a: 'flaky' }, history, [], false, /^no test failed$/],
    [
      'failures',
      { a: 'failed' },
      history,
      [idOf('a')],
      false,
      /^no test failed \(1 quarantined failure ignored\)$/,
    ],
    [
      'new-failures',
      { old: 'failed', a: 'passed' },
      history,
      [],
      false,
      /^no new failures; 1 test already failing/,
    ],
    [
      'new-failures',
      { old: 'failed', a: 'failed' },
      history,
      [],
      true,
      /^1 new failure against the baseline \(run 0, sha0\)$/,
    ],
    [
      'new-failures',
      { a: 'failed' },
      undefined,
      [],
      true,
      /^1 new failure no baseline, so every failure is new$/,
    ],
    [
      'new-failures',
      { a: 'failed', b: 'failed' },
      history,
      ['test/app.test.ts::suite › a'],
      true,
      /^1 new failure .*\(1 quarantined failure ignored\)$/,
    ],
    [
      'new-failures',
      { a: 'failed' },
      history,
      ['test/**'],
      false,
      /^no new failures \(1 quarantined failure ignored\)$/,
    ],
    [
      'never',
      { a: 'failed', old: 'failed' },
      history,
      [],
      false,
      /^--fail-on never: the run passes \(2 tests failed\)$/,
    ],
  ])('--fail-on %s with %j', (failOn, now, past, quarantine, fail, reason) => {
    const decision = decide(failOn, now, past, quarantine);
    expect(decision.fail).toBe(fail);
    expect(decision.reason).toMatch(reason);
  });

  it('names the failures that decided and the excused ones', () => {
    const decision = decide('failures', { a: 'failed', b: 'failed' }, history, ['**::b']);
    expect(decision.failing.map((t) => t.id)).toEqual([idOf('a')]);
    expect(decision.quarantined.map((t) => t.id)).toEqual([idOf('b')]);
  });
});

describe('compileQuarantine', () => {
  const ref = {
    id: '0123456789abcdef',
    title: 'users › creates a user [chromium]',
    file: 'test/api/users.test.ts',
    name: 'creates a user',
  };
  it.each([
    [['0123456789abcdef'], true],
    [['fedcba9876543210'], false],
    [['test/api/**'], true],
    [['test/*.ts'], false],
    [['test/api/users.test.ts::creates a user'], true],
    [['test/api/users.test.ts::users › creates*'], true],
    [['::users › *'], true],
    [['test/api/users.test.ts::deletes*'], false],
    [['', '   '], false],
  ])('%j matches: %s', (entries, matches) => {
    expect(compileQuarantine(entries).matches(ref)).toBe(matches);
  });

  it.each([
    [[], true],
    [['', '   '], true],
    [['0123456789abcdef'], false],
    [['test/api/**'], false],
  ])('%j is empty: %s (nothing to consult per test)', (entries, empty) => {
    expect(compileQuarantine(entries).empty).toBe(empty);
  });
});
