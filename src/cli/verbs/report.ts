/**
 * What `tessera report` does (declared in ../commands/report.ts): `report <files|globs…>` merges result
 * files into one report; `report --from <dir>` does the same over the shard bundles of a matrix, checking it
 * is complete; with `--ci` and no inputs, over the run's shard artifacts, and publishes through the CI.
 */
import { DEFAULT_READ_OPTIONS } from '../../formats/reader.js';
import { TesseraError, UsageError } from '../../model/errors.js';
import { runBundleReport } from '../../report/bundle-report.js';
import { runReport } from '../../report/run-report.js';
import type { OutputTargets } from '../../report/write-outputs.js';
import type { ReportPublisher, TrendOptions } from '../../report/complete-report.js';
import { publishReport } from '../../ci/publish-report.js';
import { fetchShardBundles } from '../../ci/shard-artifacts.js';
import type { ReportFlags } from '../flags.js';
import {
  commentTarget,
  openCiSession,
  scratchFolder,
  sessionHistoryTarget,
  sessionPlan,
  sessionRunInfo,
  type CiSession,
} from '../ci-session.js';
import { ExitCode } from '../exit-codes.js';
import { readPlanFlag } from '../plan-flag.js';
import { queueSettings } from '../queue-options.js';
import { checkDistinctTargets, checkStdoutTargets, machineTargets } from '../report-output-options.js';
import { renderedTargets, trendOptions } from '../report-trend-flags.js';
import { linkOptions } from '../source-links.js';
import { plansNothing, type Plan } from '../../plan/plan-document.js';

/**
 * With `--queue` (or $TESSERA_QUEUE_URL), waits until the run's queue drained or `--queue-timeout` passed;
 * returns what it left undone, as report problems. Undefined without a queue.
 */
async function waitForQueue(
  flags: ReportFlags,
  session: CiSession | undefined,
): Promise<string[] | undefined> {
  const settings = queueSettings(flags, session ? sessionRunInfo(session) : undefined);
  if (!settings) return undefined;
  if (flags.from === undefined && !session)
    throw new UsageError(
      '--queue is for a report over bundles',
      'Add --from <dir> (or --ci in the report job).',
    );
  const { RedisWorkQueue } = await import('../../queue/redis-queue.js');
  const { describeUndrained, waitUntilDrained } = await import('../../queue/wait-drained.js');
  const queue = await RedisWorkQueue.connect({ url: settings.url, queueId: settings.queueId, workers: 1 });
  try {
    process.stderr.write(`tessera report: waiting for queue ${settings.queueId} to drain\n`);
    const result = await waitUntilDrained(() => queue.state(), settings.timeoutMs);
    return result.drained ? [] : [describeUndrained(result, settings.queueId)];
  } finally {
    await queue.close();
  }
}

function shardCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`--expect-shards must be a whole number of shards (1 or more), got '${value}'`);
  }
  return n;
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
  checkDistinctTargets({
    '--json': flags.json,
    '--junit': flags.junit,
    '--ctrf': flags.ctrf,
    '--markdown': flags.markdown,
    '--summary': flags.summary,
    '--html': flags.html,
    '--history': flags.historyOut ?? flags.history,
  });
  return outputs;
}

/**
 * The shard bundles of this CI run, downloaded into a scratch folder: the latest attempt of each shard. None
 * at all is right only when the run's plan gave no shard anything to run (every file reused): the CI then
 * ran no shard job, and the report accounts for every shard from the plan.
 *
 * @throws TesseraError when the run has no shard bundle but planned files, or a download fails for good
 */
async function downloadBundles(session: CiSession, plan: Plan | undefined): Promise<string> {
  const into = await scratchFolder(session, 'bundles');
  const fetched = await fetchShardBundles(session.host.artifacts, into);
  if (fetched.folders.length === 0 && plan !== undefined && plansNothing(plan)) {
    session.host.log.info('no shard bundle to download: the plan gave no shard a file to run');
    return into;
  }
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

/** Runs `tessera report` with its parsed arguments; sets `process.exitCode`. */
export async function reportCommand(inputs: string[], flags: ReportFlags): Promise<void> {
  const outputs = targets(flags);
  const { rendered, render } = renderedTargets(flags);
  const session = await openCiSession(flags);
  const baseTrend = await trendOptions(flags);
  const trend = session ? ciTrend(session, baseTrend) : baseTrend;
  // The summary goes to stderr when an output takes stdout; colour follows the stream it goes to.
  const toStdout = [...Object.values(outputs), ...Object.values(rendered)].includes('-');
  const summaryStream = toStdout ? process.stderr : process.stdout;
  const links = await linkOptions(flags, session);
  const common = {
    ...trend,
    ...links,
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
  // With a run-time queue, wait until it drained: before that the bundles are not all written.
  const queueProblems = await waitForQueue(flags, session);
  // CI mode without inputs reports the run's shard bundles, fetched from its artifacts.
  const ownBundles = flags.from === undefined && session !== undefined && inputs.length === 0;
  if (flags.from !== undefined || ownBundles) {
    if (inputs.length > 0) {
      throw new UsageError(
        'give result files or --from <dir>, not both',
        "The bundles under --from already hold their shards' result files.",
      );
    }
    const expectShards = shardCount(flags.expectShards);
    // `--plan`, else in CI mode the run's own plan artifact (not with --from: those bundles are not this run's).
    // It is read first: it says which shards had nothing to run, and so needed no job and left no bundle.
    const plan =
      flags.plan !== undefined
        ? await readPlanFlag(flags.plan)
        : flags.from !== undefined
          ? undefined
          : await sessionPlan(session, undefined);
    const from = flags.from ?? (await downloadBundles(session as CiSession, plan));
    const { verdict } = await runBundleReport({
      ...common,
      ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
      // Who ran, when no bundle says it (every shard empty by plan): this CI run.
      ...(session ? { run: sessionRunInfo(session) } : {}),
      from,
      ...(expectShards !== undefined ? { expectShards } : {}),
      ...(plan !== undefined ? { plan } : {}),
      ...(queueProblems ? { queueProblems } : {}),
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
}
