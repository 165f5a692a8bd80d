/**
 * Runs one shard end to end: the command on the shard's items, retries of the files that failed, and the
 * shard bundle. Used by `tessera run --shard i/N` (one shard per CI job) and by local mode (all shards on
 * one machine).
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { redactSecrets } from '../command/redact.js';
import { formatDuration } from '../plan/duration.js';
import { foldTests, makeTestCase, type RunInfo, type ShardRef, type TestCase } from '../model/index.js';
import type { BatchOutcome } from '../queue/scheduler.js';
import type { Completion, RequeueOrigin } from '../queue/work-source.js';
import {
  BUNDLE_RESULTS_DIR,
  bundleFolderName,
  bundleTests,
  toBundleTest,
  TOOL,
  writeBundle,
  type FileTiming,
  type QueueBatchRecord,
  type ResultFileEntry,
  type ShardBundle,
  type ShardTry,
} from './bundle.js';
import { SecretMasker } from '../ci/logger.js';
import type { Env } from '../ci/provider.js';
import { appendAll } from '../model/arrays.js';
import { checkItems } from '../plan/item-path.js';
import { testCommandEnvironment } from './child-environment.js';
import { buildCommandLine, executeCommand, runsPerItem, type CommandEnding } from './execute.js';
import { CapturedOutputLog, type OutputLogLimits } from './output-log.js';
import { scrubFolder } from './scrub-folder.js';
import { failingFiles, type BailSignal } from './bail.js';
import {
  askedByName,
  carriedFor,
  combineAttempts,
  invocationTestWords,
  prepareRerun,
  type EarlierResults,
  type NameFilter,
  type PreparedRerun,
} from './rerun.js';
import { moveGlobMatches, readResultsFolder, type InvocationResults } from './results.js';
import {
  foldTries,
  infrastructureFailureTest,
  infrastructureRecoveredTest,
  infrastructureTestId,
  infrastructureTestParts,
  itemsToRetry,
  type InvocationFailure,
} from './retry.js';

/** Counts of a shard's tests so far, for live progress. */
export interface ShardProgress {
  readonly shard: ShardRef;
  readonly state: 'running' | 'done';
  /** The try under way (1 = first run). */
  readonly tryIndex: number;
  readonly passed: number;
  readonly failed: number;
  readonly flaky: number;
  readonly skipped: number;
}

/** Everything one shard run needs. */
export interface RunShardOptions {
  readonly shard: ShardRef;
  /** The shard's planned items, repo-relative. */
  readonly items: readonly string[];
  /** The user's command, as the words after `--`. */
  readonly command: readonly string[];
  readonly run: RunInfo;
  /** Folder the bundle folder is created in (`--out`). */
  readonly out: string;
  /** Working directory of the command, and the root result paths are made relative to. */
  readonly cwd: string;
  /** `--results <glob>`: where the command writes results when it does not use `{results}`. */
  readonly results?: string;
  /** How many times files with failures are re-run. */
  readonly retries: number;
  /**
   * `--bail`: stop after this signal's limit of failing files (after their retries); the files left are
   * recorded as not run. A local run shares one signal between its shards, so they stop together.
   */
  readonly bail?: BailSignal;
  /** Per invocation of the command. */
  readonly timeoutMs?: number;
  /**
   * `inherit`: the command's output goes to the terminal; `log`: to `output.log` in the bundle folder,
   * secrets masked, head and tail kept (output-log.ts).
   */
  readonly output: 'inherit' | 'log';
  /** The size bound of `output.log`; `OUTPUT_LOG_LIMITS` by default. */
  readonly outputLogLimits?: OutputLogLimits;
  /** Credential variables passed to the command on purpose (`--pass-env`); see child-environment.ts. */
  readonly passEnv?: readonly string[];
  /** The environment the command's is made from; `process.env` by default. */
  readonly env?: Env;
  readonly onProgress?: (progress: ShardProgress) => void;
  /** When the CI job started, when known: the bundle's `setupMs` is the time from then to this run's start. */
  readonly jobStartedAt?: Date;
  /**
   * The results of an earlier attempt of this shard: only what failed there runs, the rest is carried
   * forward (rerun.ts, docs/rerun.md).
   */
  readonly earlier?: EarlierResults;
  /** For tests: the clock that stamps `startedAt` and `finishedAt`. */
  readonly now?: () => Date;
}

/** What a shard run produced. */
export interface ShardRunResult {
  readonly bundle: ShardBundle;
  /** The bundle folder (bundle.json, results/, output.log). */
  readonly folder: string;
  /** The command's output, when it went to a file. */
  readonly logFile?: string;
  /** Things to tell the user that did not fail the shard (stale result files). */
  readonly warnings: readonly string[];
  /** What a re-run attempt ran again, one line each. */
  readonly notes: readonly string[];
}

/** Why an invocation's results cannot be trusted, or undefined when they can. */
export function describeInvocationFailure(
  ending: CommandEnding,
  results: InvocationResults,
  tests: readonly TestCase[],
  timeoutMs: number | undefined,
): string | undefined {
  if (ending.spawnError !== undefined) return `could not be started (${ending.spawnError})`;
  if (ending.timedOut)
    return `ran past the ${formatDuration(timeoutMs ?? 0)} timeout (--timeout) and was stopped`;
  if (ending.signal !== undefined) return `was killed by ${ending.signal}`;
  const unreadable = results.unreadable[0];
  if (unreadable) return `wrote a result file that cannot be read: ${unreadable.message}`;
  if (tests.length === 0) {
    return (
      `exited with code ${ending.exitCode} and wrote no test results; have the runner write them to ` +
      `{results} ($TESSERA_RESULTS_DIR), or name them with --results <glob>`
    );
  }
  if (ending.exitCode !== 0 && !tests.some((t) => t.attempts.some((a) => a.status === 'failed')))
    return `exited with code ${ending.exitCode} although no test in its results failed; it may have stopped before running them all`;
  return undefined;
}

/** Tests counted by outcome. */
type OutcomeCounts = Pick<ShardProgress, 'passed' | 'failed' | 'flaky' | 'skipped'>;

/** `base` plus the outcomes of `tests`. */
function addOutcomes(base: OutcomeCounts, tests: readonly TestCase[]): OutcomeCounts {
  const counts = { ...base };
  for (const t of tests) counts[t.outcome] += 1;
  return counts;
}

const NO_OUTCOMES: OutcomeCounts = { passed: 0, failed: 0, flaky: 0, skipped: 0 };

function countOutcomes(
  shard: ShardRef,
  tryIndex: number,
  tests: readonly TestCase[],
  state: ShardProgress['state'],
  base: OutcomeCounts = NO_OUTCOMES,
): ShardProgress {
  return { shard, state, tryIndex, ...addOutcomes(base, tests) };
}

/** The results folder of one item in per-item mode: its position and file name, readable and unique. */
export function itemFolder(position: number, item: string): string {
  const name = item.split('/').pop() ?? item;
  return `${String(position + 1).padStart(3, '0')}-${name.replace(/[^A-Za-z0-9._-]+/g, '_')}`;
}

/** Per-file wall time the runner reported (JUnit testsuite `time`, Jest/Vitest per-file), for planned items. */
function runnerTimings(results: InvocationResults, items: ReadonlySet<string>): FileTiming[] {
  const byFile = new Map<string, number>();
  for (const parsed of results.parsed)
    for (const suite of parsed.suites)
      if (suite.file !== undefined && items.has(suite.file))
        byFile.set(suite.file, (byFile.get(suite.file) ?? 0) + suite.durationMs);
  return [...byFile].map(([path, wallMs]) => ({ path, wallMs: Math.round(wallMs), source: 'runner' }));
}

/** What one invocation of the command left: its ending, tests, result files and, when untrustworthy, why. */
interface InvocationOutcome {
  readonly ending: CommandEnding;
  readonly tests: TestCase[];
  readonly resultFiles: ResultFileEntry[];
  readonly failure?: string;
  readonly warnings: string[];
  /** Per-file wall time: the process's own with `{file}`, else what the runner reported. */
  readonly timings: FileTiming[];
}

/** The fixed parts of a shard run that every invocation shares. */
interface ShardContext {
  readonly options: RunShardOptions;
  readonly cwd: string;
  readonly folder: string;
  readonly logFile?: string;
  readonly perItem: boolean;
  /** The masked, bounded `output.log`, when the output goes to a file. */
  readonly log?: CapturedOutputLog;
  /** The command's inherited environment: Tessera's without its credentials. */
  readonly baseEnv: Readonly<Record<string, string>>;
  /** Every credential value, masked in what the command writes. */
  readonly masker: SecretMasker;
  /** A re-run attempt's failed tests by name, for `{tests}`. */
  readonly nameFilter?: NameFilter;
}

/** Runs the command once (on one item with `{file}`, else on the try's items) and reads what it wrote. */
async function runInvocation(
  context: ShardContext,
  resultsDir: string,
  tryIndex: number,
  position: number,
  items: readonly string[],
): Promise<InvocationOutcome> {
  const { options, cwd, folder, log, perItem } = context;
  const relDir = [
    resultsDir,
    `try-${tryIndex}`,
    ...(perItem ? [itemFolder(position, items[0] as string)] : []),
  ].join('/');
  const dir = join(folder, relDir);
  await mkdir(dir, { recursive: true });
  const since = Date.now();
  const ending = await executeCommand({
    commandLine: buildCommandLine(
      options.command,
      items,
      dir,
      undefined,
      invocationTestWords(context.nameFilter, items),
    ),
    cwd,
    baseEnv: context.baseEnv,
    env: {
      TESSERA_RESULTS_DIR: dir,
      TESSERA_SHARD_INDEX: String(options.shard.index),
      TESSERA_SHARD_TOTAL: String(options.shard.total),
      TESSERA_TRY: String(tryIndex),
    },
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    output: log ? { kind: 'sink', sink: log } : { kind: 'inherit' },
  });
  const warnings =
    options.results === undefined
      ? []
      : await moveGlobMatches({ pattern: options.results, cwd, exclude: [options.out] }, dir, since);
  const read = await readResultsFolder(dir, cwd);
  const resultFiles = read.parsed.map((p) => ({
    path: `${relDir}/${relative(dir, p.source).split(sep).join('/')}`,
    format: p.format,
    tests: p.tests.length,
  }));
  // One process per file: every test it reported belongs to that file, whatever the runner wrote.
  const file = items[0] as string;
  const tests = read.parsed.flatMap((p) =>
    perItem ? p.tests.map((t) => (t.file === file ? t : makeTestCase({ ...t, file }))) : p.tests,
  );
  const failure = describeInvocationFailure(ending, read, tests, options.timeoutMs);
  const timings = perItem
    ? failure === undefined
      ? [{ path: file, wallMs: Math.round(ending.wallMs), source: 'process' as const }]
      : []
    : runnerTimings(read, new Set(items));
  return { ending, tests, resultFiles, warnings, timings, ...(failure !== undefined ? { failure } : {}) };
}

/**
 * What running some items (a whole shard, or one batch of the queue) left: its tries, tests, timings and the
 * command failures no retry recovered. A shard's bundle is made of one or more of these.
 */
interface ItemsRun {
  readonly tries: ShardTry[];
  /** The tests, folded across tries (each test once, with every attempt). */
  readonly tests: TestCase[];
  readonly files: FileTiming[];
  /** Reasons of command failures not recovered by a retry. */
  readonly openFailures: string[];
  readonly warnings: string[];
}

/**
 * Runs `items`, then re-runs the files with failures up to `retries` times. Result files go under
 * `<bundle>/<resultsDir>/try-<k>/`; `onTests` sees every try's tests so far, for live progress.
 */
async function runItems(
  context: ShardContext,
  items: readonly string[],
  resultsDir: string,
  onTests: (tryIndex: number, triesTests: readonly TestCase[][]) => void,
  firstPosition = 0,
): Promise<ItemsRun> {
  const { options, logFile } = context;
  const { shard } = options;
  const warnings: string[] = [];
  const tries: ShardTry[] = [];
  const triesTests: TestCase[][] = [];
  const files: FileTiming[] = [];
  // Stand-in tests of command failures not yet recovered by a retry, by id, with their reasons.
  const openFailures = new Map<string, string>();

  let tryItems: readonly string[] = items;
  for (let tryIndex = 1; tryItems.length > 0 && tryIndex <= options.retries + 1; tryIndex++) {
    const tryTests: TestCase[] = (triesTests[tryIndex - 1] = []);
    if (tryIndex > 1) onTests(tryIndex, triesTests);
    const failures: InvocationFailure[] = [];
    const resultFiles: ResultFileEntry[] = [];
    const endings: CommandEnding[] = [];
    const invocations = context.perItem ? tryItems.map((item) => [item]) : [tryItems];
    for (const [position, invocationItems] of invocations.entries()) {
      const outcome = await runInvocation(
        context,
        resultsDir,
        tryIndex,
        firstPosition + position,
        invocationItems,
      );
      const parts = infrastructureTestParts(
        context.perItem ? { file: invocationItems[0] as string } : { shard: `${shard.index}/${shard.total}` },
      );
      const partsId = infrastructureTestId(parts);
      if (outcome.failure !== undefined) {
        const where = context.perItem
          ? `for ${invocationItems[0]}`
          : `of shard ${shard.index}/${shard.total}`;
        const reason =
          `The test command ${where} (try ${tryIndex}) ${outcome.failure}.` +
          (logFile ? ` Its output is in ${logFile}.` : '');
        outcome.tests.push(infrastructureFailureTest(parts, reason, outcome.ending.wallMs));
        failures.push({ items: invocationItems, reason });
        openFailures.set(partsId, reason);
      } else if (openFailures.has(partsId)) {
        outcome.tests.push(infrastructureRecoveredTest(parts, outcome.ending.wallMs));
        openFailures.delete(partsId);
      }
      appendAll(tryTests, outcome.tests);
      appendAll(resultFiles, outcome.resultFiles);
      appendAll(warnings, outcome.warnings);
      endings.push(outcome.ending);
      // The first try runs every item: its times are the ones to plan with.
      if (tryIndex === 1) appendAll(files, outcome.timings);
      onTests(tryIndex, triesTests);
    }
    tries.push(summarizeTry(tryIndex, tryItems, endings, resultFiles, failures));
    tryItems = itemsToRetry(tryItems, tryTests, failures);
  }
  return { tries, tests: foldTries(triesTests), files, openFailures: [...openFailures.values()], warnings };
}

/** The bundle folder of a shard: `<out>/tessera-shard-<i>-of-<N>[-attempt-<a>]`. */
export function shardFolder(options: Pick<RunShardOptions, 'cwd' | 'out' | 'shard' | 'run'>): string {
  return resolve(options.cwd, options.out, bundleFolderName(options.shard, options.run.attempt));
}

/**
 * Creates (empty) the bundle folder of a shard and the context its invocations share. `keep` leaves what the
 * folder holds: the batches an earlier invocation of the same worker ran (the in-pipeline queue).
 * `nameFilter` is a re-run attempt's failed tests by name, for `{tests}`.
 */
async function openShard(
  options: RunShardOptions,
  keep = false,
  nameFilter?: NameFilter,
): Promise<ShardContext> {
  const cwd = resolve(options.cwd);
  const folder = shardFolder(options);
  if (!keep) await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const logFile = options.output === 'log' ? join(folder, 'output.log') : undefined;
  // The command never sees Tessera's credentials; what it writes is masked for every one of them.
  const environment = testCommandEnvironment(options.env ?? process.env, options.passEnv);
  const masker = new SecretMasker();
  for (const secret of environment.secrets) masker.add(secret);
  const log = logFile ? new CapturedOutputLog(logFile, masker, options.outputLogLimits) : undefined;
  return {
    options,
    cwd,
    folder,
    perItem: runsPerItem(options.command),
    baseEnv: environment.env,
    masker,
    ...(logFile ? { logFile } : {}),
    ...(log ? { log } : {}),
    ...(nameFilter ? { nameFilter } : {}),
  };
}

/** What goes into a bundle besides the run's facts: the shard's items and what running them left. */
interface ShardOutcome {
  readonly items: readonly string[];
  readonly runs: readonly ItemsRun[];
  readonly startedAt: Date;
  readonly wallMs: number;
  readonly queue?: ShardBundle['queue'];
  readonly bailed?: ShardBundle['bailed'];
  /** Whether a failure fails the shard, when not every failed test does (a requeued item's first attempt). */
  readonly failing?: boolean;
  /** A re-run attempt: what it decided, and which of the items it carries forward instead of running. */
  readonly rerun?: { readonly prepared: PreparedRerun; readonly carriedItems: ReadonlySet<string> };
}

/** Writes the bundle of a shard whose items ran as one or more item runs. */
async function closeShard(context: ShardContext, outcome: ShardOutcome): Promise<ShardRunResult> {
  const { options, folder, logFile } = context;
  const now = options.now ?? (() => new Date());
  const tests: TestCase[] = [];
  const tries: ShardTry[] = [];
  const files: FileTiming[] = [];
  const openFailures: string[] = [];
  const warnings: string[] = [];
  const ran: string[] = [];
  for (const run of outcome.runs) {
    appendAll(ran, run.tries[0]?.items ?? []);
    appendAll(tests, run.tests);
    appendAll(tries, run.tries);
    appendAll(files, run.files);
    appendAll(openFailures, run.openFailures);
    appendAll(warnings, run.warnings);
  }
  // A re-run attempt's earlier results come first, each marked with the attempt it comes from.
  const carried = outcome.rerun
    ? carriedFor(outcome.rerun.prepared, outcome.rerun.carriedItems, new Set(ran), tests)
    : [];
  // A worker that ran a requeued unit again itself has its tests twice: each test once, every attempt.
  const combined = combineAttempts(carried, foldTests(tests));
  const bundle: ShardBundle = {
    version: 1,
    tool: TOOL,
    run: options.run,
    shard: options.shard,
    items: [...outcome.items],
    command: redactSecrets(options.command, process.env),
    startedAt: outcome.startedAt.toISOString(),
    finishedAt: now().toISOString(),
    wallMs: Math.round(outcome.wallMs),
    ...setupOf(options.jobStartedAt, outcome.startedAt),
    // A shard that bailed left files not run: it failed, whatever the tests it ran say.
    exitCode:
      (outcome.failing ?? combined.tests.some((t) => t.outcome === 'failed')) || outcome.bailed ? 1 : 0,
    ...(openFailures.length > 0 ? { infrastructureFailure: { reason: openFailures.join(' ') } } : {}),
    tries,
    files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    tests: combined.tests.map((t) => {
      const from = combined.carriedFrom.get(t.id);
      return from === undefined ? toBundleTest(t) : { ...toBundleTest(t), carriedFrom: from };
    }),
    ...(outcome.queue ? { queue: outcome.queue } : {}),
    ...(outcome.bailed ? { bailed: outcome.bailed } : {}),
    ...(outcome.rerun
      ? {
          rerun: {
            fromAttempt: outcome.rerun.prepared.selection.fromAttempt,
            source: outcome.rerun.prepared.earlier.source,
            items: ran,
            byName: askedByName(outcome.rerun.prepared, ran),
          },
        }
      : {}),
  };
  // Raw result files and the bundle hold what tests printed: no credential value leaves in them.
  context.log?.close();
  await scrubFolder(folder, context.masker, logFile);
  await writeBundle(folder, bundle, (text) => context.masker.scrub(text));
  return {
    bundle,
    folder,
    ...(logFile ? { logFile } : {}),
    warnings,
    notes: outcome.rerun?.prepared.notes ?? [],
  };
}

/**
 * Runs the shard and writes its bundle into `<out>/tessera-shard-<i>-of-<N>[-attempt-<a>]/`, replacing a
 * bundle folder of the same name. A shard with no items runs nothing and still writes a bundle, so `report`
 * can tell "empty by plan" from "missing". Never throws for a failing or dying command: that is recorded in
 * the bundle (and its exit code), which is what the shard job must upload.
 */
export async function runShard(options: RunShardOptions): Promise<ShardRunResult> {
  // The last guard before the items become arguments, whatever they came from.
  checkItems(options.items, `shard ${options.shard.index}/${options.shard.total}`);
  const perItem = runsPerItem(options.command);
  const prepared = options.earlier
    ? prepareRerun(options.earlier, options.items, options.command, perItem, options.run.attempt ?? 1)
    : undefined;
  const toRun = prepared ? prepared.selection.run : options.items;
  const context = await openShard(options, false, prepared?.nameFilter);
  const startedAt = (options.now ?? (() => new Date()))();
  const started = performance.now();
  let lastTry = 1;
  let stepped: SteppedRun;
  try {
    stepped = await runSteps(context, toRun, BUNDLE_RESULTS_DIR, NO_OUTCOMES, (tryIndex, counts) => {
      lastTry = Math.max(lastTry, tryIndex);
      options.onProgress?.({ shard: options.shard, state: 'running', tryIndex, ...counts });
    });
  } catch (error) {
    context.log?.close();
    throw error;
  }
  const point = options.bail?.tripped;
  const result = await closeShard(context, {
    items: options.items,
    runs: stepped.runs,
    startedAt,
    wallMs: performance.now() - started,
    ...(point && stepped.notRun.length > 0 ? { bailed: { after: point.file, notRun: stepped.notRun } } : {}),
    ...(prepared ? { rerun: { prepared, carriedItems: itemsNotIn(options.items, toRun) } } : {}),
  });
  options.onProgress?.(
    countOutcomes(
      options.shard,
      lastTry,
      stepped.runs.flatMap((r) => r.tests),
      'done',
    ),
  );
  return result;
}

/** What running items in steps left: the runs of the steps that ran, and the items a bail left unrun. */
interface SteppedRun {
  readonly runs: ItemsRun[];
  readonly notRun: string[];
}

/**
 * Runs `items` with their retries. Without `--bail` (or with a `{files}` command, one invocation that bail
 * cannot cut short) that is one item run; with `--bail` and `{file}`, each file is a step run with its
 * retries before the next, and the steps stop once the bail signal trips (here or on another shard sharing
 * it). `onCounts` sees the tests so far by outcome, `done` (earlier batches') included; counts, not lists,
 * so a shard of many one-file steps does not copy every test it ran so far at every step.
 */
async function runSteps(
  context: ShardContext,
  items: readonly string[],
  resultsDir: string,
  done: OutcomeCounts,
  onCounts: (tryIndex: number, counts: OutcomeCounts) => void,
): Promise<SteppedRun> {
  const { bail, shard } = context.options;
  const steps = bail && context.perItem ? items.map((item) => [item]) : [items];
  const runs: ItemsRun[] = [];
  let counts = done;
  let ran = 0;
  for (const step of steps) {
    if (bail?.tripped) break;
    const base = counts;
    const run = await runItems(
      context,
      step,
      resultsDir,
      (tryIndex, triesTests) => onCounts(tryIndex, addOutcomes(base, foldTries(triesTests))),
      ran,
    );
    ran += step.length;
    runs.push(run);
    counts = addOutcomes(counts, run.tests);
    bail?.record(failingFiles(step, run.tests, run.openFailures), shard);
  }
  return { runs, notRun: items.slice(ran) };
}

/** The items of `items` that are not in `run`: what a re-run attempt carries forward. */
function itemsNotIn(items: readonly string[], run: readonly string[]): Set<string> {
  const again = new Set(run);
  return new Set(items.filter((item) => !again.has(item)));
}

/** A worker of run-time balancing: the shard it reports as, and the batches it took. */
export interface QueueWorkerOptions extends Omit<RunShardOptions, 'items'> {
  /** Which queue the batches come from, for the bundle (`local`, or the queue's kind across CI jobs). */
  readonly queueKind: string;
  /**
   * With `--bail` and `{file}`: stop inside a batch after a failing file, its other files not run. Local mode
   * without requeue only, where the whole run stops anyway; a worker across CI jobs finishes the batch it
   * leased, and with requeue a failure counts only once the queue did not put it back (`completed`).
   */
  readonly bailWithinBatch?: boolean;
  /**
   * A re-run attempt of the whole matrix (`run --local --rerun-failed`): the decision over every item, and
   * the items this worker's bundle carries forward (its planned shard's items not run again).
   */
  readonly rerun?: { readonly prepared: PreparedRerun; readonly carriedItems: readonly string[] };
}

/** The options without `--bail`: a batch run whole, its failing files counted after it. */
function withoutBail(options: RunShardOptions): RunShardOptions {
  const { bail: _bail, ...rest } = options;
  return rest;
}

/** What a bundle written earlier holds, as one item run (its tests read back from the bundle). */
function bundleRun(bundle: ShardBundle): ItemsRun {
  return {
    tries: [...bundle.tries],
    tests: bundleTests(bundle),
    files: [...bundle.files],
    openFailures: bundle.infrastructureFailure ? [bundle.infrastructureFailure.reason] : [],
    warnings: [],
  };
}

/**
 * One worker of run-time balancing. It reports as the shard `options.shard` (worker i of N writes the bundle
 * of shard i/N), runs every batch it is handed with its retries, and writes its bundle once the source is
 * drained: the items are the ones it ran, in order, and `queue` says which batches, when.
 */
export class QueueWorker {
  private readonly ran: { readonly runs: readonly ItemsRun[]; record: QueueBatchRecord }[] = [];
  /** Items of this worker's batches that a bail left unrun (local mode only: `bailWithinBatch`). */
  private readonly leftInBatches: string[] = [];
  private readonly doneTests: TestCase[] = [];
  /**
   * The failing files of each batch run with the bail counted at the batch's end, waiting for the queue's
   * answer (`completed`): a file the queue requeues has not failed for good yet, so it does not count.
   */
  private readonly failingByBatch = new Map<number, string[]>();
  private lastTry = 1;

  private constructor(
    private readonly context: ShardContext,
    private readonly options: QueueWorkerOptions,
    private readonly startedAt: Date,
    private readonly started: number,
    private readonly previous?: ShardBundle,
  ) {
    if (previous) appendAll(this.doneTests, bundleTests(previous));
  }

  /**
   * Opens the worker's bundle folder, replacing an earlier one of the same name; or, given the `previous`
   * bundle this worker wrote there (the in-pipeline queue runs one process per batch), adds to it: the
   * batches it holds stay, their times counted from its start.
   */
  static async open(options: QueueWorkerOptions, previous?: ShardBundle): Promise<QueueWorker> {
    const context = await openShard(
      { ...options, items: [] },
      previous !== undefined,
      options.rerun?.prepared.nameFilter,
    );
    const now = (options.now ?? (() => new Date()))();
    if (!previous) return new QueueWorker(context, options, now, performance.now());
    const startedAt = new Date(previous.startedAt);
    const since = Math.max(0, now.getTime() - startedAt.getTime());
    return new QueueWorker(context, options, startedAt, performance.now() - since, previous);
  }

  /** The batches this worker ran, the ones of its previous bundle included. */
  get batches(): readonly number[] {
    return [
      ...(this.previous?.queue?.batches ?? []).map((b) => b.sequence),
      ...this.ran.map(({ record }) => record.sequence),
    ];
  }

  /**
   * Runs one batch (with its retries). Its results go under `results/batch-<sequence>/`. `takenOverFrom`
   * names the worker that held the batch before its lease expired; `requeueOf`, the batch whose worker
   * failed this unit and requeued it. Returns the items whose tests still failed, for the queue.
   */
  async runBatch(
    sequence: number,
    items: readonly string[],
    takenOverFrom?: number,
    requeueOf?: RequeueOrigin,
  ): Promise<BatchOutcome> {
    checkItems(items, `batch ${sequence} of shard ${this.options.shard.index}/${this.options.shard.total}`);
    const startMs = performance.now() - this.started;
    // Across CI jobs a batch is leased whole: a bailing worker finishes it, so nothing it holds is lost.
    const context = this.options.bailWithinBatch
      ? this.context
      : { ...this.context, options: withoutBail(this.context.options) };
    const stepped = await runSteps(
      context,
      items,
      `${BUNDLE_RESULTS_DIR}/batch-${sequence}`,
      addOutcomes(NO_OUTCOMES, this.doneTests),
      (tryIndex, counts) => {
        this.lastTry = Math.max(this.lastTry, tryIndex);
        this.options.onProgress?.({
          shard: this.options.shard,
          state: 'running',
          tryIndex: this.lastTry,
          ...counts,
        });
      },
    );
    const ranItems = items.slice(0, items.length - stepped.notRun.length);
    appendAll(this.leftInBatches, stepped.notRun);
    const tests: TestCase[] = [];
    const failing: string[] = [];
    for (const run of stepped.runs) {
      appendAll(this.doneTests, run.tests);
      appendAll(tests, run.tests);
      if (!this.options.bailWithinBatch)
        appendAll(failing, failingFiles(ranItems, run.tests, run.openFailures));
    }
    if (this.options.bail && failing.length > 0) this.failingByBatch.set(sequence, failing);
    if (ranItems.length === 0) return { failedItems: [] };
    const failed = failedItems(ranItems, tests);
    this.ran.push({
      runs: stepped.runs,
      record: {
        sequence,
        items: ranItems,
        startMs: Math.round(startMs),
        wallMs: Math.round(performance.now() - this.started - startMs),
        ...(takenOverFrom !== undefined ? { takenOverFrom } : {}),
        ...(failed.length > 0 ? { failed } : {}),
        ...(requeueOf ? { requeueOf: { ...requeueOf } } : {}),
      },
    });
    return { failedItems: failed };
  }

  /**
   * The queue's answer for a finished batch: the items it put back for another worker. Only now does the
   * bail count the batch's failing files: not the requeued ones (the worker that runs them next counts them
   * if they fail there too), and none of a batch another worker took over (its run is the one that counts).
   */
  completed(sequence: number, completion: Completion): void {
    const entry = this.ran.find(({ record }) => record.sequence === sequence);
    if (entry && completion.requeued.length > 0)
      entry.record = { ...entry.record, requeued: [...completion.requeued] };
    const failing = this.failingByBatch.get(sequence);
    this.failingByBatch.delete(sequence);
    if (!failing || !completion.counted) return;
    const handedOn = new Set(completion.requeued);
    this.options.bail?.record(
      failing.filter((file) => !handedOn.has(file)),
      this.options.shard,
    );
  }

  /** Whether the bail limit was reached (by this worker, or by another sharing the signal): take no more. */
  get bailed(): boolean {
    return this.options.bail?.tripped !== undefined;
  }

  /**
   * Writes the bundle: every batch this worker ran (none is a valid, empty shard), except the `superseded`
   * ones, which another worker took over and ran too: the other's run is the one that counts. `notRun`: the
   * queue's units this worker leaves unrun because the run bailed (the last worker to bail records them).
   */
  async close(
    superseded: ReadonlySet<number> = new Set(),
    notRun: readonly string[] = [],
  ): Promise<ShardRunResult> {
    const kept = this.ran.filter(({ record }) => !superseded.has(record.sequence));
    const earlier = this.previous;
    const earlierRun = earlier ? bundleRun(earlier) : undefined;
    const point = this.options.bail?.tripped;
    const left = [...this.leftInBatches, ...notRun];
    const rerun = this.options.rerun;
    const result = await closeShard(this.context, {
      items: [
        ...(earlier?.items ?? []),
        ...kept.flatMap(({ record }) => record.items),
        ...(rerun?.carriedItems ?? []),
      ],
      runs: [...(earlierRun ? [earlierRun] : []), ...kept.flatMap(({ runs }) => runs)],
      startedAt: this.startedAt,
      wallMs: performance.now() - this.started,
      queue: {
        kind: this.options.queueKind,
        batches: [...(earlier?.queue?.batches ?? []), ...kept.map(({ record }) => record)],
      },
      ...(point && left.length > 0 ? { bailed: { after: point.file, notRun: left } } : {}),
      // A requeued item's failure here is its first attempt: the worker that runs it next decides.
      failing:
        (earlierRun?.tests.some((t) => t.outcome === 'failed') ?? false) ||
        kept.some(({ runs, record }) => {
          const handedOn = new Set(record.requeued ?? []);
          return runs.some((run) =>
            run.tests.some((t) => t.outcome === 'failed' && (t.file === undefined || !handedOn.has(t.file))),
          );
        }),
      ...(rerun ? { rerun: { prepared: rerun.prepared, carriedItems: new Set(rerun.carriedItems) } } : {}),
    });
    this.progress(this.doneTests, 'done');
    return result;
  }

  private progress(tests: readonly TestCase[], state: ShardProgress['state']): void {
    this.options.onProgress?.(countOutcomes(this.options.shard, this.lastTry, tests, state));
  }
}

/**
 * The items of a batch whose tests still failed after its retries: a failed test pinned on one of them, or
 * the stand-in of a file whose own process died. A failure pinned on no item (the whole batch's command
 * died) names none: another worker could not tell it apart from its own run.
 */
export function failedItems(items: readonly string[], tests: readonly TestCase[]): string[] {
  const failed = new Set<string>();
  for (const t of tests) if (t.outcome === 'failed' && t.file !== undefined) failed.add(t.file);
  return items.filter((item) => failed.has(item));
}

/**
 * The set-up time from the job's start to the tests' start. A start in the future (clock skew between the CI
 * and this machine) or one more than a day ago (a wrong variable) says nothing reliable, so none is recorded.
 */
export function setupOf(jobStartedAt: Date | undefined, startedAt: Date): { setupMs?: number } {
  if (jobStartedAt === undefined) return {};
  const setupMs = startedAt.getTime() - jobStartedAt.getTime();
  return setupMs >= 0 && setupMs <= 86_400_000 ? { setupMs } : {};
}

/** One try as the bundle records it: the first failing exit code or signal, and the summed wall time. */
function summarizeTry(
  index: number,
  items: readonly string[],
  endings: readonly CommandEnding[],
  resultFiles: readonly ResultFileEntry[],
  failures: readonly InvocationFailure[],
): ShardTry {
  const failing = endings.find((e) => e.exitCode !== 0);
  const signal = endings.find((e) => e.signal !== undefined)?.signal;
  return {
    index,
    items: [...items],
    exitCode: failing ? failing.exitCode : 0,
    ...(signal !== undefined ? { signal } : {}),
    timedOut: endings.some((e) => e.timedOut),
    wallMs: Math.round(endings.reduce((sum, e) => sum + e.wallMs, 0)),
    resultFiles: [...resultFiles],
    ...(failures.length > 0 ? { infrastructureFailure: failures.map((f) => f.reason).join(' ') } : {}),
  };
}
