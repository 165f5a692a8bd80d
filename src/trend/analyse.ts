/**
 * One call for `report`: compares a run with its baseline and gathers everything the renderers show —
 * comparison, flaky tests, slower tests and files, failure clusters, and the fail decision. Pure.
 */
import type { TestCase } from '../model/index.js';
import type { HistoryDocument } from '../history/history-document.js';
import { clusterFailures, type FailureCluster } from './clusters.js';
import { compareWithBaseline, type Comparison } from './compare.js';
import { decideFailure, type FailDecision, type FailOn } from './fail-policy.js';
import { findFlakyTests, type FlakyTest } from './flaky.js';
import { compileQuarantine } from './quarantine.js';
import {
  findFileRegressions,
  findTestRegressions,
  type FileSlowdown,
  type RegressionOptions,
  type TestSlowdown,
} from './regressions.js';
import { historyEntries, refOfTest } from './test-ref.js';

/** What {@link analyseRun} needs. */
export interface TrendInput {
  /** This run's distinct tests. */
  readonly tests: readonly TestCase[];
  /** This run's per-file wall times. */
  readonly files?: readonly { readonly path: string; readonly wallMs: number }[];
  /** This run's commit, for same-commit flake evidence. */
  readonly sha?: string;
  /**
   * The history to compare with: the base branch's for a pull request, the same branch's for a push.
   * Undefined when there is none (first run, or it could not be read).
   */
  readonly baseline?: HistoryDocument;
  /**
   * The history of this run's own branch, where re-runs of the same commit are recorded; defaults to
   * `baseline` (right for a push). For a pull request pass the PR branch's history when there is one.
   */
  readonly ownHistory?: HistoryDocument;
  readonly failOn?: FailOn;
  /** Quarantine entries (see quarantine.ts). */
  readonly quarantine?: readonly string[];
  readonly regression?: Partial<RegressionOptions>;
  /** Flake score from which a test is listed (default 0.5). */
  readonly minFlakeScore?: number;
}

/** Everything the trend part of a report holds. */
export interface TrendAnalysis {
  readonly comparison: Comparison;
  readonly flaky: readonly FlakyTest[];
  readonly slowerTests: readonly TestSlowdown[];
  readonly slowerFiles: readonly FileSlowdown[];
  /** Clusters of all failures of the run. */
  readonly clusters: readonly FailureCluster[];
  /** Clusters of the new failures only: what the PR comment leads with. */
  readonly newFailureClusters: readonly FailureCluster[];
  readonly decision: FailDecision;
}

/**
 * The clusters of the new failures. Each failed test is at most once in `newFailures`, so when the counts
 * are equal every failure is new (always, without a baseline) and they are the clusters of all failures:
 * the same list, not clustered a second time.
 */
function newFailureClusters(
  failed: readonly TestCase[],
  comparison: Comparison,
  clusters: readonly FailureCluster[],
): readonly FailureCluster[] {
  if (comparison.newFailures.length === failed.length) return clusters;
  const newIds = new Set(comparison.newFailures.map((t) => t.id));
  return clusterFailures(failed.filter((t) => newIds.has(t.id)));
}

/** Compares a run with its baseline and decides whether it fails. */
export function analyseRun(input: TrendInput): TrendAnalysis {
  const quarantine = compileQuarantine(input.quarantine);
  // Each history is joined with the run once, here, and shared by the checks below.
  const baselineEntries = input.baseline ? historyEntries(input.tests, input.baseline) : undefined;
  const own = input.ownHistory ?? input.baseline;
  const ownEntries =
    own === input.baseline ? baselineEntries : own ? historyEntries(input.tests, own) : undefined;
  const comparison = compareWithBaseline(input.tests, input.baseline, baselineEntries);
  const failed = input.tests.filter((t) => t.outcome === 'failed');
  const clusters = clusterFailures(failed);
  return {
    comparison,
    flaky: findFlakyTests(input.tests, own, {
      ...(ownEntries ? { entries: ownEntries } : {}),
      ...(input.sha !== undefined ? { sha: input.sha } : {}),
      ...(input.minFlakeScore !== undefined ? { minScore: input.minFlakeScore } : {}),
      quarantine,
    }),
    slowerTests: findTestRegressions(input.tests, input.baseline, input.regression, baselineEntries),
    slowerFiles: findFileRegressions(input.files ?? [], input.baseline, input.regression),
    clusters,
    newFailureClusters: newFailureClusters(failed, comparison, clusters),
    decision: decideFailure({
      failOn: input.failOn ?? 'failures',
      // The bare name only matters to quarantine title globs: without a list, the shared references do.
      failures: quarantine.empty
        ? failed.map(refOfTest)
        : failed.map((t) => ({ ...refOfTest(t), name: t.name })),
      comparison,
      quarantine,
    }),
  };
}
