/**
 * One batch of the in-pipeline queue per process (`tessera run --shard i/N --batch k`): the batches of a
 * worker add up in its one bundle, a number past the last closes it, and a bundle it must not add to
 * (another build's, left in a kept workspace) is replaced. Real node:test files, run for real.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/index.js';
import { pipelineBatches } from '../../src/queue/pipeline-batches.js';
import { batchItems } from '../../src/queue/work-source.js';
import { runPipelineBatch, type PipelineBatchOptions } from '../../src/run/pipeline-batch.js';
import { PER_FILE_COMMAND, SUITE_FILES, writeSuite } from './fixture-suite.js';

// gamma is planned longest, then alpha, beta, flaky: with 2 workers the first batch holds one file.
const durations = new Map([
  ['test/gamma.test.mjs', 4000],
  ['test/alpha.test.mjs', 1500],
  ['test/beta.test.mjs', 1000],
  ['test/flaky.test.mjs', 900],
]);
const plan = buildPlan({ items: Object.keys(SUITE_FILES), durations, shards: 2 });

function options(
  cwd: string,
  batch: number,
  overrides: Partial<PipelineBatchOptions> = {},
): PipelineBatchOptions {
  return {
    plan,
    batch,
    shard: { index: 1, total: 2 },
    command: PER_FILE_COMMAND,
    run: { provider: 'jenkins', runId: '41' },
    out: '.tessera/shards',
    cwd,
    retries: 1,
    output: 'log',
    ...overrides,
  };
}

describe('runPipelineBatch', () => {
  it("adds each batch to the worker's bundle, and closes it with the number past the last batch", async () => {
    const cwd = await writeSuite();
    const batches = pipelineBatches(plan);
    expect(batches.map(batchItems)[0]).toEqual(['test/gamma.test.mjs']);
    const first = await runPipelineBatch(options(cwd, 1));
    expect(first).toMatchObject({ batches: batches.length, drained: false });
    const third = await runPipelineBatch(options(cwd, 3));
    expect(third.drained).toBe(false);
    const closed = await runPipelineBatch(options(cwd, batches.length + 1));
    expect(closed.drained).toBe(true);
    const { bundle } = closed.result;
    expect(bundle.queue?.kind).toBe('pipeline');
    expect(bundle.queue?.batches.map((b) => b.sequence)).toEqual([1, 3]);
    expect(bundle.items).toEqual([0, 2].flatMap((i) => (batches[i] ? batchItems(batches[i]) : [])));
    // Each batch's tests, once each; the second batch started after the first, on the worker's clock.
    expect(new Set(bundle.tests.map((t) => t.file))).toEqual(new Set(bundle.items));
    expect(bundle.queue?.batches[1]?.startMs).toBeGreaterThanOrEqual(bundle.queue?.batches[0]?.wallMs ?? 0);
    expect(bundle.startedAt).toBe(first.result.bundle.startedAt);
    const written = JSON.parse(await readFile(join(closed.result.folder, 'bundle.json'), 'utf8')) as {
      tests: unknown[];
    };
    expect(written.tests).toHaveLength(bundle.tests.length);
  });

  it('writes an empty bundle for a worker whose first number is past the last batch', async () => {
    const cwd = await writeSuite();
    const { result, drained } = await runPipelineBatch(options(cwd, 99, { shard: { index: 2, total: 2 } }));
    expect(drained).toBe(true);
    expect(result.bundle).toMatchObject({
      items: [],
      tests: [],
      exitCode: 0,
      queue: { kind: 'pipeline', batches: [] },
    });
  });

  it("replaces another build's bundle instead of adding to it, and refuses a batch handed out twice", async () => {
    const cwd = await writeSuite();
    await runPipelineBatch(options(cwd, 1, { run: { provider: 'jenkins', runId: '40' } }));
    const next = await runPipelineBatch(options(cwd, 2));
    expect(next.result.bundle.queue?.batches.map((b) => b.sequence)).toEqual([2]);
    await expect(runPipelineBatch(options(cwd, 2))).rejects.toThrow(/batch 2 already ran in worker 1\/2/);
  });
});
