/**
 * `tessera report <files|globs…>` merges result files into one report; `tessera report --from <dir>` does
 * the same over the shard bundles of a matrix, checking it is complete. Arguments in, runReport or
 * runBundleReport out.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DEFAULT_READ_OPTIONS } from '../../formats/index.js';
import { ConfigError, ParseError, TesseraError, UsageError } from '../../model/index.js';
import { parsePlan, type Plan } from '../../plan/plan-document.js';
import { runBundleReport } from '../../report/bundle-report.js';
import { runReport } from '../../report/run-report.js';
import type { OutputTargets } from '../../report/write-outputs.js';
import { ExitCode } from '../exit-codes.js';
import {
  addReportOutputOptions,
  checkStdoutTargets,
  machineTargets,
  type ReportOutputFlags,
} from '../report-output-options.js';
import { renderedTargets, trendOptions } from './report-trend-flags.js';
import {
  addCiOptions,
  commentTarget,
  openCiSession,
  scratchFolder,
  sessionHistoryTarget,
  sessionPlan,
  sessionRunInfo,
  type CiFlags,
  type CiSession,
} from '../ci-session.js';
import { publishReport } from '../../ci/publish-report.js';
import { fetchShardBundles } from '../../ci/index.js';
import type { ReportPublisher, TrendOptions } from '../../report/complete-report.js';

interface ReportFlags extends ReportOutputFlags, CiFlags {
  comment?: boolean;
  allowUnreadable?: boolean;
  maxFileSize?: string;
  color?: boolean;
  from?: string;
  expectShards?: string;
  plan?: string;
}

function shardCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`--expect-shards must be a whole number of shards (1 or more), got '${value}'`);
  }
  return n;
}

/** The plan of `--plan`; a file that cannot be used is a configuration error (exit 2). */
async function planFile(path: string | undefined): Promise<Plan | undefined> {
  if (path === undefined) return undefined;
  try {
    return parsePlan(await readFile(path, 'utf8'), path);
  } catch (error) {
    if (error instanceof ParseError) throw new ConfigError(error.message, error.hint, { cause: error });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const hint = 'Pass the file `tessera plan --out` wrote.';
    throw new ConfigError(`cannot open the plan '${path}' (${code})`, hint, { cause: error });
  }
}

function maxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_READ_OPTIONS.maxBytes;
  const mib = Number(value);
  if (!Number.isFinite(mib) || mib <= 0) {
    throw new UsageError(`--max-file-size must be a positive number of MiB, got '${value}'`);
  }
  return Math.round(mib * 1024 * 1024);
}

function targets(flags: ReportFlags): OutputTargets {
  const outputs = machineTargets(flags);
  checkStdoutTargets([...Object.values(outputs), flags.markdown, flags.summary, flags.html]);
  return outputs;
}

/**
 * The shard bundles of this CI run, downloaded into a scratch folder: the latest attempt of each shard.
 *
 * @throws TesseraError when the run has no shard bundle at all, or a download fails for good (naming it)
 */
async function downloadBundles(session: CiSession): Promise<string> {
  const into = await scratchFolder(session, 'bundles');
  const fetched = await fetchShardBundles(session.host.artifacts, into);
  if (fetched.folders.length === 0)
    throw new TesseraError(
      'this run has no shard bundles to report (no tessera-shard-* artifact)',
      'Run the shard jobs with `tessera run --ci` (or `collect --ci`) before the report job, and make it depend on them.',
    );
  session.host.log.info(
    `downloaded ${fetched.folders.length} shard bundle${fetched.folders.length === 1 ? '' : 's'}: ${fetched.chosen.map((c) => c.entry.name).join(', ')}`,
  );
  return into;
}

/** CI mode's additions to the trend options: the host's history (unless a history flag names one). */
function ciTrend(session: CiSession, trend: TrendOptions): TrendOptions {
  if (trend.history) return trend;
  const history = sessionHistoryTarget(session);
  return history ? { ...trend, history } : trend;
}

/** The publisher of CI mode: job summary, annotations, outputs, HTML artifact and PR comment. */
function ciPublisher(session: CiSession, flags: ReportFlags): ReportPublisher {
  const target = commentTarget(session, flags.comment !== false);
  return async (published) =>
    (
      await publishReport(published, {
        host: session.host,
        ...(target.codeHost ? { codeHost: target.codeHost } : {}),
        ...(target.reason !== undefined ? { noCommentReason: target.reason } : {}),
        ...(flags.html !== undefined && flags.html !== '-' ? { htmlPath: flags.html } : {}),
      })
    ).written;
}

/** Registers `report`. */
export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .description('Merge test result files (JUnit XML, CTRF, TRX, TAP, Playwright/Jest JSON) into one report.')
    // Optional at the parser because `--from` stands in for them; runReport refuses an empty list.
    .argument('[inputs...]', "result files or quoted globs, e.g. 'reports/**/*.xml'")
    .option('--from <dir>', 'report over the shard bundles under this folder instead of result files')
    .option('--expect-shards <n>', 'with --from: the number of shards the matrix had')
    .option('--plan <file>', 'with --from: the plan, to check each shard ran exactly its items')
    .option('--no-comment', 'with --ci: do not post the PR comment');
  addCiOptions(command);
  addReportOutputOptions(command)
    .option('--config <file>', 'configuration file (default: tessera.config.json or .tessera.yml)')
    .option('--allow-unreadable', 'exit 0/1 even when some inputs could not be read (they are still listed)')
    .option(
      '--max-file-size <MiB>',
      `largest result file read (default ${DEFAULT_READ_OPTIONS.maxBytes / 1024 / 1024})`,
    )
    .option(
      '--no-color',
      'no colours in the summary (also off when stdout is not a terminal, or NO_COLOR is set)',
    )
    .addHelpText(
      'after',
      '\nThe config key `quarantine` (a list) adds to --quarantine.\n' +
        'Exit codes: 0 nothing failed, 1 a test failed, 2 usage error, 3 an input was unreadable.',
    )
    .action(async (inputs: string[], flags: ReportFlags) => {
      const outputs = targets(flags);
      const { rendered, render } = renderedTargets(flags);
      const session = await openCiSession(flags);
      const baseTrend = await trendOptions(flags);
      const trend = session ? ciTrend(session, baseTrend) : baseTrend;
      // The summary goes to stderr when an output takes stdout; colour follows the stream it goes to.
      const toStdout = [...Object.values(outputs), ...Object.values(rendered)].includes('-');
      const summaryStream = toStdout ? process.stderr : process.stdout;
      const common = {
        ...trend,
        outputs,
        rendered,
        render,
        failOn: flags.failOn,
        allowUnreadable: flags.allowUnreadable === true,
        stdout: process.stdout,
        stderr: process.stderr,
        color: flags.color !== false && summaryStream.isTTY === true && !process.env.NO_COLOR,
        ...(session ? { publish: ciPublisher(session, flags) } : {}),
      };
      // CI mode without inputs reports the run's shard bundles, fetched from its artifacts.
      const from =
        flags.from ?? (session && inputs.length === 0 ? await downloadBundles(session) : undefined);
      if (from !== undefined) {
        if (inputs.length > 0) {
          throw new UsageError(
            'give result files or --from <dir>, not both',
            "The bundles under --from already hold their shards' result files.",
          );
        }
        const expectShards = shardCount(flags.expectShards);
        const plan =
          flags.plan !== undefined || flags.from !== undefined
            ? await planFile(flags.plan)
            : await sessionPlan(session, undefined);
        const { verdict } = await runBundleReport({
          ...common,
          ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
          from,
          ...(expectShards !== undefined ? { expectShards } : {}),
          ...(plan !== undefined ? { plan } : {}),
        });
        process.exitCode = ExitCode[verdict];
        return;
      }
      if (flags.expectShards !== undefined || flags.plan !== undefined) {
        throw new UsageError('--expect-shards and --plan check a sharded run: they need --from <dir>');
      }
      const runInfo = session
        ? { ...sessionRunInfo(session), ...(flags.branch !== undefined ? { branch: flags.branch } : {}) }
        : flags.branch !== undefined
          ? { provider: 'local' as const, branch: flags.branch }
          : undefined;
      const { verdict } = await runReport({
        ...common,
        ...(runInfo ? { run: runInfo } : {}),
        inputs,
        readOptions: { ...DEFAULT_READ_OPTIONS, maxBytes: maxBytes(flags.maxFileSize) },
      });
      process.exitCode = ExitCode[verdict];
    });
}
