/**
 * The adapter from the report's documents to the {@link ReportView} every renderer takes: the merged Report,
 * the trend analysis (comparison, flaky, slower, clusters) and the baseline history. Renderers depend on the
 * view only, so when those documents change shape, this file is the one place to follow. Pure.
 */
import type { HistoryDocument, HistoryRun } from '../history/history-document.js';
import { testTitle } from '../model/index.js';
import type { Report, ReportTest } from '../report/report-document.js';
import { clusterFailures, type FailureCluster } from '../trend/clusters.js';
import type { TrendAnalysis } from '../trend/analyse.js';
import type { FlakeEvidence } from '../trend/flaky.js';
import type { TestRef } from '../trend/test-ref.js';
import type {
  ReportView,
  ViewDelta,
  ViewFailure,
  ViewFailureGroup,
  ViewLinks,
  ViewShard,
  ViewShards,
  ViewTestRef,
  ViewTestRow,
  ViewTrendPoint,
} from './view.js';
import { maxOf } from '../model/arrays.js';

/** What the report knows beyond its documents: per-shard times (plan + bundles) and links from the CI. */
export interface ViewExtras {
  /** Per-shard predicted and actual times; from the plan's shards and the shard bundles' wall times. */
  readonly shards?: readonly ViewShard[];
  readonly links?: ViewLinks;
  /** Runs in the trend series, this one included (default 20). */
  readonly trendRuns?: number;
}

const STATUS_OF: Record<ReportTest['outcome'], string> = {
  passed: 'P',
  failed: 'F',
  flaky: 'K',
  skipped: 'S',
};

/**
 * Builds the view of a run.
 *
 * @param report the merged Report of this run
 * @param trend the comparison with the baseline; without it every failure is "new" and nothing else is listed
 * @param history the baseline history as loaded, before this run is added: the trend series and each test's
 *   status squares come from it
 * @param extras per-shard times and links
 */
export function buildReportView(
  report: Report,
  trend?: TrendAnalysis,
  history?: HistoryDocument,
  extras: ViewExtras = {},
): ReportView {
  const byId = new Map(report.tests.map((t) => [t.id, t]));
  const failureOf = (ref: TestRef): ViewFailure => toFailure(ref, byId.get(ref.id));
  const clusters =
    trend?.newFailureClusters ?? clusterFailures(report.tests.filter((t) => t.outcome === 'failed'));
  const baselineRun = history?.runs[history.runs.length - 1];
  return {
    generatedAt: report.generatedAt,
    status:
      report.summary.failed > 0
        ? 'failed'
        : report.inputs.unreadable.length > 0 || report.shards.missing.length > 0
          ? 'incomplete'
          : 'passed',
    summary: report.summary,
    delta: baselineRun && history ? deltaOf(report, baselineRun, history.branch, trend) : null,
    shards: shardsOf(report, extras.shards ?? []),
    newFailures: clusters.map((c) => groupOf(c, failureOf)),
    stillFailing: (trend?.comparison.stillFailing ?? []).map((s) => ({
      ...failureOf(s),
      runsInARow: s.runsInARow,
    })),
    flaky: (trend?.flaky ?? []).map((f) => ({
      ...refOf(f),
      score: f.score,
      failedAttempts: f.failedAttempts,
      attempts: f.attempts,
      evidence: describeEvidence(f.evidence),
      quarantined: f.quarantined,
    })),
    slower: (trend?.slowerTests ?? []).map((s) => ({
      ...refOf(s),
      baselineMs: s.baselineMs,
      currentMs: s.currentMs,
      ratio: s.ratio,
    })),
    fixed: (trend?.comparison.fixed ?? []).map(refOf),
    trend: trendOf(report, history, extras.trendRuns ?? 20),
    tests: report.tests.map((t) => rowOf(t, history)),
    unreadable: report.inputs.unreadable,
    links: extras.links ?? {},
  };
}

function refOf(ref: TestRef): ViewTestRef {
  return {
    id: ref.id,
    title: ref.title,
    ...(ref.file !== undefined ? { file: ref.file } : {}),
    ...(ref.line !== undefined ? { line: ref.line } : {}),
  };
}

/** The last failed attempt's failure of a report test. */
function lastFailure(test: ReportTest | undefined): ReportTest['attempts'][number]['failure'] {
  if (!test) return undefined;
  for (let i = test.attempts.length - 1; i >= 0; i--) {
    const attempt = test.attempts[i];
    if (attempt?.status === 'failed') return attempt.failure ?? { category: 'error' };
  }
  return undefined;
}

function toFailure(ref: TestRef, test: ReportTest | undefined): ViewFailure {
  const failure = lastFailure(test);
  return {
    ...refOf(ref),
    ...(failure ? { category: failure.category } : {}),
    ...(failure?.message !== undefined ? { message: failure.message } : {}),
    ...(failure?.trace !== undefined ? { trace: failure.trace } : {}),
    attempts: test?.attempts.length ?? 1,
  };
}

function groupOf(cluster: FailureCluster, failureOf: (ref: TestRef) => ViewFailure): ViewFailureGroup {
  return {
    signature: cluster.signature,
    example: cluster.example,
    category: cluster.category,
    tests: cluster.tests.map(failureOf),
  };
}

function deltaOf(
  report: Report,
  baseline: HistoryRun,
  branch: string,
  trend: TrendAnalysis | undefined,
): ViewDelta {
  const s = report.summary;
  const b = baseline.summary;
  return {
    branch,
    ...(baseline.sha !== undefined ? { sha: baseline.sha } : {}),
    at: baseline.at,
    tests: s.tests - b.tests,
    passed: s.passed - b.passed,
    failed: s.failed - b.failed,
    skipped: s.skipped - b.skipped,
    flaky: s.flaky - b.flaky,
    wallMs: s.wallMs !== null && baseline.wallMs > 0 ? s.wallMs - baseline.wallMs : null,
    added: trend?.comparison.added.length ?? 0,
    removed: trend?.comparison.removed.length ?? 0,
  };
}

function shardsOf(report: Report, times: readonly ViewShard[]): ViewShards | null {
  const sharded = report.shards.expected !== null || times.length > 0 || report.plan !== null;
  if (!sharded) return null;
  const sorted = [...times].sort((a, b) => a.index - b.index);
  const actual = sorted.map((s) => s.actualMs).filter((ms): ms is number => ms !== null);
  const max = actual.length > 0 ? maxOf(actual, -Infinity) : null;
  const mean = actual.length > 0 ? actual.reduce((a, b) => a + b, 0) / actual.length : 0;
  return {
    expected: report.shards.expected,
    present: report.shards.present.length,
    missing: report.shards.missing,
    duplicated: report.shards.duplicated,
    shards: sorted,
    makespanMs: report.plan?.actualMakespanMs ?? max,
    predictedMakespanMs: report.plan?.predictedMakespanMs ?? maxOrNull(sorted.map((s) => s.predictedMs)),
    lowerBoundMs: report.plan?.lowerBoundMs ?? null,
    balance: actual.length >= 2 && max !== null && max > 0 ? mean / max : null,
    ...(sorted.some((s) => s.batches !== undefined)
      ? { queuedBatches: sorted.reduce((n, s) => n + (s.batches?.length ?? 0), 0) }
      : {}),
  };
}

function maxOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? maxOf(known, -Infinity) : null;
}

function passRate(s: { passed: number; failed: number; flaky: number }): number | null {
  const ran = s.passed + s.failed + s.flaky;
  return ran > 0 ? (s.passed + s.flaky) / ran : null;
}

function trendOf(report: Report, history: HistoryDocument | undefined, runs: number): ViewTrendPoint[] {
  if (!history || history.runs.length === 0) return [];
  const past = history.runs.slice(-Math.max(0, runs - 1)).map((run): ViewTrendPoint => ({
    label: `#${run.seq}`,
    at: run.at,
    tests: run.summary.tests,
    failed: run.summary.failed,
    passRate: passRate(run.summary),
    wallMs: run.wallMs > 0 ? run.wallMs : null,
    current: false,
  }));
  const last = history.runs[history.runs.length - 1];
  return [
    ...past,
    {
      label: `#${(last?.seq ?? 0) + 1}`,
      at: report.generatedAt,
      tests: report.summary.tests,
      failed: report.summary.failed,
      passRate: passRate(report.summary),
      wallMs: report.summary.wallMs,
      current: true,
    },
  ];
}

/** The status squares a row shows before this run's: the baseline's last 19 runs. */
const PAST_SQUARES = 19;

function rowOf(test: ReportTest, history: HistoryDocument | undefined): ViewTestRow {
  const past = history ? pastStatuses(history, test.id) : '';
  const failure = lastFailure(test);
  return {
    id: test.id,
    title: testTitle(test),
    ...(test.file !== undefined ? { file: test.file } : {}),
    ...(test.line !== undefined ? { line: test.line } : {}),
    outcome: test.outcome,
    durationMs: test.durationMs,
    attempts: test.attempts.length,
    history: past + STATUS_OF[test.outcome],
    ...(failure ? { category: failure.category } : {}),
    ...(failure?.message !== undefined ? { message: failure.message } : {}),
    ...(failure?.trace !== undefined ? { trace: failure.trace } : {}),
  };
}

/**
 * A test's statuses in the baseline's last runs (up to {@link PAST_SQUARES}), oldest first, `-` where it did
 * not run, padded to the same number of runs for every row so the squares line up with the same runs.
 */
function pastStatuses(history: HistoryDocument, id: string): string {
  const width = Math.min(history.runs.length, PAST_SQUARES);
  const table = history.tests;
  const row = table.rowOf(id);
  let out = '';
  for (let c = table.columns - Math.min(width, table.columns); c < table.columns; c++)
    out += row < 0 ? '-' : String.fromCharCode((table.statuses[c] as Uint8Array)[row] as number);
  return out.padStart(width, '-');
}

/** Evidence in words, strongest first, e.g. `retried in 2 runs · passed and failed on one commit`. */
export function describeEvidence(e: FlakeEvidence): string {
  const parts: string[] = [];
  if (e.retriedRuns > 0)
    parts.push(
      e.retriedNow && e.retriedRuns === 1 ? 'retried in this run' : `retried in ${e.retriedRuns} runs`,
    );
  if (e.sameCommitConflicts > 0)
    parts.push(
      e.sameCommitConflicts === 1
        ? 'passed and failed on one commit'
        : `passed and failed on ${e.sameCommitConflicts} commits`,
    );
  if (e.flips > 0) parts.push(`${e.flips} pass/fail flips in ${e.observed} runs`);
  return parts.join(' · ');
}
