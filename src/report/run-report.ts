/**
 * `tessera report` as a function: inputs → read → merge → Report → outputs, plus the verdict the exit code
 * comes from. The CLI command only turns arguments into these options.
 */
import type { Writable } from 'node:stream';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from '../formats/index.js';
import type { RunInfo } from '../model/index.js';
import { renderConsoleSummary } from '../render/console-summary.js';
import { renderWarnings } from './render-warnings.js';
import type { FailDecision, FailOn as TrendFailOn } from '../trend/fail-policy.js';
import { buildReport } from './build-report.js';
import {
  completeReport,
  type LinkOptions,
  type ReportPublisher,
  type TrendOptions,
} from './complete-report.js';
import { loadHistories, type LoadedHistories } from './history-target.js';
import { mergeResults } from './merge.js';
import { DEFAULT_READ_CONCURRENCY, readInputs } from './read-inputs.js';
import type { Report } from './report-document.js';
import { resolveInputs } from './resolve-inputs.js';
import { TraceStore } from './trace-store.js';
import type { OutputTargets } from './write-outputs.js';
import type { RenderedTargets, RenderOptions } from './write-rendered.js';

/** When failed tests make the run fail: any failure, only failures new against the baseline, or never. */
export type FailOn = TrendFailOn;

/** The outcome of a report, from which the exit code follows. */
export type ReportVerdict = 'ok' | 'testsFailed' | 'unreadableInput';

/** Everything `runReport` needs. */
export interface RunReportOptions extends Omit<TrendOptions, 'failOn'>, LinkOptions {
  /** Result files and globs, as given on the command line. */
  readonly inputs: readonly string[];
  readonly outputs: OutputTargets;
  /** PR comment markdown, job summary and HTML. */
  readonly rendered?: RenderedTargets;
  readonly render?: RenderOptions;
  /** Publishes the finished report through the CI (`--ci`). */
  readonly publish?: ReportPublisher;
  readonly failOn: FailOn;
  /** What the flags say about the run (branch, sha), for the history; default a local run. */
  readonly run?: RunInfo;
  /** Whether unreadable inputs are tolerated (still named in the summary and the JSON). */
  readonly allowUnreadable: boolean;
  readonly cwd?: string;
  readonly readOptions?: ReadOptions;
  readonly concurrency?: number;
  /**
   * Trace characters kept as plain strings before the rest are packed (trace-store.ts); tests pass 0 to
   * pack every trace. The outputs are the same either way.
   */
  readonly traceBudget?: number;
  /** Clock, for deterministic tests. */
  readonly now?: () => Date;
  /** Where the summary goes (stderr when an output goes to stdout) and where `-` outputs go. */
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Colour in the summary. */
  readonly color: boolean;
}

/** What a report run produced. */
export interface RunReportResult {
  readonly report: Report;
  readonly verdict: ReportVerdict;
}

/**
 * The verdict: unreadable inputs first (the report is incomplete, so a pass would be a guess), then files
 * not run because the run bailed (`--bail`: they fail the run whatever the policy, as a missing shard does),
 * then failed tests. Flaky tests passed in the end and do not fail the run. With the trend analysis's `decision`
 * (quarantine, `--fail-on new-failures`) that decides; without it, `new-failures` counts every failure.
 */
export function decideVerdict(
  report: Report,
  policy: Pick<RunReportOptions, 'failOn' | 'allowUnreadable'> & { readonly decision?: FailDecision },
): ReportVerdict {
  if (report.inputs.unreadable.length > 0 && !policy.allowUnreadable) return 'unreadableInput';
  if ((report.notRun?.length ?? 0) > 0) return 'testsFailed';
  if (policy.decision) return policy.decision.fail ? 'testsFailed' : 'ok';
  if (report.summary.failed > 0 && policy.failOn !== 'never') return 'testsFailed';
  return 'ok';
}

/**
 * The `Verdict:` line, true to the exit code: an incomplete report (unreadable inputs, without
 * `--allow-unreadable`) or an incomplete matrix decides before the fail policy, so the line never says
 * "passes" for a run that exits non-zero.
 */
export function verdictReason(
  verdict: ReportVerdict,
  report: Report,
  decision: FailDecision,
  shardProblems = 0,
): string {
  const unreadable = report.inputs.unreadable.length;
  if (verdict === 'unreadableInput')
    return (
      `${unreadable} ${unreadable === 1 ? 'input' : 'inputs'} could not be read, so the report is incomplete ` +
      'and the run is not judged (exit 3); fix or remove it, or pass --allow-unreadable to judge the rest'
    );
  if (shardProblems > 0 && verdict === 'testsFailed')
    return `the matrix is incomplete (${shardProblems} shard ${shardProblems === 1 ? 'problem' : 'problems'} above); ${decision.reason}`;
  const notRun = report.notRun?.length ?? 0;
  if (notRun > 0 && verdict === 'testsFailed')
    return `the run bailed and ${notRun} ${notRun === 1 ? 'file was' : 'files were'} not run (--bail); ${decision.reason}`;
  return decision.reason;
}

/** Whether the fail decision is worth a line: the policy is more than "any failure fails". */
export function explainsDecision(options: TrendOptions): boolean {
  return (
    options.history !== undefined ||
    (options.quarantine?.length ?? 0) > 0 ||
    (options.failOn ?? 'failures') !== 'failures'
  );
}

/**
 * Starts loading the history before the inputs are read, so its read and gunzip (on the thread pool)
 * overlap the parsing of the result files; completeReport awaits it. A rejection is handled there: the
 * catch here only keeps it from being reported as unhandled while the inputs are still being read.
 */
export function startHistoryLoad(options: TrendOptions): Promise<LoadedHistories> | undefined {
  if (!options.history || options.historyLoad) return options.historyLoad;
  const loading = loadHistories(options.history);
  loading.catch(() => undefined);
  return loading;
}

/** Runs a report end to end. Throws UsageError for bad inputs or unwritable outputs. */
export async function runReport(options: RunReportOptions): Promise<RunReportResult> {
  const historyLoad = startHistoryLoad(options);
  const sources = await resolveInputs(options.inputs, options.cwd);
  // Failed tests' traces, a line table shared by the run instead of a string each (trace-store.ts).
  const traces = new TraceStore(options.traceBudget);
  const outcomes = await readInputs(
    sources,
    {
      ...DEFAULT_READ_OPTIONS,
      root: options.cwd,
      ...options.readOptions,
      // Only failed attempts' output reaches any output of the report (build-report.ts): none other is kept.
      failedOutputOnly: true,
    },
    options.concurrency ?? DEFAULT_READ_CONCURRENCY,
    traces,
  );
  const merged = mergeResults(outcomes);
  options.stderr.write(renderWarnings(merged.warnings));
  const built = buildReport(merged, { now: (options.now ?? (() => new Date()))() });

  const { report, analysis, written } = await completeReport(
    built,
    // Raw result files do not say when the run happened: the report's time (the injected clock) stands in.
    { run: options.run ?? { provider: 'local' }, at: built.generatedAt, tests: merged.tests },
    { ...options, ...(historyLoad ? { historyLoad } : {}), stdout: options.stdout, stderr: options.stderr },
  );
  const toStdout = [...Object.values(options.outputs), ...Object.values(options.rendered ?? {})].includes(
    '-',
  );
  const out = toStdout ? options.stderr : options.stdout;
  out.write(renderConsoleSummary(report, { color: options.color, outputs: written }));
  const verdict = decideVerdict(report, { ...options, decision: analysis.decision });
  if (explainsDecision(options) || verdict === 'unreadableInput')
    out.write(`Verdict: ${verdictReason(verdict, report, analysis.decision)}\n`);
  return { report, verdict };
}
