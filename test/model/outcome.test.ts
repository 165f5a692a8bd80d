import { describe, expect, it } from 'vitest';
import {
  foldTests,
  makeTestCase,
  outcomeOf,
  testId,
  normalizePath,
  type Attempt,
} from '../../src/model/index.js';

const pass: Attempt = { status: 'passed', durationMs: 10 };
const fail: Attempt = {
  status: 'failed',
  durationMs: 20,
  failure: { category: 'assertion', message: 'boom' },
};
const skip: Attempt = { status: 'skipped', durationMs: 0 };

describe('outcomeOf', () => {
  it.each([
    [[pass], 'passed'],
    [[fail], 'failed'],
    [[skip], 'skipped'],
    [[fail, pass], 'flaky'],
    [[pass, fail], 'flaky'],
    [[fail, fail], 'failed'],
    [[skip, pass], 'passed'],
    [[skip, fail], 'failed'],
  ] as const)('%j is %s', (attempts, outcome) => {
    expect(outcomeOf(attempts)).toBe(outcome);
  });
});

describe('testId', () => {
  it('is stable across path spellings and differs by suite, name and project', () => {
    const base = { file: 'src/a.test.ts', suite: ['A'], name: 'works' };
    expect(testId(base)).toBe(testId({ ...base, file: './src//a.test.ts' }));
    expect(testId(base)).toBe(testId({ ...base, file: 'src\\a.test.ts' }));
    expect(testId(base)).not.toBe(testId({ ...base, suite: ['B'] }));
    expect(testId(base)).not.toBe(testId({ ...base, name: 'works ' }));
    expect(testId(base)).not.toBe(testId({ ...base, project: 'firefox' }));
    // The suite path is a list, not a joined string: ['a b'] and ['a', 'b'] are different tests.
    expect(testId({ ...base, suite: ['a b'] })).not.toBe(testId({ ...base, suite: ['a', 'b'] }));
    expect(testId(base)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('makes absolute paths under the root relative', () => {
    expect(normalizePath('/home/ci/repo/test/x.ts', '/home/ci/repo/')).toBe('test/x.ts');
    expect(normalizePath('/elsewhere/x.ts', '/home/ci/repo')).toBe('/elsewhere/x.ts');
  });
});

describe('foldTests', () => {
  it('folds repeated cases into attempts in first-seen order and keeps distinct tests apart', () => {
    const a = { file: 'a.ts', suite: [], name: 't1' };
    const b = { file: 'a.ts', suite: [], name: 't2' };
    const folded = foldTests([
      { ...a, attempts: [fail] },
      { ...b, attempts: [pass] },
      { ...a, attempts: [pass] },
    ]);
    expect(folded.map((t) => [t.name, t.outcome, t.attempts.length, t.durationMs])).toEqual([
      ['t1', 'flaky', 2, 30],
      ['t2', 'passed', 1, 10],
    ]);
    expect(folded[0]?.id).toBe(makeTestCase({ ...a, attempts: [pass] }).id);
  });
});
