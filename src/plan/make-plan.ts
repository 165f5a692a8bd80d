/**
 * The plan use case with its I/O: resolve options (flags over the config file), gather items and timings
 * from disk, stat the files for size-based estimates, and build the plan. Shared by `tessera plan` and by
 * `tessera run` when it plans for itself.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TesseraConfig } from '../config/schema.js';
import { buildPlan, type PlanInput } from './build.js';
import type { Constraints, GroupSpec, OrderChain } from './constraints.js';
import type { Estimator } from './estimate.js';
import { DEFAULT_SPREAD_Z } from './spread.js';
import { collectItems } from './items.js';
import type { HistoryDocument } from '../history/index.js';
import type { HistoryInputs } from './load-history.js';
import type { LoadedTimings } from './load-timings.js';
import type { Plan } from './plan-document.js';
import type { SkipOptions } from '../skip/skip-plan.js';

/** Everything `plan` needs, after flags and config are merged. Durations in milliseconds. */
export interface PlanOptions {
  readonly tests?: readonly string[];
  readonly testsFrom?: string;
  readonly listCommand?: string;
  readonly timings?: readonly string[];
  readonly estimator?: Estimator;
  /** Balance each shard's run-to-run spread as well as its mean (src/plan/spread.ts). */
  readonly robust?: boolean;
  readonly shards?: number;
  readonly targetMs?: number;
  readonly setupMs?: number;
  readonly maxShards?: number;
  readonly groups?: readonly GroupSpec[];
  readonly order?: readonly OrderChain[];
  /** A history document (gzipped or plain JSON) to take file timings and the set-up time from. */
  readonly history?: string;
  /** `--skip-unchanged`: plan only the files whose content key did not pass before. */
  readonly skip?: SkipOptions;
}

const list = (value: string | readonly string[] | undefined): readonly string[] | undefined =>
  value === undefined ? undefined : typeof value === 'string' ? [value] : value;

/**
 * Flags over the config file. Related keys move together: any item flag replaces all of the config's item
 * keys, and `--shards` or `--target` replaces the config's choice of shard count, so a flag never mixes
 * with a half-overridden config.
 */
export function mergePlanOptions(flags: PlanOptions, config: TesseraConfig): PlanOptions {
  const flagItems =
    flags.tests !== undefined || flags.testsFrom !== undefined || flags.listCommand !== undefined;
  const items = flagItems
    ? { tests: flags.tests, testsFrom: flags.testsFrom, listCommand: flags.listCommand }
    : { tests: list(config.tests), testsFrom: config.testsFrom, listCommand: config.listCommand };
  const flagCount = flags.shards !== undefined || flags.targetMs !== undefined;
  const count = flagCount
    ? { shards: flags.shards, targetMs: flags.targetMs }
    : { shards: config.shards, targetMs: config.target };
  const merged: PlanOptions = {
    ...items,
    ...count,
    timings: flags.timings ?? list(config.timings),
    estimator: flags.estimator ?? (config.estimator as Estimator | undefined),
    robust: flags.robust ?? config.robust,
    setupMs: flags.setupMs ?? config.setup,
    maxShards: flags.maxShards ?? config.maxShards,
    groups: [...(config.groups ?? []), ...(flags.groups ?? [])],
    order: [...(config.order ?? []), ...(flags.order ?? [])],
    history: flags.history,
  };
  // Drop undefined keys so the object reads cleanly in errors and tests.
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as PlanOptions;
}

/** Sizes of the items that exist on disk (missing ones are simply absent). */
async function fileSizes(items: readonly string[], cwd: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const BATCH = 256;
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const stats = await Promise.allSettled(batch.map((item) => stat(join(cwd, item))));
    stats.forEach((s, j) => {
      if (s.status === 'fulfilled' && s.value.isFile()) sizes.set(batch[j] as string, s.value.size);
    });
  }
  return sizes;
}

/** What {@link makePlan} returns: the plan, and the warnings of reading the timings. */
export interface MadePlan {
  readonly plan: Plan;
  /** Warnings from reading timings and history (the plan's own warnings are in `plan.warnings`). */
  readonly warnings: readonly string[];
}

const NO_TIMINGS: LoadedTimings = { samples: [], shardRuns: [], files: [], warnings: [] };

/*
 * The readers of result files and of the history load only when a plan has such timings: a first plan (or a
 * CI plan job with no history yet) then starts without the XML parser, the format readers and the history
 * codec, which is most of what the action's cold start would otherwise initialise.
 */

async function timingsOf(patterns: readonly string[], cwd: string): Promise<LoadedTimings> {
  if (patterns.length === 0) return NO_TIMINGS;
  const { loadTimings } = await import('./load-timings.js');
  return loadTimings(patterns, cwd);
}

async function historyOf(
  file: string | undefined,
  pending: HistoryDocument | Promise<HistoryDocument | undefined> | undefined,
): Promise<HistoryInputs | undefined> {
  if (file !== undefined) return (await import('./load-history.js')).loadHistoryInputs(file);
  const doc = await pending;
  return doc ? (await import('./load-history.js')).historyInputsOf(doc) : undefined;
}

/** Gathers items and timings and builds the plan. */
export async function makePlan(
  options: PlanOptions,
  io: {
    cwd: string;
    stdin?: () => Promise<string>;
    createdAt?: string;
    /**
     * A history from a CI's history store, loaded or still loading (it is awaited after the tree walk has
     * started); used when `options.history` names no file.
     */
    historyDoc?: HistoryDocument | Promise<HistoryDocument | undefined>;
  },
): Promise<MadePlan> {
  // The three sources are independent: walking the tree, reading result files and fetching a CI history
  // overlap, so a plan job pays for the slowest, not the sum.
  const [items, loaded, history] = await Promise.all([
    collectItems({
      ...(options.tests ? { tests: options.tests } : {}),
      ...(options.testsFrom !== undefined ? { testsFrom: options.testsFrom } : {}),
      ...(options.listCommand !== undefined ? { listCommand: options.listCommand } : {}),
      cwd: io.cwd,
      ...(io.stdin ? { stdin: io.stdin } : {}),
    }),
    timingsOf(options.timings ?? [], io.cwd),
    historyOf(options.history, io.historyDoc),
  ]);
  const skip = options.skip
    ? await (await import('../skip/skip-plan.js')).planSkips(items, io.cwd, history?.doc, options.skip)
    : undefined;
  const planned = skip ? skip.run : items;
  // History samples come first: they are older than the result files of the run just finished.
  const timings = { samples: [...(history?.samples ?? []), ...loaded.samples], shardRuns: loaded.shardRuns };
  // An explicit --setup wins; otherwise the set-up time the history measured.
  const setupMs = options.setupMs ?? history?.setupMs;
  const constraints: Constraints = { groups: options.groups ?? [], order: options.order ?? [] };
  const input: PlanInput = {
    items: planned,
    timings,
    estimate: {
      sizes: await fileSizes(planned, io.cwd),
      ...(options.estimator ? { estimator: options.estimator } : {}),
      ...(options.robust ? { spreadZ: DEFAULT_SPREAD_Z } : {}),
    },
    constraints,
    ...(history?.recent ? { recent: history.recent } : {}),
    ...(options.shards !== undefined ? { shards: options.shards } : {}),
    ...(options.targetMs !== undefined
      ? {
          target: {
            targetMs: options.targetMs,
            ...(options.maxShards ? { maxShards: options.maxShards } : {}),
          },
        }
      : {}),
    ...(setupMs !== undefined ? { setupMs } : {}),
    ...(io.createdAt !== undefined ? { createdAt: io.createdAt } : {}),
  };
  const plan = buildPlan(input);
  return {
    plan: skip
      ? {
          ...plan,
          skip: {
            keys: skip.keys,
            reused: skip.reused,
            unkeyed: skip.unkeyed.length,
            ...(skip.fullRun !== undefined ? { fullRun: skip.fullRun } : {}),
          },
        }
      : plan,
    warnings: [...(history?.warnings ?? []), ...loaded.warnings],
  };
}
