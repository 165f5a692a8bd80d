import { describe, expect, it } from 'vitest';
import { ConfigError, UsageError } from '../../src/model/index.js';
import { buildPlan, parseShardRef, serializePlan, shardItems, type PlanInput } from '../../src/plan/index.js';

const durations = new Map([
  ['test/slow.test.ts', 9000],
  ['test/b.test.ts', 3000],
  ['test/c.test.ts', 3000],
  ['test/d.test.ts', 2000],
  ['test/e.test.ts', 1000],
  ['test/f.test.ts', 1000],
]);
const items = [...durations.keys()];

describe('buildPlan', () => {
  it('gives a byte-identical plan for the same inputs, whatever their order', () => {
    const input: PlanInput = { items, durations, shards: 3 };
    const shuffled: PlanInput = {
      items: [...items].reverse(),
      durations: new Map([...durations].reverse()),
      shards: 3,
    };
    expect(serializePlan(buildPlan(shuffled))).toBe(serializePlan(buildPlan(input)));
  });

  it('places longest first on the least loaded shard and reports the bound and the floor item', () => {
    const plan = buildPlan({ items, durations, shards: 2 });
    expect(plan.shards.map((s) => s.predictedMs)).toEqual([10_000, 9000]);
    expect(plan.predictedMakespanMs).toBe(10_000);
    expect(plan.totalMs).toBe(19_000);
    expect(plan.lowerBoundMs).toBe(9500);
    expect(plan.floorItem).toBe('test/slow.test.ts');
    expect(plan.floorMs).toBe(9000);
  });

  it('makes the floor item the lower bound when it outweighs Σ/N', () => {
    const plan = buildPlan({ items, durations, shards: 4 });
    expect(plan.lowerBoundMs).toBe(9000);
    expect(plan.predictedMakespanMs).toBe(9000);
    expect(plan.shards.find((s) => s.items.includes('test/slow.test.ts'))?.items).toEqual([
      'test/slow.test.ts',
    ]);
  });

  it('breaks ties by path so equal items go round the shards in name order', () => {
    const plan = buildPlan({ items: ['d.ts', 'a.ts', 'c.ts', 'b.ts'], shards: 2 });
    expect(plan.shards.map((s) => s.items)).toEqual([
      ['a.ts', 'c.ts'],
      ['b.ts', 'd.ts'],
    ]);
  });

  it('counts unknown items and warns about them', () => {
    const plan = buildPlan({ items: [...items, 'test/new.test.ts'], durations, shards: 2 });
    expect(plan.unknownItems).toBe(1);
    expect(plan.estimates.unknownMs).toBe(2500);
    expect(plan.warnings.some((w) => w.startsWith('1 of 7 items have no timing'))).toBe(true);
  });

  it('keeps a group on one shard and an order chain in order', () => {
    const plan = buildPlan({
      items,
      durations,
      shards: 3,
      constraints: {
        groups: [['test/e.test.ts', 'test/slow.test.ts']],
        order: [['test/f.test.ts', 'test/b.test.ts']],
      },
    });
    const shardOf = (item: string) => plan.shards.findIndex((s) => s.items.includes(item));
    expect(shardOf('test/e.test.ts')).toBe(shardOf('test/slow.test.ts'));
    const ordered = plan.shards[shardOf('test/b.test.ts')]?.items ?? [];
    expect(ordered.indexOf('test/f.test.ts')).toBeLessThan(ordered.indexOf('test/b.test.ts'));
    expect(plan.floorMs).toBe(10_000);
  });

  it('rejects an order cycle', () => {
    expect(() =>
      buildPlan({
        items,
        durations,
        shards: 2,
        constraints: { order: [['test/b.test.ts', 'test/b.test.ts']] },
      }),
    ).toThrow(ConfigError);
  });

  it('adds set-up to wall and machine time', () => {
    const plan = buildPlan({ items, durations, shards: 2, setupMs: 500 });
    expect(plan.predictedWallMs).toBe(10_500);
    expect(plan.machineMs).toBe(20_000);
  });

  it('stamps a time only when one is injected', () => {
    expect(buildPlan({ items, durations, shards: 2 })).not.toHaveProperty('createdAt');
    expect(buildPlan({ items, durations, shards: 2, createdAt: '2026-01-01T00:00:00Z' }).createdAt).toBe(
      '2026-01-01T00:00:00Z',
    );
  });

  it('leaves shards empty when there are fewer items than shards', () => {
    const plan = buildPlan({ items: ['a.ts'], shards: 3 });
    expect(plan.shards.map((s) => s.items.length)).toEqual([1, 0, 0]);
  });

  it('refuses both or neither of shards and target, and a bad count', () => {
    expect(() => buildPlan({ items })).toThrow(UsageError);
    expect(() => buildPlan({ items, shards: 2, target: { targetMs: 1000 } })).toThrow(UsageError);
    expect(() => buildPlan({ items, shards: 0 })).toThrow(UsageError);
  });
});

describe('shardItems and parseShardRef', () => {
  const plan = buildPlan({ items, durations, shards: 3 });
  it('returns the shard’s items', () => {
    expect(shardItems(plan, { index: 2, total: 3 })).toEqual(plan.shards[1]?.items);
  });
  it('refuses a shard that does not fit the plan', () => {
    expect(() => shardItems(plan, { index: 1, total: 4 })).toThrow('which has 3 shards');
  });
  it('parses i/N and refuses anything else', () => {
    expect(parseShardRef('2/4')).toEqual({ index: 2, total: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '2/0']) expect(() => parseShardRef(bad)).toThrow(UsageError);
  });
});

describe('buildPlan with no items', () => {
  it('plans N empty shards with a zero bound and no floor item', () => {
    const plan = buildPlan({ items: [], shards: 2 });
    expect(plan.shards).toEqual([
      { index: 1, items: [], predictedMs: 0, units: [] },
      { index: 2, items: [], predictedMs: 0, units: [] },
    ]);
    expect(plan).toMatchObject({ total: 0, lowerBoundMs: 0, floorItem: null, predictedMakespanMs: 0 });
  });
});
