/**
 * Re-running only what failed on GitHub (issue 21, part 1): a shard job re-run as attempt 2 of the same
 * workflow run (`GITHUB_RUN_ATTEMPT=2`) finds attempt 1's bundle among the run's artifacts through the real
 * `@actions/artifact` client against the fake GitHub (Twirp Results service and blob storage, which list
 * every attempt's artifacts of the run), runs the one failing file of five, and uploads a bundle that
 * carries the other results forward. The CLI runs in-process in CI mode, as the action runs it.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { parseReport } from '../../../src/report/report-document.js';
import { enterRun, runArtifacts } from '../../fake-servers/github/scenario.js';
import { FakeGithubToken, runnerEnv, setProcessEnv } from '../../fake-servers/github/runner-env.js';
import { FakeGithub } from '../../fake-servers/github/server.js';
import { corpusFile } from '../../support/corpus.js';
import { BROKEN, calls, COUNTING_COMMAND, writeRerunSuite } from '../../run/rerun-fixture.js';

let fake: FakeGithub;
let cwd: string;
let output: string;
const home = process.cwd();

beforeAll(async () => {
  fake = await new FakeGithub().start();
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(async () => {
  fake.reset();
  cwd = await writeRerunSuite();
  process.chdir(cwd);
  output = '';
  const capture = (chunk: unknown): boolean => ((output += String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  vi.spyOn(console, 'error').mockImplementation(
    (...args: unknown[]) => void (output += `${args.join(' ')}\n`),
  );
});
afterEach(async () => {
  process.chdir(home);
  vi.restoreAllMocks();
  expect(fake.problems).toEqual([]);
  await rm(cwd, { recursive: true, force: true });
});

/** One shard job of run `runId`, attempt `attempt`, in the runner's environment; resolves with its exit code. */
async function shardJob(runId: number, attempt: number): Promise<number> {
  enterRun(fake, { runId, attempt, headBranch: 'changes' });
  const temp = await mkdtemp(join(tmpdir(), 'tessera-gh-rerun-'));
  const eventPath = join(temp, 'event.json');
  await copyFile(corpusFile('github/webhook-payloads/pull_request.synchronize.json'), eventPath);
  await writeFile(join(temp, 'output'), '');
  const restore = setProcessEnv({
    ...runnerEnv(fake, cwd),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: String(attempt),
    GITHUB_SHA: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    RUNNER_TEMP: temp,
    TESSERA_PROVIDER: undefined,
  });
  try {
    return await main([
      'run',
      '--ci',
      '--shard',
      '1/1',
      '--tests',
      'test/*.test.mjs',
      '--',
      ...COUNTING_COMMAND,
    ]);
  } finally {
    restore();
    await rm(temp, { recursive: true, force: true });
  }
}

describe('a GitHub re-run attempt of a shard job', () => {
  it('attempt 2 runs only the failing file of attempt 1 and uploads a bundle that carries the rest', async () => {
    expect(await shardJob(501, 1)).toBe(1);
    expect(await calls(cwd)).toHaveLength(5);
    expect(runArtifacts(fake, 501).has('tessera-shard-1-of-1')).toBe(true);

    await rm(join(cwd, 'FAIL'));
    await writeFile(join(cwd, 'calls.log'), '');
    expect(await shardJob(501, 2), output).toBe(0);
    expect(await calls(cwd)).toEqual([BROKEN]);
    expect(output).toMatch(
      /attempt 2 re-runs 1 of 5 items with failures in attempt 1; 5 results carried forward/,
    );
    expect(output).toContain('bundle stored as artifact tessera-shard-1-of-1-attempt-2');
    expect(runArtifacts(fake, 501).has('tessera-shard-1-of-1-attempt-2')).toBe(true);
    expect(output).not.toContain(FakeGithubToken.value);

    // The report over both attempts counts every test once, from attempt 2, as a full re-run would.
    expect(await main(['report', '--from', '.tessera/shards', '--json', 'report.json'])).toBe(0);
    const report = parseReport(JSON.parse(await readFile(join(cwd, 'report.json'), 'utf8')), 'report.json');
    expect(report.summary).toMatchObject({ tests: 7, passed: 7, failed: 0, flaky: 0, skipped: 0 });
    expect(report.rerun).toEqual({ attempt: 2, reran: 2, tests: 7, shards: [1] });
  });

  it('a re-run attempt that finds no earlier bundle runs the whole shard and says why in one line', async () => {
    expect(await shardJob(502, 2), output).toBe(1);
    expect(await calls(cwd)).toHaveLength(5);
    const lines = output.split('\n').filter((l) => l.includes('runs the whole shard'));
    expect(lines).toEqual([
      "tessera run: attempt 2 runs the whole shard: no bundle of an earlier attempt of shard 1/1 among the run's artifacts",
    ]);
  });
});
