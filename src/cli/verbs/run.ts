/**
 * What `tessera run` does (declared in ../commands/run.ts): run one shard of the plan (`--shard i/N`, in a
 * CI matrix job), or the whole matrix on this machine (`--shards N --local`), which then reports with the
 * same output and history flags as `tessera report`. Arguments in; runShard or runLocal out.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { UsageError, type RunInfo, type ShardRef } from '../../model/index.js';
import { parseShardRef, shardItems } from '../../plan/build.js';
import { formatDuration, parseDuration } from '../../plan/duration.js';
import { makePlan, mergePlanOptions, type PlanOptions } from '../../plan/make-plan.js';
import type { Plan } from '../../plan/plan-document.js';
import { runLocal, type LocalRunOptions } from '../../run/local.js';
import { bundleTests } from '../../run/bundle.js';
import { runShard, type ShardRunResult } from '../../run/shard.js';
import type { PipelineBatchOptions } from '../../run/pipeline-batch.js';
import { BailSignal } from '../../run/bail.js';
import { startHistoryLoad } from '../../report/run-report.js';
import { neutraliseUntrustedLine } from '../../render/untrusted-text.js';
import type { EarlierResults } from '../../run/rerun.js';
import { findEarlierAttempt, readEarlierResults } from '../../run/rerun-source.js';
import type { OutputTargets } from '../../report/write-outputs.js';
import { putShardBundle } from '../../ci/shard-artifacts.js';
import type { ArtifactStore } from '../../ci/artifact-store.js';
import type { PreviousAttempt } from '../../ci/previous-attempt.js';
import type { RunFlags } from '../flags.js';
import { readPlanFlag } from '../plan-flag.js';
import {
  jobStartedAt,
  openCiSession,
  scratchFolder,
  sessionPlan,
  sessionRunInfo,
  type CiSession,
} from '../ci-session.js';
import { queueSettings } from '../queue-options.js';
import { unitsOfPlan } from '../../queue/plan-units.js';
import { requeuePolicy, type RequeueSettings } from '../../queue/work-source.js';
import { ExitCode } from '../exit-codes.js';
import { fractionFlag, wholeNumberFlag } from '../flag-values.js';
import {
  checkDistinctTargets,
  checkStdoutTargets,
  givenReportOutputFlags,
  machineTargets,
} from '../report-output-options.js';
import { renderedTargets, trendOptions } from '../report-trend-flags.js';
import { checkShardCount, shardLimitFor } from '../shard-limit.js';
import { skipOptionsOf } from '../skip-options.js';
import { skipSummary } from '../../skip/summary.js';
import type { LoadedHistories } from '../../report/history-target.js';

function timeoutFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0)
    throw new UsageError(`--timeout '${value}' is not a duration`, 'Write e.g. 10m, 90s, 1h30m.');
  return ms;
}

/** `--bail` → how many failing files stop the run; undefined without the flag. */
function bailFlag(flags: RunFlags): number | undefined {
  if (flags.bail === undefined || flags.bail === false) return undefined;
  return flags.bail === true ? 1 : wholeNumberFlag('--bail', flags.bail, 1);
}

/**
 * What a local run brings to its plan: the command and the trend options (for `--skip-unchanged`), and its
 * history, read once for the plan (fail-fast order, passed keys) and for the report.
 */
interface LocalPlanInputs {
  readonly command: readonly string[];
  readonly trend: Awaited<ReturnType<typeof trendOptions>>;
  readonly history?: Promise<LoadedHistories> | undefined;
}

/** The plan from `--plan`, or computed from `--tests`/`--timings` (and the config file) for `shards`. */
/**
 * The plan `run` uses: `--plan`, or one made here. A local run's history orders each shard's files that
 * failed recently first (fail fast) and, with `--skip-unchanged`, says which content keys passed before.
 */
async function obtainPlan(
  flags: RunFlags,
  shards: number,
  cwd: string,
  local?: LocalPlanInputs,
): Promise<Plan> {
  if (flags.plan !== undefined) {
    if (flags.skipUnchanged === true)
      throw new UsageError(
        '--skip-unchanged decides what to plan; with --plan the plan has decided already',
        'Make the plan with `tessera plan --skip-unchanged … -- <command>`, or drop --plan.',
      );
    return readPlanFlag(flags.plan);
  }
  const given = flags.shard !== undefined ? `--shard ${flags.shard}` : `--shards ${shards}`;
  checkShardCount(given, shards, await shardLimitFor(flags));
  const { config, file: configFile } = await loadConfig(cwd, flags.config);
  const fromFlags: PlanOptions = {
    ...(flags.tests ? { tests: flags.tests } : {}),
    ...(flags.timings ? { timings: flags.timings } : {}),
  };
  const skip = local
    ? skipOptionsOf(flags, {
        command: local.command,
        config,
        ...(configFile !== undefined ? { configFile } : {}),
        // The trend options already joined the config's quarantine list with the flags'.
        ...(local.trend.quarantine ? { quarantine: local.trend.quarantine } : {}),
        ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
      })
    : undefined;
  const options = {
    ...mergePlanOptions(fromFlags, config),
    shards,
    targetMs: undefined,
    ...(skip ? { skip } : {}),
  };
  // Passed keys count on the branch compared with (the baseline); the fail-fast order takes the run's own
  // branch first. The report prints the history's warnings, once.
  const history = local?.history?.then((loaded) =>
    skip ? loaded.baseline : (loaded.own ?? loaded.baseline),
  );
  const made = await makePlan(options, { cwd, ...(history ? { historyDoc: history } : {}) });
  if (made.plan.skip) process.stderr.write(`tessera run: ${skipSummary(made.plan.skip, made.plan.total)}\n`);
  for (const warning of [...made.warnings, ...made.plan.warnings])
    process.stderr.write(`tessera: warning: ${warning}\n`);
  return made.plan;
}

/** The share of the items requeued over a run when `--requeue-tolerance` is not given. */
export const DEFAULT_REQUEUE_TOLERANCE = 0.05;

/**
 * `--requeue` and `--requeue-tolerance`, or undefined when requeue is off. Requeue needs a queue: with a
 * static shard there is no other worker to hand a file to.
 *
 * @throws UsageError for bad values, a tolerance without --requeue, or --requeue without a queue
 */
function requeueFlags(flags: RunFlags, queued: boolean): RequeueSettings | undefined {
  const max = wholeNumberFlag('--requeue', flags.requeue, 0) ?? 0;
  const tolerance = fractionFlag('--requeue-tolerance', flags.requeueTolerance);
  if (max === 0) {
    if (tolerance !== undefined)
      throw new UsageError(
        '--requeue-tolerance needs --requeue <n>',
        'e.g. --requeue 1 --requeue-tolerance 0.05',
      );
    return undefined;
  }
  if (!queued)
    throw new UsageError(
      '--requeue hands a failed file to another worker of a queue: it needs --queue, or --local with --balance queue',
      'Without a queue, re-run failed files on the same job with --retries <k>.',
    );
  return { max, tolerance: tolerance ?? DEFAULT_REQUEUE_TOLERANCE };
}

function runInfo(flags: RunFlags, earlier?: EarlierResults): RunInfo {
  // A re-run of earlier results is the attempt after theirs, unless --attempt says otherwise.
  const attempt = wholeNumberFlag('--attempt', flags.attempt) ?? (earlier ? earlier.attempt + 1 : undefined);
  return {
    provider: 'local',
    ...(attempt !== undefined ? { attempt } : {}),
    ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
  };
}

/**
 * The report outputs of a local run: JSON, JUnit, CTRF and the PR comment go to `--report-dir` unless their
 * own flag names another path; the job summary and the HTML report are written when asked for.
 */
function localOutputs(
  flags: RunFlags,
): Pick<LocalRunOptions, 'outputs' | 'rendered' | 'render'> & { toStdout: boolean } {
  const dir = flags.reportDir;
  const outputs: OutputTargets = {
    json: join(dir, 'report.json'),
    junit: join(dir, 'junit.xml'),
    ctrf: join(dir, 'ctrf.json'),
    ...machineTargets(flags),
  };
  const { rendered, render } = renderedTargets({
    ...flags,
    markdown: flags.markdown ?? join(dir, 'report.md'),
  });
  const toStdout = checkStdoutTargets([...Object.values(outputs), ...Object.values(rendered)]);
  checkDistinctTargets({
    ...Object.fromEntries(Object.entries(outputs).map(([k, v]) => [`--${k}`, v])),
    ...Object.fromEntries(Object.entries(rendered).map(([k, v]) => [`--${k}`, v])),
  });
  return { outputs, rendered, render, toStdout };
}

/** The queue URL and its password, masked in the CI log from here on. */
function maskQueueUrl(session: CiSession, url: string): void {
  session.host.log.mask(url);
  try {
    const { password } = new URL(url);
    if (password) session.host.log.mask(decodeURIComponent(password));
  } catch {
    // Not a URL: the queue refuses it with its own message.
  }
}

/** Why a provider cannot tell a re-run job from a first one, for the one line that says the shard runs whole. */
const NO_ATTEMPTS: Readonly<Record<string, string>> = {
  jenkins:
    'a Jenkins replay or rebuild is a new build that cannot see the earlier build’s stashes, so it runs the whole shard; pass --rerun-failed <folder of the earlier bundles> to run only what failed',
};

/**
 * On a CI re-run (attempt 2 and later), the latest earlier attempt of this shard among the run's artifacts;
 * undefined, with one line saying why, when there is none to be found, and the whole shard runs.
 */
async function earlierAttemptOf(
  session: CiSession,
  shard: ShardRef,
  attempt: number,
): Promise<EarlierResults | undefined> {
  const why = NO_ATTEMPTS[session.host.id];
  if (attempt <= 1) {
    if (why !== undefined) process.stderr.write(`tessera run: ${why}\n`);
    return undefined;
  }
  const store = session.host.artifacts;
  const where =
    store.kind === 'staged'
      ? `among the artifacts handed to this job (a staged store holds only what the CI moved here)`
      : `among the run's artifacts`;
  return readEarlierAttempt(
    store,
    shard,
    attempt,
    await scratchFolder(session, 'rerun'),
    where,
    `attempt ${attempt}`,
  );
}

/**
 * The one line saying that `which` (an attempt, a retried job) runs the whole shard, and why. The reason may
 * quote a CI's answer or an artifact's content: one line, no control characters.
 */
function runsWhole(which: string, why: string): undefined {
  process.stderr.write(`tessera run: ${which} runs the whole shard: ${neutraliseUntrustedLine(why)}\n`);
  return undefined;
}

/** {@link findEarlierAttempt}, with a failure to find or read it said in one line: the shard then runs whole. */
async function readEarlierAttempt(
  store: ArtifactStore,
  shard: ShardRef,
  attempt: number,
  into: string,
  where: string,
  which: string,
): Promise<EarlierResults | undefined> {
  try {
    const found = await findEarlierAttempt(store, shard, attempt, into, where);
    return found.found ? found.earlier : runsWhole(which, found.reason);
  } catch (error) {
    return runsWhole(
      which,
      `the earlier attempt's bundle could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/**
 * On a CI that gives a retried job a new id and numbers no attempts (GitLab), the job this one retries and
 * its bundle of this shard: the earlier results, as `--rerun-failed` would give them. Undefined for a first
 * job, silently, and with one line saying why when a retry cannot be told or its bundle not read. What is
 * downloaded is read into memory and the scratch folder removed.
 */
async function retriedJobOf(session: CiSession, shard: ShardRef): Promise<EarlierResults | undefined> {
  const source = session.host.previousAttempt;
  if (!source) return undefined;
  const which = 'a retry of this job';
  const scratch = await scratchFolder(session, 'rerun');
  try {
    let previous: PreviousAttempt;
    try {
      previous = await source.find(join(scratch, 'job'));
    } catch (error) {
      return runsWhole(
        which,
        `the job it retries could not be looked up (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (previous.kind === 'first') return undefined;
    if (previous.kind === 'unavailable') return runsWhole(which, previous.reason);
    return await readEarlierAttempt(
      previous.artifacts,
      shard,
      Number.POSITIVE_INFINITY,
      join(scratch, 'bundle'),
      `among the artifacts of ${previous.job}`,
      which,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function runOneShard(flags: RunFlags, shard: ShardRef, command: string[], cwd: string): Promise<void> {
  // What to skip is decided once for the whole matrix, by the plan job: a shard job only runs that plan.
  const skipHint =
    'Run `tessera plan --skip-unchanged … -- <command>` in the plan job; the shards run its plan (--plan or, with --ci, its artifact).';
  if (flags.cache === false || (flags.skipUnchanged === true && flags.plan === undefined && !flags.ci))
    throw new UsageError(
      '--skip-unchanged is decided once for the whole matrix, by the plan: not in a shard job',
      skipHint,
    );
  const session = await openCiSession(flags, { cwd });
  // In CI mode the plan job's `tessera-plan` artifact; without one, the same plan computed here.
  const plan = (await sessionPlan(session, flags.plan)) ?? (await obtainPlan(flags, shard.total, cwd));
  if (plan.shards.length !== shard.total)
    throw new UsageError(
      `--shard ${shard.index}/${shard.total} does not fit the plan, which has ${plan.shards.length} shards`,
      "Take the shard count from the plan job's matrix output.",
    );
  if (flags.skipUnchanged === true && !plan.skip)
    throw new UsageError(
      '--skip-unchanged: the plan of this shard was made without --skip-unchanged',
      skipHint,
    );
  const items = shardItems(plan, shard);
  const bail = bailFlag(flags);
  const batch = wholeNumberFlag('--batch', flags.batch);
  const queued = batch !== undefined || (flags.queue !== undefined && flags.queue !== false);
  // Given results, or on a CI that numbers no attempts (GitLab) the bundle of the job this one retries; a
  // queue worker runs what the queue hands it, and joins the queue of the first attempt.
  const given =
    flags.rerunFailed !== undefined
      ? await readEarlierResults(flags.rerunFailed, shard)
      : session && !queued
        ? await retriedJobOf(session, shard)
        : undefined;
  // Re-running given results is the attempt after theirs, also on a CI that numbers no attempts (GitLab,
  // Jenkins): its bundle is then the shard's latest for the report.
  const ciAttempt = session?.context.run.attempt ?? 0;
  const attempt =
    wholeNumberFlag('--attempt', flags.attempt) ??
    (given && ciAttempt <= given.attempt ? given.attempt + 1 : undefined);
  const run = session ? sessionRunInfo(session, attempt) : runInfo(flags, given);
  const started = jobStartedAt(process.env, session?.context);
  const common = {
    shard,
    command,
    run,
    ...(started ? { jobStartedAt: started } : {}),
    out: flags.out,
    cwd,
    ...(flags.results !== undefined ? { results: flags.results } : {}),
    retries: wholeNumberFlag('--retries', flags.retries, 0) ?? 0,
    ...(bail !== undefined ? { bail: new BailSignal(bail) } : {}),
    ...(flags.timeout !== undefined ? { timeoutMs: timeoutFlag(flags.timeout) } : {}),
    ...(flags.passEnv ? { passEnv: flags.passEnv } : {}),
    output: 'inherit' as const,
  };
  // The in-pipeline queue's batches are fixed numbers handed out by the pipeline: nothing can be put back.
  if (batch !== undefined) requeueFlags(flags, false);
  if (batch !== undefined) return runOneBatch(session, { ...common, plan, batch });
  const queue = queueSettings(flags, session ? run : undefined);
  // Queue workers (and the in-pipeline batches above) run what the queue hands them, not what failed.
  if (queue && (given || (run.attempt ?? 1) > 1))
    process.stderr.write(
      'tessera run: a queued shard runs whatever the queue hands it, not only what failed: every item runs again\n',
    );
  const earlier = queue
    ? undefined
    : (given ?? (session ? await earlierAttemptOf(session, shard, run.attempt ?? 1) : undefined));
  if (queue && session) maskQueueUrl(session, queue.url);
  const requeue = requeueFlags(flags, queue !== undefined);
  const result = queue
    ? await (
        await import('../../run/queued-shard.js')
      ).runQueuedShard({
        ...common,
        queue: {
          url: queue.url,
          queueId: queue.queueId,
          ...(queue.leaseMs ? { leaseMs: queue.leaseMs } : {}),
          ...(requeue
            ? {
                requeue: requeuePolicy(
                  requeue,
                  plan.shards.reduce((sum, shard) => sum + shard.items.length, 0),
                ),
              }
            : {}),
        },
        units: unitsOfPlan(plan),
        ...(queue.fallback === 'static' ? { fallbackItems: items } : {}),
        log: (line) => process.stderr.write(`tessera run: ${line}\n`),
      })
    : await runShard({ ...common, items, ...(earlier ? { earlier } : {}) });
  await finishShard(session, result, run, queue !== undefined);
}

/**
 * One batch of the in-pipeline queue (`--batch k`, pipeline-batch.ts). Every batch adds to the worker's
 * bundle; the number past the last batch closes it, and only that invocation stores the shard's artifact
 * and exits with the whole worker's code. The `queue` output (`taken` or `drained`) tells the pipeline
 * whether to hand this worker another number.
 */
async function runOneBatch(session: CiSession | undefined, options: PipelineBatchOptions): Promise<void> {
  const { runPipelineBatch } = await import('../../run/pipeline-batch.js');
  const { result, batches, drained } = await runPipelineBatch(options);
  const which = `worker ${options.shard.index}/${options.shard.total}`;
  const state = drained ? 'drained' : 'taken';
  if (session) await session.host.setOutput('queue', state);
  if (!drained) {
    const ran = result.bundle.queue?.batches.at(-1);
    process.stderr.write(
      `tessera run: ${which} ran batch ${options.batch} of ${batches} (${ran?.items.length ?? 0} items in ${formatDuration(ran?.wallMs ?? 0)})\n`,
    );
    for (const w of result.warnings) process.stderr.write(`tessera: warning: ${w}\n`);
    process.exitCode = result.bundle.exitCode === 0 ? ExitCode.ok : ExitCode.testsFailed;
    return;
  }
  process.stderr.write(`tessera run: the queue's ${batches} batches are handed out; ${which} is done\n`);
  await finishShard(session, result, options.run, true);
}

/** Says what the shard's bundle holds, stores it as the shard's artifact in CI mode, and sets the exit code. */
async function finishShard(
  session: CiSession | undefined,
  result: ShardRunResult,
  run: RunInfo,
  queued: boolean,
): Promise<void> {
  const { bundle } = result;
  const { shard } = bundle;
  for (const note of result.notes) process.stderr.write(`tessera run: ${note}\n`);
  for (const w of result.warnings) process.stderr.write(`tessera: warning: ${w}\n`);
  const counts = { passed: 0, failed: 0, flaky: 0, skipped: 0 };
  // A queue worker records a first try per batch: only the later tries are retries.
  const retries = bundle.tries.filter((t) => t.index > 1).length;
  for (const t of bundleTests(bundle)) counts[t.outcome] += 1;
  const what =
    bundle.items.length === 0
      ? queued
        ? 'no items (the queue was drained by the other jobs)'
        : 'no items (empty by plan)'
      : `${counts.failed} failed, ${counts.flaky} flaky, ${counts.passed} passed, ${counts.skipped} skipped in ${formatDuration(bundle.wallMs)}` +
        (retries > 0 ? ` (${retries} ${retries === 1 ? 'retry' : 'retries'})` : '');
  process.stderr.write(`tessera run: shard ${shard.index}/${shard.total}: ${what}\n`);
  if (bundle.bailed)
    process.stderr.write(
      `tessera run: bailed after ${neutraliseUntrustedLine(bundle.bailed.after)} (--bail): ` +
        `${bundle.bailed.notRun.length} ${bundle.bailed.notRun.length === 1 ? 'file' : 'files'} not run\n`,
    );
  if (bundle.infrastructureFailure)
    process.stderr.write(`tessera run: ${bundle.infrastructureFailure.reason}\n`);
  process.stderr.write(`tessera run: bundle written to ${join(result.folder, 'bundle.json')}\n`);
  if (session) {
    const entry = await putShardBundle(session.host.artifacts, result.folder, shard, run.attempt ?? 1);
    process.stderr.write(`tessera run: bundle stored as artifact ${entry.name}\n`);
  }
  process.exitCode = bundle.exitCode === 0 ? ExitCode.ok : ExitCode.testsFailed;
}

async function runLocalMatrix(flags: RunFlags, command: string[], cwd: string): Promise<void> {
  // With a plan file, the plan says how many shards; otherwise --shards must.
  const planned = flags.plan !== undefined ? (await readPlanFlag(flags.plan)).shards.length : undefined;
  const shards = wholeNumberFlag('--shards', flags.shards) ?? planned;
  if (shards === undefined)
    throw new UsageError(
      '--local needs --shards N (or --plan)',
      'e.g. tessera run --local --shards 4 -- npm test',
    );
  const bail = bailFlag(flags);
  const trend = await trendOptions(flags, cwd);
  // The history is read once: for the plan (fail-fast order, passed keys) and for the report's comparison.
  const historyLoad = startHistoryLoad(trend);
  const plan = await obtainPlan(flags, shards, cwd, { command, trend, history: historyLoad });
  if (plan.shards.length !== shards)
    throw new UsageError(`--shards ${shards} does not fit the plan, which has ${plan.shards.length} shards`);
  const concurrency = wholeNumberFlag('--concurrency', flags.concurrency);
  const requeue = requeueFlags(flags, flags.balance === 'queue');
  const { outputs, rendered, render, toStdout } = localOutputs(flags);
  // Read before the run clears --out, which may be where the earlier bundles are.
  const earlier = flags.rerunFailed !== undefined ? await readEarlierResults(flags.rerunFailed) : undefined;
  // Progress and the summary go to stderr when an output takes stdout; colour and redrawing follow that stream.
  const display = toStdout ? process.stderr : process.stdout;
  const { verdict } = await runLocal({
    plan,
    command,
    cwd,
    out: flags.out,
    ...(flags.results !== undefined ? { results: flags.results } : {}),
    retries: wholeNumberFlag('--retries', flags.retries, 0) ?? 0,
    ...(bail !== undefined ? { bail } : {}),
    ...(flags.timeout !== undefined ? { timeoutMs: timeoutFlag(flags.timeout) } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    balance: flags.balance,
    ...(requeue ? { requeue } : {}),
    ...(flags.passEnv ? { passEnv: flags.passEnv } : {}),
    run: runInfo(flags, earlier),
    ...(earlier ? { earlier } : {}),
    ...trend,
    ...(historyLoad ? { historyLoad } : {}),
    outputs,
    rendered,
    render,
    ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
    failOn: flags.failOn,
    stdout: process.stdout,
    stderr: process.stderr,
    live: display.isTTY === true,
    color: flags.color !== false && display.isTTY === true && !process.env.NO_COLOR,
  });
  process.exitCode = ExitCode[verdict];
}

/**
 * Runs `tessera run` with its parsed arguments: one shard job, or every shard here (`--local`); sets
 * `process.exitCode`. `self` is the command, to tell which report flags were given.
 */
export async function runCommand(command: string[], flags: RunFlags, self: Command): Promise<void> {
  const cwd = process.cwd();
  if (flags.local && (flags.ci === true || flags.provider !== undefined))
    throw new UsageError(
      '--ci is for a shard job of a CI matrix (--shard i/N); --local runs and reports every shard here',
      'Keep the local history with --history-dir .tessera/history --branch <name>.',
    );
  if (flags.local && (flags.queue !== undefined || flags.queueId !== undefined))
    throw new UsageError(
      '--queue balances the jobs of a CI matrix; --local already balances its shards through a queue in memory',
      'Drop --queue, or run one job per machine with --shard i/N --queue <url>.',
    );
  const queueFlags = [flags.queue, flags.queueId, flags.lease, flags.queueFallback];
  if (flags.batch !== undefined && (flags.local || queueFlags.some((flag) => flag !== undefined)))
    throw new UsageError(
      '--batch is a batch of the in-pipeline queue; --local and --queue (with --queue-id, --lease, --queue-fallback) take their batches from their own queue',
      'Give --batch k with --shard i/N only.',
    );
  if (flags.local) return runLocalMatrix(flags, command, cwd);
  const reportFlags = givenReportOutputFlags(self);
  if (reportFlags.length > 0)
    throw new UsageError(
      `${reportFlags.join(', ')} ${reportFlags.length === 1 ? 'is' : 'are'} for --local: a shard job writes its bundle, not the report`,
      'Report the matrix once, after its shards: tessera report --from <dir> with these flags.',
    );
  if (flags.shard === undefined) {
    throw new UsageError(
      'tell `run` which shard to run (--shard i/N), or run them all here (--local --shards N)',
      'e.g. tessera run --plan plan.json --shard 1/4 -- npm test',
    );
  }
  if (flags.shards !== undefined)
    throw new UsageError('--shards is for --local; one shard job takes --shard i/N');
  return runOneShard(flags, parseShardRef(flags.shard), command, cwd);
}
