/**
 * End to end on GitLab (issue 14, "What it must show"): the component's own jobs (templates/tessera.yml,
 * inputs interpolated) run as a GitLab runner runs them (support/gitlab-runner.ts: `sh -e`, predefined
 * variables, `parallel:`, artifacts through `needs:`, dotenv variables), the CLI being the current sources,
 * against a fake GitLab on 127.0.0.1 speaking GitLab's REST API (notes with pagination headers, job
 * artifacts by ref and job name, GitLab's error bodies), driven by the real @gitbeaker/rest:
 *
 * 1. a push pipeline on the default branch leaves a history (the report job's artifact);
 * 2. a merge request pipeline with a flaky test and a new failure writes one note, the JUnit, Code Quality
 *    and dotenv reports and the history;
 * 3. a second pipeline of the MR edits the same note and compares with the base branch;
 * 4. two report jobs racing leave one note;
 * 5. 500, 502 and 429 (Retry-After) are retried;
 * 6. without a token: one warning, and everything else still works;
 * 7. a retried shard job finds the job it retries through the jobs API and runs only its failing file again.
 *
 * No token value appears in any job's output, report file or note.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDotenv } from '../../providers/gitlab/reports.js';
import { historyFileName } from '../../src/history/index.js';
import { FakeGitlab } from '../fake-servers/gitlab/server.js';
import { cliBundle } from '../support/cli-bundle.js';
import { GitlabRunner, type JobResult, type PipelineSpec } from './support/gitlab-runner.js';
import { checkout, SUITE, TEST_COMMAND, TESTS_GLOB } from './support/workspace.js';

const TOKEN = 'glpat-e2eNoteTokenNeverShown0123';
const JOB_TOKEN = 'e2eJobTokenNeverShown456789';
const MARKER = '<!-- tessera:report -->';
const MR = 7;
const SHARDS = 2;

// The merge request breaks the discount: a new failure against main.
const PRICING_MR = `import assert from 'node:assert/strict';
import { test } from 'node:test';

const prices = { book: 100 };
const discounted = async (item, code) => (code === 'SAVE10' ? prices[item] * 0.8 : prices[item]);

test('lists the price', async () => assert.equal(prices.book, 100));
test('${SUITE.failingTest}', async () => {
  assert.equal(await discounted('book', 'SAVE10'), 90);
});
`;

let scratch: string;
let fake: FakeGitlab;
let runner: GitlabRunner;
const outputs: string[] = [];

const main: PipelineSpec = { id: 100, ref: 'main', sha: 'a'.repeat(40) };
const mrPipeline = (id: number): PipelineSpec => ({
  id,
  ref: 'feature/discount',
  sha: `${id}`.padEnd(40, 'b'),
  mergeRequest: { iid: MR, target: 'main' },
});

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tessera-e2e-gitlab-'));
  fake = await new FakeGitlab().start();
  fake.tokens.set(TOKEN, { scopes: ['api'], username: 'tessera-bot' });
  fake.jobToken = JOB_TOKEN;
  // TESSERA_GITLAB_CLI runs another build, e.g. `node dist/cli/index.js` after `npm run build`.
  const tessera = process.env.TESSERA_GITLAB_CLI || `node ${cliBundle()}`;
  runner = new GitlabRunner(
    fake,
    scratch,
    { tests: TESTS_GLOB, 'test-command': TEST_COMMAND, shards: SHARDS, retries: 1, install: 'true', tessera },
    async (pipeline) => {
      const dir = await checkout(scratch, 'base');
      if (pipeline.mergeRequest) await writeFile(join(dir, SUITE.pricing), PRICING_MR);
      return dir;
    },
  );
}, 60_000);

afterAll(async () => {
  await fake?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

afterEach(() => {
  expect(fake.problems).toEqual([]);
  // No token in any job's log (the notes are checked where they are written).
  for (const output of outputs) {
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(JOB_TOKEN);
  }
});

const withToken = { GITLAB_TOKEN: TOKEN };

async function job(
  pipeline: PipelineSpec,
  name: string,
  variables: Record<string, string> = withToken,
): Promise<JobResult[]> {
  const results = await runner.run(pipeline, name, variables);
  outputs.push(...results.map((r) => r.output));
  return results;
}

/** Plan and shards of a pipeline; resolves with the shard jobs. */
async function planAndShards(pipeline: PipelineSpec): Promise<JobResult[]> {
  const [plan] = await job(pipeline, 'tessera-plan');
  expect(plan?.exitCode, plan?.output).toBe(0);
  const shards = await job(pipeline, 'tessera-test');
  expect(shards).toHaveLength(SHARDS);
  return shards;
}

const read = (result: JobResult | undefined, path: string): Promise<string> =>
  readFile(join(result?.workspace ?? '', path), 'utf8');

const notes = () => fake.notesOf(MR).filter((n) => n.body.includes(MARKER));

describe('the GitLab component end to end, against a fake GitLab', () => {
  let firstNote: { id: number; body: string };

  it('a push pipeline on the default branch: passes, and its report job keeps the history', async () => {
    const shards = await planAndShards(main);
    expect(shards.map((s) => s.exitCode)).toEqual([0, 0]);
    const [report] = await job(main, 'tessera-report');
    expect(report?.exitCode, report?.output).toBe(0);
    expect(await read(report, '.tessera/history/main.json.gz').then((t) => t.length)).toBeGreaterThan(0);
    expect(fake.notes).toEqual([]);
    await runner.succeeded(main);
  }, 60_000);

  it('an MR pipeline with a flaky test and a new failure: one note, JUnit, Code Quality, dotenv, history', async () => {
    const pipeline = mrPipeline(101);
    fake.requests.length = 0;
    await planAndShards(pipeline);
    // The plan read main's history with one call: the report job's artifacts of main's latest pipeline;
    // each shard job listed the pipeline's jobs once, found no job it retries, and said nothing.
    expect(fake.requests.filter((r) => !r.includes('/pipelines/101/jobs?'))).toEqual([
      'GET /api/v4/projects/4242/jobs/artifacts/main/download?job=tessera-report',
    ]);
    expect(
      fake.requests.filter((r) => /\/pipelines\/101\/jobs\?.*include_retried=true/.test(r)),
    ).toHaveLength(SHARDS);
    expect(outputs.join('\n')).not.toContain('runs the whole shard');
    const [report] = await job(pipeline, 'tessera-report');
    expect(report?.exitCode, report?.output).toBe(1);

    expect(notes()).toHaveLength(1);
    const [note] = notes();
    firstNote = { id: note?.id ?? 0, body: note?.body ?? '' };
    expect(note?.author).toBe('tessera-bot');
    expect(firstNote.body.startsWith(MARKER)).toBe(true);
    expect(firstNote.body).toContain(SUITE.failingTest);
    expect(firstNote.body).toContain(SUITE.flakyTest);
    expect(firstNote.body).toContain('New failures');
    expect(firstNote.body).toContain('Compared with main');
    expect(firstNote.body).toContain(`${fake.url}/acme/shop/-/pipelines/101`);
    // The HTML report, an exposed artifact of the report job, is linked from the note.
    expect(firstNote.body).toMatch(
      /\/-\/jobs\/\d+\/artifacts\/file\/\.tessera\/artifacts\/tessera-report\/report\.html/,
    );

    const junit = await read(report, '.tessera/gitlab/junit.xml');
    expect(junit).toContain('<failure');
    expect(junit).toContain(SUITE.failingTest);
    const codequality = JSON.parse(await read(report, '.tessera/gitlab/codequality.json')) as {
      severity: string;
      location: { path: string };
    }[];
    expect(codequality).toContainEqual(
      expect.objectContaining({
        severity: 'major',
        location: expect.objectContaining({ path: SUITE.pricing }),
      }),
    );
    expect(codequality).toContainEqual(
      expect.objectContaining({
        severity: 'minor',
        location: expect.objectContaining({ path: SUITE.debounce }),
      }),
    );
    const dotenv = parseDotenv(await read(report, '.tessera/gitlab/tessera.env'));
    expect(Object.fromEntries(dotenv)).toMatchObject({
      TESSERA_TESTS: String(SUITE.tests),
      TESSERA_FAILED: '1',
      TESSERA_FLAKY: '1',
      TESSERA_COMMENT_URL: `${fake.url}/acme/shop/-/merge_requests/${MR}#note_${firstNote.id}`,
    });
    const history = await readdir(join(report?.workspace ?? '', '.tessera/history'));
    expect(history).toEqual([historyFileName('feature/discount')]);
    for (const file of [
      '.tessera/gitlab/junit.xml',
      '.tessera/gitlab/tessera.env',
      '.tessera/report/summary.md',
    ])
      expect(await read(report, file)).not.toContain(TOKEN);
  }, 60_000);

  it('a second MR pipeline edits the same note and compares with the base branch', async () => {
    const pipeline = mrPipeline(102);
    await planAndShards(pipeline);
    fake.requests.length = 0;
    const [report] = await job(pipeline, 'tessera-report');
    expect(report?.exitCode).toBe(1);
    expect(notes()).toHaveLength(1);
    expect(notes()[0]?.id).toBe(firstNote.id);
    expect(notes()[0]?.body).not.toBe(firstNote.body);
    expect(notes()[0]?.body).toContain(`${fake.url}/acme/shop/-/pipelines/102`);
    expect(notes()[0]?.body).toContain('Compared with main');
    expect(fake.requests).toContain(
      `PUT /api/v4/projects/acme%2Fshop/merge_requests/${MR}/notes/${firstNote.id}`,
    );
    expect(fake.requests.some((r) => r.startsWith('POST '))).toBe(false);
  }, 60_000);

  // The next ones re-run the report job of that pipeline, as GitLab's "Retry" does: its shard jobs stay.
  it('two report jobs racing (a retried job and the original) leave one note', async () => {
    const pipeline = mrPipeline(102);
    fake.notes.length = 0;
    fake.requests.length = 0;
    // Both list the notes before either creates one.
    fake.holdUntil(/^GET .*\/merge_requests\/7\/notes$/, 2);
    const [a, b] = await Promise.all([job(pipeline, 'tessera-report'), job(pipeline, 'tessera-report')]);
    expect([a[0]?.exitCode, b[0]?.exitCode]).toEqual([1, 1]);
    expect(fake.requests.filter((r) => r.startsWith('POST ')).length).toBe(2);
    expect(notes()).toHaveLength(1);
  }, 60_000);

  it('retries 500, 502 and 429 (waiting as Retry-After says)', async () => {
    const pipeline = mrPipeline(102);
    // The note holds an older report, so this job must edit it (a PUT, which gets the 502).
    const stored = notes()[0];
    if (stored) stored.body = `${MARKER}\nan older report`;
    fake.fail({ match: /^GET .*\/notes$/, status: 429, times: 1, headers: { 'retry-after': '1' } });
    fake.fail({ match: /^GET .*\/notes$/, status: 500, times: 1 });
    fake.fail({ match: /^PUT .*\/notes\/\d+$/, status: 502, times: 1 });
    const [report] = await job(pipeline, 'tessera-report');
    expect(report?.exitCode).toBe(1);
    expect(report?.output).toMatch(/GitLab answered HTTP 429; try 2 of 4 in 1 s/);
    // The 500 answers the retried list request: its second try.
    expect(report?.output).toMatch(/GitLab answered HTTP 500; try 3 of 4/);
    expect(report?.output).toMatch(/GitLab answered HTTP 502; try 2 of 4/);
    expect(report?.output).toMatch(/PR comment updated/);
    expect(notes()).toHaveLength(1);
    expect(notes()[0]?.body).toContain(`${fake.url}/acme/shop/-/pipelines/102`);
  }, 60_000);

  it('without a token: one warning naming GITLAB_TOKEN, no note, everything else published', async () => {
    const pipeline = mrPipeline(102);
    fake.requests.length = 0;
    const before = notes()[0]?.body;
    const [report] = await job(pipeline, 'tessera-report', {});
    expect(report?.exitCode).toBe(1);
    const warnings = (report?.output ?? '').split('\n').filter((l) => l.includes('warning: no token'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/GITLAB_TOKEN.*`api` scope.*CI_JOB_TOKEN cannot write merge request notes/);
    expect(fake.requests.some((r) => /\/notes/.test(r))).toBe(false);
    expect(notes()[0]?.body).toBe(before);
    expect(await read(report, '.tessera/gitlab/junit.xml')).toContain('<failure');
    expect(parseDotenv(await read(report, '.tessera/gitlab/tessera.env')).get('TESSERA_FAILED')).toBe('1');
    expect(await read(report, '.tessera/report/summary.md')).toContain(SUITE.failingTest);
  }, 60_000);

  it('a retried shard job runs only its failing file again, and the report counts as a full run', async () => {
    const pipeline = mrPipeline(102);
    const failed = fake.pipelineJobs.find(
      (j) => j.pipelineId === pipeline.id && j.name.startsWith('tessera-test ') && j.status === 'failed',
    );
    if (!failed) throw new Error('pipeline 102 has no failed shard job');
    fake.requests.length = 0;
    const retried = await runner.retry(pipeline, failed.name, withToken);
    outputs.push(retried.output);
    expect(retried.exitCode, retried.output).toBe(1);
    expect(retried.output).toMatch(/attempt 2 re-runs 1 of \d+ items with failures in attempt 1/);
    expect(retried.output).toMatch(/bundle stored as artifact tessera-shard-\d-of-2-attempt-2/);
    expect(fake.requests).toContain(`GET /api/v4/projects/4242/jobs/${failed.id}/artifacts`);

    // The report job gets the retried job's artifacts in place of the first one's (`needs:`).
    const [report] = await job(pipeline, 'tessera-report', {});
    expect(report?.exitCode).toBe(1);
    expect(Object.fromEntries(parseDotenv(await read(report, '.tessera/gitlab/tessera.env')))).toMatchObject({
      TESSERA_TESTS: String(SUITE.tests),
      TESSERA_FAILED: '1',
      TESSERA_FLAKY: '1',
    });
  }, 60_000);
});
