/**
 * The Azure host's `matrix` output: Azure's legs form of the CLI's matrix, which lists only the shards with
 * files to run, each keeping the planned shard number and count (a matrix job's position counts legs).
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/plan/index.js';
import { formatMatrix } from '../../../src/plan/outputs.js';
import { azureMatrix } from '../../../providers/azure/ci-host.js';

describe('the matrix output in Azure’s legs form', () => {
  it('names each leg by its planned shard, and leaves out the shards with nothing to run', () => {
    const plan = buildPlan({ items: ['a', 'b'], shards: 3 });
    const empty = plan.shards.find((s) => s.items.length === 0)?.index;
    const legs = JSON.parse(azureMatrix(formatMatrix(plan, 'with-items').trim())) as Record<string, unknown>;
    expect(Object.keys(legs)).toHaveLength(2);
    expect(legs).not.toHaveProperty(`shard_${empty}`);
    for (const [name, leg] of Object.entries(legs))
      expect(leg).toEqual({ shard: name.slice('shard_'.length), total: '3' });
  });

  it('is shard 1 alone when every shard is empty, never an empty matrix (the job is skipped on `items`)', () => {
    const plan = buildPlan({ items: [], shards: 2 });
    expect(JSON.parse(azureMatrix(formatMatrix(plan, 'with-items').trim()))).toEqual({
      shard_1: { shard: '1', total: '2' },
    });
  });
});
