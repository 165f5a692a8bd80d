/**
 * Runs one shard end to end: the command on the shard's items, retries of the files that failed, and the
 * shard bundle. Used by `tessera run --shard i/N` (one shard per CI job) and by local mode (all shards on
 * one machine).
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { redactSecrets } from '../command/redact.js';
import { formatDuration } from '../plan/duration.js';
import { makeTestCase, type RunInfo, type ShardRef, type TestCase } from '../model/index.js';
import {
  BUNDLE_RESULTS_DIR,
  bundleFolderName,
  toBundleTest,
  TOOL,
  writeBundle,
  type FileTiming,
  type ResultFileEntry,
  type ShardBundle,
  type ShardTry,
} from './bundle.js';
import { buildCommandLine, executeCommand, runsPerItem, type CommandEnding } from './execute.js';
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
  /** Per invocation of the command. */
  readonly timeoutMs?: number;
  /** `inherit`: the command's output goes to the terminal; `log`: to `output.log` in the bundle folder. */
  readonly output: 'inherit' | 'log';
  readonly onProgress?: (progress: ShardProgress) => void;
  /** When the CI job started, when known: the bundle's `setupMs` is the time from then to this run's start. */
  readonly jobStartedAt?: Date;
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

function countOutcomes(
  shard: ShardRef,
  tryIndex: number,
  tests: readonly TestCase[],
  state: ShardProgress['state'],
): ShardProgress {
  const progress = { shard, state, tryIndex, passed: 0, failed: 0, flaky: 0, skipped: 0 };
  for (const t of tests) progress[t.outcome] += 1;
  return progress;
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
}

/** Runs the command once (on one item with `{file}`, else on the try's items) and reads what it wrote. */
async function runInvocation(
  context: ShardContext,
  tryIndex: number,
  position: number,
  items: readonly string[],
): Promise<InvocationOutcome> {
  const { options, cwd, folder, logFile, perItem } = context;
  const relDir = [
    BUNDLE_RESULTS_DIR,
    `try-${tryIndex}`,
    ...(perItem ? [itemFolder(position, items[0] as string)] : []),
  ].join('/');
  const dir = join(folder, relDir);
  await mkdir(dir, { recursive: true });
  const since = Date.now();
  const ending = await executeCommand({
    commandLine: buildCommandLine(options.command, items, dir),
    cwd,
    env: {
      TESSERA_RESULTS_DIR: dir,
      TESSERA_SHARD_INDEX: String(options.shard.index),
      TESSERA_SHARD_TOTAL: String(options.shard.total),
      TESSERA_TRY: String(tryIndex),
    },
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    output: logFile ? { kind: 'file', path: logFile } : { kind: 'inherit' },
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
 * Runs the shard and writes its bundle into `<out>/tessera-shard-<i>-of-<N>[-attempt-<a>]/`, replacing a
 * bundle folder of the same name. A shard with no items runs nothing and still writes a bundle, so `report`
 * can tell "empty by plan" from "missing". Never throws for a failing or dying command: that is recorded in
 * the bundle (and its exit code), which is what the shard job must upload.
 */
export async function runShard(options: RunShardOptions): Promise<ShardRunResult> {
  const now = options.now ?? (() => new Date());
  const { shard } = options;
  const cwd = resolve(options.cwd);
  const folder = resolve(cwd, options.out, bundleFolderName(shard, options.run.attempt));
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const logFile = options.output === 'log' ? join(folder, 'output.log') : undefined;
  const context: ShardContext = {
    options,
    cwd,
    folder,
    perItem: runsPerItem(options.command),
    ...(logFile ? { logFile } : {}),
  };
  const startedAt = now();
  const started = performance.now();
  const warnings: string[] = [];
  const tries: ShardTry[] = [];
  const triesTests: TestCase[][] = [];
  const files: FileTiming[] = [];
  // Stand-in tests of command failures not yet recovered by a retry, by id, with their reasons.
  const openFailures = new Map<string, string>();
  const progress = (tryIndex: number, state: ShardProgress['state']): void =>
    options.onProgress?.(countOutcomes(shard, tryIndex, foldTries(triesTests), state));

  let tryItems: readonly string[] = options.items;
  for (let tryIndex = 1; tryItems.length > 0 && tryIndex <= options.retries + 1; tryIndex++) {
    const tryTests: TestCase[] = (triesTests[tryIndex - 1] = []);
    if (tryIndex > 1) progress(tryIndex, 'running');
    const failures: InvocationFailure[] = [];
    const resultFiles: ResultFileEntry[] = [];
    const endings: CommandEnding[] = [];
    const invocations = context.perItem ? tryItems.map((item) => [item]) : [tryItems];
    for (const [position, items] of invocations.entries()) {
      const outcome = await runInvocation(context, tryIndex, position, items);
      const parts = infrastructureTestParts(
        context.perItem ? { file: items[0] as string } : { shard: `${shard.index}/${shard.total}` },
      );
      const partsId = infrastructureTestId(parts);
      if (outcome.failure !== undefined) {
        const where = context.perItem ? `for ${items[0]}` : `of shard ${shard.index}/${shard.total}`;
        const reason =
          `The test command ${where} (try ${tryIndex}) ${outcome.failure}.` +
          (logFile ? ` Its output is in ${logFile}.` : '');
        outcome.tests.push(infrastructureFailureTest(parts, reason, outcome.ending.wallMs));
        failures.push({ items, reason });
        openFailures.set(partsId, reason);
      } else if (openFailures.has(partsId)) {
        outcome.tests.push(infrastructureRecoveredTest(parts, outcome.ending.wallMs));
        openFailures.delete(partsId);
      }
      tryTests.push(...outcome.tests);
      resultFiles.push(...outcome.resultFiles);
      warnings.push(...outcome.warnings);
      endings.push(outcome.ending);
      // The first try runs every item: its times are the ones to plan with.
      if (tryIndex === 1) files.push(...outcome.timings);
      progress(tryIndex, 'running');
    }
    tries.push(summarizeTry(tryIndex, tryItems, endings, resultFiles, failures));
    tryItems = itemsToRetry(tryItems, tryTests, failures);
  }

  const tests = foldTries(triesTests);
  const bundle: ShardBundle = {
    version: 1,
    tool: TOOL,
    run: options.run,
    shard,
    items: [...options.items],
    command: redactSecrets(options.command, process.env),
    startedAt: startedAt.toISOString(),
    finishedAt: now().toISOString(),
    wallMs: Math.round(performance.now() - started),
    ...setupOf(options.jobStartedAt, startedAt),
    exitCode: tests.some((t) => t.outcome === 'failed') ? 1 : 0,
    ...(openFailures.size > 0
      ? { infrastructureFailure: { reason: [...openFailures.values()].join(' ') } }
      : {}),
    tries,
    files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    tests: tests.map(toBundleTest),
  };
  await writeBundle(folder, bundle);
  progress(tries.length, 'done');
  return { bundle, folder, ...(logFile ? { logFile } : {}), warnings };
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
