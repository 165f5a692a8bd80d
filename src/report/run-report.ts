/**
 * `tessera report` as a function: inputs → read → merge → Report → outputs, plus the verdict the exit code
 * comes from. The CLI command only turns arguments into these options.
 */
import type { Writable } from 'node:stream';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from '../formats/index.js';
import { renderConsoleSummary } from '../render/console-summary.js';
import { buildReport } from './build-report.js';
import { mergeResults } from './merge.js';
import { DEFAULT_READ_CONCURRENCY, readInputs } from './read-inputs.js';
import type { Report } from './report-document.js';
import { resolveInputs } from './resolve-inputs.js';
import { OUTPUT_LABELS, writeOutputs, type OutputTargets } from './write-outputs.js';

/** When failed tests make the run fail. */
export type FailOn = 'failures' | 'never';

/** The outcome of a report, from which the exit code follows. */
export type ReportVerdict = 'ok' | 'testsFailed' | 'unreadableInput';

/** Everything `runReport` needs. */
export interface RunReportOptions {
  /** Result files and globs, as given on the command line. */
  readonly inputs: readonly string[];
  readonly outputs: OutputTargets;
  readonly failOn: FailOn;
  /** Whether unreadable inputs are tolerated (still named in the summary and the JSON). */
  readonly allowUnreadable: boolean;
  readonly cwd?: string;
  readonly readOptions?: ReadOptions;
  readonly concurrency?: number;
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
 * The verdict: unreadable inputs first (the report is incomplete, so a pass would be a guess), then failed
 * tests. Flaky tests passed in the end and do not fail the run.
 */
export function decideVerdict(
  report: Report,
  policy: Pick<RunReportOptions, 'failOn' | 'allowUnreadable'>,
): ReportVerdict {
  if (report.inputs.unreadable.length > 0 && !policy.allowUnreadable) return 'unreadableInput';
  if (report.summary.failed > 0 && policy.failOn === 'failures') return 'testsFailed';
  return 'ok';
}

/** Runs a report end to end. Throws UsageError for bad inputs or unwritable outputs. */
export async function runReport(options: RunReportOptions): Promise<RunReportResult> {
  const sources = await resolveInputs(options.inputs, options.cwd);
  const outcomes = await readInputs(
    sources,
    { ...DEFAULT_READ_OPTIONS, root: options.cwd, ...options.readOptions },
    options.concurrency ?? DEFAULT_READ_CONCURRENCY,
  );
  const merged = mergeResults(outcomes);
  const report = buildReport(merged, { now: (options.now ?? (() => new Date()))() });

  const written = await writeOutputs(report, options.outputs, { stdout: options.stdout });
  const toStdout = Object.values(options.outputs).includes('-');
  const summary = renderConsoleSummary(report, {
    color: options.color,
    outputs: written
      .filter((w) => w.path !== '-')
      .map((w) => ({ label: OUTPUT_LABELS[w.kind], path: w.path })),
  });
  (toStdout ? options.stderr : options.stdout).write(summary);
  return { report, verdict: decideVerdict(report, options) };
}
