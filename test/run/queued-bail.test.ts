/**
 * `--bail` across CI jobs, on a real redis-server: a bailing job leaves the rest of the queue to the other
 * jobs; only when every job has bailed does the last one report what is left as not run.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../src/plan/index.js';
import { unitsOfPlan } from '../../src/queue/plan-units.js';
import { loadBundleRun } from '../../src/report/bundles.js';
import { BailSignal } from '../../src/run/bail.js';
import { runQueuedShard } from '../../src/run/queued-shard.js';
import { startRedis, type RedisServer } from '../support/redis-server.js';
import { describeWithTools } from '../support/system-tools.js';
import { FAILING_FILE, PER_FILE_COMMAND, SUITE_FILES, writeSuite } from './fixture-suite.js';

describeWithTools(['redis-server'], 'run --queue --bail, on a real redis-server', () => {
  let redis: RedisServer;
  let ids = 0;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });

  /** A plan of 2 shards in which `failing` are marked as failed last time (so they are handed out first). */
  function planOf(failing: string[]): Plan {
    return buildPlan({
      items: [...Object.keys(SUITE_FILES), ...failing],
      shards: 2,
      recent: {
        window: 1,
        files: new Map(
          failing.map((f) => [f, { priority: 'failed', reason: 'failed in 1 of the last 1 run' }]),
        ),
      },
    });
  }

  /** Runs job `index` of 2 to its end, as `tessera run --queue --shard i/2 --bail --retries 1` would. */
  async function job(cwd: string, plan: Plan, queueId: string, index: number) {
    return runQueuedShard({
      shard: { index, total: 2 },
      command: PER_FILE_COMMAND,
      run: { provider: 'local' },
      out: 'shards',
      cwd,
      retries: 1,
      bail: new BailSignal(1),
      output: 'log',
      queue: { url: redis.url, queueId },
      units: unitsOfPlan(plan),
      log: () => undefined,
    });
  }

  it('a bailing job leaves the queue to the others: nothing is lost or left unrun', async () => {
    const cwd = await writeSuite({ 'test/broken.test.mjs': FAILING_FILE });
    const plan = planOf(['test/broken.test.mjs']);
    const queueId = `bail-${process.pid}-${++ids}`;
    // Job 1 takes the failed-first batch (broken alone), fails, and stops taking batches.
    const first = await job(cwd, plan, queueId, 1);
    expect(first.bundle.items).toEqual(['test/broken.test.mjs']);
    expect(first.bundle.bailed).toBeUndefined();
    // Job 2 finds everything else still in the queue, and runs it all.
    const second = await job(cwd, plan, queueId, 2);
    expect([...second.bundle.items].sort()).toEqual(Object.keys(SUITE_FILES).sort());
    const run = await loadBundleRun(join(cwd, 'shards'), { plan });
    expect(run.check.problems).toEqual([]);
  });

  it('when every job has bailed, the last one names what is left as not run', async () => {
    const cwd = await writeSuite({
      'test/broken.test.mjs': FAILING_FILE,
      'test/broken2.test.mjs': FAILING_FILE,
    });
    const plan = planOf(['test/broken.test.mjs', 'test/broken2.test.mjs']);
    const queueId = `bail-${process.pid}-${++ids}`;
    const first = await job(cwd, plan, queueId, 1);
    expect(first.bundle.bailed).toBeUndefined();
    const second = await job(cwd, plan, queueId, 2);
    const ran = [...first.bundle.items, ...second.bundle.items];
    expect(ran.sort()).toEqual(['test/broken.test.mjs', 'test/broken2.test.mjs']);
    expect(second.bundle.bailed?.after).toBe(second.bundle.items[0]);
    expect([...(second.bundle.bailed?.notRun ?? [])].sort()).toEqual(Object.keys(SUITE_FILES).sort());
    expect(second.bundle.exitCode).toBe(1);
    // The report's completeness check counts them as accounted for, not as lost.
    const run = await loadBundleRun(join(cwd, 'shards'), { plan });
    expect(run.check.problems).toEqual([]);
  });
});
