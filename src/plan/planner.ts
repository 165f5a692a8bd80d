/**
 * Longest-processing-time-first placement of units on N shards, and the partition check. Pure and
 * deterministic: units are taken by cost descending, ties by their first path; each goes to the least
 * loaded shard, ties to the lowest index.
 */
import { TesseraError } from '../model/index.js';

/** A unit with its estimated cost. */
export interface WeightedUnit {
  readonly items: readonly string[];
  readonly ms: number;
}

/** Shards as unit indices, with their loads. */
export interface Placement {
  /** For each shard (0-based), the indices of its units in `units`. */
  readonly shards: readonly (readonly number[])[];
  readonly loads: readonly number[];
  readonly makespanMs: number;
}

/** A plan that breaks its own promise (an item lost or doubled). A bug in Tessera, never the user's. */
export class PlanInvariantError extends TesseraError {
  override readonly name = 'PlanInvariantError';
}

/** Units in LPT order: cost descending, then first path ascending. */
export function lptOrder(units: readonly WeightedUnit[]): number[] {
  return units
    .map((_, i) => i)
    .sort((a, b) => {
      const ua = units[a] as WeightedUnit;
      const ub = units[b] as WeightedUnit;
      if (ua.ms !== ub.ms) return ub.ms - ua.ms;
      const pa = ua.items[0] as string;
      const pb = ub.items[0] as string;
      return pa < pb ? -1 : pa > pb ? 1 : 0;
    });
}

/** Min-heap of shards keyed by (load, index). */
class ShardHeap {
  private readonly heap: number[];
  constructor(
    count: number,
    private readonly loads: number[],
  ) {
    this.heap = Array.from({ length: count }, (_, i) => i);
  }
  private less(a: number, b: number): boolean {
    const la = this.loads[a] as number;
    const lb = this.loads[b] as number;
    return la < lb || (la === lb && a < b);
  }
  /** The least loaded shard. */
  peek(): number {
    return this.heap[0] as number;
  }
  /** Restores order after the top shard's load grew. */
  siftDownTop(): void {
    const h = this.heap;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l] as number, h[m] as number)) m = l;
      if (r < h.length && this.less(h[r] as number, h[m] as number)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m] as number, h[i] as number];
      i = m;
    }
  }
}

/** Places units on `shardCount` shards by LPT. `order` may be passed when already computed. */
export function placeUnits(
  units: readonly WeightedUnit[],
  shardCount: number,
  order: readonly number[] = lptOrder(units),
): Placement {
  const loads = new Array<number>(shardCount).fill(0);
  const shards: number[][] = Array.from({ length: shardCount }, () => []);
  const heap = new ShardHeap(shardCount, loads);
  for (const u of order) {
    const s = heap.peek();
    (shards[s] as number[]).push(u);
    loads[s] = (loads[s] as number) + (units[u] as WeightedUnit).ms;
    heap.siftDownTop();
  }
  return { shards, loads, makespanMs: Math.max(0, ...loads) };
}

/** Only the makespan of an LPT placement (the shard-count curve needs nothing else). */
export function lptMakespan(
  units: readonly WeightedUnit[],
  shardCount: number,
  order: readonly number[],
): number {
  return placeUnits(units, shardCount, order).makespanMs;
}

/**
 * Checks that the shards partition the items: every item on exactly one shard, nothing else. Throws a
 * PlanInvariantError naming the first offending item.
 */
export function assertPartition(items: readonly string[], shards: readonly (readonly string[])[]): void {
  const expected = new Set(items);
  const seen = new Map<string, number>();
  shards.forEach((shard, s) => {
    for (const item of shard) {
      const earlier = seen.get(item);
      if (earlier !== undefined) {
        throw new PlanInvariantError(
          `internal error: ${item} is on shard ${earlier + 1} and shard ${s + 1}`,
          'This is a bug in Tessera; please report it with the inputs of `tessera plan`.',
        );
      }
      if (!expected.has(item)) {
        throw new PlanInvariantError(
          `internal error: shard ${s + 1} has ${item}, which is not in the item list`,
          'This is a bug in Tessera; please report it with the inputs of `tessera plan`.',
        );
      }
      seen.set(item, s);
    }
  });
  if (seen.size !== expected.size) {
    const lost = items.find((item) => !seen.has(item));
    throw new PlanInvariantError(
      `internal error: ${lost} is on no shard`,
      'This is a bug in Tessera; please report it with the inputs of `tessera plan`.',
    );
  }
}
