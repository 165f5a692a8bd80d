/**
 * Fail fast, through the real CLI over a small node:test suite: recently failed and flaky files run first
 * (the history says which), and `--bail` stops after a failing file, names the files not run in the bundle
 * and the report, and fails the run.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildPlan, serializePlan, type Plan } from '../../src/plan/index.js';
import { parseReport } from '../../src/report/report-document.js';
import { readBundle } from '../../src/run/bundle.js';
import { FAILING_FILE, writeSuite } from './fixture-suite.js';

// One process per file, and each invocation appends its file to calls.log: the order the files ran in.
const LOGGED_COMMAND = [
  `echo {file} >> calls.log && '${process.execPath}' --test --test-reporter=junit ` +
    '--test-reporter-destination={results}/junit.xml {file}',
];

let cwd: string;
const home = process.cwd();
beforeEach(async () => {
  cwd = await writeSuite({ 'test/broken.test.mjs': FAILING_FILE });
  process.chdir(cwd);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.chdir(home);
  vi.restoreAllMocks();
});

/** The files the command ran, in order, since the last call; clears the log. */
async function calls(): Promise<string[]> {
  const text = await readFile(join(cwd, 'calls.log'), 'utf8').catch(() => '');
  await writeFile(join(cwd, 'calls.log'), '');
  return text.split('\n').filter((line) => line.length > 0);
}

/** Each file once, where it first ran (retries come later). */
function firstRuns(ran: readonly string[]): string[] {
  return ran.filter((file, i) => ran.indexOf(file) === i);
}

const ALL = [
  'test/alpha.test.mjs',
  'test/beta.test.mjs',
  'test/broken.test.mjs',
  'test/flaky.test.mjs',
  'test/gamma.test.mjs',
];

describe('fail fast: the run order', () => {
  it('runs the file that failed last time first, then the flaky one, and the plan says why', async () => {
    const local = (...flags: string[]): Promise<number> =>
      main([
        'run',
        '--local',
        '--shards',
        '1',
        '--retries',
        '1',
        '--tests',
        'test/*.test.mjs',
        '--history-dir',
        'hist',
        '--branch',
        'main',
        ...flags,
        '--',
        ...LOGGED_COMMAND,
      ]);
    // No history: equal estimates, so path order; broken fails on both tries, flaky passes on its retry.
    expect(await local()).toBe(1);
    const first = await calls();
    expect(first).toHaveLength(7);
    expect(firstRuns(first)).toEqual(ALL);

    // With the history of that run: the failed file first, then the flaky one, then the rest. A batch never
    // mixes priorities, so broken (and its retry) runs alone before anything else.
    expect(await local()).toBe(1);
    const second = await calls();
    expect(second).toHaveLength(7);
    expect(second.slice(0, 3)).toEqual([
      'test/broken.test.mjs',
      'test/broken.test.mjs',
      'test/flaky.test.mjs',
    ]);
    expect(firstRuns(second).slice(0, 2)).toEqual(['test/broken.test.mjs', 'test/flaky.test.mjs']);

    // `plan --history` shows the order and the reason for it.
    expect(
      await main([
        'plan',
        '--tests',
        'test/*.test.mjs',
        '--shards',
        '1',
        '--history',
        'hist/main.json.gz',
        '--format',
        'json',
        '--out',
        'plan.json',
      ]),
    ).toBe(0);
    const plan = JSON.parse(readFileSync(join(cwd, 'plan.json'), 'utf8')) as Plan;
    const units = plan.shards[0]?.units ?? [];
    expect(units.slice(0, 2)).toEqual([
      expect.objectContaining({
        items: ['test/broken.test.mjs'],
        priority: 'failed',
        reason: 'failed in 2 of the last 2 runs (test/broken.test.mjs)',
      }),
      expect.objectContaining({ items: ['test/flaky.test.mjs'], priority: 'flaky' }),
    ]);
    expect(units.slice(2).every((u) => u.priority === undefined)).toBe(true);
    expect(plan.runFirst).toEqual({ window: 2, failed: 1, flaky: 1 });
  });
});

describe('fail fast: --bail', () => {
  async function writePlan(items: string[], shards: number): Promise<string> {
    const path = join(cwd, 'plan.json');
    await writeFile(path, serializePlan(buildPlan({ items, shards })));
    return path;
  }

  it('stops a shard after its first failing file, lists the files not run, and fails the run', async () => {
    const plan = await writePlan(ALL, 1);
    const shard = ['run', '--plan', plan, '--shard', '1/1', '--retries', '1'];
    expect(await main([...shard, '--bail', '--', ...LOGGED_COMMAND])).toBe(1);
    // alpha, beta, broken, broken's retry; then nothing more.
    expect(await calls()).toEqual([
      'test/alpha.test.mjs',
      'test/beta.test.mjs',
      'test/broken.test.mjs',
      'test/broken.test.mjs',
    ]);
    const bundle = await readBundle(join(cwd, '.tessera/shards/tessera-shard-1-of-1/bundle.json'));
    expect(bundle.bailed).toEqual({
      after: 'test/broken.test.mjs',
      notRun: ['test/flaky.test.mjs', 'test/gamma.test.mjs'],
    });
    expect(bundle.exitCode).toBe(1);

    const report = [
      'report',
      '--from',
      '.tessera/shards',
      '--plan',
      plan,
      '--json',
      'r/report.json',
      '--markdown',
      'r/comment.md',
      '--html',
      'r/report.html',
    ];
    expect(await main(report)).toBe(1);
    const json = parseReport(JSON.parse(readFileSync(join(cwd, 'r/report.json'), 'utf8')), 'report.json');
    expect(json.notRun).toEqual([
      { file: 'test/flaky.test.mjs', shard: 1, after: 'test/broken.test.mjs' },
      { file: 'test/gamma.test.mjs', shard: 1, after: 'test/broken.test.mjs' },
    ]);
    // Not lost, not skipped: the matrix is complete and the skipped count does not hold them.
    expect(json.shards.missing).toEqual([]);
    expect(json.summary.skipped).toBe(0);
    const comment = readFileSync(join(cwd, 'r/comment.md'), 'utf8');
    expect(comment).toContain('2 files not run');
    expect(comment).toContain('test/gamma.test.mjs');
    const html = readFileSync(join(cwd, 'r/report.html'), 'utf8');
    expect(html).toContain('not run (bailed after <code>test/broken.test.mjs</code>');

    // --bail 2 goes on past the first failing file.
    expect(await main([...shard, '--bail', '2', '--', ...LOGGED_COMMAND])).toBe(1);
    expect(await calls()).toHaveLength(7);
    const whole = await readBundle(join(cwd, '.tessera/shards/tessera-shard-1-of-1/bundle.json'));
    expect(whole.bailed).toBeUndefined();
  });

  it('stops the whole local run, queue or static, and reports the files no shard ran', async () => {
    for (const balance of ['queue', 'static']) {
      const args = ['run', '--local', '--shards', '2', '--concurrency', '1', '--balance', balance];
      const code = await main([
        ...args,
        '--tests',
        'test/*.test.mjs',
        '--bail',
        '--json',
        'r/report.json',
        '--',
        ...LOGGED_COMMAND,
      ]);
      expect(code).toBe(1);
      const ran = await calls();
      expect(ran).toContain('test/broken.test.mjs');
      const report = parseReport(JSON.parse(readFileSync(join(cwd, 'r/report.json'), 'utf8')), 'report.json');
      const notRun = (report.notRun ?? []).map((n) => n.file);
      // Every file either ran or is named as not run, never both, never neither.
      expect([...firstRuns(ran), ...notRun].sort()).toEqual(ALL);
      expect(notRun.length).toBeGreaterThan(0);
      expect(report.notRun?.every((n) => n.after === 'test/broken.test.mjs')).toBe(true);
      expect(report.shards.missing).toEqual([]);
    }
  });
});
