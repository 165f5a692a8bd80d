/**
 * The plan document: what `tessera plan --format json` writes and what `run`, `report` and `plan --plan`
 * read back. Versioned; a reader refuses a newer major version with a VersionError.
 */
import type { VersionedKind } from '../model/versioned.js';
import type { ReusedFile } from '../skip/decide.js';

/**
 * Version of the plan shape this build writes and reads (an integer major version, as every versioned
 * Tessera document: fields old readers can ignore keep the number).
 */
export const PLAN_VERSION = 1;

/** The plan document kind, for version checks. */
export const PLAN_KIND: VersionedKind = { kind: 'plan', current: PLAN_VERSION };

/**
 * Why a unit runs before the others (fail fast): a file of it `failed` in a recent run, or was `flaky`
 * there (see recent-failures.ts). Failed units run first, then flaky ones, then the rest.
 */
export type UnitPriority = 'failed' | 'flaky';

/** The rank of a priority in the run order: failed 0, flaky 1, none 2. */
export function priorityRank(priority: UnitPriority | undefined): number {
  return priority === 'failed' ? 0 : priority === 'flaky' ? 1 : 2;
}

/**
 * A unit as planned: one item, or items tied together by `groups` and `order`, with its estimate. Run-time
 * balancing (`run --local`, `run --queue`) hands out whole units: recently failed, then flaky, then the
 * rest, longest first within each.
 */
export interface PlannedUnit {
  /** In run order. */
  readonly items: readonly string[];
  readonly predictedMs: number;
  /** Present when the unit runs first because of the history (fail fast). */
  readonly priority?: UnitPriority;
  /** Why, for people reading the plan: e.g. `failed in 2 of the last 5 runs (test/a.test.ts)`. */
  readonly reason?: string;
  /**
   * With `--robust` only: the standard deviation expected of the unit's time on the next run, from its
   * files' spread over the history window (or the pooled spread for files seen once). The placement
   * balanced each shard's predictedMs + z × √Σ spread².
   */
  readonly spreadMs?: number;
}

/** What the history said about the run order (present when the plan had a history with test outcomes). */
export interface RunFirst {
  /** The runs looked at (the last few of the history; see recent-failures.ts). */
  readonly window: number;
  /** Units that run first because a file of theirs failed in those runs. */
  readonly failed: number;
  /** Units that run next because a file of theirs was flaky in those runs. */
  readonly flaky: number;
}

/** One shard of the plan. */
export interface PlanShard {
  /** 1-based, as in `--shard i/N`. */
  readonly index: number;
  /**
   * Repo-relative paths this shard runs, in the order it runs them: units that failed recently first, then
   * flaky ones, then the rest, longest first within each (ties by path); a unit's own order inside it.
   */
  readonly items: readonly string[];
  /** Sum of the items' estimated durations. */
  readonly predictedMs: number;
  /**
   * The shard's units with their estimates, in the order of `items` (absent in plans written before
   * run-time balancing: each item is then a unit, and the shard's estimate is shared evenly).
   */
  readonly units?: readonly PlannedUnit[];
}

/** One point of the curve weighed when choosing the shard count. */
export interface ShardCountPoint {
  readonly shards: number;
  readonly makespanMs: number;
  /** setup + makespan: when the last shard finishes, if all start together. */
  readonly wallMs: number;
  /** shards × setup + Σ item time: what the matrix costs in runner time. */
  readonly machineMs: number;
}

/** How the shard count was chosen. */
export interface ShardCountChoice {
  /** `fixed`: `--shards N`; `target`: the smallest N meeting `--target`, or the fastest when none does. */
  readonly mode: 'fixed' | 'target';
  readonly targetMs?: number;
  readonly maxShards?: number;
  /** Whether the chosen N meets the target (always true in `fixed` mode). */
  readonly met: boolean;
  /** The points weighed, by shard count (target mode only). */
  readonly curve?: readonly ShardCountPoint[];
}

/** Where the duration estimates came from, counted by item. */
export interface EstimateSources {
  /** Per-file wall time measured by `tessera run` (shard bundles). */
  readonly wall: number;
  /** Suite or file time reported by the runner (JUnit testsuite `time`, Jest/Vitest per-file). */
  readonly suite: number;
  /** Sum of test times scaled by `testTimeFactor`. */
  readonly tests: number;
  /** No sample: estimated from the known files. */
  readonly unknown: number;
  /** Factor applied to sums of test times (learned from files with both kinds of sample; 1 when none). */
  readonly testTimeFactor: number;
  /** How several samples per file were combined. */
  readonly estimator: string;
  /** What an unknown file was assumed to cost (the median of known files, or by size). */
  readonly unknownMs: number;
  /** With `--robust` only: what the placement knew of run-to-run spread (see src/plan/spread.ts). */
  readonly spread?: {
    /** Items whose spread comes from two or more of their own runs (the others use the pooled spread). */
    readonly measured: number;
    /** Pooled standard deviation of log(duration); 0 when no file has two runs (the plan is plain LPT). */
    readonly pooledLogSd: number;
    /** The largest z weighed: placements balancing each shard's predictedMs + z × its spread. */
    readonly z: number;
    /** The z of the placement chosen, by simulated expected makespan; 0 = plain LPT on the estimates. */
    readonly chosenZ?: number;
    /** Expected makespan of plain LPT over simulated next runs with the spreads above. */
    readonly expectedPlainMakespanMs?: number;
    /** Expected makespan of the placement chosen over the same simulated runs. */
    readonly expectedMakespanMs?: number;
  };
}

/**
 * What `--skip-unchanged` decided (docs/skip-unchanged.md): the files left out of the plan because their
 * content key passed before, and the keys of the files planned, which the report records when they pass.
 * Optional: a plan without it skipped nothing, and readers of version 1 ignore it.
 */
export interface PlanSkip {
  /** Content keys of the planned files that have one, by file. */
  readonly keys: Readonly<Record<string, string>>;
  /** Files not planned: their passed result is reused. */
  readonly reused: readonly ReusedFile[];
  /** Planned files that can never be skipped (their imports cannot be read statically). */
  readonly unkeyed: number;
  /** Why this plan runs every file, when a full run was forced. */
  readonly fullRun?: string;
}

/** The plan: the Plan contract of DESIGN.md plus the cost model behind it. */
export interface Plan {
  readonly version: typeof PLAN_VERSION;
  /** Number of items planned. */
  readonly total: number;
  readonly unit: 'file';
  readonly shards: readonly PlanShard[];
  /** Longest predicted shard. */
  readonly predictedMakespanMs: number;
  /** max(Σ/N, longest unit): no split of these items can beat it. */
  readonly lowerBoundMs: number;
  /** The item (or the first item of the group) whose cost sets the p_max floor; null when there is none. */
  readonly floorItem: string | null;
  /** Predicted cost of the floor item's unit. */
  readonly floorMs: number;
  /** Items that had no timing sample. */
  readonly unknownItems: number;
  /** Fixed cost every shard pays (checkout, install, boot). */
  readonly setupMs: number;
  /** setup + makespan. */
  readonly predictedWallMs: number;
  /** N × setup + Σ item time. */
  readonly machineMs: number;
  /** Σ of the estimated item durations. */
  readonly totalMs: number;
  readonly estimates: EstimateSources;
  readonly shardCount: ShardCountChoice;
  /** The fail-fast order's inputs, when the plan had a history: how many units run first and why. */
  readonly runFirst?: RunFirst;
  /** Things the user should know (a target that cannot be met, a stale timing file, unknown items). */
  readonly warnings: readonly string[];
  /** Only when the caller injects one: plans are byte-identical for the same inputs by default. */
  readonly createdAt?: string;
  /** Present when the plan was made with `--skip-unchanged`. */
  readonly skip?: PlanSkip;
}

/** The plan as JSON text: two-space indented, one trailing newline; stable for the same plan. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/**
 * The shards the plan gave no file to run (more shards than files, or `--skip-unchanged`), by index: their
 * jobs need not run, as a report given the plan accounts for them.
 */
export function emptyShards(plan: Plan): number[] {
  return plan.shards.filter((s) => s.items.length === 0).map((s) => s.index);
}

/**
 * Whether the plan gave no shard a file to run (`--skip-unchanged` reused every file): its shard jobs need
 * not run, and a report accounts for every shard from the plan alone.
 */
export function plansNothing(plan: Plan): boolean {
  return plan.shards.every((s) => s.items.length === 0);
}
