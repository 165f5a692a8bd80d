/**
 * End to end: the Tessera task run the way the Azure Pipelines agent runs it (issue 15, "What it must
 * show"), against a fake Azure DevOps on 127.0.0.1 (test/fake-servers/azure) driven by the real
 * `azure-devops-node-api`: route discovery, the Git threads and Build REST calls, every request and
 * response checked against corpus azure-devops-rest-specs (`problems` stays empty).
 *
 * Each step is a child process with the agent's variables and `INPUT_*` inputs; its stdout is read for
 * `##vso` commands (agent.ts), and the artifacts it asks the agent to upload are filed in the fake after
 * the step, as the agent does. Each job gets a fresh checkout of the e2e suite (test/e2e/support/
 * workspace.ts).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../src/report/report-document.js';
import { runTaskStep, type AgentBuild, type StepResult } from '../fake-servers/azure/agent.js';
import { BUILD_TOKEN, FakeAzureDevOps } from '../fake-servers/azure/server.js';
import { REPO_ROOT } from '../support/corpus.js';
import { checkout, SUITE, TEST_COMMAND, TESTS_GLOB, type Version } from './support/workspace.js';

const MARKER = '<!-- tessera:report -->';
const SHARDS = 2;
const PR = 12;

let scratch: string;
let fake: FakeAzureDevOps;
/**
 * The committed bundle (dist/azure/index.js, the file the extension ships; `check:dist` proves it current)
 * when it is there, TESSERA_E2E_AZURE_BUNDLE when given, else the source through tsx (slower: each step
 * transpiles the CLI).
 */
const committed = join(REPO_ROOT, 'dist/azure/index.js');
const bundle = process.env.TESSERA_E2E_AZURE_BUNDLE || (existsSync(committed) ? committed : undefined);

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tessera-e2e-azure-'));
  fake = await new FakeAzureDevOps().start();
});

afterAll(async () => {
  await fake?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

afterEach(() => {
  expect(fake.problems).toEqual([]);
});

/** Every step's output is free of the token's value (the setvariable issecret command hands it to the agent). */
function expectNoToken(step: StepResult, token = BUILD_TOKEN): void {
  const shown = [
    ...`${step.stdout}\n${step.stderr}`
      .split('\n')
      .filter((l) => !/^##vso\[task\.setvariable [^\]]*issecret=true/.test(l)),
    ...step.summaries,
  ].join('\n');
  expect(
    shown.split('\n').filter((l) => l.includes(token)),
    'a token value reached the output',
  ).toEqual([]);
}

async function step(
  build: AgentBuild,
  version: Version,
  inputs: Record<string, string>,
  options: Partial<Parameters<typeof runTaskStep>[2]> = {},
): Promise<StepResult> {
  const result = await runTaskStep(fake, build, {
    workspace: await checkout(scratch, version),
    inputs,
    ...(bundle ? { bundle } : {}),
    ...options,
  });
  expectNoToken(result);
  return result;
}

/** Plan, the parallel shard jobs (each from its position in the phase), report: one build. */
async function build(
  b: AgentBuild,
  version: Version,
  report: Record<string, string> = {},
): Promise<{ plan: StepResult; shards: StepResult[]; report: StepResult }> {
  fake.addBuild(b.id, b.sourceBranch);
  const plan = await step(
    b,
    version,
    { command: 'plan', tests: TESTS_GLOB, shards: String(SHARDS) },
    { job: 'plan' },
  );
  expect(plan.exitCode, plan.stdout + plan.stderr).toBe(0);
  const shards = await Promise.all(
    Array.from({ length: SHARDS }, (_, i) =>
      step(
        b,
        version,
        { command: 'run', retries: '1', run: TEST_COMMAND },
        { job: `test ${i + 1}`, position: { index: i + 1, total: SHARDS } },
      ),
    ),
  );
  fake.requests.length = 0;
  const reported = await step(
    b,
    version,
    { command: 'report', json: '.tessera/report.json', ...report },
    { job: 'report' },
  );
  return { plan, shards, report: reported };
}

async function reportJson(step: StepResult): Promise<Report> {
  return parseReport(
    JSON.parse(await readFile(join(step.workspace, '.tessera/report.json'), 'utf8')),
    'report.json',
  );
}

/** A build that reuses `from`'s plan and shard bundles: only its report job runs. */
function reuseShards(id: number, from: number): void {
  fake.addBuild(id, `refs/pull/${PR}/merge`);
  for (const a of fake.builds.get(from)?.artifacts ?? [])
    if (a.name.startsWith('tessera-shard') || a.name === 'tessera-plan') fake.upload(id, a.name, a.files);
}

const pr = (id: number): AgentBuild => ({
  id,
  sourceBranch: `refs/pull/${PR}/merge`,
  pr: { id: PR, source: 'changes', target: 'main' },
});

describe('the Tessera task, job by job, as the agent runs it', () => {
  let firstThread: number;

  it('a CI build on main: plan outputs, shard bundles, a report that leaves a history', async () => {
    const main = await build({ id: 101, sourceBranch: 'refs/heads/main' }, 'base');
    expect(main.plan.outputs.shards).toBe(String(SHARDS));
    expect(JSON.parse(main.plan.outputs.matrix ?? '')).toEqual({
      shard_1: { shard: '1', total: '2' },
      shard_2: { shard: '2', total: '2' },
    });
    expect(main.report.exitCode, main.report.stdout + main.report.stderr).toBe(0);
    fake.finish(101, 'succeeded');
    const names = fake.builds
      .get(101)
      ?.artifacts.map((a) => a.name)
      .sort();
    expect(names).toEqual([
      'tessera-history',
      'tessera-plan',
      'tessera-shard-1-of-2',
      'tessera-shard-2-of-2',
    ]);
    expect(fake.threads).toEqual([]);
  }, 120_000);

  it('a PR build with a flaky test and a new failure: one thread, Tests tab, summary, issues, outputs, history', async () => {
    fake.requests.length = 0;
    const { report } = await build(pr(201), 'pr');
    expect(report.exitCode).toBe(1);
    expect(report.result).toBe('Failed');
    const threads = fake.liveThreads(PR);
    expect(threads).toHaveLength(1);
    const [thread] = threads;
    firstThread = thread?.id ?? 0;
    expect(thread?.status).toBe('active');
    expect(thread?.comments[0]?.content.startsWith(MARKER)).toBe(true);
    expect(thread?.comments[0]?.content).toContain(SUITE.failingTest);
    expect(thread?.comments[0]?.content).toContain(SUITE.flakyTest);
    // Compared with main's history (build 101): the failure is new.
    const json = await reportJson(report);
    expect(json.comparison?.baseline.branch).toBe('main');
    expect(json.comparison?.baseline.runId).toBe('101');
    expect(json.comparison?.newFailures).toHaveLength(1);

    expect(report.published).toHaveLength(1);
    expect(report.published[0]?.properties).toMatchObject({ type: 'JUnit', mergeresults: 'false' });
    expect(report.summaries.join('\n')).toContain(SUITE.failingTest);
    const error = report.issues.find(
      (i) => i.properties.type === 'error' && i.properties.sourcepath === SUITE.pricing,
    );
    expect(error?.properties.linenumber).toBe(String(SUITE.failingLine));
    expect(
      report.issues.some(
        (i) => i.properties.type === 'warning' && i.properties.sourcepath === SUITE.debounce,
      ),
    ).toBe(true);
    expect(report.outputs).toMatchObject({ failed: '1', flaky: '1', tests: String(SUITE.tests) });
    expect(report.outputs.commentUrl).toContain(`pullrequest/${PR}?discussionId=${firstThread}`);
    expect(fake.builds.get(201)?.artifacts.some((a) => a.name === 'tessera-history')).toBe(true);
    // The report job found and read the baseline in 3 REST calls: main's latest successful build (one
    // `$top=1` query), that build's artifacts, the history's zip (route discovery aside). The one other
    // builds query is for the PR branch's own history (none: PR builds run on refs/pull/…).
    const baselineCalls = fake.requests.filter((r) => /\/_apis\/build\/builds(\/101\/artifacts)?$/.test(r));
    expect(baselineCalls).toEqual([
      `GET /fabrikam/Fabrikam-Fiber/_apis/build/builds`,
      `GET /fabrikam/Fabrikam-Fiber/_apis/build/builds`,
      `GET /fabrikam/Fabrikam-Fiber/_apis/build/builds/101/artifacts`,
      `GET /fabrikam/Fabrikam-Fiber/_apis/build/builds/101/artifacts`,
    ]);
  }, 120_000);

  it('a second PR build updates the same thread and compares with main', async () => {
    fake.requests.length = 0;
    reuseShards(202, 201);
    const report = await step(pr(202), 'pr', { command: 'report', json: '.tessera/report.json' });
    expect(report.exitCode).toBe(1);
    expect((await reportJson(report)).comparison?.baseline.runId).toBe('101');
    expect(fake.liveThreads(PR).map((t) => t.id)).toEqual([firstThread]);
    expect(fake.requests.some((r) => r.startsWith('POST') && r.endsWith('/threads'))).toBe(false);
    expect(
      fake.requests.some((r) => r.startsWith('PATCH') && r.includes(`/threads/${firstThread}/comments/1`)),
    ).toBe(true);
    expect(fake.liveThreads(PR)[0]?.comments[0]?.content).toContain('buildId=202');
  }, 120_000);

  it('two report jobs at once leave one thread', async () => {
    fake.threads.length = 0;
    reuseShards(301, 201);
    const b = pr(301);
    const [one, two] = await Promise.all([
      step(b, 'pr', { command: 'report' }, { job: 'report A' }),
      step(b, 'pr', { command: 'report', comment: 'true' }, { job: 'report B', attempt: 2 }),
    ]);
    expect([one.exitCode, two.exitCode]).toEqual([1, 1]);
    expect(fake.liveThreads(PR)).toHaveLength(1);
  }, 120_000);

  it('500, 503 and 429 (Retry-After) are retried; the report gets through', async () => {
    reuseShards(401, 201);
    fake.fail({ match: /^GET \/.*\/_apis\/build\/builds\/401\/artifacts$/, status: 500, times: 1 });
    fake.fail({ match: /^GET \/.*\/threads$/, status: 503, times: 1 });
    fake.fail({ match: /^PATCH \/.*\/comments\/1$/, status: 429, times: 1, headers: { 'retry-after': '3' } });
    fake.requests.length = 0;
    const report = await step(pr(401), 'pr', { command: 'report' }, { fastBackoff: true });
    expect(report.exitCode, report.stdout).toBe(1);
    expect(report.outputs.failed).toBe('1');
    expect(fake.liveThreads(PR)).toHaveLength(1);
    expect(report.backoffDelays).toContain(3000);
    expect(report.stdout).toMatch(/##\[warning\]Azure DevOps: .*\(503\)|503/);
  }, 120_000);

  it('a re-run shard is read at its latest attempt; a missing shard is named and fails the report', async () => {
    const shards = fake.builds.get(201)?.artifacts.filter((a) => a.name.startsWith('tessera-shard')) ?? [];
    const failing = shards.find((a) => [...a.files.keys()].some((f) => f.includes('pricing')));
    const other = shards.find((a) => a !== failing);
    if (!failing || !other) throw new Error('build 201 has no shard bundles');
    // Build 601: shard `failing` was re-run (attempt 2 passes: the e2e suite's outage is over); `other` is gone.
    fake.addBuild(601, `refs/pull/${PR}/merge`);
    for (const a of fake.builds.get(201)?.artifacts ?? [])
      if (a.name === 'tessera-plan') fake.upload(601, a.name, a.files);
    fake.upload(601, failing.name, failing.files);
    const b = pr(601);
    const index = Number(/tessera-shard-(\d+)-of/.exec(failing.name)?.[1]);
    const rerun = await step(
      b,
      'pr',
      { command: 'run', retries: '1', run: TEST_COMMAND },
      {
        attempt: 2,
        position: { index, total: SHARDS },
      },
    );
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(fake.builds.get(601)?.artifacts.map((a) => a.name)).toContain(`${failing.name}-attempt-2`);
    const report = await step(b, 'pr', { command: 'report', json: '.tessera/report.json' });
    const json = await reportJson(report);
    // The latest attempt of the re-run shard: its test passed there.
    expect(json.tests.find((t) => t.name === SUITE.failingTest)?.outcome).toBe('passed');
    const missing = Number(/tessera-shard-(\d+)-of/.exec(other.name)?.[1]);
    expect(json.shards.missing).toEqual([missing]);
    expect(report.exitCode).toBe(1);
    expect(report.summaries.join('\n')).toContain(`Missing shards: ${missing}`);
  }, 120_000);

  it('without "Contribute to pull requests": one warning, everything else works', async () => {
    reuseShards(501, 201);
    fake.noContribute = true;
    try {
      const report = await step(pr(501), 'pr', { command: 'report' });
      expect(report.exitCode).toBe(1);
      const warnings = report.stdout
        .split('\n')
        .filter((l) => l.startsWith('##[warning]') && /comment/i.test(l));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/Contribute to pull requests/);
      expect(report.summaries.join('\n')).toContain(SUITE.failingTest);
      expect(report.outputs.commentUrl).toBe('');
      expect(report.published).toHaveLength(1);
    } finally {
      fake.noContribute = false;
    }
  }, 120_000);
});
