import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/index.js';

const path = fc.stringMatching(/^[a-c]{1,2}\/[a-e]{1,3}\.test\.ts$/);

describe('plan partition (property)', () => {
  it('puts every item on exactly one shard, keeps groups whole, and stays within LPT’s bound', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(path, { minLength: 0, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 40, maxLength: 40 }),
        fc.uniqueArray(fc.constantFrom('a/', 'b/'), { maxLength: 2 }),
        fc.integer({ min: 1, max: 12 }),
        (items, costs, folders, shards) => {
          const durations = new Map(items.map((item, i) => [item, costs[i] as number]));
          const groups = folders.map((folder) => `${folder}**`);
          const plan = buildPlan({ items, durations, shards, constraints: { groups } });

          const placed = plan.shards.flatMap((s) => s.items);
          expect([...placed].sort()).toEqual([...new Set(items)].sort());
          expect(new Set(placed).size).toBe(placed.length);
          expect(plan.shards.map((s) => s.index)).toEqual(Array.from({ length: shards }, (_, i) => i + 1));

          // Every folder that is a group lives on a single shard.
          for (const folder of folders) {
            const homes = new Set(
              items
                .filter((i) => i.startsWith(folder))
                .map((m) => plan.shards.findIndex((s) => s.items.includes(m))),
            );
            expect(homes.size).toBeLessThanOrEqual(1);
          }

          // Graham: list scheduling of units is within (2 − 1/N) of the lower bound.
          expect(plan.predictedMakespanMs).toBeLessThanOrEqual(
            Math.ceil(plan.lowerBoundMs * (2 - 1 / shards)) + 1,
          );
          expect(plan.predictedMakespanMs).toBeGreaterThanOrEqual(plan.lowerBoundMs - 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('order chains (property)', () => {
  it('keeps every chain on one shard, in chain order, and never reports a cycle for a forward chain', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(path, { minLength: 2, maxLength: 30 }),
        fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), { maxLength: 3 }),
        fc.integer({ min: 1, max: 8 }),
        (raw, picks, shards) => {
          const items = [...raw].sort();
          // Strictly increasing indices make a chain that can never close a cycle.
          const chains = picks
            .map((p) =>
              [...new Set(p.map((i) => i % items.length))]
                .sort((a, b) => a - b)
                .map((i) => items[i] as string),
            )
            .filter((c) => c.length >= 2);
          const plan = buildPlan({ items, shards, constraints: { order: chains } });
          for (const chain of chains) {
            const shard = plan.shards.find((s) => s.items.includes(chain[0] as string));
            const positions = chain.map((item) => shard?.items.indexOf(item) ?? -1);
            expect(positions.every((p) => p >= 0)).toBe(true);
            expect([...positions].sort((a, b) => a - b)).toEqual(positions);
          }
          expect(plan.shards.flatMap((s) => s.items).sort()).toEqual(items);
        },
      ),
      { numRuns: 200 },
    );
  });
});
