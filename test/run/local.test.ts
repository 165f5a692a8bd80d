import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/index.js';
import { parseReport } from '../../src/report/report-document.js';
import { runLocal, type LocalRunOptions, runPool } from '../../src/run/local.js';
import { PER_FILE_COMMAND, SUITE_FILES, writeSuite } from './fixture-suite.js';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('runPool', () => {
  it('never runs more than the limit at once and keeps results in task order', async () => {
    let running = 0;
    let peak = 0;
    const tasks = Array.from({ length: 7 }, (_, i) => async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setImmediate(r));
      running--;
      return i;
    });
    expect(await runPool(tasks, 3)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(peak).toBe(3);
  });
});

describe('local mode', () => {
  it('runs every shard, retries the flaky file, and reports one complete, passing run', async () => {
    const cwd = await writeSuite();
    const plan = buildPlan({ items: Object.keys(SUITE_FILES), shards: 3 });
    const out = capture();
    const err = capture();
    const result = await runLocal({
      plan,
      command: PER_FILE_COMMAND,
      cwd,
      out: '.tessera/shards',
      retries: 1,
      concurrency: 3,
      run: { provider: 'local' },
      outputs: { json: join(cwd, 'report/report.json') },
      failOn: 'failures',
      stdout: out.stream,
      stderr: err.stream,
      live: false,
      color: false,
    });
    expect(result.verdict).toBe('ok');
    expect(result.shards.map((s) => s.bundle.shard.index)).toEqual([1, 2, 3]);
    const report = parseReport(
      JSON.parse(await readFile(join(cwd, 'report/report.json'), 'utf8')),
      'report.json',
    );
    expect(report.summary).toMatchObject({ tests: 6, passed: 5, flaky: 1, failed: 0 });
    const { jobs, ...shards } = report.shards;
    expect(shards).toEqual({ expected: 3, present: [1, 2, 3], missing: [], duplicated: [] });
    // Each shard's bundle recorded the test command, for the reproduce commands.
    expect(jobs?.map((j) => [j.index, j.command?.slice(1)])).toEqual(
      [1, 2, 3].map((i) => [
        i,
        ['--test', '--test-reporter=junit', '--test-reporter-destination={results}/junit.xml', '{file}'],
      ]),
    );
    expect(report.plan?.predictedMakespanMs).toBe(plan.predictedMakespanMs);
    // Plain progress lines (not a terminal): every shard starts and finishes.
    for (const i of [1, 2, 3]) {
      expect(out.text()).toContain(`shard ${i}/3 started`);
      expect(out.text()).toMatch(new RegExp(`shard ${i}/3 done`));
    }
    expect(out.text()).toContain('retrying the files that failed');
    expect(out.text()).not.toContain('\u001b[');
  });
});

describe('local mode, balanced at run time', () => {
  const files = Object.keys(SUITE_FILES);

  async function run(
    balance: 'queue' | 'static',
    command: readonly string[],
    concurrency = 2,
    extra: Partial<LocalRunOptions> = {},
    overrides: Readonly<Record<string, string>> = {},
    failedLastTime: readonly string[] = [],
  ) {
    const cwd = await writeSuite(overrides);
    // Files that failed last time are handed out first (fail-fast order).
    const recent = {
      window: 1,
      files: new Map(
        failedLastTime.map((f) => [
          f,
          { priority: 'failed' as const, reason: 'failed in 1 of the last 1 run' },
        ]),
      ),
    };
    const plan = buildPlan({ items: files, shards: 3, ...(failedLastTime.length > 0 ? { recent } : {}) });
    const result = await runLocal({
      plan,
      command,
      cwd,
      out: '.tessera/shards',
      retries: 1,
      concurrency,
      balance,
      run: { provider: 'local' },
      outputs: { json: join(cwd, 'report/report.json') },
      rendered: { markdown: join(cwd, 'report/comment.md') },
      failOn: 'failures',
      stdout: capture().stream,
      stderr: capture().stream,
      live: false,
      color: false,
      ...extra,
    });
    const report = parseReport(
      JSON.parse(await readFile(join(cwd, 'report/report.json'), 'utf8')),
      'report.json',
    );
    return { plan, result, report, comment: await readFile(join(cwd, 'report/comment.md'), 'utf8') };
  }

  it('runs every planned file exactly once across the workers, and every shard leaves a bundle', async () => {
    const { result, report, comment } = await run('queue', PER_FILE_COMMAND);
    const ran = result.shards.flatMap((s) => [...s.bundle.items]);
    expect(ran.sort()).toEqual([...files].sort());
    // Three shards, two workers at a time: the third bundle is empty by the queue, not missing.
    expect(result.shards.map((s) => s.bundle.shard.index)).toEqual([1, 2, 3]);
    for (const s of result.shards) {
      expect(s.bundle.queue?.kind).toBe('local');
      expect(s.bundle.queue?.batches.flatMap((b) => b.items)).toEqual(s.bundle.items);
    }
    expect(result.shards[2]?.bundle.items).toEqual([]);
    expect(report.summary).toMatchObject({ tests: 6, passed: 5, flaky: 1, failed: 0 });
    expect(report.shards.missing).toEqual([]);
    expect(result.verdict).toBe('ok');
    expect(comment).toMatch(/balanced at run time: \d+ batch(es)? from one queue/);
  });

  it('runs a {files} command once per batch, with the batch’s files', async () => {
    const command = [
      'node',
      '--test',
      '--test-reporter=junit',
      '--test-reporter-destination={results}/junit.xml',
      '{files}',
    ];
    const { result, report } = await run('queue', command, 3);
    const batches = result.shards.flatMap((s) => s.bundle.queue?.batches ?? []);
    expect(batches.flatMap((b) => b.items).sort()).toEqual([...files].sort());
    expect(new Set(batches.map((b) => b.sequence)).size).toBe(batches.length);
    // Each batch's first try is one invocation: one try record per batch, plus the flaky file's retry.
    const firstTries = result.shards.flatMap((s) => s.bundle.tries.filter((t) => t.index === 1));
    expect(firstTries).toHaveLength(batches.length);
    expect(report.summary.tests).toBe(6);
  });

  it('with --requeue, a file that failed on one worker runs on another, and is reported flaky once', async () => {
    // Flaky by order, not by try: it fails on its first run in the folder, wherever that is.
    const flaky = `import { test } from 'node:test';
import { existsSync, writeFileSync } from 'node:fs';
test('flaky on the first try', () => {
  if (!existsSync('ran-once')) { writeFileSync('ran-once', ''); throw new Error('first run'); }
});
`;
    const { result, report } = await run(
      'queue',
      PER_FILE_COMMAND,
      2,
      { retries: 0, requeue: { max: 1, tolerance: 1 } },
      { 'test/flaky.test.mjs': flaky },
    );
    const batches = result.shards.flatMap((s) =>
      (s.bundle.queue?.batches ?? []).map((b) => ({ ...b, worker: s.bundle.shard.index })),
    );
    const first = batches.find((b) => b.requeued !== undefined);
    const again = batches.find((b) => b.requeueOf !== undefined);
    expect(first?.requeued).toEqual(['test/flaky.test.mjs']);
    expect(again?.items).toEqual(['test/flaky.test.mjs']);
    expect(again?.worker).not.toBe(first?.worker);
    expect(report.summary).toMatchObject({ tests: 5, passed: 4, flaky: 1, failed: 0 });
    expect(result.verdict).toBe('ok');
  });

  it('with --requeue and --bail, a failure the queue puts back does not stop the run', async () => {
    // The flaky file goes first and fails there; requeued, it passes on the other worker. Counting its first
    // failure, --bail 1 would have stopped the run with the other files not run.
    const flaky = `import { test } from 'node:test';
import { existsSync, writeFileSync } from 'node:fs';
test('flaky on the first try', () => {
  if (!existsSync('ran-once')) { writeFileSync('ran-once', ''); throw new Error('first run'); }
});
`;
    const { result, report } = await run(
      'queue',
      PER_FILE_COMMAND,
      2,
      { retries: 0, requeue: { max: 1, tolerance: 1 }, bail: 1 },
      { 'test/flaky.test.mjs': flaky },
      ['test/flaky.test.mjs'],
    );
    const batches = result.shards.flatMap((s) => s.bundle.queue?.batches ?? []);
    expect(result.shards.every((s) => s.bundle.bailed === undefined)).toBe(true);
    expect(batches.find((b) => b.requeued !== undefined)?.requeued).toEqual(['test/flaky.test.mjs']);
    expect(new Set(batches.flatMap((b) => b.items))).toEqual(new Set(files));
    expect(report.summary).toMatchObject({ tests: 5, passed: 4, flaky: 1, failed: 0 });
    expect(result.verdict).toBe('ok');
  });

  it('with --balance static, each shard runs exactly its planned items', async () => {
    const { plan, result } = await run('static', PER_FILE_COMMAND, 3);
    for (const s of result.shards) {
      expect(s.bundle.queue).toBeUndefined();
      expect(s.bundle.items).toEqual(plan.shards[s.bundle.shard.index - 1]?.items);
    }
  });
});
