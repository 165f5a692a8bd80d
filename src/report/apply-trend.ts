/**
 * Puts a trend analysis (src/trend) into the Report document: `comparison` (when there was a baseline),
 * `flaky` with scores, and the quarantined failures. Every test the comparison names is a self-describing
 * reference (id, title, suite, name, file, line, project): the report's own tests give a current test's
 * parts, the history's title a removed one's. Pure.
 */
import type { TrendAnalysis } from '../trend/analyse.js';
import type { TestRef } from '../trend/test-ref.js';
import type { Report, ReportComparison, ReportFlaky, ReportTest, ReportTestRef } from './report-document.js';

/** A title's separator between suite entries and the name (model/test-id.ts testTitle). */
const TITLE_SEPARATOR = ' › ';

/** Builds references from the trend's, looking each id up in the report's tests. */
function referencer(tests: readonly ReportTest[]): (ref: TestRef) => ReportTestRef {
  const byId = new Map(tests.map((t) => [t.id, t]));
  return (ref) => {
    const test = byId.get(ref.id);
    const file = test?.file ?? ref.file;
    const line = test?.line ?? ref.line;
    const parts = test === undefined ? ref.title.split(TITLE_SEPARATOR) : undefined;
    return {
      id: ref.id,
      title: ref.title,
      suite: test !== undefined ? test.suite : (parts as string[]).slice(0, -1),
      name: test !== undefined ? test.name : ((parts as string[]).at(-1) ?? ref.title),
      ...(file !== undefined ? { file } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(test?.project !== undefined ? { project: test.project } : {}),
    };
  };
}

/**
 * The Report's comparison, or null when the analysis had no baseline to compare with.
 *
 * @param tests the report's tests, which give the suite and name of every test of this run
 */
export function reportComparison(
  analysis: TrendAnalysis,
  tests: readonly ReportTest[] = [],
): ReportComparison | null {
  const { comparison } = analysis;
  const baseline = comparison.baseline;
  if (!baseline) return null;
  const refOf = referencer(tests);
  const refs = (list: readonly TestRef[]): ReportTestRef[] => list.map(refOf);
  return {
    baseline: {
      ...(baseline.runId !== undefined ? { runId: baseline.runId } : {}),
      ...(baseline.sha !== undefined ? { sha: baseline.sha } : {}),
      branch: baseline.branch,
      at: baseline.at,
    },
    newFailures: refs(comparison.newFailures),
    fixed: refs(comparison.fixed),
    stillFailing: refs(comparison.stillFailing),
    added: refs(comparison.added),
    removed: refs(comparison.removed),
    slower: analysis.slowerTests.map((s) => ({
      ...refOf(s),
      baselineMs: s.baselineMs,
      currentMs: s.currentMs,
    })),
    clusters: analysis.clusters.map((c) => ({ signature: c.signature, tests: refs(c.tests) })),
    quarantined: refs(analysis.decision.quarantined),
  };
}

/** The Report's flaky list from the analysis: score and quarantine flag added. */
export function reportFlaky(analysis: TrendAnalysis): ReportFlaky[] {
  return analysis.flaky.map((f) => ({
    id: f.id,
    reason: f.reason,
    failedAttempts: f.failedAttempts,
    attempts: f.attempts,
    score: f.score,
    ...(f.quarantined ? { quarantined: true } : {}),
  }));
}

/** The report with the analysis's comparison and flaky tests filled in; `report` is not modified. */
export function withTrend(report: Report, analysis: TrendAnalysis): Report {
  const comparison = reportComparison(analysis, report.tests);
  // A reused file's tests did not run, but they are not removed: `--skip-unchanged` counts them apart.
  const reused = new Set(report.reuse?.files.map((f) => f.file) ?? []);
  return {
    ...report,
    comparison:
      comparison && reused.size > 0
        ? {
            ...comparison,
            removed: comparison.removed.filter((r) => r.file === undefined || !reused.has(r.file)),
          }
        : comparison,
    flaky: reportFlaky(analysis),
  };
}
