import { describe, expect, it } from 'vitest';
import { flakeEvidence, flakeScore, findFlakyTests } from '../../src/trend/flaky.js';
import { compileQuarantine } from '../../src/trend/quarantine.js';
import { historyFrom, idOf, specTests } from '../history/generate.js';

describe('flakeEvidence', () => {
  it('counts retries, pass/fail flips and same-commit conflicts', () => {
    const history = historyFrom(
      [{ a: 'passed' }, { a: 'failed' }, { a: 'flaky' }, { a: 'skipped' }, { a: 'passed' }],
      (i) => ({
        sha: i === 1 || i === 4 ? 'same' : `sha${i}`,
      }),
    );
    expect(flakeEvidence('failed', history, idOf('a'), 'other')).toEqual({
      retriedNow: false,
      retriedRuns: 1,
      sameCommitConflicts: 1, // runs 1 (failed) and 4 (passed) were the same commit
      flips: 3, // P→F, F→K(pass), P→F(now); skipped runs do not count
      observed: 5,
    });
  });

  it('matches this run’s commit against re-runs in history', () => {
    const history = historyFrom([{ a: 'failed' }], () => ({ sha: 'abc' }));
    expect(flakeEvidence('passed', history, idOf('a'), 'abc').sameCommitConflicts).toBe(1);
    expect(flakeEvidence('passed', history, idOf('a'), 'def').sameCommitConflicts).toBe(0);
  });
});

describe('flakeScore', () => {
  const none = { retriedNow: false, retriedRuns: 0, sameCommitConflicts: 0, flips: 0, observed: 10 };
  it.each([
    ['no evidence', none, 0],
    ['one retry now', { ...none, retriedNow: true, retriedRuns: 1 }, 0.5],
    ['two retries in the window', { ...none, retriedRuns: 2 }, 0.75],
    ['one same-commit conflict', { ...none, sameCommitConflicts: 1 }, 0.75],
    ['a single flip (a fix or a break, not a flake)', { ...none, flips: 1 }, 0],
    ['alternating every run', { ...none, flips: 9 }, 1],
    ['pass, fail, pass: too few runs to tell a flake from a fix', { ...none, flips: 2, observed: 3 }, 0],
    ['a retry and two flips in ten runs', { ...none, retriedRuns: 1, flips: 2 }, 0.61],
  ])('%s scores %d', (_, evidence, score) => {
    expect(flakeScore(evidence)).toBe(score);
  });
});

describe('findFlakyTests', () => {
  const history = historyFrom([
    { steady: 'passed', fixed: 'failed', alternating: 'failed', retried: 'passed' },
    { steady: 'passed', fixed: 'failed', alternating: 'passed', retried: 'passed' },
    { steady: 'passed', fixed: 'failed', alternating: 'failed', retried: 'passed' },
    { steady: 'passed', fixed: 'passed', alternating: 'passed', retried: 'passed' },
  ]);
  const tests = specTests({
    steady: 'passed',
    fixed: 'passed',
    alternating: 'failed',
    retried: 'flaky',
    skipped: 'skipped',
  });

  it('lists tests with a score from the threshold, highest first, with their reason', () => {
    const flaky = findFlakyTests(tests, history);
    expect(flaky.map((f) => [f.title, f.score, f.reason])).toEqual([
      ['suite › alternating', 1, 'history'],
      ['suite › retried', 0.5, 'retry'],
    ]);
    expect(flaky[1]).toMatchObject({ failedAttempts: 1, attempts: 2, quarantined: false });
  });

  it('marks quarantined tests', () => {
    const flaky = findFlakyTests(tests, history, {
      quarantine: compileQuarantine(['test/app.test.ts::*retried']),
    });
    expect(flaky.find((f) => f.id === idOf('retried'))?.quarantined).toBe(true);
    expect(flaky.find((f) => f.id === idOf('alternating'))?.quarantined).toBe(false);
  });

  it('finds in-run retries without any history', () => {
    expect(findFlakyTests(tests, undefined).map((f) => f.id)).toEqual([idOf('retried')]);
  });
});
