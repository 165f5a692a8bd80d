/**
 * End to end: the GitHub Action's bundle run the way the runner runs it (issue 5, "What it must show").
 *
 * Every job is a `node <bundle>/github/index.js` process with the runner's environment (support/
 * action-runner.ts): `INPUT_*` for every input of action.yml, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`
 * files, a real webhook payload at `GITHUB_EVENT_PATH`, and `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL`
 * and `GITHUB_API_URL` pointing at a FakeGithub on 127.0.0.1 (Twirp Results service, blob storage, REST,
 * every REST request and response checked against corpus/github/openapi-subset: `problems` stays empty).
 * Each job checks out a fresh copy of a small node:test repository (support/workspace.ts); jobs talk to
 * each other only through the fake, as the jobs of a real workflow run do through GitHub.
 *
 * Which bundle: the committed dist/github/index.js, the file action.yml runs. `npm test` proves it is the
 * current sources' build (`check:dist` builds afresh and compares byte for byte), so testing it tests the
 * sources too, without paying a second build (about 25 s here) inside the test run. While editing,
 * TESSERA_E2E_BUNDLE=fresh builds the current sources into a temporary folder first, and
 * TESSERA_E2E_BUNDLE=<folder holding github/index.js> uses another bundle.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../src/report/report-document.js';
import { copyRunArtifacts, enterRun, plantArtifacts, runArtifacts } from '../fake-servers/github/scenario.js';
import { FakeGithub } from '../fake-servers/github/server.js';
import { REPO_ROOT } from '../support/corpus.js';
import {
  actionInputDefaults,
  ActionRunner,
  buildActionBundle,
  JOB_TOKEN,
  leakedSecrets,
  type ActionStepResult,
} from './support/action-runner.js';
import {
  basePushPayload,
  forkPullRequestPayload,
  pullRequestPayload,
  pullRequestRun,
  pushRun,
  type PlayedRun,
} from './support/events.js';
import { checkout, SUITE, TEST_COMMAND, TESTS_GLOB, type Version } from './support/workspace.js';

const REPO = 'Codertocat/Hello-World';
const PR_NUMBER = pullRequestPayload().pull_request.number as number;
const HTML = '.tessera/report/report.html';
const JSON_REPORT = '.tessera/report/report.json';
const MARKER = '<!-- tessera:report -->';
const SHARDS = [1, 2, 3, 4] as const;

let scratch: string;
let fake: FakeGithub;
let runner: ActionRunner;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tessera-e2e-action-'));
  const given = process.env.TESSERA_E2E_BUNDLE;
  const entry =
    given === 'fresh'
      ? await buildActionBundle(join(scratch, 'bundle'))
      : join(given || join(REPO_ROOT, 'dist'), 'github', 'index.js');
  fake = await new FakeGithub().start();
  runner = new ActionRunner(entry, fake, scratch, await actionInputDefaults());
}, 180_000);

afterAll(async () => {
  await fake?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

afterEach(() => {
  expect(fake.problems).toEqual([]);
});

/** Runs one job of `run`: the fake files its uploads under the run, the job gets a fresh checkout. */
async function job(
  run: PlayedRun,
  name: string,
  version: Version,
  inputs: Record<string, string>,
  options: { fastBackoff?: boolean; checkRunId?: number } = {},
): Promise<ActionStepResult> {
  enterRun(fake, { runId: run.spec.runId, attempt: run.spec.attempt, headBranch: run.headBranch });
  const result = await runner.step(run.spec, {
    job: name,
    inputs,
    workspace: await checkout(scratch, version),
    ...options,
  });
  // The token is masked for the runner (`::add-mask::`) and shows nowhere else.
  expect(leakedSecrets(result), name).toEqual([]);
  return result;
}

const planJob = (run: PlayedRun, version: Version): Promise<ActionStepResult> =>
  job(run, 'plan', version, { command: 'plan', tests: TESTS_GLOB, shards: String(SHARDS.length) });

/** The id GitHub gives shard `index`'s job in run `runId` (`job.check_run_id`): its log's URL ends with it. */
const checkRunIdOf = (runId: number, index: number): number => runId * 100 + index;

/** One shard job of the matrix: no `plan` input, the plan comes from the `tessera-plan` artifact. */
const shardJob = (run: PlayedRun, version: Version, index: number): Promise<ActionStepResult> =>
  job(
    run,
    'run',
    version,
    { command: 'run', shard: `${index}/${SHARDS.length}`, retries: '1', run: TEST_COMMAND },
    { checkRunId: checkRunIdOf(run.spec.runId, index) },
  );

/** The matrix's shard jobs, running at once as a matrix does. */
const shardJobs = (run: PlayedRun, version: Version, indexes: readonly number[] = SHARDS) =>
  Promise.all(indexes.map((i) => shardJob(run, version, i)));

const reportJob = (
  run: PlayedRun,
  version: Version,
  options: { fastBackoff?: boolean } = {},
): Promise<ActionStepResult> =>
  job(run, 'report', version, { command: 'report', html: HTML, json: JSON_REPORT }, options);

async function reportJson(result: ActionStepResult): Promise<Report> {
  return parseReport(JSON.parse(await readFile(join(result.workspace, JSON_REPORT), 'utf8')), JSON_REPORT);
}

/** Which shard the plan put `file` on. */
async function shardOf(plan: ActionStepResult, file: string): Promise<number> {
  const doc = JSON.parse(await readFile(join(plan.workspace, plan.outputs.plan ?? ''), 'utf8')) as {
    shards: { index: number; items: string[] }[];
  };
  const shard = doc.shards.find((s) => s.items.includes(file));
  if (!shard) throw new Error(`the plan has no shard with ${file}`);
  return shard.index;
}

/** The verdict line of the comment and summary for the given counts. */
function verdict(c: { failed: number; flaky: number; passed: number; skipped: number }): string {
  const parts = [
    c.failed > 0 ? `${c.failed} failed` : undefined,
    c.flaky > 0 ? `${c.flaky} flaky` : undefined,
    `${c.passed} passed`,
    c.skipped > 0 ? `${c.skipped} skipped` : undefined,
  ].filter((p) => p !== undefined);
  return `Tessera: ${parts.join(' · ')}`;
}

const idOf = (report: Report, name: string): string => {
  const test = report.tests.find((t) => t.name === name);
  if (!test) throw new Error(`no test ${name} in the report`);
  return test.id;
};

const combined = (r: ActionStepResult): string => `${r.stdout}\n${r.stderr}`;

/** The end of a step's log without the client library's debug lines, for assertion messages. */
const logTail = (r: ActionStepResult): string =>
  combined(r)
    .split('\n')
    .filter((l) => !l.startsWith('::debug::'))
    .slice(-40)
    .join('\n');

describe('the action, job by job, as the runner runs it', { timeout: 120_000 }, () => {
  // State shared by the steps, in order: one PR, its first run, a push to the base branch, its second run,
  // a re-run attempt of that run, then a fork's PR.
  let firstRun: PlayedRun;
  let plan: ActionStepResult;
  let pricingShard: number;
  let debounceShard: number;
  let firstComment: { id: number; body: string };
  let secondRun: PlayedRun;
  let secondPlan: ActionStepResult;

  it('plan job: outputs the matrix, the shard count and the plan path, and uploads tessera-plan', async () => {
    firstRun = await pullRequestRun(scratch, pullRequestPayload(), 1001);
    plan = await planJob(firstRun, 'pr');
    expect(plan.exitCode, logTail(plan)).toBe(0);
    expect(JSON.parse(plan.outputs.matrix ?? '')).toEqual({
      include: SHARDS.map((shard) => ({ shard, total: SHARDS.length })),
    });
    expect(plan.outputs.shards).toBe(String(SHARDS.length));
    expect(plan.outputs.plan).toBe('.tessera/plan.json');
    expect(runArtifacts(fake, 1001).has('tessera-plan')).toBe(true);
    pricingShard = await shardOf(plan, SUITE.pricing);
    debounceShard = await shardOf(plan, SUITE.debounce);
    // Four files on four shards: the failure and the flaky test are on shards of their own.
    expect(pricingShard).not.toBe(debounceShard);
  });

  it('4 shard jobs: each uploads tessera-shard-i-of-4, and its exit code follows its tests', async () => {
    const shards = await shardJobs(firstRun, 'pr');
    for (const [i, shard] of shards.entries()) {
      const index = i + 1;
      // The new failure fails its shard; the flaky test passes on the retry, so its shard passes.
      expect(shard.exitCode, `shard ${index}:\n${logTail(shard)}`).toBe(index === pricingShard ? 1 : 0);
      expect(runArtifacts(fake, 1001).has(`tessera-shard-${index}-of-4`), `shard ${index}`).toBe(true);
    }
  });

  it('report job: one PR comment, the summary, the outputs, annotations, tessera-history, exit 1', async () => {
    const report = await reportJob(firstRun, 'pr');
    expect(report.exitCode, logTail(report)).toBe(1);

    const counts = { tests: SUITE.tests, passed: 5, failed: 1, flaky: 1, skipped: 1 };
    const comments = fake.comments.filter((c) => c.issue === PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(fake.comments).toHaveLength(1);
    const [comment] = comments;
    if (!comment) throw new Error('unreachable');
    firstComment = { id: comment.id, body: comment.body };
    expect(comment.body.startsWith(MARKER)).toBe(true);
    expect(comment.body).toContain(verdict(counts));
    expect(comment.body).toContain(`**${counts.tests} tests**`);
    expect(comment.body).toContain(SUITE.failingTest);
    expect(comment.body).toContain(SUITE.flakyTest);
    expect(comment.body).toContain(`https://github.com/${REPO}/actions/runs/1001`);
    // The failure's row links to its file and line at the PR's head commit, and to its shard's job log.
    const head = pullRequestPayload().pull_request.head.sha as string;
    const row = comment.body.split('\n').find((l) => l.startsWith('| ') && l.includes(SUITE.failingTest));
    expect(row, comment.body).toBeDefined();
    expect(row).toContain(
      `[${SUITE.pricing}:${SUITE.failingLine}](https://github.com/${REPO}/blob/${head}/${SUITE.pricing}#L${SUITE.failingLine})`,
    );
    expect(row).toContain(
      `[${pricingShard}/${SHARDS.length}](https://github.com/${REPO}/actions/runs/1001/job/${checkRunIdOf(1001, pricingShard)})`,
    );

    expect(report.summary).toContain(verdict(counts));
    expect(report.summary).toContain(SUITE.failingTest);

    const artifacts = runArtifacts(fake, 1001);
    const html = artifacts.get('tessera-report');
    expect(html, 'the HTML report is uploaded as tessera-report').toBeDefined();
    expect(report.outputs).toEqual({
      tests: String(counts.tests),
      passed: String(counts.passed),
      failed: String(counts.failed),
      flaky: String(counts.flaky),
      skipped: String(counts.skipped),
      'report-url': `https://github.com/${REPO}/actions/runs/1001/artifacts/${html?.id}`,
      'comment-url': `https://github.com/${REPO}/pull/${PR_NUMBER}#issuecomment-${comment.id}`,
    });

    // The failed test is annotated at the failing line of its file; the flaky one as a warning.
    expect(report.stdout).toMatch(
      new RegExp(`^::error file=${SUITE.pricing},line=${SUITE.failingLine}[,:]`, 'm'),
    );
    expect(report.stdout).toMatch(new RegExp(`^::warning file=${SUITE.debounce}[,:].*`, 'm'));
    expect(report.stdout).toContain(`::add-mask::${JOB_TOKEN}`);

    expect(artifacts.has('tessera-history')).toBe(true);
    expect(artifacts.get('tessera-history')?.headBranch).toBe('changes');
    // Without any history of the base branch yet, there is nothing to compare with.
    expect((await reportJson(report)).comparison).toBeNull();
  });

  it('a second run on the same PR edits the same comment and compares with the base branch', async () => {
    // A push to the base branch first (all tests pass there): its report job leaves master's history.
    const push = await pushRun(scratch, basePushPayload(), 2001);
    expect((await planJob(push, 'base')).exitCode).toBe(0);
    expect((await shardJobs(push, 'base')).map((s) => s.exitCode)).toEqual([0, 0, 0, 0]);
    const pushReport = await reportJob(push, 'base');
    expect(pushReport.exitCode, logTail(pushReport)).toBe(0);
    expect(runArtifacts(fake, 2001).get('tessera-history')?.headBranch).toBe('master');
    expect(fake.comments, 'a push has no PR to comment on').toHaveLength(1);

    secondRun = await pullRequestRun(scratch, pullRequestPayload(), 1002);
    secondPlan = await planJob(secondRun, 'pr');
    expect(secondPlan.exitCode).toBe(0);
    await shardJobs(secondRun, 'pr');
    fake.requests.length = 0;
    const report = await reportJob(secondRun, 'pr');
    expect(report.exitCode, logTail(report)).toBe(1);

    expect(fake.comments).toHaveLength(1);
    const [comment] = fake.comments;
    expect(comment?.id).toBe(firstComment.id);
    expect(comment?.body).not.toBe(firstComment.body);
    expect(comment?.body).toContain(`https://github.com/${REPO}/actions/runs/1002`);
    expect(fake.requests).toContain(`PATCH /repos/${REPO}/issues/comments/${firstComment.id}`);
    expect(fake.requests).not.toContain(`POST /repos/${REPO}/issues/${PR_NUMBER}/comments`);
    expect(report.outputs['comment-url']).toBe(
      `https://github.com/${REPO}/pull/${PR_NUMBER}#issuecomment-${firstComment.id}`,
    );

    const json = await reportJson(report);
    expect(json.comparison).not.toBeNull();
    expect(json.comparison?.baseline.branch).toBe('master');
    expect(json.comparison?.baseline.runId).toBe('2001');
    expect(json.comparison?.newFailures.map((ref) => ref.id)).toEqual([idOf(json, SUITE.failingTest)]);
  });

  it('a re-run attempt of one shard runs what failed in attempt 1; the report uses its latest attempt', async () => {
    // GitHub re-runs the failed shard job and the report job that needs it, as attempt 2 of the run.
    const rerun: PlayedRun = { ...secondRun, spec: { ...secondRun.spec, attempt: 2 } };
    // This run planned with master's timings, so the failing file may sit on another shard than before.
    const pricingShard = await shardOf(secondPlan, SUITE.pricing);
    const shard = await shardJob(rerun, 'pr', pricingShard);
    expect(shard.exitCode, logTail(shard)).toBe(0);
    // Attempt 2 found attempt 1's bundle among the run's artifacts and ran only what failed there.
    expect(combined(shard)).toContain('attempt 2 re-runs 1 of 1 items with failures in attempt 1');
    const names = [...runArtifacts(fake, 1002).keys()];
    expect(names).toContain(`tessera-shard-${pricingShard}-of-4`);
    expect(names).toContain(`tessera-shard-${pricingShard}-of-4-attempt-2`);

    const report = await reportJob(rerun, 'pr');
    expect(report.exitCode, logTail(report)).toBe(0);
    expect(report.outputs.failed).toBe('0');
    expect(report.outputs.passed).toBe('6');
    const html = runArtifacts(fake, 1002).get('tessera-report-attempt-2');
    expect(report.outputs['report-url']).toBe(
      `https://github.com/${REPO}/actions/runs/1002/artifacts/${html?.id}`,
    );
    const json = await reportJson(report);
    expect(json.tests.find((t) => t.name === SUITE.failingTest)?.outcome).toBe('passed');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain(verdict({ failed: 0, flaky: 1, passed: 6, skipped: 1 }));
  });

  it('a fork PR: a warning that says what to do, the summary, and the exit code of the tests', async () => {
    const forkPr = 7;
    const fork = await pullRequestRun(scratch, forkPullRequestPayload(forkPr), 3001);
    // A fork's pull_request run gets a read-only token: GitHub answers comment writes with a 403.
    fake.readOnlyToken = true;
    try {
      expect((await planJob(fork, 'pr')).exitCode).toBe(0);
      await shardJobs(fork, 'pr');
      const report = await reportJob(fork, 'pr');
      // The tests decide: the new failure fails the job, not the refused comment.
      expect(report.exitCode, logTail(report)).toBe(1);
      const warnings = report.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
      const comment = warnings.find((w) => /comment/i.test(w));
      expect(comment, logTail(report)).toBeDefined();
      // It says why (a fork's read-only token) and what to do (the workflow_run pattern).
      expect(comment).toMatch(/fork|read-only|Resource not accessible by integration/i);
      expect(comment).toMatch(/workflow_run/);
      expect(report.summary).toContain(verdict({ failed: 1, flaky: 1, passed: 5, skipped: 1 }));
      expect(report.outputs.failed).toBe('1');
      expect(report.outputs['comment-url']).toBe('');
      expect(fake.comments.filter((c) => c.issue === forkPr)).toEqual([]);
    } finally {
      fake.readOnlyToken = false;
    }
  });

  it('skip-unchanged on the plan step: the next push with nothing changed runs only the flaky file, the rest reused, with no job for the empty shards', async () => {
    const skipPlan = (run: PlayedRun, tests = TESTS_GLOB): Promise<ActionStepResult> =>
      job(run, 'plan', 'base', {
        command: 'plan',
        tests,
        shards: String(SHARDS.length),
        'skip-unchanged': 'true',
        run: TEST_COMMAND,
      });
    // The first push records each file's content key with its pass in master's history.
    const first = await pushRun(scratch, basePushPayload(), 4001);
    const firstPlan = await skipPlan(first);
    expect(firstPlan.exitCode, logTail(firstPlan)).toBe(0);
    await shardJobs(first, 'base');
    const firstReport = await reportJob(first, 'base');
    expect(firstReport.exitCode, logTail(firstReport)).toBe(0);
    expect((await reportJson(firstReport)).reuse?.files ?? []).toEqual([]);

    // The next push changes nothing: every file's key passed before, except the flaky one, which always runs.
    const second = await pushRun(scratch, basePushPayload(), 4002);
    const secondPlan = await skipPlan(second);
    expect(secondPlan.exitCode, logTail(secondPlan)).toBe(0);
    const planned = JSON.parse(
      await readFile(join(secondPlan.workspace, secondPlan.outputs.plan ?? ''), 'utf8'),
    ) as { shards: { items: string[] }[] };
    expect(planned.shards.flatMap((s) => s.items)).toEqual([SUITE.debounce]);
    // The matrix lists the one shard with a file, out of the planned 4: the other three get no job.
    const busy = planned.shards.findIndex((s) => s.items.length > 0) + 1;
    const idle = SHARDS.filter((i) => i !== busy);
    expect(JSON.parse(secondPlan.outputs.matrix ?? '')).toEqual({ include: [{ shard: busy, total: 4 }] });
    expect(secondPlan.outputs['empty-shards']).toBe(idle.join(','));
    await shardJobs(second, 'base', [busy]);
    expect([...runArtifacts(fake, 4002).keys()].filter((a) => a.startsWith('tessera-shard-'))).toEqual([
      `tessera-shard-${busy}-of-4`,
    ]);
    const secondReport = await reportJob(second, 'base');
    expect(secondReport.exitCode, logTail(secondReport)).toBe(0);
    expect(combined(secondReport)).toContain(
      `shards ${idle.map((i) => `${i}/4`).join(', ')} had nothing to run by plan`,
    );
    const json = await reportJson(secondReport);
    expect(json.shards).toMatchObject({ present: [busy], missing: [], emptyByPlan: idle });
    expect(json.reuse?.files.map((f) => f.file).sort()).toEqual(
      [SUITE.format, SUITE.math, SUITE.pricing].sort(),
    );
    expect(json.reuse?.ranFiles).toBe(1);
    expect(secondReport.summary).toMatch(/reused/i);

    // Without the flaky file every file is reused: the matrix lists shard 1 alone (never empty: GitHub would
    // fail the job), the workflow skips the run job on `items`, so no shard job at all runs, and the report
    // still passes from the plan, the reuse counted.
    const third = await pushRun(scratch, basePushPayload(), 4003);
    const thirdPlan = await skipPlan(third, [SUITE.format, SUITE.math, SUITE.pricing].join('\n'));
    expect(thirdPlan.exitCode, logTail(thirdPlan)).toBe(0);
    expect(thirdPlan.outputs).toMatchObject({
      items: '0',
      matrix: '{"include":[{"shard":1,"total":4}]}',
      'empty-shards': '1,2,3,4',
    });
    const thirdReport = await reportJob(third, 'base');
    expect(thirdReport.exitCode, logTail(thirdReport)).toBe(0);
    const all = await reportJson(thirdReport);
    expect(all.shards).toMatchObject({ expected: 4, present: [], missing: [], emptyByPlan: [1, 2, 3, 4] });
    expect(all.reuse?.files).toHaveLength(3);
    expect(all.summary.tests).toBe(0);
    expect(thirdReport.summary).toMatch(/reused/i);
  });
});

describe('faults against the fake GitHub', { timeout: 120_000 }, () => {
  const RUN = 5001;
  let run: PlayedRun;
  let uploaded: ReturnType<typeof copyRunArtifacts>;
  /** The shard with the failing test: when it is missing, every test present passes, so only its absence can fail the report. */
  let failingShard: number;

  beforeAll(async () => {
    // One run's plan and shard bundles, planted again before each fault, so each test runs the report only.
    fake.reset();
    run = await pullRequestRun(scratch, pullRequestPayload(), RUN);
    const plan = await planJob(run, 'pr');
    expect(plan.exitCode).toBe(0);
    failingShard = await shardOf(plan, SUITE.pricing);
    await shardJobs(run, 'pr');
    uploaded = copyRunArtifacts(fake, RUN);
    expect(uploaded.map((a) => a.name).sort()).toEqual([
      'tessera-plan',
      'tessera-shard-1-of-4',
      'tessera-shard-2-of-4',
      'tessera-shard-3-of-4',
      'tessera-shard-4-of-4',
    ]);
  }, 60_000);

  /** A fresh fake holding the run's plan and bundles (`only` names the ones to keep). */
  function plant(only?: (name: string) => boolean): ReturnType<typeof plantArtifacts> {
    fake.reset();
    return plantArtifacts(
      fake,
      uploaded.filter((a) => only?.(a.name) ?? true),
    );
  }

  const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
  const count = (request: string): number => fake.requests.filter((r) => r === request).length;

  /** A report job that got through its faults: the tests' verdict, the comment, the history. */
  async function expectRecovered(report: ActionStepResult): Promise<void> {
    expect(report.exitCode, logTail(report)).toBe(1);
    expect(report.outputs.failed).toBe('1');
    expect(fake.comments).toHaveLength(1);
    expect(runArtifacts(fake, RUN).has('tessera-history')).toBe(true);
    expect(report.backoffDelays.length, 'the clients backed off before retrying').toBeGreaterThan(0);
  }

  it.each<{ status: number; headers: Record<string, string> }>([
    { status: 500, headers: {} },
    { status: 502, headers: {} },
    { status: 429, headers: { 'retry-after': '2' } },
  ])('$status on REST and Twirp calls is retried and succeeds', async ({ status, headers }) => {
    plant();
    const faulted = [
      `POST ${TWIRP}ListArtifacts`,
      `POST ${TWIRP}CreateArtifact`,
      `GET /repos/${REPO}/actions/artifacts`,
      `GET /repos/${REPO}/issues/${PR_NUMBER}/comments`,
      `POST /repos/${REPO}/issues/${PR_NUMBER}/comments`,
    ];
    for (const request of faulted)
      fake.fail({ match: new RegExp(`^${request.replace(/[/.]/g, '\\$&')}$`), status, times: 1, headers });
    const report = await reportJob(run, 'pr', { fastBackoff: true });
    await expectRecovered(report);
    for (const request of faulted) expect(count(request), request).toBeGreaterThanOrEqual(2);
    // A rate limit is waited out for as long as GitHub asked.
    if (status === 429) expect(report.backoffDelays).toContain(2000);
  });

  it('a shard download that fails for good names the shard', async () => {
    const planted = plant();
    const shard2 = planted.get('tessera-shard-2-of-4');
    fake.fail({ match: new RegExp(`^GET /blob/${shard2?.id}$`), status: 500, times: 1000 });
    const report = await reportJob(run, 'pr', { fastBackoff: true });
    expect(report.exitCode).not.toBe(0);
    expect(combined(report)).toContain('tessera-shard-2-of-4');
    // The failed step's own annotation gives the reason, not only the exit code.
    expect(report.stdout).toMatch(/^::error::tessera: .*tessera-shard-2-of-4/m);
    // "For good": the download was retried, with waits, before the report gave up.
    expect(count(`GET /blob/${shard2?.id}`)).toBeGreaterThanOrEqual(2);
    expect(report.backoffDelays.length).toBeGreaterThan(0);
    expect(fake.comments).toEqual([]);
  });

  it('a missing shard fails the report and names it', async () => {
    const name = `tessera-shard-${failingShard}-of-4`;
    plant((artifact) => artifact !== name);
    const report = await reportJob(run, 'pr', { fastBackoff: true });
    // No test that ran failed: the exit code is the missing shard's.
    expect(report.outputs.failed).toBe('0');
    expect(report.exitCode, logTail(report)).toBe(1);
    expect(combined(report)).toMatch(new RegExp(`shard ${failingShard}/4\\b.*missing`, 'i'));
    expect(report.summary).toContain(`Missing shards: ${failingShard}`);
  });
});
