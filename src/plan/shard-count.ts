/**
 * Choosing the shard count from a wall-time target and a per-shard set-up cost. Pure.
 *
 * wall(N) = setup + makespan(N); machine(N) = N × setup + Σ item time. Wall time falls towards the floor
 * setup + p_max while machine time grows linearly, so the cheapest N that meets the target is the answer;
 * when none does, the fastest N is (the smallest one, if several tie).
 */
import type { ShardCountPoint } from './plan-document.js';
import { lptMakespan, lptOrder, type WeightedUnit } from './planner.js';

/** What to aim for. */
export interface ShardTarget {
  readonly targetMs: number;
  readonly setupMs: number;
  readonly maxShards: number;
}

/** The choice and the curve behind it. */
export interface ShardCountResult {
  readonly shards: number;
  /** Whether the chosen N meets the target. */
  readonly met: boolean;
  /** One point per N from 1 to the first N that reaches the floor (or the limit), by N. */
  readonly curve: readonly ShardCountPoint[];
}

/**
 * Weighs N = 1 … maxShards and picks the smallest N with setup + makespan ≤ target, else the N with the
 * least wall time. The curve stops early where more shards cannot help: once the makespan reaches the
 * longest unit (the p_max floor), or N reaches the number of units.
 */
export function chooseShardCount(units: readonly WeightedUnit[], target: ShardTarget): ShardCountResult {
  const order = lptOrder(units);
  const totalMs = units.reduce((s, u) => s + u.ms, 0);
  const limit = Math.max(1, Math.min(target.maxShards, units.length));
  const floorMs = units.reduce((m, u) => Math.max(m, u.ms), 0);
  const curve: ShardCountPoint[] = [];
  for (let n = 1; n <= limit; n++) {
    const makespanMs = lptMakespan(units, n, order);
    curve.push({
      shards: n,
      makespanMs,
      wallMs: target.setupMs + makespanMs,
      machineMs: n * target.setupMs + totalMs,
    });
    if (makespanMs <= floorMs) break;
  }
  const meeting = curve.find((p) => p.wallMs <= target.targetMs);
  if (meeting) return { shards: meeting.shards, met: true, curve };
  const fastest = curve.reduce((best, p) => (p.wallMs < best.wallMs ? p : best));
  return { shards: fastest.shards, met: false, curve };
}
