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

  it('fills the comparison with self-describing test references, clusters and quarantined failures', () => {
    const report = reportOf(
      { a: ['failed', 50, 'boom 1'], b: ['failed', 50, 'boom 2'], c: 'passed', d: 'failed' },
      [{ a: 'passed', b: 'passed', c: 'failed', d: 'failed', gone: 'passed' }],
      [idOf('d')],
    );
    const ids = (refs: readonly { id: string }[] | undefined) => (refs ?? []).map((r) => r.id);
    const c = report.comparison;
    expect(c?.baseline).toMatchObject({ branch: 'main', runId: '0', sha: 'sha0' });
    expect(ids(c?.newFailures)).toEqual([idOf('a'), idOf('b')]);
    expect(ids(c?.fixed)).toEqual([idOf('c')]);
    expect(ids(c?.stillFailing)).toEqual([idOf('d')]);
    expect(ids(c?.quarantined)).toEqual([idOf('d')]);
    expect(c?.clusters?.map((k) => [k.signature, ids(k.tests)])).toEqual([
      ['boom <n>', [idOf('a'), idOf('b')]],
      ['expected true to be false', [idOf('d')]],
    ]);
    // Each entry carries what a consumer needs to name the test without looking it up.
    const a = report.tests.find((t) => t.id === idOf('a'));
    expect(c?.newFailures[0]).toMatchObject({ id: idOf('a'), name: a?.name, suite: a?.suite, file: a?.file });
    // A removed test is in no other list: its entry still names it, from the history.
    expect(c?.removed).toHaveLength(1);
    expect(c?.removed[0]).toMatchObject({ id: idOf('gone'), name: 'gone', suite: ['suite'] });
  });
});
