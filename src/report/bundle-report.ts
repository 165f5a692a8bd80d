/**
 * `tessera report --from <dir>` as a function: shard bundles → completeness check → Report → outputs, plus
 * the verdict. Local mode (`tessera run --local`) calls the same function after its shards finish.
 */
import type { Writable } from 'node:stream';
import { formatDuration } from '../plan/duration.js';
import type { Plan } from '../plan/plan-document.js';
import { renderConsoleSummary } from '../render/console-summary.js';
import { loadBundleRun, type BundleRun, type ShardExpectation } from './bundles.js';
import { buildReport } from './build-report.js';
import type { Report } from './report-document.js';
import { decideVerdict, type FailOn, type ReportVerdict } from './run-report.js';
import { OUTPUT_LABELS, writeOutputs, type OutputTargets } from './write-outputs.js';

/** Everything a report over bundles needs. */
export interface BundleReportOptions extends ShardExpectation {
  /** Folder holding the bundle folders (any depth). */
  readonly from: string;
  readonly outputs: OutputTargets;
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

/** The report of a bundle run, with shard completeness and, given the plan, the plan's accuracy. */
export function buildBundleReport(run: BundleRun, now: Date, plan?: Plan): Report {
  const report = buildReport(run.merged, { now, wallMs: run.wallMs, shards: run.check.shards });
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

/** One line on the matrix: shards reported, and the makespan against the plan's prediction. */
export function renderShardLine(report: Report): string {
  const { shards, plan } = report;
  if (shards.expected === null) return '';
  const makespan = plan
    ? ` · slowest shard ${formatDuration(plan.actualMakespanMs)} (predicted ${formatDuration(plan.predictedMakespanMs)}, ` +
      `lower bound ${formatDuration(plan.lowerBoundMs)})`
    : '';
  return `Shards: ${shards.present.length} of ${shards.expected} reported${makespan}\n`;
}

/** Renders the completeness problems, one per line, after the summary. */
export function renderShardProblems(problems: readonly string[]): string {
  return problems.length === 0
    ? ''
    : `\nThe shard matrix is incomplete or inconsistent:\n${problems.map((p) => `  - ${p}\n`).join('')}`;
}

/** Runs a report over a folder of shard bundles. */
export async function runBundleReport(options: BundleReportOptions): Promise<BundleReportResult> {
  const run = await loadBundleRun(
    options.from,
    {
      ...(options.expectShards !== undefined ? { expectShards: options.expectShards } : {}),
      ...(options.plan ? { plan: options.plan } : {}),
    },
    options.cwd,
  );
  const report = buildBundleReport(run, (options.now ?? (() => new Date()))(), options.plan);
  const written = await writeOutputs(report, options.outputs, { stdout: options.stdout });
  const toStdout = Object.values(options.outputs).includes('-');
  const summary = renderConsoleSummary(report, {
    color: options.color,
    outputs: written
      .filter((w) => w.path !== '-')
      .map((w) => ({ label: OUTPUT_LABELS[w.kind], path: w.path })),
  });
  const out = toStdout ? options.stderr : options.stdout;
  out.write(renderShardLine(report));
  out.write(summary);
  out.write(renderShardProblems(run.check.problems));
  const verdict = run.check.problems.length > 0 ? 'testsFailed' : decideVerdict(report, options);
  return { report, run, verdict };
}
