import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { withTrend } from '../../src/report/apply-trend.js';
import { analyseRun } from '../../src/trend/analyse.js';
import { historyFrom, idOf, specTests, type RunSpec } from '../history/generate.js';

const NOW = new Date('2026-02-01T00:00:00.000Z');

function reportOf(spec: RunSpec, history?: RunSpec[], quarantine?: string[]) {
  const tests = specTests(spec);
  const built = buildReport({ tests, suites: [], read: [], unreadable: [], warnings: [] }, { now: NOW });
  const analysis = analyseRun({
    tests,
    ...(history ? { baseline: historyFrom(history) } : {}),
    ...(quarantine ? { quarantine } : {}),
  });
  return withTrend(built, analysis);
}

describe('withTrend', () => {
  it('leaves comparison null without a baseline but still scores in-run flaky tests', () => {
    const report = reportOf({ a: 'passed', b: 'flaky' });
    expect(report.comparison).toBeNull();
    expect(report.flaky).toEqual([
      { id: idOf('b'), reason: 'retry', failedAttempts: 1, attempts: 2, score: 0.5 },
    ]);
  });

  it('fills the comparison with ids, clusters and quarantined failures', () => {
    const report = reportOf(
      { a: ['failed', 50, 'boom 1'], b: ['failed', 50, 'boom 2'], c: 'passed', d: 'failed' },
      [{ a: 'passed', b: 'passed', c: 'failed', d: 'failed' }],
      [idOf('d')],
    );
    expect(report.comparison).toMatchObject({
      baseline: { branch: 'main', runId: '0', sha: 'sha0' },
      newFailures: [idOf('a'), idOf('b')],
      fixed: [idOf('c')],
      stillFailing: [idOf('d')],
      quarantined: [idOf('d')],
    });
    expect(report.comparison?.clusters).toEqual([
      { signature: 'boom <n>', tests: [idOf('a'), idOf('b')] },
      { signature: 'expected true to be false', tests: [idOf('d')] },
    ]);
  });
});
