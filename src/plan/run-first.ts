/**
 * The fail-fast run order inside a shard: units with a file that failed recently first, then flaky ones,
 * then the rest, longest first within each (ties by first item). Pure; the history's side (which files
 * failed recently) is recent-failures.ts.
 */
import { priorityRank, type UnitPriority } from './plan-document.js';

/** Why one file runs first. */
export interface RecentFailure {
  readonly priority: UnitPriority;
  /** For people reading the plan, e.g. `failed in 2 of the last 5 runs`. */
  readonly reason: string;
}

/** The recently failed and flaky files of a history, and how many runs were looked at. */
export interface RecentFailures {
  readonly window: number;
  /** Per repo-relative path; files that neither failed nor were flaky are absent. */
  readonly files: ReadonlyMap<string, RecentFailure>;
}

/** A unit's priority: its most urgent file's (failed over flaky), with that file named in the reason. */
export function unitPriority(
  items: readonly string[],
  recent: RecentFailures | undefined,
): { priority?: UnitPriority; reason?: string } {
  let best: { file: string; failure: RecentFailure } | undefined;
  for (const file of items) {
    const failure = recent?.files.get(file);
    if (failure && (!best || priorityRank(failure.priority) < priorityRank(best.failure.priority)))
      best = { file, failure };
  }
  return best ? { priority: best.failure.priority, reason: `${best.failure.reason} (${best.file})` } : {};
}

/** What the run order compares: a unit's priority, its estimate and its first item. */
export interface OrderedUnit {
  readonly items: readonly string[];
  readonly predictedMs: number;
  readonly priority?: UnitPriority;
}

/** Compares two units in run order: priority, then longest first, then by first item's path. */
export function compareRunOrder(a: OrderedUnit, b: OrderedUnit): number {
  const rank = priorityRank(a.priority) - priorityRank(b.priority);
  if (rank !== 0) return rank;
  if (a.predictedMs !== b.predictedMs) return b.predictedMs - a.predictedMs;
  const pa = a.items[0] as string;
  const pb = b.items[0] as string;
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}
