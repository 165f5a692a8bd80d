import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build.js';
import { mergePlanOptions } from '../../src/plan/make-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { serializePlan } from '../../src/plan/plan-document.js';
import { placeUnits } from '../../src/plan/planner.js';
import {
  DEFAULT_SPREAD_Z,
  estimateSpreads,
  expectedMakespans,
  placeRobust,
  placeUnitsBySpread,
  type SpreadUnit,
} from '../../src/plan/spread.js';
import type { TimingSample } from '../../src/plan/timings.js';

/** Timing samples: one wall sample per file per run. */
function runsOf(runs: readonly Record<string, number>[]): TimingSample[] {
  return runs.flatMap((run, r) =>
    Object.entries(run).map(([file, ms]) => ({ file, ms, kind: 'wall' as const, source: `run-${r + 1}` })),
  );
}

const unit = (name: string, ms: number, logSd = 0): SpreadUnit => ({
  items: [name],
  ms,
  varianceMs2: (ms * Math.sqrt(Math.expm1(logSd * logSd))) ** 2,
});

/** Makespan of a placement when the units take `actual` ms. */
const judged = (shards: readonly (readonly number[])[], actual: readonly number[]): number =>
  Math.max(...shards.map((s) => s.reduce((sum, u) => sum + (actual[u] as number), 0)));

describe('estimateSpreads', () => {
  it('knows no spread from one run: every spread is 0', () => {
    const { sdMs, summary } = estimateSpreads(
      new Map([
        ['a', 100],
        ['b', 50],
      ]),
      new Map([
        ['a', [100]],
        ['b', [50]],
      ]),
    );
    expect([...sdMs.values()]).toEqual([0, 0]);
    expect(summary).toMatchObject({ measured: 0, pooledLogSd: 0 });
  });

  it('gives a wide file more spread than a steady one, shrinks both to the pool, and pools the unmeasured', () => {
    const estimates = new Map([
      ['steady', 100],
      ['wide', 100],
      ['once', 100],
    ]);
    const { sdMs, summary } = estimateSpreads(
      estimates,
      new Map([
        ['steady', [100, 101, 99]],
        ['wide', [50, 150, 100]],
        ['once', [100]],
      ]),
    );
    const steady = sdMs.get('steady') as number;
    const wide = sdMs.get('wide') as number;
    const once = sdMs.get('once') as number;
    expect(summary.measured).toBe(2);
    expect(wide).toBeGreaterThan(once);
    expect(once).toBeGreaterThan(steady);
    // Shrunk towards the pool: the steady file is not trusted to be as steady as its three runs say.
    expect(steady).toBeGreaterThan(5);
    // And the wide file not as wide: its own log-sd alone would give about 55 ms.
    expect(wide).toBeLessThan(50);
  });
});

describe('placeUnitsBySpread and placeRobust', () => {
  // N = 3: a 100 ms steady file, a 60 ms noisy one, a 60 ms steady one and a 20 ms steady one. Plain LPT puts
  // the short file beside the noisy one (60 + 20); balancing spread keeps it beside the steady 60.
  const units = [unit('a', 100), unit('b', 60, 0.6), unit('c', 60), unit('d', 20)];

  it('plans the short file away from the noisy one, and wins when the noisy file runs slow', () => {
    const plain = placeUnits(units, 3);
    const robust = placeRobust(units, 3);
    expect(plain.shards).toEqual([[0], [1, 3], [2]]);
    expect(robust.z).toBeGreaterThan(0);
    expect(robust.placement.shards).toEqual([[0], [1], [2, 3]]);
    // The judged run: b takes 95 ms instead of 60.
    const next = [100, 95, 60, 20];
    expect(judged(robust.placement.shards, next)).toBe(100);
    expect(judged(plain.shards, next)).toBe(115);
    // And on average over many next runs drawn with the units' own spread (not the planner's draws).
    const [plainMean, robustMean] = expectedMakespans(units, [plain, robust.placement], 20_000);
    expect(robustMean as number).toBeLessThan(0.98 * (plainMean as number));
  });

  it('keeps plain LPT when balancing spread would cost more on average than it saves', () => {
    // Plain LPT: {a, d} = 90 steady, {b, c, e} = 80 with both noisy files. Balancing mean + 1σ moves e
    // to the steady shard (100 vs 70 ± 25), which a slow run rewards but the average run punishes.
    const trade = [unit('a', 60), unit('b', 40, 0.5), unit('c', 30, 0.5), unit('d', 30), unit('e', 10)];
    const plain = placeUnits(trade, 2);
    const spread = placeUnitsBySpread(trade, 2, DEFAULT_SPREAD_Z);
    expect(spread.shards).not.toEqual(plain.shards);
    const choice = placeRobust(trade, 2);
    expect(choice.z).toBe(0);
    expect(choice.placement.shards).toEqual(plain.shards);
    expect(choice.expectedMs).toBe(choice.expectedPlainMs);
  });

  it('is plain LPT, exactly, when no spread is known', () => {
    const steady = [unit('a', 5), unit('b', 4), unit('c', 3), unit('d', 3), unit('e', 2)];
    expect(placeUnitsBySpread(steady, 2, 1)).toEqual(placeUnits(steady, 2));
    expect(placeRobust(steady, 2).placement).toEqual(placeUnits(steady, 2));
  });
});

describe('buildPlan with a spread (tessera plan --robust)', () => {
  const items = ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts', 'f.ts'];
  const history = runsOf([
    { 'a.ts': 100, 'b.ts': 40, 'c.ts': 60, 'd.ts': 20, 'e.ts': 30, 'f.ts': 50 },
    { 'a.ts': 102, 'b.ts': 90, 'c.ts': 59, 'd.ts': 21, 'e.ts': 29, 'f.ts': 20 },
    { 'a.ts': 99, 'b.ts': 60, 'c.ts': 61, 'd.ts': 20, 'e.ts': 31, 'f.ts': 45 },
  ]);
  const robust = (extra: object = {}) =>
    buildPlan({
      items,
      timings: { samples: history, shardRuns: [] },
      shards: 3,
      estimate: { estimator: 'mean', spreadZ: DEFAULT_SPREAD_Z },
      ...extra,
    });

  it('plans one run of history exactly as plain LPT does', () => {
    const once = { samples: runsOf([{ 'a.ts': 100, 'b.ts': 40, 'c.ts': 60 }]), shardRuns: [] };
    const plain = buildPlan({ items, timings: once, shards: 2, estimate: { estimator: 'mean' } });
    const spread = buildPlan({
      items,
      timings: once,
      shards: 2,
      estimate: { estimator: 'mean', spreadZ: DEFAULT_SPREAD_Z },
    });
    expect(spread.shards.map((s) => s.items)).toEqual(plain.shards.map((s) => s.items));
    expect(spread.estimates.spread).toMatchObject({ measured: 0, pooledLogSd: 0, chosenZ: 0 });
  });

  it('says which spread each unit was planned with, and reads back', () => {
    const plan = robust();
    const units = plan.shards.flatMap((s) => s.units ?? []);
    const noisy = units.find((u) => u.items[0] === 'b.ts');
    const steady = units.find((u) => u.items[0] === 'a.ts');
    const relative = (u: typeof noisy) => (u?.spreadMs as number) / (u?.predictedMs as number);
    expect(relative(noisy)).toBeGreaterThan(1.2 * relative(steady));
    expect(plan.estimates.estimator).toBe('mean');
    expect(plan.estimates.spread?.measured).toBe(6);
    expect(plan.estimates.spread?.expectedMakespanMs).toBeLessThanOrEqual(
      plan.estimates.spread?.expectedPlainMakespanMs as number,
    );
    expect(parsePlan(serializePlan(plan), 'plan.json').shards).toEqual(plan.shards);
  });

  it('is deterministic and keeps groups and order chains whole', () => {
    const constraints = { groups: [['b.ts', 'f.ts']], order: [['d.ts', 'e.ts']] };
    const first = robust({ constraints });
    expect(serializePlan(robust({ constraints }))).toBe(serializePlan(first));
    const shardOf = (item: string) => first.shards.findIndex((s) => s.items.includes(item));
    expect(shardOf('b.ts')).toBe(shardOf('f.ts'));
    expect(shardOf('d.ts')).toBe(shardOf('e.ts'));
    const withD = first.shards[shardOf('d.ts')]?.items ?? [];
    expect(withD.indexOf('d.ts')).toBeLessThan(withD.indexOf('e.ts'));
  });

  it('is switched on by the robust config key, and a flag wins', () => {
    expect(mergePlanOptions({}, { robust: true }).robust).toBe(true);
    expect(mergePlanOptions({ robust: false }, { robust: true }).robust).toBe(false);
  });
});
