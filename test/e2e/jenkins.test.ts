/**
 * End to end: Tessera in Jenkins builds, against a fake Jenkins (remote API: builds, archived artifacts,
 * crumb, Basic auth) the fake GitHub (the PR comment) and the fake GitLab (the MR note), all on 127.0.0.1.
 *
 * Each build is what the shared library's `tessera` step runs on its nodes (vars/*.groovy; the Groovy side
 * is tested in test/providers/jenkins/shared-library.test.ts): `tessera plan --ci`, the shards'
 * `tessera run --ci --shard i/N` (at once, as parallel branches), `tessera report --ci`, all with the
 * environment a multibranch build has (`JENKINS_URL`, `JOB_NAME`, `BUILD_*`, `BRANCH_NAME`, `CHANGE_*`) and
 * the credentials `withCredentials` binds. Here they share one workspace, which is what stash and unstash
 * give them; `archiveArtifacts` is played by handing the workspace's `.tessera/history/` to the fake
 * Jenkins as the build's artifacts, with the result the step sets (UNSTABLE for test failures).
 *
 * The sequence: `main` builds and archives a history → PR-12's first build (a new failure and a flaky test)
 * finds `main`'s history as its baseline and writes one GitHub comment → its next build edits that comment
 * and also reads PR-12's own last history → the same on a GitLab MR (one note, edited) → a wrong API token
 * (401) and then no credentials at all: a warning each, nothing else changes. No credential value appears
 * in any output or file.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../src/report/report-document.js';
import { FakeGithub } from '../fake-servers/github/server.js';
import { FakeGitlab } from '../fake-servers/gitlab/server.js';
import { FakeJenkins } from '../fake-servers/jenkins/server.js';
import { cliBundle } from '../support/cli-bundle.js';
import { checkout, SUITE, TEST_COMMAND, TESTS_GLOB, type Version } from './support/workspace.js';

/**
 * The sources' CLI, bundled once per test run (dist/ is rebuilt only after a merge; cli-bundle.ts);
 * TESSERA_E2E_JENKINS_CLI runs another bundle instead (`node scripts/build.mjs --out <dir>`, then
 * `<dir>/cli/index.js`).
 */
const CLI = [process.env.TESSERA_E2E_JENKINS_CLI || cliBundle()];
const USER = 'tessera-bot';
const API_TOKEN = '11a2b3c4d5e6f708192a3b4c5d6e7f8091';
const WRONG_TOKEN = '99ffeeddccbbaa00998877665544332211';
const GITHUB_TOKEN = 'ghp_FakeJenkinsE2eToken0123456789abcd';
const GITLAB_TOKEN = 'glpat-FakeJenkinsE2eToken0123';
const SECRETS = [API_TOKEN, WRONG_TOKEN, GITHUB_TOKEN, GITLAB_TOKEN].flatMap((s) => [
  s,
  Buffer.from(s).toString('base64'),
]);
const REPO = 'Codertocat/Hello-World';
const PR = 12;
const MR = 7;
/** The GitLab project the fake GitLab knows (test/fake-servers/gitlab). */
const GITLAB_PROJECT = { id: 4242, path: 'acme/shop' };
const SHARDS = 2;
const MARKER = '<!-- tessera:report -->';

let scratch: string;
let jenkins: FakeJenkins;
let github: FakeGithub;
let gitlab: FakeGitlab;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tessera-e2e-jenkins-'));
  jenkins = await new FakeJenkins().start();
  jenkins.users.set(USER, API_TOKEN);
  github = await new FakeGithub().start();
  gitlab = await new FakeGitlab().start();
  gitlab.tokens.set(GITLAB_TOKEN, { scopes: ['api'], username: 'tessera-bot' });
});

afterAll(async () => {
  await jenkins?.stop();
  await github?.stop();
  await gitlab?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

afterEach(() => {
  expect(jenkins.problems).toEqual([]);
  expect(github.problems).toEqual([]);
  expect(gitlab.problems).toEqual([]);
});

/** One CLI process's result. */
interface Step {
  readonly code: number;
  readonly output: string;
}

function cli(workspace: string, env: Record<string, string>, args: readonly string[]): Promise<Step> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...CLI, ...args],
      { cwd: workspace, env, maxBuffer: 32 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

/** What a build is: its job and branch facts, and the credentials bound for it. */
interface BuildSpec {
  readonly job: string;
  readonly version: Version;
  /** A change build: a GitHub PR, or a GitLab MR (the GitLab branch source's `MR-<iid>` jobs). */
  readonly change?: 'github' | 'gitlab';
  readonly jenkinsToken?: string;
  /** The code host's token, bound as TESSERA_TOKEN. */
  readonly codeHostToken?: string;
  /** Report only, over these shard bundles: a "restart from stage" of an earlier build. */
  readonly restartFrom?: string;
}

interface PlayedBuild {
  readonly number: number;
  readonly workspace: string;
  readonly steps: Step[];
  readonly report: Step;
  /** Every file the build left under .tessera/, with its content. */
  readonly files: Map<string, string>;
  readonly json: Report;
}

/** The environment Jenkins gives the build's `sh` steps (plus what withCredentials binds). */
function buildEnv(spec: BuildSpec, number: number, workspace: string): Record<string, string> {
  const jobUrl = `${jenkins.url}/${spec.job
    .split('/')
    .map((n) => `job/${encodeURIComponent(n)}`)
    .join('/')}/`;
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scratch,
    JENKINS_URL: `${jenkins.url}/`,
    BUILD_ID: String(number),
    BUILD_NUMBER: String(number),
    BUILD_URL: `${jobUrl}${number}/`,
    JOB_NAME: spec.job,
    JOB_BASE_NAME: spec.job.split('/').at(-1) ?? '',
    WORKSPACE: workspace,
    GIT_COMMIT: spec.version === 'pr' ? 'c0ffee'.padEnd(40, '1') : 'ba5e'.padEnd(40, '2'),
    // The example suite's switch for the PR's new failure (support/workspace.ts).
    GITHUB_RUN_ATTEMPT: '1',
    TESSERA_PROVIDER: 'jenkins',
    ...(spec.change === 'github'
      ? {
          BRANCH_NAME: `PR-${PR}`,
          CHANGE_ID: String(PR),
          CHANGE_TARGET: 'main',
          CHANGE_BRANCH: 'changes',
          CHANGE_URL: `https://github.com/${REPO}/pull/${PR}`,
          CHANGE_TITLE: 'Read prices from the price service',
          // The fake GitHub stands in for api.github.com, which CHANGE_URL names.
          TESSERA_CODE_HOST_API_URL: github.url,
        }
      : spec.change === 'gitlab'
        ? {
            BRANCH_NAME: `MR-${MR}`,
            CHANGE_ID: String(MR),
            CHANGE_TARGET: 'main',
            CHANGE_BRANCH: 'prices',
            CHANGE_URL: `https://gitlab.example.com/${GITLAB_PROJECT.path}/-/merge_requests/${MR}`,
            TESSERA_CODE_HOST_API_URL: gitlab.apiUrl,
          }
        : { BRANCH_NAME: 'main' }),
    ...(spec.jenkinsToken ? { TESSERA_JENKINS_USER: USER, TESSERA_JENKINS_TOKEN: spec.jenkinsToken } : {}),
    ...(spec.codeHostToken ? { TESSERA_TOKEN: spec.codeHostToken } : {}),
  };
}

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('latin1'));
    }
  };
  walk(dir);
  return files;
}

/** Plays one build and records it in the fake Jenkins with the result the step would set. */
async function build(spec: BuildSpec): Promise<PlayedBuild> {
  const number = jenkins.nextBuildNumber(spec.job);
  const workspace = await checkout(scratch, spec.version);
  const env = buildEnv(spec, number, workspace);
  const steps: Step[] = [];
  if (spec.restartFrom) {
    await cp(join(spec.restartFrom, '.tessera/artifacts'), join(workspace, '.tessera/artifacts'), {
      recursive: true,
    });
  } else {
    steps.push(
      await cli(workspace, env, ['plan', '--ci', '--tests', TESTS_GLOB, '--shards', String(SHARDS)]),
    );
    expect(steps[0]?.code, steps[0]?.output).toBe(0);
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        cli(workspace, env, [
          'run',
          '--ci',
          '--shard',
          `${i + 1}/${SHARDS}`,
          '--retries',
          '1',
          '--',
          TEST_COMMAND,
        ]),
      ),
    );
    steps.push(...shards);
  }
  const report = await cli(workspace, env, [
    'report',
    '--ci',
    '--json',
    '.tessera/report/report.json',
    '--junit',
    '.tessera/report/junit.xml',
    '--html',
    '.tessera/report/report.html',
  ]);
  steps.push(report);
  expect([0, 1], report.output).toContain(report.code);
  const files = filesUnder(join(workspace, '.tessera'));
  const history = [...files.keys()].filter((path) => path.startsWith('history/'));
  jenkins.addBuild(
    spec.job,
    report.code === 0 ? 'SUCCESS' : 'UNSTABLE',
    Object.fromEntries(
      history.map((path) => [`.tessera/${path}`, readFileSync(join(workspace, '.tessera', path))]),
    ),
  );
  const json = parseReport(
    JSON.parse(await readFile(join(workspace, '.tessera/report/report.json'), 'utf8')),
    'report.json',
  );
  return { number, workspace, steps, report, files, json };
}

/** Every credential value (and its base64) found in the build's output and files. */
function leaks(played: PlayedBuild): string[] {
  const places: [string, string][] = [
    ...played.steps.map((s, i): [string, string] => [`step ${i + 1}`, s.output]),
    ...[...played.files].map(([path, text]): [string, string] => [path, text]),
  ];
  return places.flatMap(([place, text]) =>
    SECRETS.filter((secret) => text.includes(secret)).map(
      (secret) => `${place} shows ${secret.slice(0, 6)}…`,
    ),
  );
}

const count = (text: string, pattern: RegExp): number => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('Tessera in Jenkins builds, against a fake Jenkins, GitHub and GitLab', () => {
  let firstPr: PlayedBuild;

  it('a build of main archives its history; its own baseline lookup finds no earlier build', async () => {
    const main = await build({ job: 'shop/main', version: 'base', jenkinsToken: API_TOKEN });
    expect(main.report.code, main.report.output).toBe(0);
    expect(main.files.has('history/main.json.gz')).toBe(true);
    expect(main.json.comparison).toBeNull();
    expect(github.comments).toHaveLength(0);
    expect(jenkins.requests).toContain(
      'GET /job/shop/job/main/lastSuccessfulBuild/api/json?tree=number%2Cartifacts%5BrelativePath%5D',
    );
    expect(leaks(main)).toEqual([]);
  }, 120_000);

  it('a PR build finds main’s history through the remote API and writes one GitHub comment', async () => {
    jenkins.requests.length = 0;
    firstPr = await build({
      job: 'shop/PR-12',
      version: 'pr',
      change: 'github',
      jenkinsToken: API_TOKEN,
      codeHostToken: GITHUB_TOKEN,
    });
    expect(firstPr.report.code, firstPr.report.output).toBe(1);

    // The baseline is main's last successful build's archived history: two GETs, no crumb (no POST).
    const reportRequests = jenkins.requests.filter((r) => r.startsWith('GET /job/shop/job/main/'));
    expect(reportRequests).toContain('GET /job/shop/job/main/1/artifact/.tessera/history/main.json.gz');
    expect(jenkins.requests.some((r) => r.startsWith('GET /crumbIssuer'))).toBe(false);
    expect(jenkins.authorizations).toEqual(
      new Set([`Basic ${Buffer.from(`${USER}:${API_TOKEN}`).toString('base64')}`]),
    );
    const comparison = firstPr.json.comparison;
    expect(comparison?.baseline).toBeTruthy();
    const nameOf = (id: string): string | undefined => firstPr.json.tests.find((t) => t.id === id)?.name;
    expect(comparison?.newFailures.map((t) => t.name)).toEqual([SUITE.failingTest]);
    expect(firstPr.json.flaky.map((f) => nameOf(f.id))).toEqual([SUITE.flakyTest]);

    const comments = github.comments.filter((c) => c.issue === PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]?.body).toContain(SUITE.failingTest);
    expect(comments[0]?.body).toContain(SUITE.flakyTest);
    expect(comments[0]?.body).toContain(`${jenkins.url}/job/shop/job/PR-12/1/`);
    expect(firstPr.report.output).toMatch(/PR comment created on #12/);
    expect(leaks(firstPr)).toEqual([]);
  }, 120_000);

  it('the next build of the PR edits the same comment, and reads the PR’s own last history too', async () => {
    jenkins.requests.length = 0;
    const second = await build({
      job: 'shop/PR-12',
      version: 'pr',
      change: 'github',
      jenkinsToken: API_TOKEN,
      codeHostToken: GITHUB_TOKEN,
      restartFrom: firstPr.workspace,
    });
    expect(second.number).toBe(2);
    expect(second.report.output).toMatch(/PR comment updated on #12/);
    const comments = github.comments.filter((c) => c.issue === PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(`${jenkins.url}/job/shop/job/PR-12/2/`);
    // PR-12's build #1 was UNSTABLE, which Jenkins counts as successful: its history is the branch's own.
    expect(jenkins.requests).toContain('GET /job/shop/job/PR-12/1/artifact/.tessera/history/changes.json.gz');
    expect(leaks(second)).toEqual([]);
  }, 120_000);

  it('the same on a GitLab merge request: one note, found by its marker and edited by the next build', async () => {
    jenkins.requests.length = 0;
    // The MR's builds report over the shard bundles of the PR's first build (the same code, version `pr`):
    // what changes here is only where the comment goes.
    const first = await build({
      job: `shop/MR-${MR}`,
      version: 'pr',
      change: 'gitlab',
      jenkinsToken: API_TOKEN,
      codeHostToken: GITLAB_TOKEN,
      restartFrom: firstPr.workspace,
    });
    expect(first.report.code).toBe(1);
    expect(first.json.comparison?.baseline).toBeTruthy();
    expect(jenkins.requests).toContain('GET /job/shop/job/main/1/artifact/.tessera/history/main.json.gz');
    const notes = () => gitlab.notes.filter((n) => n.projectId === GITLAB_PROJECT.id && n.mrIid === MR);
    expect(notes()).toHaveLength(1);
    expect(notes()[0]?.body.startsWith(MARKER)).toBe(true);
    expect(notes()[0]?.body).toContain(SUITE.failingTest);
    expect(first.report.output).toMatch(/PR comment created on #7/);

    const second = await build({
      job: `shop/MR-${MR}`,
      version: 'pr',
      change: 'gitlab',
      jenkinsToken: API_TOKEN,
      codeHostToken: GITLAB_TOKEN,
      restartFrom: firstPr.workspace,
    });
    expect(second.report.output).toMatch(/PR comment updated on #7/);
    expect(notes()).toHaveLength(1);
    expect(notes()[0]?.body).toContain(`${jenkins.url}/job/shop/job/MR-7/2/`);
    expect([...leaks(first), ...leaks(second)]).toEqual([]);
  }, 120_000);

  it('a refused API token (401) and then no credentials at all: one warning each, the rest works', async () => {
    const refused = await build({
      job: 'shop/PR-12',
      version: 'pr',
      change: 'github',
      jenkinsToken: WRONG_TOKEN,
      codeHostToken: GITHUB_TOKEN,
      restartFrom: firstPr.workspace,
    });
    expect(refused.report.code).toBe(1);
    expect(
      count(
        refused.report.output,
        /Jenkins refused to show the last successful build of shop\/main \(HTTP 401\)/,
      ),
    ).toBe(1);
    expect(refused.json.comparison).toBeNull();
    expect(refused.report.output).toMatch(/PR comment updated on #12/);
    expect(leaks(refused)).toEqual([]);

    jenkins.requests.length = 0;
    const bare = await build({
      job: 'shop/PR-12',
      version: 'pr',
      change: 'github',
      restartFrom: firstPr.workspace,
    });
    expect(bare.report.code).toBe(1);
    expect(jenkins.requests).toEqual([]);
    expect(count(bare.report.output, /warning: .*no Jenkins credential/)).toBe(1);
    expect(count(bare.report.output, /warning: no token to post the comment on #12 with/)).toBe(1);
    expect(github.comments.filter((c) => c.issue === PR)).toHaveLength(1);
    // Everything else is still there: the report, the JUnit, the HTML, the history to archive.
    for (const file of [
      'report/report.json',
      'report/junit.xml',
      'report/report.html',
      'history/changes.json.gz',
    ])
      expect(bare.files.has(file), file).toBe(true);
    expect(leaks(bare)).toEqual([]);
  }, 120_000);
});
