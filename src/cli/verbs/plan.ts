/**
 * `tessera plan`: split the test files into balanced shards. Flags in (over the config file), plan or one
 * shard's items out.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { TesseraError, UsageError } from '../../model/index.js';
import {
  checkOutputFormat,
  ESTIMATORS,
  formatDuration,
  formatMatrix,
  formatPlanOutput,
  makePlan,
  mergePlanOptions,
  parseDuration,
  readPlanFile,
  parseShardRef,
  type Estimator,
  type Plan,
  type PlanOptions,
} from '../../plan/index.js';
import { ExitCode } from '../exit-codes.js';
import { addCiOptions, openCiSession, type CiFlags, type CiSession } from '../ci-session.js';
import { baselineBranchOf, putPlan } from '../../ci/index.js';
import type { HistoryDocument } from '../../history/index.js';

interface PlanFlags extends CiFlags {
  tests?: string[];
  testsFrom?: string;
  listCommand?: string;
  timings?: string[];
  estimator?: Estimator;
  shards?: string;
  target?: string;
  setup?: string;
  maxShards?: string;
  group?: string[];
  order?: string[];
  format?: 'json' | 'matrix' | 'lines' | 'args';
  shard?: string;
  plan?: string;
  out?: string;
  config?: string;
  history?: string;
}

const repeat = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a whole number ≥ 1, got '${value}'`);
  return n;
}

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
    shards: wholeNumber('--shards', flags.shards),
    targetMs: durationFlag('--target', flags.target),
    setupMs: durationFlag('--setup', flags.setup),
    maxShards: wholeNumber('--max-shards', flags.maxShards),
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
  return (
    `tessera plan: ${plan.total} items on ${plan.shards.length} shards; predicted makespan ` +
    `${formatDuration(plan.predictedMakespanMs)} (${ratio}× the lower bound ${formatDuration(plan.lowerBoundMs)}${floor}); ` +
    `${plan.unknownItems} without timing`
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
 * and the `matrix`, `shards` and `plan` outputs.
 */
async function publishPlan(session: CiSession, plan: Plan, path: string): Promise<void> {
  await mkdir(dirname(resolve(session.cwd, path)), { recursive: true });
  await writeFile(resolve(session.cwd, path), formatPlanOutput(plan, 'json'));
  const entry = await putPlan(session.host.artifacts, resolve(session.cwd, path));
  await session.host.setOutput('matrix', formatMatrix(plan).trim());
  await session.host.setOutput('shards', String(plan.shards.length));
  await session.host.setOutput('plan', path);
  session.host.log.info(`plan written to ${path} and stored as artifact ${entry.name}`);
}

async function run(flags: PlanFlags): Promise<void> {
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
    plan = await readPlanFile(flags.plan);
  } else {
    const cwd = process.cwd();
    const { config } = await loadConfig(cwd, flags.config);
    let options = mergePlanOptions(flagOptions(flags), config);
    // `--shard i/N` alone means "plan N shards and give me shard i".
    if (shard && options.shards === undefined && options.targetMs === undefined) {
      options = { ...options, shards: shard.total };
    }
    const historyDoc = session ? await ciHistory(session, flags) : undefined;
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
  if (flags.out !== undefined && flags.out !== '-') await writeFile(flags.out, text);
  else process.stdout.write(text);
  process.exitCode = ExitCode.ok;
}

/** Registers `plan`. */
export function registerPlan(program: Command): void {
  const command = program
    .command('plan')
    .description('Split test files into balanced shards from the durations of earlier runs.')
    .option('--tests <glob>', "test files (repeatable; '!glob' excludes), e.g. 'test/**/*.test.ts'", repeat)
    .option('--tests-from <file>', 'a file with one test path per line, or - for stdin')
    .option('--list-command <cmd>', 'a command that prints one test path per line')
    .option('--timings <glob>', 'result files or shard bundles of earlier runs (repeatable)', repeat)
    .option(
      '--history <file>',
      'a history document: file timings, and the set-up time when --setup is not given',
    )
    .addOption(new Option('--estimator <how>', 'how several samples of a file combine').choices(ESTIMATORS))
    .option('--shards <n>', 'number of shards')
    .option('--target <duration>', 'instead of --shards: the wall time to meet, e.g. 10m')
    .option('--setup <duration>', 'fixed cost of every shard (checkout, install, boot), e.g. 90s')
    .option('--max-shards <n>', 'largest shard count weighed for --target (default 32)')
    .option('--group <glob>', 'files matching this glob stay on one shard (repeatable)', repeat)
    .option('--order <chain>', "'a>b>…': a runs before b, on the same shard (repeatable)", repeat)
    .addOption(
      new Option(
        '--format <format>',
        'json or matrix for the plan; lines, args or json with --shard',
      ).choices(['json', 'matrix', 'lines', 'args']),
    )
    .option('--shard <i/N>', "output only shard i's items")
    .option('--plan <file>', 'read this plan instead of computing one (with --shard or --format)')
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--config <file>', 'configuration file (default: tessera.config.json or .tessera.yml)');
  addCiOptions(command)
    .addHelpText(
      'after',
      '\nKeys of tessera.config.json / .tessera.yml mirror the flags: tests, testsFrom, listCommand, timings,\n' +
        'estimator, shards, target, setup, maxShards, groups, order. Flags win.\n' +
        'With --ci the plan goes to --out (default .tessera/plan.json), the tessera-plan artifact and the\n' +
        "matrix, shards and plan outputs; the baseline branch's history gives the timings.\n" +
        'Exit codes: 0 planned, 2 usage or configuration error.',
    )
    .action(run);
}
