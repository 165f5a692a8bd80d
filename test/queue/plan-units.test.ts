import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/index.js';
import { buildPlan } from '../../src/plan/index.js';
import { unitsOfPlan } from '../../src/queue/plan-units.js';

describe('the units of a plan', () => {
  it('are the planner’s units with their estimates, groups kept whole', () => {
    const plan = buildPlan({
      items: ['a.test.js', 'b.test.js', 'c.test.js'],
      durations: new Map([
        ['a.test.js', 100],
        ['b.test.js', 200],
        ['c.test.js', 300],
      ]),
      shards: 2,
      constraints: { groups: [['a.test.js', 'b.test.js']] },
    });
    const units = unitsOfPlan(plan);
    expect(units).toHaveLength(2);
    expect(units.find((u) => u.items.length === 2)).toEqual({
      items: ['a.test.js', 'b.test.js'],
      predictedMs: 300,
    });
  });

  it('share a shard’s estimate evenly for a plan written before units were recorded', () => {
    const plan = buildPlan({
      items: ['a', 'b'],
      durations: new Map([
        ['a', 10],
        ['b', 30],
      ]),
      shards: 1,
    });
    const { units: _dropped, ...older } = plan.shards[0] as (typeof plan.shards)[number];
    // The shard runs its longest file first (b), and an older plan's units follow the shard's order.
    expect(unitsOfPlan({ ...plan, shards: [older] })).toEqual([
      { items: ['b'], predictedMs: 20 },
      { items: ['a'], predictedMs: 20 },
    ]);
  });

  it('refuse a plan whose units are not its items', () => {
    const plan = buildPlan({ items: ['a', 'b'], shards: 1 });
    const shard = plan.shards[0] as (typeof plan.shards)[number];
    const edited = { ...plan, shards: [{ ...shard, units: [{ items: ['a', 'evil'], predictedMs: 1 }] }] };
    expect(() => unitsOfPlan(edited)).toThrow(UsageError);
    expect(() => unitsOfPlan(edited)).toThrow(/shard 1/);
  });
});
