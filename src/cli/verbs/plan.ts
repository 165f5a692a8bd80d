/**
 * What `tessera plan` does (declared in ../commands/plan.ts): split the test files into balanced shards.
 * Flags in (over the config file), plan or one shard's items out; in CI mode, the plan also goes to the
 * `tessera-plan` artifact and the matrix outputs.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { TesseraError, UsageError } from '../../model/errors.js';
import { parseShardRef } from '../../plan/build.js';
import { formatDuration, parseDuration } from '../../plan/duration.js';
import { makePlan, mergePlanOptions, type PlanOptions } from '../../plan/make-plan.js';
import { checkOutputFormat, formatMatrix, formatPlanOutput } from '../../plan/outputs.js';
import { emptyShards, type Plan } from '../../plan/plan-document.js';
import { baselineBranchOf } from '../../ci/context.js';
import { putPlan } from '../../ci/shard-artifacts.js';
import type { PlanFlags } from '../flags.js';
import { openCiSession, type CiSession } from '../ci-session.js';
import { ExitCode } from '../exit-codes.js';
import { wholeNumberFlag } from '../flag-values.js';
import { readPlanFlag } from '../plan-flag.js';
import { checkShardCount, shardLimitFor, type ShardLimit } from '../shard-limit.js';
import type { HistoryDocument } from '../../history/index.js';
import { writeFileAtomic } from '../../model/atomic-write.js';
import { skipOptionsOf } from '../skip-options.js';
import { skipSummary } from '../../skip/summary.js';

function durationFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value);
  if (ms === undefined) {
    throw new UsageError(
      `${flag} '${value}' is not a duration`,
      'Write e.g. 90s, 5m, 1m30s, 250ms, or a number of milliseconds.',
    );
  }
  return ms;
}

/** `--order "a.test.ts>b.test.ts>c/**"`: each step runs before the next. */
function orderChain(value: string): string[] {
  const steps = value.split('>').map((s) => s.trim());
  if (steps.length < 2 || steps.some((s) => s.length === 0)) {
    throw new UsageError(
      `--order '${value}' needs at least two steps separated by '>'`,
      "e.g. --order 'test/setup.test.ts>test/users.test.ts'",
    );
  }
  return steps;
}

function flagOptions(flags: PlanFlags): PlanOptions {
  const options: PlanOptions = {
    tests: flags.tests,
    testsFrom: flags.testsFrom,
    listCommand: flags.listCommand,
    timings: flags.timings,
    estimator: flags.estimator,
    robust: flags.robust,
    shards: wholeNumberFlag('--shards', flags.shards),
    targetMs: durationFlag('--target', flags.target),
    setupMs: durationFlag('--setup', flags.setup),
    maxShards: wholeNumberFlag('--max-shards', flags.maxShards),
    groups: flags.group,
    order: flags.order?.map(orderChain),
    history: flags.history,
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as PlanOptions;
}

/** One line about the plan, for people (stderr, so stdout stays machine-readable). */
export function planSummary(plan: Plan): string {
  const ratio = plan.lowerBoundMs > 0 ? (plan.predictedMakespanMs / plan.lowerBoundMs).toFixed(2) : '1.00';
  const floor = plan.floorItem ? `; floor ${plan.floorItem} (${formatDuration(plan.floorMs)})` : '';
  const skip = plan.skip ? `\n${skipSummary(plan.skip, plan.total)}` : '';
  return (
    `tessera plan: ${plan.total} items on ${plan.shards.length} shards; predicted makespan ` +
    `${formatDuration(plan.predictedMakespanMs)} (${ratio}× the lower bound ${formatDuration(plan.lowerBoundMs)}${floor}); ` +
    `${plan.unknownItems} without timing${runFirstSummary(plan)}${skip}`
  );
}

/** `; run first: 2 units that failed, 1 flaky (last 5 runs)`, when the history put any unit first. */
function runFirstSummary(plan: Plan): string {
  const first = plan.runFirst;
  if (!first || first.failed + first.flaky === 0) return '';
  return (
    `; run first: ${first.failed} ${first.failed === 1 ? 'unit' : 'units'} that failed, ${first.flaky} flaky ` +
    `(last ${first.window} ${first.window === 1 ? 'run' : 'runs'}; see each unit's reason in the plan)`
  );
}

/** Refuses shard counts (from the flags or the config file) that the CI cannot run in one matrix. */
function checkShardCounts(options: PlanOptions, flags: PlanFlags, limit: ShardLimit): void {
  const source = (flag: string, key: string, value: string | undefined, n: number): string =>
    value !== undefined ? `${flag} ${value}` : `${key}: ${n} in the config file`;
  if (options.shards !== undefined)
    checkShardCount(source('--shards', 'shards', flags.shards, options.shards), options.shards, limit);
  if (options.maxShards !== undefined)
    checkShardCount(
      source('--max-shards', 'maxShards', flags.maxShards, options.maxShards),
      options.maxShards,
      limit,
    );
}

/** Where CI mode writes the plan when `--out` names no file. */
export const CI_PLAN_PATH = '.tessera/plan.json';

/**
 * The baseline history's document, for timings, in CI mode: the base branch's for a PR, else the branch's.
 * Any problem is a warning; the plan is then made from the other timings, or from file sizes.
 */
async function ciHistory(session: CiSession, flags: PlanFlags): Promise<HistoryDocument | undefined> {
  if (flags.history !== undefined) return undefined;
  const branch = baselineBranchOf(session.context);
  if (branch === undefined) return undefined;
  try {
    const loaded = await session.host.history.load(branch);
    for (const warning of loaded.warnings) session.host.log.warn(`${warning}; planning without it`);
    if (!loaded.doc) session.host.log.info(`no history of branch ${JSON.stringify(branch)} yet`);
    return loaded.doc;
  } catch (error) {
    if (!(error instanceof TesseraError)) throw error;
    session.host.log.warn(
      `the history of branch ${JSON.stringify(branch)} cannot be loaded (${error.message}); planning without it`,
    );
    return undefined;
  }
}

/**
 * CI mode's publication of a plan: the JSON plan file, the `tessera-plan` artifact the shard jobs fetch,
 * and the `matrix`, `shards`, `items`, `empty-shards` and `plan` outputs.
 */
async function publishPlan(session: CiSession, plan: Plan, path: string): Promise<void> {
  await mkdir(dirname(resolve(session.cwd, path)), { recursive: true });
  await writeFileAtomic(resolve(session.cwd, path), formatPlanOutput(plan, 'json'));
  const entry = await putPlan(session.host.artifacts, resolve(session.cwd, path));
  // The matrix lists only the shards with files to run: the report reads this plan and accounts for the
  // others, so a CI starts no job for them.
  await session.host.setOutput('matrix', formatMatrix(plan, 'with-items').trim());
  await session.host.setOutput('shards', String(plan.shards.length));
  // How many files the shards run (0 when --skip-unchanged reused every file), and which shards run none: the
  // count stays what was asked, and a CI that can (the matrix, the Jenkins step) starts no job for an empty
  // shard; a workflow can skip its matrix job when `items` is 0 (the matrix then lists one empty shard).
  await session.host.setOutput('items', String(plan.total));
  await session.host.setOutput('empty-shards', emptyShards(plan).join(','));
  await session.host.setOutput('plan', path);
  session.host.log.info(`plan written to ${path} and stored as artifact ${entry.name}`);
}

/** Runs `tessera plan` with its parsed flags; sets `process.exitCode`. */
export async function planCommand(flags: PlanFlags, testCommand: readonly string[] = []): Promise<void> {
  if (testCommand.length > 0 && flags.skipUnchanged !== true)
    throw new UsageError(
      `plan takes no command (${JSON.stringify(testCommand.join(' ')).slice(0, 80)}) without --skip-unchanged`,
      'The command after -- is part of the content keys of --skip-unchanged; otherwise drop it.',
    );
  const shard = flags.shard !== undefined ? parseShardRef(flags.shard) : undefined;
  const session = await openCiSession(flags, { log: 'stderr' });
  if (session && (shard !== undefined || (flags.format ?? 'json') !== 'json' || flags.out === '-'))
    throw new UsageError(
      '--ci writes the JSON plan to a file (--out), stores it as an artifact and sets the matrix output',
      'Drop --shard, --format and --out - in CI mode; `tessera plan --plan <file> --shard i/N` prints one shard.',
    );
  const format = flags.format ?? (shard ? 'lines' : 'json');
  checkOutputFormat(format, shard);

  let plan: Plan;
  if (flags.plan !== undefined) {
    plan = await readPlanFlag(flags.plan);
  } else {
    const cwd = process.cwd();
    const limit = await shardLimitFor(flags);
    if (shard) checkShardCount(`--shard ${flags.shard}`, shard.total, limit);
    const { config, file: configFile } = await loadConfig(cwd, flags.config);
    const skip = skipOptionsOf(flags, {
      command: testCommand,
      config,
      ...(configFile !== undefined ? { configFile } : {}),
      ...((session?.context.branch ?? flags.branch) !== undefined
        ? { branch: (session?.context.branch ?? flags.branch) as string }
        : {}),
    });
    let options = mergePlanOptions(flagOptions(flags), config);
    if (skip) options = { ...options, skip };
    checkShardCounts(options, flags, limit);
    // `--shard i/N` alone means "plan N shards and give me shard i".
    if (shard && options.shards === undefined && options.targetMs === undefined) {
      options = { ...options, shards: shard.total };
    }
    // Fetched while makePlan walks the tree.
    const historyDoc = session ? ciHistory(session, flags) : undefined;
    const made = await makePlan(options, { cwd, ...(historyDoc ? { historyDoc } : {}) });
    plan = made.plan;
    for (const warning of [...made.warnings, ...plan.warnings])
      process.stderr.write(`tessera: warning: ${warning}\n`);
    process.stderr.write(`${planSummary(plan)}\n`);
  }

  if (session) {
    await publishPlan(session, plan, flags.out ?? CI_PLAN_PATH);
    process.exitCode = ExitCode.ok;
    return;
  }
  const text = formatPlanOutput(plan, format, shard);
  if (flags.out !== undefined && flags.out !== '-') await writeFileAtomic(flags.out, text);
  else process.stdout.write(text);
  process.exitCode = ExitCode.ok;
}
