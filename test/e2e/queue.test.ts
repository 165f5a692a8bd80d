/**
 * End to end: the queue across CI jobs on a real redis-server. Each "job" is a real `tessera run --queue`
 * process; the report is a real `tessera report --from … --queue` process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPlan, serializePlan } from '../../src/plan/index.js';
import { parseReport } from '../../src/report/report-document.js';
import { cliBundle } from '../support/cli-bundle.js';
import { REPO_ROOT } from '../support/corpus.js';
import { startRedis, type RedisServer } from '../support/redis-server.js';
import { describeWithTools } from '../support/system-tools.js';

// The sources' CLI, bundled once per test run (cli-bundle.ts): each job is a fresh process.
const CLI = [process.execPath, cliBundle()];
const NODE_TEST = [
  process.execPath,
  '--test',
  '--test-reporter=junit',
  '--test-reporter-destination={results}/junit.xml',
  '{file}',
];

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly output: string;
}

/** Runs the CLI in `cwd`; resolves when it exits. `killWhen` is polled: once it holds, the job is killed. */
function tessera(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  killWhen?: () => boolean,
): Promise<Finished> {
  const [cmd, ...rest] = CLI as [string, ...string[]];
  const child = spawn(cmd, [...rest, ...args], {
    cwd,
    env: { ...process.env, CI: '', GITHUB_ACTIONS: '', ...env },
    detached: true,
  });
  let output = '';
  const take = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const watch =
    killWhen &&
    setInterval(() => {
      if (!killWhen()) return;
      clearInterval(watch);
      // The whole process group: the job and the test command it is running.
      process.kill(-(child.pid as number), 'SIGKILL');
    }, 25);
  return new Promise((resolve) => {
    let ended: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    const done = () => {
      if (watch) clearInterval(watch);
      if (ended) resolve({ ...ended, output });
    };
    child.on('close', done);
    // A killed job's test command runs in its own process group and keeps the output pipes open until it
    // ends: once the job itself exited, wait a moment for its last output, not for the orphan.
    child.on('exit', (code, signal) => {
      ended = { code, signal };
      setTimeout(done, 1_000);
    });
  });
}

describeWithTools(['redis-server'], 'run --queue across jobs, on a real redis-server', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis('e2e-queue-s3cret');
  });
  afterAll(async () => {
    await redis.stop();
  });

  it(
    'three jobs run every file of examples/suite exactly once, and the report counts the whole suite',
    { timeout: 180_000 },
    async () => {
      const work = await mkdtemp(join(tmpdir(), 'tessera-queue-e2e-'));
      const files = (await readdir(join(REPO_ROOT, 'examples/suite/test'))).filter((f) =>
        f.endsWith('.test.mjs'),
      );
      const items = files.map((f) => `examples/suite/test/${f}`);
      const plan = buildPlan({ items, shards: 3 });
      await writeFile(join(work, 'plan.json'), serializePlan(plan));
      const env = { TESSERA_QUEUE_URL: redis.url };
      const jobs = await Promise.all(
        [1, 2, 3].map((i) =>
          tessera(
            [
              'run',
              '--plan',
              join(work, 'plan.json'),
              '--queue',
              '--queue-id',
              'suite-run',
              '--shard',
              `${i}/3`,
              '--retries',
              '1',
              '--out',
              join(work, 'shards'),
              '--',
              ...NODE_TEST,
            ],
            REPO_ROOT,
            env,
          ),
        ),
      );
      for (const job of jobs) expect(job.code === 0 || job.code === 1, job.output).toBe(true);
      // A job that starts after the queue drained exits 0 at once, with an empty bundle.
      const late = await tessera(
        [
          'run',
          '--plan',
          join(work, 'plan.json'),
          '--queue',
          '--queue-id',
          'suite-run',
          '--shard',
          '3/3',
          '--out',
          join(work, 'late'),
          '--',
          ...NODE_TEST,
        ],
        REPO_ROOT,
        env,
      );
      expect(late.code, late.output).toBe(0);
      expect(late.output).toContain('no items (the queue was drained by the other jobs)');

      const report = await tessera(
        [
          'report',
          '--from',
          join(work, 'shards'),
          '--plan',
          join(work, 'plan.json'),
          '--queue',
          '--queue-id',
          'suite-run',
          '--queue-timeout',
          '10s',
          '--json',
          join(work, 'report.json'),
        ],
        REPO_ROOT,
        env,
      );
      expect(report.code === 0 || report.code === 1, report.output).toBe(true);
      const json = parseReport(JSON.parse(await readFile(join(work, 'report.json'), 'utf8')), 'report.json');
      // The suite's own count: every file in one plain node:test run, its JUnit's test cases counted.
      const reference = spawnSync(process.execPath, ['--test', '--test-reporter=junit', ...items], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const suiteTests = reference.stdout.match(/<testcase /g)?.length ?? 0;
      expect(suiteTests).toBeGreaterThan(100);
      expect(json.summary.tests).toBe(suiteTests);
      // Every file ran exactly once, on one of the three jobs.
      const bundles = await Promise.all(
        [1, 2, 3].map(
          async (i) =>
            JSON.parse(
              await readFile(join(work, 'shards', `tessera-shard-${i}-of-3`, 'bundle.json'), 'utf8'),
            ) as {
              items: string[];
            },
        ),
      );
      expect(bundles.flatMap((b) => b.items).sort()).toEqual([...items].sort());
      expect(json.shards.missing).toEqual([]);
      expect(report.output).not.toMatch(/incomplete or inconsistent/);
      for (const text of [
        ...jobs.map((j) => j.output),
        late.output,
        report.output,
        await readFile(join(work, 'report.json'), 'utf8'),
      ])
        expect(text).not.toContain(redis.password);
    },
  );

  it(
    'a job killed mid-batch: another takes its batch over after the lease, and the report names the lost job',
    { timeout: 120_000 },
    async () => {
      const cwd = await mkdtemp(join(tmpdir(), 'tessera-queue-kill-'));
      await mkdir(join(cwd, 'test'));
      const names = ['a', 'b', 'c', 'd', 'slow'];
      for (const name of names)
        await writeFile(
          join(cwd, 'test', `${name}.test.mjs`),
          name === 'slow'
            ? // Job 1 hangs in this file (it is killed there); any other job runs it in no time.
              `import { test } from 'node:test';
import { writeFileSync } from 'node:fs';
test('slow', async () => {
  if (process.env.TESSERA_SHARD_INDEX === '1') {
    writeFileSync(${JSON.stringify(join(cwd, 'job1-in-slow'))}, '');
    await new Promise((r) => setTimeout(r, 20_000));
  }
});
`
            : `import { test } from 'node:test';\ntest('${name}', () => {});\n`,
        );
      const durations = new Map(names.map((n) => [`test/${n}.test.mjs`, n === 'slow' ? 60_000 : 100]));
      const plan = buildPlan({ items: [...durations.keys()], durations, shards: 2 });
      await writeFile(join(cwd, 'plan.json'), serializePlan(plan));
      const env = { TESSERA_QUEUE_URL: redis.url };
      const args = (i: number) => [
        'run',
        '--plan',
        'plan.json',
        '--queue',
        '--queue-id',
        'kill-run',
        '--lease',
        '1s',
        '--shard',
        `${i}/2`,
        '--out',
        'shards',
        '--',
        ...NODE_TEST,
      ];
      // Job 1 arrives first and takes the longest unit, the slow file; it is killed once inside it. Job 2
      // starts only then (not after a fixed head start, which a loaded machine can eat up), so it finds the
      // slow batch leased by a dead job and the rest pending.
      const inSlow = () => existsSync(join(cwd, 'job1-in-slow'));
      const first = tessera(args(1), cwd, env, inSlow);
      while (!inSlow()) await new Promise((r) => setTimeout(r, 25));
      const second = await tessera(args(2), cwd, env);
      const killed = await first;
      expect(killed.signal).toBe('SIGKILL');
      expect(second.code, second.output).toBe(0);

      const report = await tessera(
        [
          'report',
          '--from',
          'shards',
          '--plan',
          'plan.json',
          '--queue',
          '--queue-id',
          'kill-run',
          '--queue-timeout',
          '10s',
          '--json',
          'report.json',
          '--markdown',
          'comment.md',
        ],
        cwd,
        env,
      );
      expect(report.code, report.output).toBe(0);
      const json = parseReport(JSON.parse(await readFile(join(cwd, 'report.json'), 'utf8')), 'report.json');
      expect(json.summary.tests).toBe(5);
      expect(report.output).toMatch(
        /worker 1\/2 was lost while it held batch \d+ \(1 file\); worker 2\/2 ran it/,
      );
      expect(await readFile(join(cwd, 'comment.md'), 'utf8')).toMatch(
        /worker 1\/2 lost: its batch ran on the others/,
      );
    },
  );
});
