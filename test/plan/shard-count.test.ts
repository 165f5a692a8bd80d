import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/index.js';
import { chooseShardCount } from '../../src/plan/shard-count.js';

// Σ = 120 s of ten 12 s files, and one 30 s file that sets the floor once N ≥ 5.
const units = [
  ...Array.from({ length: 10 }, (_, i) => ({ items: [`f${String(i).padStart(2, '0')}.ts`], ms: 12_000 })),
  { items: ['slow.ts'], ms: 30_000 },
];

describe('chooseShardCount', () => {
  it('picks the smallest N whose set-up + makespan meets the target', () => {
    // N=3: makespan 54 s (30+24 is not how LPT packs: 30 | 36 | 36 → 36 s) + 10 s set-up = 46 s ≤ 50 s.
    const result = chooseShardCount(units, { targetMs: 50_000, setupMs: 10_000, maxShards: 10 });
    const wall = (n: number) => result.curve.find((p) => p.shards === n)?.wallMs as number;
    expect(result.met).toBe(true);
    expect(wall(result.shards)).toBeLessThanOrEqual(50_000);
    expect(wall(result.shards - 1)).toBeGreaterThan(50_000);
  });

  it('weighs machine time as N × set-up + Σ', () => {
    const result = chooseShardCount(units, { targetMs: 1, setupMs: 10_000, maxShards: 3 });
    expect(result.curve.map((p) => p.machineMs)).toEqual([160_000, 170_000, 180_000]);
  });

  it('stops the curve where the floor is reached, and chooses the fastest when nothing meets the target', () => {
    const result = chooseShardCount(units, { targetMs: 20_000, setupMs: 10_000, maxShards: 32 });
    const last = result.curve[result.curve.length - 1];
    expect(result.met).toBe(false);
    expect(last?.makespanMs).toBe(30_000);
    expect(result.curve.slice(0, -1).every((p) => p.makespanMs > 30_000)).toBe(true);
    expect(result.shards).toBe(last?.shards);
  });

  it('never weighs more shards than --max-shards', () => {
    const result = chooseShardCount(units, { targetMs: 1, setupMs: 0, maxShards: 2 });
    expect(result.curve.map((p) => p.shards)).toEqual([1, 2]);
    expect(result.shards).toBe(2);
  });
});

describe('buildPlan with a target', () => {
  const durations = new Map(units.map((u) => [u.items[0] as string, u.ms]));
  it('reports the chosen N with its wall and machine time and the curve', () => {
    const plan = buildPlan({
      items: [...durations.keys()],
      durations,
      target: { targetMs: 50_000 },
      setupMs: 10_000,
    });
    expect(plan.shardCount.mode).toBe('target');
    expect(plan.shardCount.met).toBe(true);
    const point = plan.shardCount.curve?.find((p) => p.shards === plan.shards.length);
    expect(point?.wallMs).toBe(plan.predictedWallMs);
    expect(point?.machineMs).toBe(plan.machineMs);
  });

  it('warns with the floor item when the target cannot be met', () => {
    const plan = buildPlan({
      items: [...durations.keys()],
      durations,
      target: { targetMs: 20_000 },
      setupMs: 10_000,
    });
    expect(plan.shardCount.met).toBe(false);
    expect(plan.warnings.join('\n')).toMatch(
      /no shard count up to 32 meets the target of 20\.0s.*slow\.ts alone takes 30\.0s/,
    );
  });
});
