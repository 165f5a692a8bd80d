/**
 * Re-running only what failed on GitLab: a retried shard job (a new `CI_JOB_ID`, the same `CI_JOB_NAME`, the
 * same pipeline) lists its pipeline's jobs with the retried ones through the real `@gitbeaker/rest` client
 * against the fake GitLab, downloads the artifacts archive of the job it retries (the staged
 * `.tessera/artifacts/tessera-shard-*` the template uploads), runs the one failing file of five, and stores a
 * bundle that carries the other results forward. The CLI runs in-process in CI mode, as the template runs
 * it; between the two jobs the test does what the runner does: zip the job's `artifacts: paths:` and upload
 * them, and start the next job in a fresh workspace.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { previousJobOf } from '../../../providers/gitlab/previous-attempt.js';
import { parseReport } from '../../../src/report/report-document.js';
import { setProcessEnv } from '../../fake-servers/github/runner-env.js';
import { FakeGitlab } from '../../fake-servers/gitlab/server.js';
import { BROKEN, calls, COUNTING_COMMAND, writeRerunSuite } from '../../run/rerun-fixture.js';
import { modernPushEnv } from './env-dumps.js';

const TOKEN = 'glpat-rerunTokenNeverLogged0123';
const JOB_TOKEN = 'jobTokenOfTheShardNeverLogged01';
const PIPELINE = 700;
const JOB_NAME = 'tessera-test';

let fake: FakeGitlab;
let cwd: string;
let output: string;
const home = process.cwd();

beforeAll(async () => {
  fake = await new FakeGitlab().start();
  fake.tokens.set(TOKEN, { scopes: ['read_api'], username: 'tessera-bot' });
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(async () => {
  fake.reset();
  fake.jobToken = JOB_TOKEN;
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

/** One shard job of the pipeline, job `jobId`, in the runner's environment; resolves with its exit code. */
async function shardJob(jobId: number, token: string | undefined = TOKEN): Promise<number> {
  const restore = setProcessEnv({
    ...modernPushEnv(),
    GITLAB_CI: 'true',
    CI_SERVER_URL: fake.url,
    CI_API_V4_URL: fake.apiUrl,
    CI_PROJECT_ID: '4242',
    CI_PROJECT_PATH: 'acme/shop',
    CI_PROJECT_URL: `${fake.url}/acme/shop`,
    CI_PROJECT_DIR: cwd,
    CI_PIPELINE_ID: String(PIPELINE),
    CI_PIPELINE_URL: `${fake.url}/acme/shop/-/pipelines/${PIPELINE}`,
    CI_JOB_ID: String(jobId),
    CI_JOB_NAME: JOB_NAME,
    CI_JOB_URL: `${fake.url}/acme/shop/-/jobs/${jobId}`,
    CI_JOB_TOKEN: JOB_TOKEN,
    GITLAB_TOKEN: token,
    TESSERA_TOKEN: undefined,
    TESSERA_PROVIDER: undefined,
    GITHUB_ACTIONS: undefined,
  });
  try {
    return await main([
      'run',
      '--ci',
      '--provider',
      'gitlab',
      '--shard',
      '1/1',
      '--tests',
      'test/*.test.mjs',
      '--',
      ...COUNTING_COMMAND,
    ]);
  } finally {
    restore();
  }
}

/** What the runner does after a job: zip its `artifacts: paths:` (the shard folders under `.tessera/artifacts`). */
async function uploadArtifacts(): Promise<Buffer> {
  const root = join(cwd, '.tessera', 'artifacts');
  const files: Record<string, Uint8Array> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const inWorkspace = relative(cwd, path).split(sep).join('/');
    if (entry.isFile() && /^\.tessera\/artifacts\/tessera-shard-[^/]+\//.test(inWorkspace))
      files[inWorkspace] = await readFile(path);
  }
  return Buffer.from(zipSync(files));
}

/** Every file a job left in its workspace's `.tessera/`, as text: where a leaked token would be. */
async function workspaceText(): Promise<string> {
  const root = join(cwd, '.tessera');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'latin1')),
  );
  return texts.join('\n');
}

const wholeShardLines = (): string[] => output.split('\n').filter((l) => l.includes('runs the whole shard'));

describe('a retried GitLab shard job', () => {
  it('runs only the failing file of the job it retries and stores a bundle that carries the rest', async () => {
    // Other jobs of the pipeline, so that the list spans two pages of 100.
    for (let i = 0; i < 120; i++)
      fake.addJob({ pipelineId: PIPELINE, id: 8000 + i, name: `lint ${i}`, status: 'success' });
    const first = fake.addJob({ pipelineId: PIPELINE, id: 9001, name: JOB_NAME, status: 'running' });
    expect(await shardJob(9001), output).toBe(1);
    expect(await calls(cwd)).toHaveLength(5);
    expect(wholeShardLines()).toEqual([]);
    first.status = 'failed';
    first.zip = await uploadArtifacts();

    // "Retry": a new job of the same name; the runner starts it in a fresh workspace.
    fake.addJob({ pipelineId: PIPELINE, id: 9050, name: JOB_NAME, status: 'running' });
    await rm(join(cwd, '.tessera'), { recursive: true, force: true });
    await rm(join(cwd, 'FAIL'));
    await writeFile(join(cwd, 'calls.log'), '');
    fake.requests.length = 0;
    expect(await shardJob(9050), output).toBe(0);
    expect(await calls(cwd)).toEqual([BROKEN]);
    expect(output).toMatch(
      /attempt 2 re-runs 1 of 5 items with failures in attempt 1; 5 results carried forward/,
    );
    expect(output).toContain('bundle stored as artifact tessera-shard-1-of-1-attempt-2');
    expect(fake.requests).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/api\/v4\/projects\/4242\/pipelines\/700\/jobs\?.*include_retried=true/),
        expect.stringMatching(/^GET \/api\/v4\/projects\/4242\/pipelines\/700\/jobs\?.*page=2/),
        'GET /api/v4/projects/4242/jobs/9001/artifacts',
      ]),
    );
    expect(fake.credentialsSeen.has(TOKEN)).toBe(true);
    expect(output).not.toContain(TOKEN);
    expect(await workspaceText()).not.toContain(TOKEN);

    // The report job gets this job's artifacts only (`needs:` takes the latest job of a name): it counts
    // every test once, as a full re-run would.
    expect(await main(['report', '--from', '.tessera/artifacts', '--json', 'report.json'])).toBe(0);
    const report = parseReport(JSON.parse(await readFile(join(cwd, 'report.json'), 'utf8')), 'report.json');
    expect(report.summary).toMatchObject({ tests: 7, passed: 7, failed: 0, flaky: 0, skipped: 0 });
    expect(report.rerun).toEqual({ attempt: 2, reran: 2, tests: 7, shards: [1] });
  });

  it('without an access token runs the whole shard and says why in one line', async () => {
    fake.addJob({ pipelineId: PIPELINE, id: 9001, name: JOB_NAME, status: 'failed', zip: Buffer.alloc(0) });
    fake.addJob({ pipelineId: PIPELINE, id: 9050, name: JOB_NAME, status: 'running' });
    expect(await shardJob(9050, ''), output).toBe(1);
    expect(await calls(cwd)).toHaveLength(5);
    expect(wholeShardLines()).toEqual([
      "tessera run: a retry of this job runs the whole shard: GitLab numbers no job attempts, and without an access token this job cannot list its pipeline's retried jobs (CI_JOB_TOKEN may not); set GITLAB_TOKEN (a masked CI/CD variable holding a project, group or personal access token with the read_api scope) to re-run only what failed",
    ]);
    expect(fake.requests.filter((r) => r.includes('/jobs'))).toEqual([]);
    expect(output).not.toContain(JOB_TOKEN);
  });

  it('when GitLab refuses the token, runs the whole shard and names the scope, never the token', async () => {
    const unknown = 'glpat-revokedTokenNeverLogged012';
    fake.addJob({ pipelineId: PIPELINE, id: 9001, name: JOB_NAME, status: 'failed' });
    fake.addJob({ pipelineId: PIPELINE, id: 9050, name: JOB_NAME, status: 'running' });
    expect(await shardJob(9050, unknown), output).toBe(1);
    expect(await calls(cwd)).toHaveLength(5);
    expect(wholeShardLines()).toEqual([
      'tessera run: a retry of this job runs the whole shard: GitLab refused to list the jobs of pipeline 700 with the retried ones in 4242 (HTTP 401): give the token the read_api (or api) scope and at least the Reporter role',
    ]);
    expect(fake.credentialsSeen.has(unknown)).toBe(true);
    expect(output).not.toContain(unknown);
    expect(await workspaceText()).not.toContain(unknown);
  });

  it('when the job it retries kept no artifacts, runs the whole shard and says so', async () => {
    fake.addJob({ pipelineId: PIPELINE, id: 9001, name: JOB_NAME, status: 'failed' });
    fake.addJob({ pipelineId: PIPELINE, id: 9050, name: JOB_NAME, status: 'running' });
    expect(await shardJob(9050), output).toBe(1);
    expect(await calls(cwd)).toHaveLength(5);
    expect(wholeShardLines()).toEqual([
      'tessera run: a retry of this job runs the whole shard: job 9001 (the attempt this job retries) kept no artifacts (they expired, or the job ended before uploading them)',
    ]);
    expect(output).toContain('bundle stored as artifact tessera-shard-1-of-1');
    expect(output).not.toContain(TOKEN);
  });
});

describe('previousJobOf', () => {
  const job = (id: number, name: string, status: string) => ({ id, name, status });
  it('takes the latest earlier job of the same name that ran to an end', () => {
    const jobs = [
      job(10, 'tessera-test 1/2', 'failed'),
      job(11, 'tessera-test 2/2', 'failed'),
      job(14, 'tessera-test 1/2', 'success'),
      job(15, 'tessera-test 1/2', 'canceled'),
      job(20, 'tessera-test 1/2', 'running'),
      job(25, 'tessera-test 1/2', 'failed'),
    ];
    expect(previousJobOf(jobs, { id: 20, name: 'tessera-test 1/2' })).toEqual({
      job: job(14, 'tessera-test 1/2', 'success'),
      earlier: 3,
    });
    expect(previousJobOf(jobs, { id: 10, name: 'tessera-test 1/2' })).toEqual({ earlier: 0 });
    expect(previousJobOf([job(5, 'a', 'canceled')], { id: 6, name: 'a' })).toEqual({ earlier: 1 });
  });
});
