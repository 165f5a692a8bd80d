/**
 * From items, timings, constraints and a shard count (or a target) to a Plan. Pure: the same input gives a
 * byte-identical plan.
 */
import { normalizePath, UsageError, type ShardRef } from '../model/index.js';
import { buildUnits, type Constraints } from './constraints.js';
import { formatDuration } from './duration.js';
import { estimateDurations, type EstimateOptions } from './estimate.js';
import { PLAN_VERSION, type Plan, type ShardCountChoice } from './plan-document.js';
import { assertPartition, placeUnits, type WeightedUnit } from './planner.js';
import { compareRunOrder, unitPriority, type RecentFailures } from './run-first.js';
import { chooseShardCount } from './shard-count.js';
import { placeRobust, type SpreadUnit } from './spread.js';
import type { TimingData, TimingSample } from './timings.js';
import { MAX_DURATION_MS, saneDuration } from '../model/durations.js';

/** Shard count from a wall-time target (see shard-count.ts). */
export interface PlanTarget {
  readonly targetMs: number;
  /** Largest N weighed; default {@link DEFAULT_MAX_SHARDS}. */
  readonly maxShards?: number;
}

/** Largest shard count weighed for `--target` when `--max-shards` is not given. */
export const DEFAULT_MAX_SHARDS = 32;

/** Everything a plan is computed from. Give exactly one of `shards` and `target`. */
export interface PlanInput {
  /** Repo-relative paths (normalised, de-duplicated and sorted here). */
  readonly items: readonly string[];
  /** Samples from earlier runs (see timings.ts / load-timings.ts). */
  readonly timings?: TimingData;
  /** Known durations per item, used as one more sample each (e.g. from the history document). */
  readonly durations?: ReadonlyMap<string, number>;
  readonly estimate?: EstimateOptions;
  readonly shards?: number;
  readonly target?: PlanTarget;
  /** Per-shard fixed cost; counts in wall and machine time (and in the target). */
  readonly setupMs?: number;
  readonly constraints?: Constraints;
  /** Files that failed or were flaky in the history's recent runs: their units run first (fail fast). */
  readonly recent?: RecentFailures;
  /** Stamped into the plan only when given, so plans stay reproducible by default. */
  readonly createdAt?: string;
}

const round = (ms: number): number => Math.round(ms);

/** Normalised, unique, sorted item paths. Sorting by code unit keeps the order locale-independent. */
export function normalizeItems(items: readonly string[]): string[] {
  const unique = new Set(items.map((i) => normalizePath(i)).filter((i) => i.length > 0));
  return [...unique].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function checkShardInput(input: PlanInput): void {
  if ((input.shards === undefined) === (input.target === undefined)) {
    throw new UsageError(
      'give either a shard count (--shards N) or a target wall time (--target <duration>), not both or neither',
    );
  }
  if (input.shards !== undefined && !(Number.isInteger(input.shards) && input.shards >= 1)) {
    throw new UsageError(`--shards must be a whole number ≥ 1, got ${input.shards}`);
  }
  const max = input.target?.maxShards;
  if (max !== undefined && !(Number.isInteger(max) && max >= 1)) {
    throw new UsageError(`--max-shards must be a whole number ≥ 1, got ${max}`);
  }
}

/** Computes the plan. Throws UsageError for contradictory input, ConfigError for an `order` cycle. */
export function buildPlan(input: PlanInput): Plan {
  checkShardInput(input);
  const items = normalizeItems(input.items);
  const setupMs = input.setupMs ?? 0;
  const given: TimingSample[] = [...(input.durations ?? [])].map(([file, ms]) => ({
    file: normalizePath(file),
    ms,
    kind: 'suite',
    source: '(given durations)',
  }));
  // Every time is made finite, non-negative and capped (model/durations.ts) whatever its source, so the
  // plan's sums stay numbers and `run` accepts the plan.
  const samples = [...(input.timings?.samples ?? []), ...given].map((s) =>
    Number.isFinite(s.ms) && s.ms >= 0 && s.ms <= MAX_DURATION_MS ? s : { ...s, ms: saneDuration(s.ms) },
  );
  const shardRuns = (input.timings?.shardRuns ?? []).map((r) => ({
    wallMs: saneDuration(r.wallMs),
    testMs: saneDuration(r.testMs),
  }));
  const estimates = estimateDurations(items, samples, shardRuns, input.estimate);
  const { units, warnings: constraintWarnings } = buildUnits(items, input.constraints);
  const spreadOf = estimates.spreads?.sdMs;
  const weighted: SpreadUnit[] = units.map((u) => ({
    items: u.items,
    ms: u.items.reduce((s, i) => s + (estimates.durations.get(i) as number), 0),
    // Independent files: variances add up within a unit as within a shard.
    varianceMs2: spreadOf ? u.items.reduce((s, i) => s + (spreadOf.get(i) ?? 0) ** 2, 0) : 0,
  }));
  const totalMs = weighted.reduce((s, u) => s + u.ms, 0);

  let shardCount: ShardCountChoice;
  let n: number;
  if (input.target) {
    const maxShards = input.target.maxShards ?? DEFAULT_MAX_SHARDS;
    const choice = chooseShardCount(weighted, { targetMs: input.target.targetMs, setupMs, maxShards });
    n = choice.shards;
    shardCount = {
      mode: 'target',
      targetMs: input.target.targetMs,
      maxShards,
      met: choice.met,
      curve: choice.curve.map((p) => ({
        shards: p.shards,
        makespanMs: round(p.makespanMs),
        wallMs: round(p.wallMs),
        machineMs: round(p.machineMs),
      })),
    };
  } else {
    n = input.shards as number;
    shardCount = { mode: 'fixed', met: true };
  }

  // The shard count above is chosen on means (plain LPT makespans); the spread only moves units between shards.
  const robust = estimates.spreads
    ? placeRobust(weighted, n, input.estimate?.spreadMargin, estimates.spreads.summary.z)
    : undefined;
  const placement = robust?.placement ?? placeUnits(weighted, n);
  const prioritized = weighted.map((u) => ({
    items: u.items,
    predictedMs: u.ms,
    ...(spreadOf ? { spreadMs: round(Math.sqrt(u.varianceMs2)) } : {}),
    ...unitPriority(u.items, input.recent),
  }));
  const shards = placement.shards.map((unitIndices, s) => {
    // Fail fast: recently failed units, then flaky ones, then the rest, longest first within each. Units
    // move whole, so a unit's own (order-respecting) order is kept.
    const ordered = unitIndices
      .map((u) => prioritized[u] as (typeof prioritized)[number])
      .sort(compareRunOrder);
    return {
      index: s + 1,
      items: ordered.flatMap((u) => u.items),
      predictedMs: round(placement.loads[s] as number),
      units: ordered.map((u) => ({
        items: u.items,
        predictedMs: round(u.predictedMs),
        ...(u.spreadMs !== undefined ? { spreadMs: u.spreadMs } : {}),
        ...(u.priority ? { priority: u.priority, reason: u.reason as string } : {}),
      })),
    };
  });
  assertPartition(
    items,
    shards.map((s) => s.items),
  );

  const floorUnit = weighted.reduce<WeightedUnit | undefined>(
    (best, u) => (!best || u.ms > best.ms ? u : best),
    undefined,
  );
  const floorItem = floorUnit
    ? floorUnit.items.reduce((best, i) =>
        (estimates.durations.get(i) as number) > (estimates.durations.get(best) as number) ? i : best,
      )
    : null;
  const floorMs = floorUnit?.ms ?? 0;
  const lowerBoundMs = Math.max(totalMs / n, floorMs);
  const makespanMs = placement.makespanMs;

  const warnings = [...constraintWarnings];
  if (estimates.unknown.length > 0) {
    warnings.push(
      `${estimates.unknown.length} of ${items.length} items have no timing; each is assumed to take about ${formatDuration(estimates.sources.unknownMs)}`,
    );
  }
  if (shardCount.mode === 'target' && !shardCount.met) {
    warnings.push(
      `no shard count up to ${shardCount.maxShards} meets the target of ${formatDuration(shardCount.targetMs as number)}: ` +
        `the fastest is ${n} shards at ${formatDuration(setupMs + makespanMs)}; ` +
        `${floorItem} alone takes ${formatDuration(floorMs)}${floorUnit && floorUnit.items.length > 1 ? ` with its group of ${floorUnit.items.length}` : ''}, which no split can beat`,
    );
  }

  return {
    version: PLAN_VERSION,
    total: items.length,
    unit: 'file',
    shards,
    predictedMakespanMs: round(makespanMs),
    lowerBoundMs: round(lowerBoundMs),
    floorItem,
    floorMs: round(floorMs),
    unknownItems: estimates.unknown.length,
    setupMs: round(setupMs),
    predictedWallMs: round(setupMs + makespanMs),
    machineMs: round(n * setupMs + totalMs),
    totalMs: round(totalMs),
    estimates: {
      ...estimates.sources,
      unknownMs: round(estimates.sources.unknownMs),
      ...(estimates.sources.spread && robust
        ? {
            spread: {
              ...estimates.sources.spread,
              chosenZ: robust.z,
              expectedPlainMakespanMs: round(robust.expectedPlainMs),
              expectedMakespanMs: round(robust.expectedMs),
            },
          }
        : {}),
    },
    shardCount,
    ...(input.recent
      ? {
          runFirst: {
            window: input.recent.window,
            failed: prioritized.filter((u) => u.priority === 'failed').length,
            flaky: prioritized.filter((u) => u.priority === 'flaky').length,
          },
        }
      : {}),
    warnings,
    ...(input.createdAt !== undefined ? { createdAt: input.createdAt } : {}),
  };
}

/**
 * One shard's items. Throws a UsageError when the shard does not fit the plan (a matrix of another size,
 * an index out of range), which is how a stale plan would otherwise silently run the wrong tests.
 */
export function shardItems(plan: Plan, shard: ShardRef): readonly string[] {
  if (shard.total !== plan.shards.length) {
    throw new UsageError(
      `--shard ${shard.index}/${shard.total} does not fit the plan, which has ${plan.shards.length} shards`,
      `Use --shard i/${plan.shards.length}, or re-plan with --shards ${shard.total}.`,
    );
  }
  const found = plan.shards.find((s) => s.index === shard.index);
  if (!found) {
    throw new UsageError(
      `--shard ${shard.index}/${shard.total}: the index must be between 1 and ${shard.total}`,
    );
  }
  return found.items;
}

/** Parses `i/N` (1-based) as in `--shard` of Jest, Vitest and Playwright. */
export function parseShardRef(text: string): ShardRef {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(
      `--shard ${JSON.stringify(text)} is not i/N with 1 ≤ i ≤ N`,
      'Shards are numbered from 1, e.g. --shard 2/4.',
    );
  }
  return { index, total };
}
