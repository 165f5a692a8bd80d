/**
 * Puts a trend analysis (src/trend) into the Report document: `comparison` (when there was a baseline),
 * `flaky` with scores, and the quarantined failures. The document keeps ids only; renderers get the full
 * references through the ReportView. Pure.
 */
import type { TrendAnalysis } from '../trend/analyse.js';
import type { TestRef } from '../trend/test-ref.js';
import type { Report, ReportComparison, ReportFlaky } from './report-document.js';

const ids = (refs: readonly TestRef[]): string[] => refs.map((r) => r.id);

/** The Report's comparison, or null when the analysis had no baseline to compare with. */
export function reportComparison(analysis: TrendAnalysis): ReportComparison | null {
  const { comparison } = analysis;
  const baseline = comparison.baseline;
  if (!baseline) return null;
  return {
    baseline: {
      ...(baseline.runId !== undefined ? { runId: baseline.runId } : {}),
      ...(baseline.sha !== undefined ? { sha: baseline.sha } : {}),
      branch: baseline.branch,
      at: baseline.at,
    },
    newFailures: ids(comparison.newFailures),
    fixed: ids(comparison.fixed),
    stillFailing: ids(comparison.stillFailing),
    added: ids(comparison.added),
    removed: ids(comparison.removed),
    slower: analysis.slowerTests.map((s) => ({
      id: s.id,
      baselineMs: s.baselineMs,
      currentMs: s.currentMs,
    })),
    clusters: analysis.clusters.map((c) => ({ signature: c.signature, tests: ids(c.tests) })),
    quarantined: ids(analysis.decision.quarantined),
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
  return { ...report, comparison: reportComparison(analysis), flaky: reportFlaky(analysis) };
}
