/**
 * The GitHub CI host, run the way the runner runs a JavaScript action: GITHUB_* variables, a real event
 * payload at GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the artifact runtime
 * pointed at the fake Results service.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_SUMMARY_LIMIT_BYTES } from '../../../src/ci/index.js';
import { emptyHistory } from '../../../src/history/index.js';
import { createGithubCiHost } from '../../../providers/github/ci-host.js';
import { ciHostContract } from '../../contract/ci-host.contract.js';
import { FakeGithubToken, runnerEnv, setProcessEnv } from '../../fake-servers/github/runner-env.js';
import { FakeGithub, type Fault, type FakePull } from '../../fake-servers/github/server.js';
import { forkWorkflowRunPayload, type Json } from '../../fake-servers/github/webhook-payloads.js';
import { writeZip } from '../../fake-servers/github/zip-writer.js';
import { corpusFile } from '../../support/corpus.js';

let server: FakeGithub;
let restore: () => void;
beforeAll(async () => {
  server = await new FakeGithub().start();
  // @actions/github reads GITHUB_API_URL when first imported: set before any client exists.
  restore = setProcessEnv(runnerEnv(server, tmpdir()));
});
afterAll(async () => {
  restore();
  await server.stop();
});
afterEach(() => {
  expect(server.problems).toEqual([]);
});

/** Parses GITHUB_OUTPUT as the runner does: `name=value` lines and `name<<DELIM … DELIM` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] !== undefined && heredoc[2] !== undefined) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

async function githubJob(extra: Record<string, string> = {}) {
  server.reset();
  const dir = await mkdtemp(join(tmpdir(), 'tessera-gh-job-'));
  const eventPath = join(dir, 'event.json');
  await copyFile(corpusFile('github/webhook-payloads/pull_request.synchronize.json'), eventPath);
  const env = {
    ...runnerEnv(server, dir),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_API_URL: server.url,
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'ghs_inputTokenThatMustNeverBeLogged01',
    ...extra,
  };
  await writeFile(env.GITHUB_OUTPUT, '');
  let log = '';
  const host = await createGithubCiHost(env, { cwd: dir, write: (t) => (log += t), sleep: async () => {} });
  return { dir, env, host, readLog: () => log };
}

ciHostContract('GitHub Actions', async () => {
  const { env, host, readLog } = await githubJob();
  return {
    host,
    readSummary: () => readFile(env.GITHUB_STEP_SUMMARY, 'utf8').catch(() => ''),
    readOutputs: async () => parseOutputFile(await readFile(env.GITHUB_OUTPUT, 'utf8')),
    readLog,
  };
});

describe('GitHub CI host', () => {
  it('reads the context from the environment and the event payload', async () => {
    const { host } = await githubJob();
    expect(host.context()).toMatchObject({
      provider: 'github',
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      builtSha: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
      pr: { number: 2, baseBranch: 'master', fork: false },
      run: { id: '77', attempt: 1, url: 'https://github.com/Codertocat/Hello-World/actions/runs/77' },
    });
  });

  it('budgets the job summary at 1 MiB, counting what earlier steps wrote', async () => {
    const { env, host } = await githubJob();
    expect(host.summary.limitBytes).toBe(GITHUB_SUMMARY_LIMIT_BYTES);
    await writeFile(env.GITHUB_STEP_SUMMARY, 'x'.repeat(GITHUB_SUMMARY_LIMIT_BYTES - 10));
    expect(await host.summary.append('0123456789')).toEqual({
      written: true,
      totalBytes: GITHUB_SUMMARY_LIMIT_BYTES,
    });
    expect((await host.summary.append('!')).written).toBe(false);
  });

  it('writes outputs in the multi-line GITHUB_OUTPUT form the runner reads', async () => {
    const { env, host } = await githubJob();
    await host.setOutput('matrix', '{"include":[{"shard":1}]}');
    const text = await readFile(env.GITHUB_OUTPUT, 'utf8');
    expect(text).toMatch(
      /^matrix<<ghadelimiter_[0-9a-f-]{36}\n\{"include":\[\{"shard":1\}\]\}\nghadelimiter_[0-9a-f-]{36}\n$/,
    );
  });

  it('sends at most 10 annotations of each level, escaped so a message cannot start a command', async () => {
    const { host, readLog } = await githubJob();
    const annotations = Array.from({ length: 13 }, (_, i) => ({
      level: 'error' as const,
      message: i === 0 ? 'expected 1\n::add-mask::oops' : `failure ${i}`,
      file: 'test/a, b.test.ts',
      line: i + 1,
      title: 'adds: numbers',
    }));
    expect(await host.annotate(annotations)).toEqual({ shown: 10, omitted: 3 });
    const lines = readLog().trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe(
      '::error file=test/a%2C b.test.ts,line=1,title=adds%3A numbers::expected 1%0A::add-mask::oops',
    );
  });

  it('masks the runtime token and the action token in everything it prints', async () => {
    const { env, host, readLog } = await githubJob();
    host.log.info(`runtime ${FakeGithubToken.value}`);
    host.log.error(`token ${env.INPUT_TOKEN}`);
    await host.annotate([{ level: 'warning', message: `header: Bearer ${env.INPUT_TOKEN}` }]);
    await host.log.group('upload', async () => {
      await host.artifacts.list();
    });
    const log = readLog();
    expect(log).toContain('***');
    expect(log).not.toContain(FakeGithubToken.value);
    expect(log).not.toContain(env.INPUT_TOKEN);
    expect(log).toContain('::group::upload\n');
    expect(log).toContain('::endgroup::\n');
  });
});

describe('GitHub CI host: a workflow_run job reporting on a fork’s run', () => {
  const TOKEN = 'ghs_workflowRunInputTokenNeverLogged01';

  /** A fresh fake holding `pulls` (and `faults`), and the host of a workflow_run job whose payload is `event`. */
  async function workflowRunJob(
    event: Json,
    {
      pulls = [],
      faults = [],
      extra = {},
    }: { pulls?: FakePull[]; faults?: Fault[]; extra?: Record<string, string> },
  ) {
    server.reset();
    server.pulls.push(...pulls);
    for (const fault of faults) server.fail(fault);
    const dir = await mkdtemp(join(tmpdir(), 'tessera-gh-wr-'));
    const eventPath = join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify(event));
    // The workflow_run job itself runs on the default branch, in run 4242 (the fake's current run).
    const env: Record<string, string> = {
      ...runnerEnv(server, dir),
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: 'd'.repeat(40),
      RUNNER_TEMP: dir,
      INPUT_TOKEN: TOKEN,
      ...extra,
    };
    let log = '';
    const host = await createGithubCiHost(env, { cwd: dir, write: (t) => (log += t), sleep: async () => {} });
    return { host, readLog: () => log };
  }

  const pull = (number: number, event: Json, extra: Partial<FakePull> = {}): FakePull => ({
    number,
    state: 'open',
    headOwner: 'contributor',
    headRepository: 'contributor/octo-repo',
    headRef: event.workflow_run.head_branch as string,
    headSha: event.workflow_run.head_sha as string,
    baseRef: 'main',
    ...extra,
  });

  it('finds the fork’s PR with one REST call, by the fork’s branch and the exact commit the run built', async () => {
    const event = forkWorkflowRunPayload('fix-flaky');
    const sha = event.workflow_run.head_sha as string;
    // Decoys: a closed PR of the same branch and commit, the same branch name in another fork.
    const { host } = await workflowRunJob(event, {
      pulls: [
        pull(29, event, { state: 'closed' }),
        pull(30, event, { headOwner: 'someone', headRepository: 'someone/octo-repo' }),
        pull(31, event),
      ],
    });
    expect(host.context()).toMatchObject({
      event: 'workflow_run',
      headSha: sha,
      branch: 'contributor:fix-flaky',
      baseBranch: 'main',
      pr: {
        number: 31,
        fork: true,
        baseBranch: 'main',
        headBranch: 'fix-flaky',
        url: 'https://github.com/octo-org/octo-repo/pull/31',
      },
      sourceRun: { id: String(event.workflow_run.id) },
      run: { id: '4242' },
    });
    expect(server.requests.filter((r) => r.includes('/pulls'))).toEqual([
      'GET /repos/octo-org/octo-repo/pulls',
    ]);
  });

  it('has no PR, and says why, when the fork’s branch moved on since the run', async () => {
    const event = forkWorkflowRunPayload('fix-flaky');
    const { host, readLog } = await workflowRunJob(event, {
      pulls: [pull(31, event, { headSha: 'f'.repeat(40) })],
    });
    expect(host.context().pr).toBeUndefined();
    expect(readLog()).toMatch(/No open pull request of contributor:fix-flaky has the commit the run built/);
  });

  it('goes on without a PR, with a warning, when there is no token or the lookup fails', async () => {
    const event = forkWorkflowRunPayload('fix-flaky');
    const noToken = await workflowRunJob(event, { pulls: [pull(31, event)], extra: { INPUT_TOKEN: '' } });
    expect(noToken.host.context().pr).toBeUndefined();
    expect(noToken.readLog()).toMatch(/::warning::.*no token is set to find its pull request/);

    const { host, readLog } = await workflowRunJob(event, {
      pulls: [pull(31, event)],
      faults: [{ match: /\/pulls$/, status: 404, times: 1 }],
    });
    expect(host.context().pr).toBeUndefined();
    expect(readLog()).toMatch(
      /::warning::Could not find the pull request of contributor:fix-flaky: .*HTTP 404/,
    );
  });

  it('reads the triggering run’s artifacts, uploads to its own run, and keeps no history for the fork', async () => {
    const event = forkWorkflowRunPayload('fix-flaky');
    const runId = event.workflow_run.id as number;
    const { host, readLog } = await workflowRunJob(event, { pulls: [pull(31, event)] });
    const bundle = server.seedArtifact(
      'tessera-shard-1-of-1',
      writeZip([{ name: 'bundle.json', data: '{}' }]),
      {
        runId,
      },
    );
    server.seedArtifact('tessera-plan', writeZip([{ name: 'plan.json', data: '{}' }]), { runId: 4242 });
    expect(await host.artifacts.list()).toEqual([
      expect.objectContaining({
        name: 'tessera-shard-1-of-1',
        url: `https://github.com/octo-org/octo-repo/actions/runs/${runId}/artifacts/${bundle.id}`,
      }),
    ]);
    const dir = await mkdtemp(join(tmpdir(), 'tessera-html-'));
    await writeFile(join(dir, 'report.html'), '<p>report</p>');
    const report = await host.artifacts.put('tessera-report', dir);
    expect(report.url).toBe(`https://github.com/octo-org/octo-repo/actions/runs/4242/artifacts/${report.id}`);

    // GitHub files this run under main: a fork PR's history uploaded here would pass for main's.
    const artifactsBefore = server.artifacts.length;
    await host.history.save('contributor:fix-flaky', emptyHistory('contributor:fix-flaky'));
    expect(server.artifacts).toHaveLength(artifactsBefore);
    expect(readLog()).toMatch(
      /history of contributor:fix-flaky is not kept: GitHub files this run's artifacts under main/,
    );
    expect(readLog()).not.toContain(TOKEN);
  });
});
