/**
 * The report's output and history flags, shared by `tessera report` and `tessera run --local`: both end in
 * the same report over the same Report, so they take the same flags, defined once here. The parsing of the
 * history, fail-policy and rendering flags lives in report-trend-flags.ts; this module registers
 * the flags and turns the machine outputs into their targets.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../model/errors.js';
import type { OutputTargets } from '../report/write-outputs.js';
import { FAIL_ON_VALUES } from '../trend/fail-policy.js';
import { repeat } from './flag-values.js';
import type { TrendFlags } from './report-trend-flags.js';
import { resolve } from 'node:path';

/** The flags {@link addReportOutputOptions} registers, as commander names them. */
export interface ReportOutputFlags extends TrendFlags {
  json?: string;
  junit?: string;
  ctrf?: string;
}

/** Every option key registered here, for a command that must refuse them in some mode. */
export const REPORT_OUTPUT_KEYS = [
  'json',
  'junit',
  'ctrf',
  'markdown',
  'markdownBudget',
  'summary',
  'html',
  'history',
  'historyOut',
  'historyDir',
  'branch',
  'baseBranch',
  'quarantine',
  'regressionMinSamples',
  'failOn',
] as const satisfies readonly (keyof ReportOutputFlags)[];

/**
 * Registers the output flags (`--json`, `--junit`, `--ctrf`, `--markdown`, `--markdown-budget`,
 * `--summary`, `--html`), the history flags (`--history`, `--history-out`, `--history-dir`, `--branch`,
 * `--base-branch`) and the verdict flags (`--quarantine`, `--regression-min-samples`, `--fail-on`).
 * `--config` is left to each command, which also reads it for other purposes.
 */
export function addReportOutputOptions(command: Command): Command {
  return command
    .option('--json <path>', 'write the report as JSON (the Report document); - for stdout')
    .option('--junit <path>', 'write merged JUnit XML for GitLab, Jenkins and Azure test tabs; - for stdout')
    .option('--ctrf <path>', 'write CTRF JSON; - for stdout')
    .option('--markdown <path>', 'write the PR comment (markdown, within --markdown-budget); - for stdout')
    .option('--markdown-budget <chars>', "the comment's size limit (default 65536, GitHub's)")
    .option('--summary <path>', 'write the job summary (markdown, up to 1 MiB); - for stdout')
    .option('--html <path>', 'write the self-contained HTML report; - for stdout')
    .option('--history <file>', 'history file: the baseline to compare with, updated with this run')
    .option('--history-out <file>', 'with --history: write the updated history here (default: in place)')
    .option('--history-dir <dir>', 'per-branch histories (<dir>/<branch>.json.gz); needs --branch')
    .option('--branch <name>', "this run's branch: its history receives the run")
    .option('--base-branch <name>', 'with --history-dir, for a pull request: compare with this branch')
    .option(
      '--quarantine <pattern>',
      'test id, file glob or fileGlob::titleGlob whose failures do not fail the run (repeatable)',
      repeat,
    )
    .option(
      '--regression-min-samples <n>',
      'earlier runs a duration needs before a slow-down is judged (default 5)',
    )
    .addOption(
      new Option(
        '--fail-on <when>',
        'exit 1 when tests failed, only when failures are new against the baseline, or never',
      )
        .choices([...FAIL_ON_VALUES])
        .default('failures'),
    );
}

/** The machine outputs (JSON, JUnit, CTRF) the flags ask for. */
export function machineTargets(flags: ReportOutputFlags): OutputTargets {
  return {
    ...(flags.json !== undefined ? { json: flags.json } : {}),
    ...(flags.junit !== undefined ? { junit: flags.junit } : {}),
    ...(flags.ctrf !== undefined ? { ctrf: flags.ctrf } : {}),
  };
}

/**
 * Refuses more than one output on standard output: two documents interleaved there could not be told apart.
 *
 * @returns whether one output goes to standard output (the summary and progress then go to stderr)
 */
export function checkStdoutTargets(paths: readonly (string | undefined)[]): boolean {
  const toStdout = paths.filter((p) => p === '-').length;
  if (toStdout > 1)
    throw new UsageError('only one output can go to standard output (-)', 'Write the others to files.');
  return toStdout === 1;
}

/**
 * Refuses one file for two outputs (`--json x --html x`): the second would overwrite the first, and a
 * reader would get either. Paths are compared resolved; `-` (standard output) is checked by
 * {@link checkStdoutTargets}.
 */
export function checkDistinctTargets(targets: Readonly<Record<string, string | undefined>>): void {
  const seen = new Map<string, string>();
  for (const [flag, path] of Object.entries(targets)) {
    if (path === undefined || path === '-') continue;
    const key = resolve(path);
    const other = seen.get(key);
    if (other !== undefined)
      throw new UsageError(
        `${other} and ${flag} name the same file '${path}'`,
        'Give every output its own path.',
      );
    seen.set(key, flag);
  }
}

/** The flags of this module that were given on the command line (or by environment), as `--flag` names. */
export function givenReportOutputFlags(command: Command): string[] {
  return REPORT_OUTPUT_KEYS.filter((key) => {
    const source = command.getOptionValueSource(key);
    return source !== undefined && source !== 'default';
  }).map((key) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
}
