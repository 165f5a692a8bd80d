import { spawnSync } from 'node:child_process';
import { parse } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/index.js';
import {
  buildPlan,
  checkOutputFormat,
  formatPlanOutput,
  formatMatrix,
  formatPlanJson,
  formatShardArgs,
  formatShardJson,
  formatShardLines,
  parsePlan,
} from '../../src/plan/index.js';

const items = ['test/a b.test.ts', "test/it's.test.ts", 'test/$(rm -rf x).test.ts', 'test/plain.test.ts'];
const plan = buildPlan({ items, durations: new Map(items.map((i, n) => [i, 1000 * (n + 1)])), shards: 2 });

describe('plan outputs', () => {
  it('writes the CI matrix', () => {
    expect(JSON.parse(formatMatrix(plan))).toEqual({
      include: [
        { shard: 1, total: 2 },
        { shard: 2, total: 2 },
      ],
    });
  });

  it('lists only the shards with items when asked (CI mode), keeping the planned total', () => {
    const third = buildPlan({ items: ['a', 'b'], shards: 3 });
    const empty = third.shards.filter((s) => s.items.length === 0).map((s) => s.index);
    expect(empty).toHaveLength(1);
    const listed = JSON.parse(formatMatrix(third, 'with-items')) as { include: unknown[] };
    expect(listed.include).toEqual(
      [1, 2, 3].filter((i) => !empty.includes(i)).map((shard) => ({ shard, total: 3 })),
    );
    // `--format matrix` keeps every shard: its bundles may be reported without the plan.
    expect((JSON.parse(formatPlanOutput(third, 'matrix')) as { include: unknown[] }).include).toHaveLength(3);
    // Every shard empty (every file reused): never an empty matrix, which GitHub refuses, but the first shard.
    expect(formatMatrix(buildPlan({ items: [], shards: 2 }), 'with-items')).toBe(
      '{"include":[{"shard":1,"total":2}]}\n',
    );
  });

  it('writes JSON that reads back as the same plan', () => {
    expect(parsePlan(formatPlanJson(plan), 'plan.json')).toEqual(plan);
  });

  it('lists one shard’s items, one per line', () => {
    expect(formatShardLines(plan, { index: 1, total: 2 }).trimEnd().split('\n')).toEqual(
      plan.shards[0]?.items,
    );
  });

  it('shell-quotes one shard’s items so each stays one inert argument', () => {
    for (const index of [1, 2]) {
      const line = formatShardArgs(plan, { index, total: 2 }).trimEnd();
      expect(parse(line)).toEqual(plan.shards[index - 1]?.items);
    }
    // A real shell gets back exactly the paths: nothing expanded, nothing run.
    for (const index of [1, 2]) {
      const line = formatShardArgs(plan, { index, total: 2 }).trimEnd();
      const echoed = spawnSync('sh', ['-c', `printf '%s\\n' ${line}`], { encoding: 'utf8' }).stdout;
      expect(echoed.trimEnd().split('\n')).toEqual(plan.shards[index - 1]?.items);
    }
  });

  it('writes one shard as JSON', () => {
    const shard = JSON.parse(formatShardJson(plan, { index: 2, total: 2 }));
    expect(shard).toEqual({
      shard: { index: 2, total: 2 },
      items: plan.shards[1]?.items,
      predictedMs: plan.shards[1]?.predictedMs,
    });
  });

  it('writes nothing for an empty shard', () => {
    const sparse = buildPlan({ items: ['only.ts'], shards: 2 });
    expect(formatShardLines(sparse, { index: 2, total: 2 })).toBe('');
    expect(formatShardArgs(sparse, { index: 2, total: 2 })).toBe('');
  });
});

describe('checkOutputFormat', () => {
  it('refuses a matrix of one shard and lines or args of the whole plan', () => {
    expect(() => formatPlanOutput(plan, 'matrix', { index: 1, total: 2 })).toThrow(UsageError);
    expect(() => formatPlanOutput(plan, 'lines')).toThrow(/add --shard i\/N/);
    expect(() => checkOutputFormat('args', undefined)).toThrow(UsageError);
    expect(() => checkOutputFormat('json', { index: 1, total: 2 })).not.toThrow();
  });
});
