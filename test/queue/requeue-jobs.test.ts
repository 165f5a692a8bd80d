/**
 * Requeue across jobs, end to end below the CLI: each "job" is a queued shard (runQueuedShard) with its own
 * connection to a real redis-server, running a real test command (node:test, one process per file, JUnit
 * results); the report side is the real bundle load, check and merge of `tessera report --from`.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readBundle } from '../../src/run/bundle.js';
import { buildPlan, serializePlan, type Plan } from '../../src/plan/index.js';
import { unitsOfPlan } from '../../src/queue/plan-units.js';
import { requeueBudget } from '../../src/queue/work-source.js';
import { loadBundleRun } from '../../src/report/bundles.js';
import { runQueuedShard } from '../../src/run/queued-shard.js';
import type { ShardRunResult } from '../../src/run/shard.js';
import { startRedis, type RedisServer } from '../support/redis-server.js';
import { describeWithTools } from '../support/system-tools.js';

const NODE_TEST = [
  process.execPath,
  '--test',
  '--test-reporter=junit',
  '--test-reporter-destination={results}/junit.xml',
  '{file}',
];

const PASSING = `import test from 'node:test';\ntest('works', () => {});\n`;
// Fails on its first run in this folder, passes on any later one: what a flaky test looks like.
const FLAKY = `import test from 'node:test';
import { existsSync, writeFileSync } from 'node:fs';
test('sometimes', () => {
  if (!existsSync('ran-once')) { writeFileSync('ran-once', ''); throw new Error('first run fails'); }
});
`;
const BROKEN = `import test from 'node:test';\ntest('always', () => { throw new Error('really broken'); });\n`;

describeWithTools(['redis-server'], 'requeue across queued jobs, reported', () => {
  let redis: RedisServer;
  let runs = 0;
  beforeAll(async () => {
    redis = await startRedis('requeue-jobs-s3cret');
  });
  afterAll(async () => {
    await redis.stop();
  });

  /** A folder with the given test files, a plan of `shards` over them, and `shards` jobs run at once. */
  async function runJobs(files: Record<string, string>, shards: number, requeue: number, tolerance = 1) {
    const cwd = await mkdtemp(join(tmpdir(), 'tessera-requeue-'));
    await mkdir(join(cwd, 'test'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(cwd, 'test', name), text);
    const items = Object.keys(files).map((name) => `test/${name}`);
    const plan: Plan = buildPlan({ items, shards });
    const queueId = `jobs-${process.pid}-${++runs}`;
    const out = join(cwd, 'shards');
    const results: ShardRunResult[] = await Promise.all(
      Array.from({ length: shards }, (_, i) =>
        runQueuedShard({
          shard: { index: i + 1, total: shards },
          command: NODE_TEST,
          run: { provider: 'local' },
          out,
          cwd,
          retries: 0,
          output: 'log',
          queue: {
            url: redis.url,
            queueId,
            pollMs: 20,
            requeue: { max: requeue, budget: requeueBudget(requeue, tolerance, items.length) },
          },
          units: unitsOfPlan(plan),
          log: () => undefined,
        }),
      ),
    );
    const report = await loadBundleRun(out, { plan }, cwd);
    return { results, report };
  }

  it(
    'a file that fails on its first job and passes on another is flaky, not failed, and ran on two jobs',
    { timeout: 60_000 },
    async () => {
      const { results, report } = await runJobs(
        { 'a.test.mjs': PASSING, 'b.test.mjs': PASSING, 'flaky.test.mjs': FLAKY },
        2,
        1,
      );
      const flaky = report.merged.tests.filter((t) => t.file === 'test/flaky.test.mjs');
      expect(flaky).toHaveLength(1);
      expect(flaky[0]?.outcome).toBe('flaky');
      expect(flaky[0]?.attempts.map((a) => a.status).sort()).toEqual(['failed', 'passed']);
      expect(report.check.problems).toEqual([]);
      // Two different jobs: one put it back, the other ran it again as attempt 2.
      const batches = results.flatMap((r) =>
        (r.bundle.queue?.batches ?? []).map((b) => ({ ...b, worker: r.bundle.shard.index })),
      );
      const first = batches.find((b) => b.requeued?.includes('test/flaky.test.mjs'));
      const second = batches.find((b) => b.requeueOf !== undefined);
      expect(first).toBeDefined();
      expect(second?.requeueOf).toMatchObject({
        attempt: 2,
        worker: first?.worker,
        sequence: first?.sequence,
      });
      expect(second?.worker).not.toBe(first?.worker);
      // The job that handed it on did not fail for it; nobody did.
      expect(results.map((r) => r.bundle.exitCode)).toEqual([0, 0]);
      expect(report.merged.warnings.join('\n')).toMatch(
        /test\/flaky\.test\.mjs failed on worker \d\/2 \(batch \d+\) and was requeued: attempt 2 on worker \d\/2 \(batch \d+\) passed, so it is flaky/,
      );
      // Every test once.
      expect(report.merged.tests.map((t) => t.file).sort()).toEqual([
        'test/a.test.mjs',
        'test/b.test.mjs',
        'test/flaky.test.mjs',
      ]);
    },
  );

  it(
    'a file that fails twice is one failure, with both attempts and both jobs listed',
    { timeout: 60_000 },
    async () => {
      const { results, report } = await runJobs(
        { 'a.test.mjs': PASSING, 'b.test.mjs': PASSING, 'broken.test.mjs': BROKEN },
        2,
        1,
      );
      const broken = report.merged.tests.filter((t) => t.file === 'test/broken.test.mjs');
      expect(broken).toHaveLength(1);
      expect(broken[0]?.outcome).toBe('failed');
      expect(broken[0]?.attempts.map((a) => a.status)).toEqual(['failed', 'failed']);
      expect(report.check.problems).toEqual([]);
      const notes = report.merged.warnings.filter((w) => w.startsWith('test/broken.test.mjs'));
      expect(notes).toHaveLength(1);
      const [, from, to] = /worker (\d)\/2 .* on worker (\d)\/2/.exec(notes[0] as string) ?? [];
      expect(from).not.toBe(to);
      expect(notes[0]).toMatch(/failed too$/);
      // Exactly one job fails: the one whose attempt was the last.
      expect(results.map((r) => r.bundle.exitCode).sort()).toEqual([0, 1]);
    },
  );

  it(
    'a single job completes: it runs its requeued file itself, and reports the failure once',
    { timeout: 60_000 },
    async () => {
      const { results, report } = await runJobs({ 'a.test.mjs': PASSING, 'broken.test.mjs': BROKEN }, 1, 1);
      const broken = report.merged.tests.filter((t) => t.file === 'test/broken.test.mjs');
      expect(broken).toHaveLength(1);
      expect(broken[0]?.outcome).toBe('failed');
      expect(broken[0]?.attempts).toHaveLength(2);
      expect(results[0]?.bundle.exitCode).toBe(1);
      expect(results[0]?.bundle.tests.filter((t) => t.file === 'test/broken.test.mjs')).toHaveLength(1);
      expect(report.check.problems).toEqual([]);
    },
  );

  it(
    'the tolerance caps the requeues of the run: past the budget a failure is final',
    { timeout: 60_000 },
    async () => {
      const files: Record<string, string> = { 'a.test.mjs': PASSING };
      for (let i = 1; i <= 4; i++) files[`broken${i}.test.mjs`] = BROKEN;
      // ceil(0.2 × 5 items) = 1 requeue for the whole run.
      const { results, report } = await runJobs(files, 2, 1, 0.2);
      const requeued = results.flatMap((r) =>
        (r.bundle.queue?.batches ?? []).flatMap((b) => b.requeued ?? []),
      );
      expect(requeued).toHaveLength(1);
      const attempts = report.merged.tests
        .filter((t) => t.outcome === 'failed')
        .map((t) => t.attempts.length)
        .sort();
      expect(attempts).toEqual([1, 1, 1, 2]);
      expect(report.check.problems).toEqual([]);
    },
  );

  it(
    '`tessera run --queue --requeue 1` passes the bounds to the queue: a lone job runs its failed file twice',
    { timeout: 60_000 },
    async () => {
      const cwd = await mkdtemp(join(tmpdir(), 'tessera-requeue-cli-'));
      await mkdir(join(cwd, 'test'));
      await writeFile(join(cwd, 'test/a.test.mjs'), PASSING);
      await writeFile(join(cwd, 'test/broken.test.mjs'), BROKEN);
      const plan = buildPlan({ items: ['test/a.test.mjs', 'test/broken.test.mjs'], shards: 1 });
      await writeFile(join(cwd, 'plan.json'), serializePlan(plan));
      const home = process.cwd();
      const errors: string[] = [];
      vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      process.chdir(cwd);
      try {
        const code = await main(
          [
            'run',
            '--plan',
            'plan.json',
            '--shard',
            '1/1',
            '--queue',
            redis.url,
            '--queue-id',
            `cli-${process.pid}`,
            '--requeue',
            '1',
            '--requeue-tolerance',
            '0.5',
            '--out',
            'shards',
            '--',
            ...NODE_TEST,
          ],
          (line) => errors.push(line),
        );
        expect(code, errors.join('\n')).toBe(1);
      } finally {
        process.chdir(home);
        vi.restoreAllMocks();
      }
      const bundle = await readBundle(join(cwd, 'shards/tessera-shard-1-of-1/bundle.json'));
      const batches = bundle.queue?.batches ?? [];
      expect(batches.find((b) => b.requeued !== undefined)?.requeued).toEqual(['test/broken.test.mjs']);
      expect(batches.find((b) => b.requeueOf !== undefined)).toMatchObject({
        items: ['test/broken.test.mjs'],
        requeueOf: { attempt: 2, worker: 1 },
      });
      const broken = bundle.tests.filter((t) => t.file === 'test/broken.test.mjs');
      expect(broken).toHaveLength(1);
      expect(broken[0]?.attempts).toHaveLength(2);
      expect(`${JSON.stringify(bundle)}${errors.join('')}`).not.toContain(redis.password);
    },
  );
});
