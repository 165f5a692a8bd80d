/**
 * CI mode end to end on the local provider (`--provider local`): the same verbs as on a CI, with the plan
 * and the bundles moving through the staged artifact store under `.tessera/artifacts/`, the history kept per
 * branch, and the report published to the local job summary and outputs. This is the provider-neutral half
 * of the GitHub end-to-end test (test/e2e/github-action.test.ts).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobStartedAt } from '../../src/cli/ci-session.js';
import { main } from '../../src/cli/main.js';
import { decodeHistory } from '../../src/history/index.js';
import { historyFileName } from '../../src/history/local-store.js';
import { UsageError } from '../../src/model/index.js';
import { readBundle } from '../../src/run/bundle.js';
import { setupOf } from '../../src/run/shard.js';
import { FAILING_FILE, PER_FILE_COMMAND, writeSuite } from '../run/fixture-suite.js';

let cwd: string;
let stdout: string;
let stderr: string;
const home = process.cwd();
beforeEach(async () => {
  cwd = await writeSuite({ 'test/broken.test.mjs': FAILING_FILE });
  process.chdir(cwd);
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  // The CLI prints its errors with console.error, which Vitest intercepts before process.stderr.
  vi.spyOn(console, 'error').mockImplementation(
    (...args: unknown[]) => void (stderr += `${args.join(' ')}\n`),
  );
  // The local provider takes the branch from git, or from TESSERA_BRANCH; the suite folder is no repository.
  vi.stubEnv('TESSERA_BRANCH', 'feature/x');
  vi.stubEnv('TESSERA_PROVIDER', '');
});
afterEach(() => {
  process.chdir(home);
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const local = ['--provider', 'local'];
const outputs = async (): Promise<Record<string, string>> =>
  JSON.parse(await readFile(join(cwd, '.tessera/outputs.json'), 'utf8')) as Record<string, string>;
const artifacts = async (): Promise<string[]> => (await readdir(join(cwd, '.tessera/artifacts'))).sort();

async function planAndRunShards(): Promise<void> {
  expect(await main(['plan', ...local, '--tests', 'test/*.test.mjs', '--shards', '2'])).toBe(0);
  for (const shard of ['1/2', '2/2'])
    await main(['run', ...local, '--shard', shard, '--retries', '1', '--', ...PER_FILE_COMMAND]);
}

describe('CI mode on the local provider', () => {
  it('plan stores the plan as an artifact and sets the matrix, shards and plan outputs', async () => {
    expect(await main(['plan', ...local, '--tests', 'test/*.test.mjs', '--shards', '2'])).toBe(0);
    expect(existsSync(join(cwd, '.tessera/plan.json'))).toBe(true);
    expect(await artifacts()).toEqual(['tessera-plan']);
    expect(await readFile(join(cwd, '.tessera/artifacts/tessera-plan/plan.json'), 'utf8')).toBe(
      await readFile(join(cwd, '.tessera/plan.json'), 'utf8'),
    );
    expect(await outputs()).toEqual({
      matrix: '{"include":[{"shard":1,"total":2},{"shard":2,"total":2}]}',
      shards: '2',
      items: '5',
      'empty-shards': '',
      plan: '.tessera/plan.json',
    });
  });

  it('shard jobs fetch the plan artifact, record the run facts and store their bundles', async () => {
    vi.stubEnv('TESSERA_JOB_STARTED_AT', String(Date.now() - 5_000));
    await planAndRunShards();
    expect(await artifacts()).toEqual(['tessera-plan', 'tessera-shard-1-of-2', 'tessera-shard-2-of-2']);
    const plan = JSON.parse(await readFile(join(cwd, '.tessera/plan.json'), 'utf8')) as {
      shards: { items: string[] }[];
    };
    const bundle = await readBundle(join(cwd, '.tessera/artifacts/tessera-shard-1-of-2/bundle.json'));
    expect(bundle.items).toEqual(plan.shards[0]?.items);
    expect(bundle.run).toMatchObject({ provider: 'local', branch: 'feature/x', attempt: 1 });
    expect(bundle.setupMs).toBeGreaterThanOrEqual(5_000);
    expect(bundle.setupMs).toBeLessThan(60_000);
  });

  it('report downloads the bundles, keeps the branch history and publishes summary and outputs', async () => {
    await planAndRunShards();
    stdout = '';
    expect(await main(['report', ...local])).toBe(1); // test/broken.test.mjs fails on every try
    expect(stdout).toMatch(/downloaded 2 shard bundles/);
    // Annotations on the local provider are log lines naming the file.
    expect(stdout).toMatch(/error: .*test\/broken\.test\.mjs/);
    const published = await outputs();
    expect(published).toMatchObject({ failed: '1', flaky: '1', 'comment-url': '' });
    expect(Number(published.tests)).toBeGreaterThanOrEqual(4);
    expect(await readFile(join(cwd, '.tessera/summary.md'), 'utf8')).toMatch(/broken/);
    const read = decodeHistory(await readFile(join(cwd, '.tessera/history', historyFileName('feature/x'))));
    expect(read.ok).toBe(true);

    // The second report compares with the first: the failure is no longer new.
    stdout = '';
    expect(await main(['report', ...local, '--json', 'report.json'])).toBe(1);
    const report = JSON.parse(await readFile(join(cwd, 'report.json'), 'utf8')) as {
      comparison: { baseline: unknown; stillFailing: unknown[]; newFailures: unknown[] };
    };
    expect(report.comparison.baseline).not.toBeNull();
    expect(report.comparison.newFailures).toEqual([]);
    expect(report.comparison.stillFailing).toHaveLength(1);
  });

  it('a missing shard fails the report and is named', async () => {
    await planAndRunShards();
    await rm(join(cwd, '.tessera/artifacts/tessera-shard-2-of-2'), { recursive: true });
    stdout = '';
    await main(['report', ...local]);
    expect(`${stdout}${stderr}`).toMatch(/shard 2\b[^\n]*missing|missing[^\n]*shard 2\b/i);
    expect(process.exitCode).toBe(1);
  });

  it('a shard the plan left empty gets no matrix entry, runs no job, and the report accounts for it', async () => {
    const tests = ['--tests', 'test/alpha.test.mjs', '--tests', 'test/beta.test.mjs'];
    expect(await main(['plan', ...local, ...tests, '--shards', '3'])).toBe(0);
    const planned = await outputs();
    const empty = Number(planned['empty-shards']);
    expect(planned.items).toBe('2');
    expect(empty).toBeGreaterThanOrEqual(1);
    // Only the shards with files, each with the planned total, so `--shard i/3` stays right.
    const matrix = JSON.parse(planned.matrix ?? '') as { include: { shard: number; total: number }[] };
    expect(matrix.include).toHaveLength(2);
    expect(matrix.include.map((leg) => leg.shard)).not.toContain(empty);
    for (const { shard, total } of matrix.include)
      expect(await main(['run', ...local, '--shard', `${shard}/${total}`, '--', ...PER_FILE_COMMAND])).toBe(
        0,
      );
    stdout = '';
    expect(await main(['report', ...local, '--json', 'report.json'])).toBe(0);
    expect(stdout).toContain(`Note: shard ${empty}/3 had nothing to run by plan`);
    expect(stdout).toContain('Shards: 2 of 3 reported, 1 had nothing to run by plan');
    const report = JSON.parse(await readFile(join(cwd, 'report.json'), 'utf8')) as {
      shards: { missing: number[]; emptyByPlan: number[] };
    };
    expect(report.shards).toMatchObject({ missing: [], emptyByPlan: [empty] });
  });

  it('a run without any bundle says what to do', async () => {
    expect(await main(['report', ...local])).toBe(1);
    expect(stderr).toMatch(/no shard bundles to report[\s\S]*tessera run --ci/);
  });

  it('refuses --ci with --local, and plan formats that CI mode does not write', async () => {
    expect(await main(['run', '--local', '--shards', '2', ...local, '--', 'true'])).toBe(2);
    expect(await main(['plan', ...local, '--tests', 'test/*.test.mjs', '--format', 'matrix'])).toBe(2);
    expect(stderr).toMatch(/--ci writes the JSON plan/);
  });
});

describe('job start and set-up time', () => {
  it('reads TESSERA_JOB_STARTED_AT as ISO 8601 or epoch milliseconds, and refuses anything else', () => {
    expect(jobStartedAt({ TESSERA_JOB_STARTED_AT: '2026-11-21T10:00:00Z' })?.toISOString()).toBe(
      '2026-11-21T10:00:00.000Z',
    );
    expect(jobStartedAt({ TESSERA_JOB_STARTED_AT: '1700000000000' })?.getTime()).toBe(1_700_000_000_000);
    expect(jobStartedAt({})).toBeUndefined();
    expect(() => jobStartedAt({ TESSERA_JOB_STARTED_AT: 'yesterday' })).toThrow(UsageError);
  });

  it('records set-up only when the start is before the tests and within a day', () => {
    const start = new Date('2026-11-21T10:00:00Z');
    expect(setupOf(new Date('2026-11-21T09:58:30Z'), start)).toEqual({ setupMs: 90_000 });
    expect(setupOf(undefined, start)).toEqual({});
    expect(setupOf(new Date('2026-11-21T10:00:05Z'), start)).toEqual({});
    expect(setupOf(new Date('2026-11-19T10:00:00Z'), start)).toEqual({});
  });
});
