/**
 * `tessera report --from <dir>` as a function: shard bundles → completeness check → Report → outputs, plus
 * the verdict. Local mode (`tessera run --local`) calls the same function after its shards finish.
 */
import type { Writable } from 'node:stream';
import { formatDuration } from '../plan/duration.js';
import type { Plan, PlanSkip } from '../plan/plan-document.js';
import type { RunSkipRecord } from '../history/run-record.js';
import type { ReportReuse } from '../model/report.js';
import { hitRate } from '../skip/summary.js';
import { renderConsoleSummary } from '../render/console-summary.js';
import { renderWarnings } from './render-warnings.js';
import { neutraliseUntrustedLine } from '../render/untrusted-text.js';
import type { ViewBatch, ViewShard } from '../render/view.js';
import type { ShardBundle } from '../run/bundle.js';
import type { RunInfo } from '../model/index.js';
import { loadBundleRun, type BundleRun, type ShardExpectation } from './bundles.js';
import { buildReport } from './build-report.js';
import {
  completeReport,
  type LinkOptions,
  type ReportPublisher,
  type TrendOptions,
} from './complete-report.js';
import type { Report, ReportNotRun, ReportRerun, ReportShardJob } from './report-document.js';
import type { RunFacts } from './run-record-of.js';
import {
  decideVerdict,
  verdictReason,
  explainsDecision,
  startHistoryLoad,
  type FailOn,
  type ReportVerdict,
} from './run-report.js';
import type { OutputTargets } from './write-outputs.js';
import type { RenderedTargets, RenderOptions } from './write-rendered.js';

/** Everything a report over bundles needs. */
export interface BundleReportOptions extends ShardExpectation, Omit<TrendOptions, 'failOn'>, LinkOptions {
  /** Folder holding the bundle folders (any depth). */
  readonly from: string;
  readonly outputs: OutputTargets;
  /** PR comment markdown, job summary and HTML. */
  readonly rendered?: RenderedTargets;
  readonly render?: RenderOptions;
  /** Publishes the finished report through the CI (`--ci`). */
  readonly publish?: ReportPublisher;
  /** Overrides of the run's branch (e.g. `--branch`); the rest comes from the bundles. */
  readonly branch?: string;
  /**
   * Who ran, when no bundle says it: every shard was empty by plan, so none reported (CI mode passes the
   * session's run). The bundles' own run wins whenever there is one.
   */
  readonly run?: RunInfo;
  readonly failOn: FailOn;
  readonly allowUnreadable: boolean;
  readonly cwd?: string;
  readonly now?: () => Date;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly color: boolean;
}

/** What a report over bundles produced. */
export interface BundleReportResult {
  readonly report: Report;
  readonly run: BundleRun;
  /** `testsFailed` also when the matrix is incomplete: a missing shard's tests cannot count as passed. */
  readonly verdict: ReportVerdict;
}

/** Where each chosen shard ran, as its bundle recorded it: its job's log and its test command. */
export function shardJobsOf(run: BundleRun): ReportShardJob[] {
  return run.check.chosen.map(({ bundle }) => ({
    index: bundle.shard.index,
    total: bundle.shard.total,
    ...(bundle.run.jobUrl !== undefined ? { url: bundle.run.jobUrl } : {}),
    ...(bundle.command !== undefined ? { command: [...bundle.command] } : {}),
  }));
}

/**
 * The shard each failed or flaky test ran on, by id: a reviewer opens that shard's log. A test failing on two
 * shards (a file planned twice) is placed on the later one.
 */
export function failureShards(run: BundleRun): Map<string, number> {
  const shards = new Map<string, number>();
  for (const { bundle } of run.check.chosen)
    for (const test of bundle.tests)
      if (test.attempts.some((a) => a.status === 'failed')) shards.set(test.id, bundle.shard.index);
  return shards;
}

/** The files the shards did not run because they bailed (`run --bail`), in shard order. */
export function notRunOf(run: BundleRun): ReportNotRun[] {
  const out: ReportNotRun[] = [];
  for (const { bundle } of run.check.chosen)
    for (const file of bundle.bailed?.notRun ?? [])
      out.push({ file, shard: bundle.shard.index, after: bundle.bailed?.after as string });
  return out;
}

/** The tests a re-run attempt carried forward, by id, with the attempt they come from. */
export function carriedTests(run: BundleRun): Map<string, number> {
  const carried = new Map<string, number>();
  for (const { bundle } of run.check.chosen)
    for (const test of bundle.tests)
      if (test.carriedFrom !== undefined) carried.set(test.id, test.carriedFrom);
  return carried;
}

/**
 * How much re-run attempts ran again (docs/rerun.md): the tests of the re-run shards not carried forward,
 * out of every test. Undefined when no shard was a re-run of only what failed.
 */
export function rerunOf(run: BundleRun, tests: number): ReportRerun | undefined {
  const rerunShards = run.check.chosen.filter(({ bundle }) => bundle.rerun !== undefined);
  if (rerunShards.length === 0) return undefined;
  let reran = 0;
  for (const { bundle } of rerunShards)
    for (const test of bundle.tests) if (test.carriedFrom === undefined) reran += 1;
  return {
    attempt: rerunShards.reduce((max, { bundle }) => Math.max(max, bundle.run.attempt ?? 1), 1),
    reran: Math.min(reran, tests),
    tests,
    shards: rerunShards.map(({ bundle }) => bundle.shard.index),
  };
}

/** The report of a bundle run, with shard completeness and, given the plan, the plan's accuracy. */
export function buildBundleReport(run: BundleRun, now: Date, plan?: Plan): Report {
  const report = buildRanReport(run, now, plan);
  return plan?.skip ? { ...report, reuse: reuseOf(plan.skip, plan.total) } : report;
}

function buildRanReport(run: BundleRun, now: Date, plan?: Plan): Report {
  const built = buildReport(run.merged, {
    now,
    wallMs: run.wallMs,
    shards: { ...run.check.shards, jobs: shardJobsOf(run) },
  });
  const placed = failureShards(run);
  const notRun = notRunOf(run);
  const withNotRun: Report = notRun.length > 0 ? { ...built, notRun } : built;
  const carried = carriedTests(run);
  const rerun = rerunOf(run, built.tests.length);
  const report: Report = {
    ...(placed.size === 0 && carried.size === 0
      ? withNotRun
      : {
          ...withNotRun,
          tests: built.tests.map((t) => {
            const shard = t.outcome === 'failed' || t.outcome === 'flaky' ? placed.get(t.id) : undefined;
            const carriedFrom = carried.get(t.id);
            return shard === undefined && carriedFrom === undefined
              ? t
              : {
                  ...t,
                  ...(shard !== undefined ? { shard } : {}),
                  ...(carriedFrom !== undefined ? { carriedFrom } : {}),
                };
          }),
        }),
    ...(rerun ? { rerun } : {}),
  };
  if (!plan || run.makespanMs === null) return report;
  return {
    ...report,
    plan: {
      predictedMakespanMs: plan.predictedMakespanMs,
      actualMakespanMs: run.makespanMs,
      lowerBoundMs: plan.lowerBoundMs,
    },
  };
}

/** The report's account of `--skip-unchanged`: the reused files, counted apart from the `ran` ones. */
export function reuseOf(skip: PlanSkip, ran: number): ReportReuse {
  let reusedTests = 0;
  let savedMs = 0;
  for (const r of skip.reused) {
    reusedTests += r.tests;
    savedMs += r.durationMs;
  }
  return {
    files: skip.reused.map((r) => ({
      file: r.file,
      fromSha: r.sha !== undefined ? r.sha.slice(0, 12) : null,
      fromRun: r.seq,
      tests: r.tests,
      durationMs: r.durationMs,
    })),
    ranFiles: ran,
    reusedTests,
    hitRate: hitRate(skip.reused.length, ran),
    savedMs,
    ...(skip.fullRun !== undefined ? { fullRun: skip.fullRun } : {}),
  };
}

/**
 * What `--skip-unchanged` teaches the history: the keys of the planned files whose every test ran and none
 * failed or was flaky (a file with no test in the results teaches nothing), and the reused files.
 */
export function skipRecordOf(run: BundleRun, skip: PlanSkip): RunSkipRecord {
  const clean = new Map<string, boolean>();
  for (const t of run.merged.tests) {
    if (t.file === undefined) continue;
    const ok = t.outcome === 'passed' || t.outcome === 'skipped';
    clean.set(t.file, (clean.get(t.file) ?? true) && ok);
  }
  const passed = Object.entries(skip.keys)
    .filter(([file]) => clean.get(file) === true)
    .map(([path, key]) => ({ path, key }));
  return { passed, reused: skip.reused.map((r) => r.file) };
}

/** One line on the matrix: shards reported, and the makespan against the plan's prediction. */
export function renderShardLine(report: Report): string {
  const { shards, plan } = report;
  if (shards.expected === null) return '';
  const empty = shards.emptyByPlan?.length ?? 0;
  const makespan = plan
    ? ` · slowest shard ${formatDuration(plan.actualMakespanMs)} (predicted ${formatDuration(plan.predictedMakespanMs)}, ` +
      `lower bound ${formatDuration(plan.lowerBoundMs)})`
    : '';
  const nothing = empty > 0 ? `, ${empty} had nothing to run by plan` : '';
  return `Shards: ${shards.present.length} of ${shards.expected} reported${nothing}${makespan}\n`;
}

/** Renders the completeness problems, one per line, after the summary. */
export function renderShardProblems(problems: readonly string[]): string {
  return problems.length === 0
    ? ''
    : `\nThe shard matrix is incomplete or inconsistent:\n${problems.map((p) => `  - ${neutraliseUntrustedLine(p)}\n`).join('')}`;
}

/**
 * What the bundles say about the run for the history: its identity (from the first shard), its time (the
 * last shard's finish, so re-reporting the same bundles records the same time), per-file and per-shard
 * times, and the plan's prediction.
 */
export function bundleRunFacts(
  run: BundleRun,
  report: Report,
  plan?: Plan,
  branch?: string,
  fallback: RunInfo = { provider: 'local' },
): RunFacts {
  const chosen = run.check.chosen;
  const first = chosen[0]?.bundle.run ?? fallback;
  const finished = chosen.map((b) => b.bundle.finishedAt).sort();
  const files = new Map<string, number>();
  for (const { bundle } of chosen)
    for (const f of bundle.files) files.set(f.path, (files.get(f.path) ?? 0) + f.wallMs);
  return {
    run: branch !== undefined ? { ...first, branch } : first,
    at: finished[finished.length - 1] ?? report.generatedAt,
    tests: run.merged.tests,
    files: [...files].map(([path, wallMs]) => ({ path, wallMs })),
    shards: chosen.map((b) => ({
      index: b.bundle.shard.index,
      wallMs: b.bundle.wallMs,
      ...(b.bundle.setupMs !== undefined ? { setupMs: b.bundle.setupMs } : {}),
    })),
    ...(plan
      ? { plan: { predictedMakespanMs: plan.predictedMakespanMs, lowerBoundMs: plan.lowerBoundMs } }
      : {}),
    ...(plan?.skip ? { skip: skipRecordOf(run, plan.skip) } : {}),
  };
}

/**
 * Per-shard predicted (from the plan) and actual (from the bundles) times, for the charts. A shard that had
 * nothing to run by plan and did not report has neither, and no row.
 */
export function viewShardsOf(run: BundleRun, plan?: Plan): ViewShard[] {
  const byIndex = new Map(run.check.chosen.map((b) => [b.bundle.shard.index, b.bundle]));
  const idle = new Set(run.check.shards.emptyByPlan ?? []);
  const planned = (plan?.shards ?? []).map((s) => s.index).filter((i) => !idle.has(i));
  const indexes = new Set([...byIndex.keys(), ...planned]);
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({
      index,
      predictedMs: plan?.shards.find((s) => s.index === index)?.predictedMs ?? null,
      actualMs: byIndex.get(index)?.wallMs ?? null,
      setupMs: byIndex.get(index)?.setupMs ?? null,
      ...batchesOf(byIndex.get(index)),
    }));
}

/** A queue worker's batches, for the timeline. */
function batchesOf(bundle: ShardBundle | undefined): { batches?: ViewBatch[] } {
  if (!bundle?.queue) return {};
  return {
    batches: bundle.queue.batches.map((b) => ({
      sequence: b.sequence,
      startMs: b.startMs,
      wallMs: b.wallMs,
      items: b.items.length,
      ...(b.takenOverFrom !== undefined ? { takenOverFrom: b.takenOverFrom } : {}),
    })),
  };
}

/** Runs a report over a folder of shard bundles. */
export async function runBundleReport(options: BundleReportOptions): Promise<BundleReportResult> {
  const historyLoad = startHistoryLoad(options);
  const run = await loadBundleRun(
    options.from,
    {
      ...(options.expectShards !== undefined ? { expectShards: options.expectShards } : {}),
      ...(options.plan ? { plan: options.plan } : {}),
      ...(options.queueProblems ? { queueProblems: options.queueProblems } : {}),
    },
    options.cwd,
  );
  // The merged warnings hold the check's notes too: those are printed once, as notes, after the summary.
  const notes = new Set(run.check.notes);
  options.stderr.write(renderWarnings(run.merged.warnings.filter((w) => !notes.has(w))));
  const built = buildBundleReport(run, (options.now ?? (() => new Date()))(), options.plan);
  const { report, analysis, written } = await completeReport(
    built,
    bundleRunFacts(run, built, options.plan, options.branch, options.run),
    { ...options, ...(historyLoad ? { historyLoad } : {}), viewShards: viewShardsOf(run, options.plan) },
  );
  const toStdout = [...Object.values(options.outputs), ...Object.values(options.rendered ?? {})].includes(
    '-',
  );
  const summary = renderConsoleSummary(report, { color: options.color, outputs: written });
  const out = toStdout ? options.stderr : options.stdout;
  out.write(renderShardLine(report));
  out.write(summary);
  out.write(renderShardProblems(run.check.problems));
  for (const note of run.check.notes) out.write(`Note: ${note}\n`);
  const verdict =
    run.check.problems.length > 0
      ? 'testsFailed'
      : decideVerdict(report, { ...options, decision: analysis.decision });
  if (explainsDecision(options) || verdict === 'unreadableInput')
    out.write(`Verdict: ${verdictReason(verdict, report, analysis.decision, run.check.problems.length)}\n`);
  return { report, run, verdict };
}
