/**
 * Local mode: the whole matrix on one machine. `tessera run --shards N --local -- <command>` plans, runs the
 * N shards' commands as child processes, at most `concurrency` at a time, shows live progress, and then
 * reports over the bundles exactly as the report job of a CI would (`tessera report --from`), with the same
 * outputs, history and verdict options.
 */
import { availableParallelism } from 'node:os';
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { RunInfo } from '../model/index.js';
import type { Plan } from '../plan/plan-document.js';
import { runBundleReport, type BundleReportResult } from '../report/bundle-report.js';
import type { TrendOptions } from '../report/complete-report.js';
import type { FailOn } from '../report/run-report.js';
import type { OutputTargets } from '../report/write-outputs.js';
import type { RenderedTargets, RenderOptions } from '../report/write-rendered.js';
import { MemoryWorkQueue } from '../queue/memory-queue.js';
import { unitsOfPlan } from '../queue/plan-units.js';
import { runWorkers } from '../queue/scheduler.js';
import { batchItems, requeuePolicy, type RequeueSettings } from '../queue/work-source.js';
import { runsPerItem } from './execute.js';
import { createProgressDisplay, type ProgressDisplay } from './progress.js';
import { BailSignal } from './bail.js';
import { QueueWorker, runShard, type RunShardOptions, type ShardRunResult } from './shard.js';
import { prepareRerun, type EarlierResults, type PreparedRerun } from './rerun.js';

/**
 * How the shards of a local run get their items: `queue` (default), every worker takes its next batch from
 * one queue, longest first, so a wrong prediction costs at most a batch; `static`, each shard runs its
 * planned items, as the shard jobs of a CI matrix do.
 */
export type LocalBalance = 'queue' | 'static';

/**
 * What one invocation of a `{files}` command is assumed to cost on top of its tests, for the queue's batch
 * sizes: a typical runner's start (node:test about 0.1 s, Vitest and Jest 0.5–1 s). With `{file}` every
 * file is its own invocation anyway, so batching saves nothing and the overhead is 0.
 */
export const LOCAL_INVOCATION_OVERHEAD_MS = 300;

/** Everything a local run needs; the history, quarantine and regression options go to the report. */
export interface LocalRunOptions extends Omit<TrendOptions, 'failOn'> {
  readonly plan: Plan;
  /** The user's command, as the words after `--`. */
  readonly command: readonly string[];
  readonly cwd: string;
  /** Folder the bundles are written to and the report reads from. */
  readonly out: string;
  readonly results?: string;
  readonly retries: number;
  /**
   * `--bail <n>`: the whole local run stops after `n` failing files (after retries): batches and files
   * already running finish, nothing new starts, and what is left is reported as not run.
   */
  readonly bail?: number;
  readonly timeoutMs?: number;
  /** Credential variables passed to the command on purpose (`--pass-env`). */
  readonly passEnv?: readonly string[];
  /** Shards run at once; defaults to the number of cores. */
  readonly concurrency?: number;
  /** Run-time queue (default) or the plan's fixed shards. */
  readonly balance?: LocalBalance;
  /**
   * With the queue: put a file that still fails after its retries back for a different worker, at most
   * `max` times each and for at most `tolerance` of the items over the run (requeue.ts).
   */
  readonly requeue?: RequeueSettings;
  readonly run: RunInfo;
  /** `--rerun-failed`: the earlier attempt's results; only what failed there runs (docs/rerun.md). */
  readonly earlier?: EarlierResults;
  readonly outputs: OutputTargets;
  /** PR comment markdown, job summary and HTML. */
  readonly rendered?: RenderedTargets;
  readonly render?: RenderOptions;
  /** The run's branch, for the history (`--branch`). */
  readonly branch?: string;
  readonly failOn: FailOn;
  /** Progress and the report summary go here, or to `stderr` when an output is written to stdout (`-`). */
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Redraw progress in place (stdout is a terminal). */
  readonly live: boolean;
  readonly color: boolean;
}

/** What a local run produced. */
export interface LocalRunResult extends BundleReportResult {
  readonly shards: readonly ShardRunResult[];
}

/** Runs `tasks` with at most `limit` in flight, keeping results in task order. */
export async function runPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

/**
 * Removes the bundle folders an earlier local run left in `out`, so the report cannot mix two runs. Only
 * folders named like bundles are touched.
 */
async function clearOldBundles(out: string): Promise<void> {
  const entries = await readdir(out, { withFileTypes: true }).catch(() => []);
  for (const e of entries)
    if (e.isDirectory() && /^tessera-shard-\d+-of-\d+(-attempt-\d+)?$/.test(e.name))
      await rm(join(out, e.name), { recursive: true, force: true });
}

/**
 * The shards as workers of one in-memory queue: `min(N, concurrency)` workers take batches until the queue
 * is empty; every shard writes its bundle, the idle ones empty, so the report sees the whole matrix.
 */
async function runQueued(
  options: LocalRunOptions,
  shardOptions: (index: number) => Omit<RunShardOptions, 'items'>,
  concurrency: number,
  progress: ProgressDisplay,
  bail: BailSignal | undefined,
  rerun: PreparedRerun | undefined,
): Promise<ShardRunResult[]> {
  const total = options.plan.shards.length;
  const active = Math.max(1, Math.min(total, concurrency));
  const overheadMs = runsPerItem(options.command) ? 0 : LOCAL_INVOCATION_OVERHEAD_MS;
  // A re-run attempt queues only the items it runs again; each worker carries its planned shard's others.
  const again = new Set(rerun?.selection.run);
  const units = rerun
    ? unitsOfPlan(options.plan)
        .map((unit) => ({ ...unit, items: unit.items.filter((item) => again.has(item)) }))
        .filter((unit) => unit.items.length > 0)
    : unitsOfPlan(options.plan);
  const requeue = options.requeue ?? { max: 0, tolerance: 0 };
  const items = units.reduce((sum, unit) => sum + unit.items.length, 0);
  const queue = new MemoryWorkQueue(units, active, overheadMs, requeuePolicy(requeue, items));
  const workers = await Promise.all(
    options.plan.shards.map((shard) =>
      QueueWorker.open({
        ...shardOptions(shard.index),
        queueKind: 'local',
        // Bail inside a batch only without requeue: with it, a failure counts once the queue kept it (the
        // batch's end), so a file that passes on another worker never stops the run.
        bailWithinBatch: requeue.max === 0,
        ...(rerun
          ? { rerun: { prepared: rerun, carriedItems: shard.items.filter((item) => !again.has(item)) } }
          : {}),
      }),
    ),
  );
  const ids = Array.from({ length: active }, (_, i) => i + 1);
  for (const id of ids) progress.start(id);
  await runWorkers(
    queue,
    ids,
    (id, batch) =>
      (workers[id - 1] as QueueWorker).runBatch(
        batch.sequence,
        batchItems(batch),
        undefined,
        batch.requeueOf,
      ),
    {
      // One bail signal for every worker: once it trips, none takes another batch.
      stops: () => bail?.tripped !== undefined,
      onCompleted: (id, batch, completion) =>
        (workers[id - 1] as QueueWorker).completed(batch.sequence, completion),
    },
  );
  // After a bail the units no worker took are not run: the worker that bailed names them in its bundle.
  const bailedOn = bail?.tripped?.shard.index;
  const notRun = bailedOn !== undefined ? queue.drain().flatMap((unit) => unit.items) : [];
  return Promise.all(workers.map((worker, i) => worker.close(undefined, i + 1 === bailedOn ? notRun : [])));
}

/** Plays the whole matrix locally and reports. */
export async function runLocal(options: LocalRunOptions): Promise<LocalRunResult> {
  const out = resolve(options.cwd, options.out);
  await clearOldBundles(out);
  const total = options.plan.shards.length;
  const started = performance.now();
  // An output on stdout must stay parseable, so the progress then goes where the summary goes: stderr.
  const toStdout = [...Object.values(options.outputs), ...Object.values(options.rendered ?? {})].includes(
    '-',
  );
  const display = toStdout ? options.stderr : options.stdout;
  const progress = createProgressDisplay({
    stream: display,
    live: options.live,
    total,
    predictedMs: options.plan.predictedMakespanMs,
    elapsed: () => performance.now() - started,
  });
  // One signal for every shard: the first failing file(s) stop the whole local run.
  const bail = options.bail !== undefined ? new BailSignal(options.bail) : undefined;
  const shardOptions = (index: number): Omit<RunShardOptions, 'items'> => ({
    shard: { index, total },
    command: options.command,
    run: options.run,
    out,
    cwd: options.cwd,
    ...(options.results !== undefined ? { results: options.results } : {}),
    retries: options.retries,
    ...(bail ? { bail } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    output: 'log',
    ...(options.passEnv ? { passEnv: options.passEnv } : {}),
    onProgress: (p) => progress.update(p),
  });
  const concurrency = options.concurrency ?? availableParallelism();
  const queued = (options.balance ?? 'queue') === 'queue';
  // One decision over the whole matrix for the queue; each planned shard decides for itself when static.
  const rerun =
    options.earlier && queued
      ? prepareRerun(
          options.earlier,
          options.plan.shards.flatMap((shard) => shard.items),
          options.command,
          runsPerItem(options.command),
          options.run.attempt ?? 1,
        )
      : undefined;
  for (const note of rerun?.notes ?? []) options.stderr.write(`tessera run: ${note}\n`);
  let shards: ShardRunResult[];
  try {
    shards = queued
      ? await runQueued(options, shardOptions, concurrency, progress, bail, rerun)
      : await runPool(
          options.plan.shards.map((shard) => async () => {
            progress.start(shard.index);
            return runShard({
              ...shardOptions(shard.index),
              items: shard.items,
              ...(options.earlier ? { earlier: options.earlier } : {}),
            });
          }),
          concurrency,
        );
  } finally {
    progress.finish();
  }
  display.write('\n');
  for (const s of shards) {
    // The queue's re-run decision was printed once, before the run; a static shard's is its own.
    if (!queued) for (const note of s.notes) options.stderr.write(`tessera run: ${note}\n`);
    for (const w of s.warnings) options.stderr.write(`tessera: warning: ${w}\n`);
    if (s.bundle.infrastructureFailure)
      options.stderr.write(`tessera: ${s.bundle.infrastructureFailure.reason}\n`);
  }
  const report = await runBundleReport({
    from: out,
    plan: options.plan,
    outputs: options.outputs,
    ...(options.rendered ? { rendered: options.rendered } : {}),
    ...(options.render ? { render: options.render } : {}),
    ...(options.history ? { history: options.history } : {}),
    ...(options.historyLoad ? { historyLoad: options.historyLoad } : {}),
    ...(options.quarantine ? { quarantine: options.quarantine } : {}),
    ...(options.regression ? { regression: options.regression } : {}),
    ...(options.branch !== undefined ? { branch: options.branch } : {}),
    failOn: options.failOn,
    allowUnreadable: false,
    cwd: options.cwd,
    stdout: options.stdout,
    stderr: options.stderr,
    color: options.color,
  });
  return { ...report, shards };
}
