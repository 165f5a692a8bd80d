/**
 * The adapter from the report's documents to the {@link ReportView} every renderer takes: the merged Report,
 * the trend analysis (comparison, flaky, slower, clusters) and the baseline history. Renderers depend on the
 * view only, so when those documents change shape, this file is the one place to follow. Pure.
 */
import { reproduceCommand, type ReproduceTest } from '../command/reproduce.js';
import type { HistoryDocument, HistoryRun } from '../history/history-document.js';
import {
  displayTitle,
  locateTest,
  repoRelativePath,
  type Report,
  type ReportShardJob,
  type ReportTest,
} from '../model/index.js';
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
  ViewShardRef,
  ViewShards,
  ViewTestRef,
  ViewTestRow,
  ViewTrendPoint,
} from './view.js';
import { maxOf } from '../model/arrays.js';

/**
 * Where the code is: the checkout root the result files' absolute paths start with, and the code host's
 * link to a file at the head commit. Given by the CI context (its workspace and code host) or, outside CI,
 * by `report --root --code-url --sha`; the link builders are src/ci/code-links.ts.
 */
export interface SourceContext {
  /** Absolute path of the checkout: absolute paths under it are shown repo-relative. */
  readonly root?: string;
  /** The code host's page of a repo-relative file at the head commit, at `line`; undefined when unknown. */
  readonly fileUrl?: (file: string, line?: number) => string | undefined;
}

/** What the report knows beyond its documents: per-shard times (plan + bundles) and links from the CI. */
export interface ViewExtras {
  /** Per-shard predicted and actual times; from the plan's shards and the shard bundles' wall times. */
  readonly shards?: readonly ViewShard[];
  readonly links?: ViewLinks;
  /** Runs in the trend series, this one included (default 20). */
  readonly trendRuns?: number;
  /** Where the code is, for repo-relative locations and code-host links. */
  readonly source?: SourceContext;
}

/** Resolves tests' places, shards and titles once per view, memoising the per-file work. */
class Placer {
  private readonly jobs: ReadonlyMap<number, ReportShardJob>;
  /** Each file's repo-relative path, or null when it is outside the repository. */
  private readonly relative = new Map<string, string | null>();

  constructor(
    report: Report,
    private readonly source: SourceContext,
  ) {
    this.jobs = new Map((report.shards.jobs ?? []).map((j) => [j.index, j]));
  }

  /** Where a test is: repo-relative, with the failing line, linked (when `link`) inside the repository. */
  place(
    test: ReportTest,
    trace: string | undefined,
    link = true,
  ): Pick<ViewTestRef, 'file' | 'line' | 'fileUrl'> {
    if (trace === undefined && test.file !== undefined) {
      // No trace to search (a passing test): the file is made repo-relative once per file (100,000 tests
      // share a few thousand files), the line is the result's; one object, since this runs for every row.
      const relative = this.relativeOf(test.file);
      const file = relative ?? test.file;
      const url = link && relative !== null ? this.source.fileUrl?.(relative, test.line) : undefined;
      if (url !== undefined)
        return test.line !== undefined ? { file, line: test.line, fileUrl: url } : { file, fileUrl: url };
      return test.line !== undefined ? { file, line: test.line } : { file };
    }
    const location = locateTest(test, trace, this.source.root);
    if (!location) return {};
    const url = link && location.inRepo ? this.source.fileUrl?.(location.file, location.line) : undefined;
    return {
      file: location.file,
      ...(location.line !== undefined ? { line: location.line } : {}),
      ...(url !== undefined ? { fileUrl: url } : {}),
    };
  }

  /** A file's repo-relative path, or null when it is outside the repository; remembered per file. */
  private relativeOf(file: string): string | null {
    let relative = this.relative.get(file);
    if (relative === undefined) {
      relative = repoRelativePath(file, this.source.root) ?? null;
      this.relative.set(file, relative);
    }
    return relative;
  }

  /** The shard that ran a test, with its job's link. */
  shardOf(test: ReportTest | undefined): ViewShardRef | undefined {
    if (test?.shard === undefined) return undefined;
    const job = this.jobs.get(test.shard);
    if (!job) return undefined;
    return { index: job.index, total: job.total, ...(job.url !== undefined ? { url: job.url } : {}) };
  }

  /** The test command of the shard that ran a test. */
  commandOf(test: ReportTest | undefined): readonly string[] | undefined {
    return test?.shard !== undefined ? this.jobs.get(test.shard)?.command : undefined;
  }
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
  const placer = new Placer(report, extras.source ?? {});
  const refOf = (ref: TestRef): ViewTestRef => refWith(ref, byId.get(ref.id), placer);
  const failureOf = (ref: TestRef): ViewFailure => toFailure(refOf(ref), byId.get(ref.id), placer);
  const clusters =
    trend?.newFailureClusters ?? clusterFailures(report.tests.filter((t) => t.outcome === 'failed'));
  const baselineRun = history?.runs[history.runs.length - 1];
  return {
    generatedAt: report.generatedAt,
    status:
      report.summary.failed > 0 || (report.notRun?.length ?? 0) > 0
        ? 'failed'
        : report.inputs.unreadable.length > 0 || report.shards.missing.length > 0
          ? 'incomplete'
          : 'passed',
    summary: report.summary,
    delta: baselineRun && history ? deltaOf(report, baselineRun, history.branch, trend) : null,
    shards: shardsOf(report, extras.shards ?? []),
    ...(report.reuse ? { reuse: report.reuse } : {}),
    newFailures: clusters.map((c) => groupOf(c, failureOf, byId, placer)),
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
    tests: report.tests.map((t) => rowOf(t, history, placer)),
    unreadable: report.inputs.unreadable,
    ...(report.notRun && report.notRun.length > 0 ? { notRun: report.notRun } : {}),
    links: extras.links ?? {},
    ...(report.rerun
      ? { rerun: { attempt: report.rerun.attempt, reran: report.rerun.reran, tests: report.rerun.tests } }
      : {}),
  };
}

/**
 * A reference as people read it: the title without repeated or synthetic suites, the place resolved against
 * the checkout. A test known only from the history (a removed one) keeps what the history stored.
 */
function refWith(ref: TestRef, test: ReportTest | undefined, placer: Placer): ViewTestRef {
  if (!test)
    return {
      id: ref.id,
      title: ref.title,
      ...(ref.file !== undefined ? { file: ref.file } : {}),
      ...(ref.line !== undefined ? { line: ref.line } : {}),
    };
  return { id: ref.id, title: displayTitle(test), ...placer.place(test, lastFailure(test)?.trace) };
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

function toFailure(ref: ViewTestRef, test: ReportTest | undefined, placer: Placer): ViewFailure {
  const failure = lastFailure(test);
  const shard = placer.shardOf(test);
  return {
    ...ref,
    ...(shard ? { shard } : {}),
    ...(failure ? { category: failure.category } : {}),
    ...(failure?.message !== undefined ? { message: failure.message } : {}),
    ...(failure?.trace !== undefined ? { trace: failure.trace } : {}),
    attempts: test?.attempts.length ?? 1,
  };
}

function groupOf(
  cluster: FailureCluster,
  failureOf: (ref: TestRef) => ViewFailure,
  byId: ReadonlyMap<string, ReportTest>,
  placer: Placer,
): ViewFailureGroup {
  const tests = cluster.tests.map(failureOf);
  return {
    signature: cluster.signature,
    example: cluster.example,
    category: cluster.category,
    tests,
    reproduce: reproduceLines(tests, byId, placer),
  };
}

/**
 * One command per distinct test command among the shards that ran the group's tests (nearly always one):
 * each re-runs that command's tests, by their repo-relative files and names.
 */
function reproduceLines(
  tests: readonly ViewFailure[],
  byId: ReadonlyMap<string, ReportTest>,
  placer: Placer,
): string[] {
  const byCommand = new Map<string, { command: readonly string[]; tests: ReproduceTest[] }>();
  for (const failure of tests) {
    const test = byId.get(failure.id);
    const command = placer.commandOf(test);
    if (!test || !command || command.length === 0) continue;
    const key = JSON.stringify(command);
    const entry = byCommand.get(key) ?? { command, tests: [] };
    byCommand.set(key, entry);
    // Only a file inside the repository can be named from its root.
    const file = failure.fileUrl !== undefined || isRepoRelative(failure.file) ? failure.file : undefined;
    entry.tests.push({ suite: test.suite, name: test.name, ...(file !== undefined ? { file } : {}) });
  }
  return [...byCommand.values()].flatMap((e) => reproduceCommand(e.command, e.tests) ?? []);
}

function isRepoRelative(file: string | undefined): file is string {
  return file !== undefined && !file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(file) && !file.includes('..');
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
    removed: report.reuse
      ? (report.comparison?.removed.length ?? 0)
      : (trend?.comparison.removed.length ?? 0),
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
    ...(report.shards.emptyByPlan !== undefined ? { emptyByPlan: report.shards.emptyByPlan } : {}),
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

function rowOf(test: ReportTest, history: HistoryDocument | undefined, placer: Placer): ViewTestRow {
  const past = history ? pastStatuses(history, test.id) : '';
  const failure = lastFailure(test);
  // Links for the tests a reader opens (failed, flaky), not for 100,000 passing rows.
  const place = placer.place(test, failure?.trace, test.outcome === 'failed' || test.outcome === 'flaky');
  const shard = placer.shardOf(test);
  return {
    id: test.id,
    title: displayTitle(test),
    ...place,
    ...(shard ? { shard } : {}),
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
