/**
 * The GitHub context, over real webhook payloads (corpus/github/webhook-payloads, from
 * @octokit/webhooks-examples): the runner puts exactly this payload at GITHUB_EVENT_PATH.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineBranchOf, runInfoOf } from '../../../src/ci/index.js';
import { TesseraError } from '../../../src/model/index.js';
import {
  forkPullRequestQuery,
  isForkPullRequest,
  parseGithubContext,
  readEventPayload,
  runHeadBranch,
} from '../../../providers/github/context.js';
import {
  assertDerivedRealistic,
  forkWorkflowRunPayload,
  payload,
} from '../../fake-servers/github/webhook-payloads.js';

/** The variables the runner sets for every event, for the payload's repository. */
const runnerEnv = (event: string, extra: Record<string, string> = {}) => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: event,
  GITHUB_REPOSITORY: 'Codertocat/Hello-World',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '1658821493',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_JOB: 'report',
  GITHUB_WORKSPACE: '/home/runner/work/Hello-World/Hello-World',
  ...extra,
});

const MERGE_SHA = 'c4295bd74fb0f4fda03689c3df3f2803b658fd85';

describe('GitHub context: pull requests', () => {
  const prFiles = [
    'pull_request.opened.json',
    'pull_request.synchronize.json',
    'pull_request.reopened.json',
    'pull_request.labeled.json',
  ];

  it.each(prFiles)('%s: PR number, head sha (not the merge sha), base branch, not a fork', (file) => {
    const event = payload(file);
    const env = runnerEnv('pull_request', {
      GITHUB_SHA: MERGE_SHA,
      GITHUB_REF: `refs/pull/${event.number}/merge`,
    });
    const context = parseGithubContext(env, event, '/cwd');
    expect(context).toEqual({
      provider: 'github',
      event: 'pull_request',
      repo: 'Codertocat/Hello-World',
      headSha: event.pull_request.head.sha,
      builtSha: MERGE_SHA,
      branch: event.pull_request.head.ref,
      baseBranch: event.pull_request.base.ref,
      pr: {
        number: event.pull_request.number,
        baseBranch: event.pull_request.base.ref,
        headBranch: event.pull_request.head.ref,
        fork: false,
        url: event.pull_request.html_url,
      },
      run: {
        id: '1658821493',
        attempt: 2,
        url: 'https://github.com/Codertocat/Hello-World/actions/runs/1658821493',
      },
      job: 'report',
      codeHost: {
        kind: 'github',
        apiUrl: 'https://api.github.com',
        webUrl: 'https://github.com',
        repo: 'Codertocat/Hello-World',
      },
      workspace: '/home/runner/work/Hello-World/Hello-World',
    });
    expect(context.headSha).not.toBe(MERGE_SHA);
    expect(runInfoOf(context)).toMatchObject({
      provider: 'github',
      sha: event.pull_request.head.sha,
      pr: 2,
      attempt: 2,
    });
    expect(baselineBranchOf(context)).toBe('master');
  });

  it('treats pull_request_target the same way', () => {
    const event = payload('pull_request.opened.json');
    const context = parseGithubContext(
      runnerEnv('pull_request_target', { GITHUB_SHA: 'f'.repeat(40) }),
      event,
      '/cwd',
    );
    expect(context.pr?.number).toBe(2);
    expect(context.headSha).toBe(event.pull_request.head.sha);
  });

  // The corpus has no fork PR; these derive one from a real payload by changing only the head repository.
  it('detects a fork from head.repo.full_name vs base.repo.full_name', () => {
    const event = payload('pull_request.opened.json');
    const fork = structuredClone(event);
    fork.pull_request.head.repo.full_name = 'someone-else/Hello-World';
    fork.pull_request.head.label = 'someone-else:master';
    fork.pull_request.head.ref = 'master';
    assertDerivedRealistic('pull_request$opened', event, fork);
    const forkContext = parseGithubContext(runnerEnv('pull_request'), fork, '/cwd');
    expect(forkContext.pr).toMatchObject({ fork: true, headBranch: 'master', baseBranch: 'master' });
    // The fork's `master` is recorded as someone-else:master, never as this repository's master.
    expect(forkContext.branch).toBe('someone-else:master');
    expect(baselineBranchOf(forkContext)).toBe('master');
    expect(parseGithubContext(runnerEnv('pull_request'), event, '/cwd').pr?.fork).toBe(false);
    const sameNameOtherCase = structuredClone(event);
    sameNameOtherCase.pull_request.head.repo.full_name = 'codertocat/hello-world';
    expect(isForkPullRequest(sameNameOtherCase.pull_request)).toBe(false);
    const deletedFork = structuredClone(event);
    deletedFork.pull_request.head.repo = null;
    expect(isForkPullRequest(deletedFork.pull_request)).toBe(true);
  });
});

describe('GitHub context: other events', () => {
  it('push: the pushed commit, the branch, no base', () => {
    const event = payload('push.default.json');
    const onBranch = { ...event, ref: 'refs/heads/main' };
    const context = parseGithubContext(
      runnerEnv('push', { GITHUB_SHA: event.after, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' }),
      onBranch,
      '/cwd',
    );
    expect(context).toMatchObject({ event: 'push', headSha: event.after, branch: 'main' });
    expect(context.pr).toBeUndefined();
    expect(context.baseBranch).toBeUndefined();
    expect(baselineBranchOf(context)).toBe('main');
  });

  it('push of a tag: no branch', () => {
    const event = payload('push.default.json');
    expect(event.ref).toBe('refs/tags/simple-tag');
    const context = parseGithubContext(runnerEnv('push', { GITHUB_SHA: event.after }), event, '/cwd');
    expect(context.branch).toBeUndefined();
    expect(context.headSha).toBe(event.after);
  });

  it('merge_group: the queue commit, compared with the target branch', () => {
    const event = payload('merge_group.checks_requested.json');
    const context = parseGithubContext(
      runnerEnv('merge_group', { GITHUB_SHA: event.merge_group.head_sha }),
      event,
      '/cwd',
    );
    expect(context).toMatchObject({
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      branch: 'gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64',
      baseBranch: 'main',
    });
    expect(baselineBranchOf(context)).toBe('main');
  });

  it('workflow_run: reports on the triggering run, its PR and its commit', () => {
    const event = payload('workflow_run.completed.3.json');
    const context = parseGithubContext(
      runnerEnv('workflow_run', { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: 'e'.repeat(40) }),
      event,
      '/cwd',
    );
    expect(context).toMatchObject({
      headSha: event.workflow_run.head_sha,
      branch: 'master',
      baseBranch: 'master',
      pr: { number: 2, baseBranch: 'master', headBranch: 'changes', fork: false },
      sourceRun: { id: String(event.workflow_run.id), attempt: 1, url: event.workflow_run.html_url },
      run: { id: '1658821493', attempt: 2 },
    });
  });

  it('workflow_run from a fork: no linked PR, but marked as a fork', () => {
    const original = payload('workflow_run.completed.json');
    const event = structuredClone(original);
    event.workflow_run.head_repository.full_name = 'contributor/octo-repo';
    assertDerivedRealistic('workflow_run$completed', original, event);
    const context = parseGithubContext(
      runnerEnv('workflow_run', { GITHUB_REPOSITORY: 'octo-org/octo-repo' }),
      event,
      '/cwd',
    );
    expect(context.pr).toBeUndefined();
    expect(context.sourceRun?.id).toBe(String(event.workflow_run.id));
    expect(context.headSha).toBe(event.workflow_run.head_sha);
    // The fork's `main` is recorded as contributor:main, never as this repository's main.
    expect(context.branch).toBe('contributor:main');
  });

  it('workflow_run from a fork: what to look its PR up by, and only then', () => {
    const env = runnerEnv('workflow_run', { GITHUB_REPOSITORY: 'octo-org/octo-repo' });
    const fork = forkWorkflowRunPayload('fix-flaky');
    expect(forkPullRequestQuery(env, fork)).toEqual({
      head: 'contributor:fix-flaky',
      headSha: fork.workflow_run.head_sha,
      headRepository: 'contributor/octo-repo',
    });
    // Same repository, or a PR the payload names, or another event: nothing to look up.
    expect(forkPullRequestQuery(env, payload('workflow_run.completed.json'))).toBeUndefined();
    expect(forkPullRequestQuery(env, payload('workflow_run.completed.3.json'))).toBeUndefined();
    expect(forkPullRequestQuery(runnerEnv('push'), fork)).toBeUndefined();
    const noBranch = structuredClone(fork);
    noBranch.workflow_run.head_branch = null;
    expect(forkPullRequestQuery(env, noBranch)).toBeUndefined();
  });

  it.each([
    ['a PR’s head branch', { GITHUB_HEAD_REF: 'feature', GITHUB_REF: 'refs/pull/2/merge' }, 'feature'],
    [
      'the pushed branch',
      { GITHUB_REF: 'refs/heads/release/1.x', GITHUB_REF_NAME: 'release/1.x' },
      'release/1.x',
    ],
    ['a workflow_run job’s own (default) branch', { GITHUB_REF: 'refs/heads/main' }, 'main'],
    [
      'no branch for a tag',
      { GITHUB_REF: 'refs/tags/v1', GITHUB_REF_NAME: 'v1', GITHUB_REF_TYPE: 'tag' },
      undefined,
    ],
  ])('files the run under %s', (_label, env, expected) => {
    expect(runHeadBranch(env)).toBe(expected);
  });

  it.each([
    ['workflow_dispatch', 'workflow_dispatch.default.json'],
    ['schedule', undefined],
  ])('%s: the built commit and the ref’s branch', (eventName, file) => {
    const event = file ? payload(file) : { schedule: '0 4 * * *' };
    const context = parseGithubContext(
      runnerEnv(eventName, {
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
      }),
      event,
      '/cwd',
    );
    expect(context).toMatchObject({ event: eventName, headSha: 'a'.repeat(40), branch: 'main' });
    expect(context.pr).toBeUndefined();
  });

  it('defaults attempt to 1 and leaves unknowns undefined with a bare environment', () => {
    const context = parseGithubContext({ GITHUB_ACTIONS: 'true' }, {}, '/cwd');
    expect(context).toEqual({
      provider: 'github',
      event: undefined,
      repo: undefined,
      headSha: undefined,
      branch: undefined,
      run: { id: undefined, attempt: 1, url: undefined },
      job: undefined,
      codeHost: undefined,
      workspace: '/cwd',
    });
  });
});

describe('reading the event payload', () => {
  it('reads GITHUB_EVENT_PATH, and names the file when it is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-event-'));
    await writeFile(join(dir, 'event.json'), '{"number": 5}');
    expect(await readEventPayload({ GITHUB_EVENT_PATH: join(dir, 'event.json') })).toEqual({ number: 5 });
    await writeFile(join(dir, 'bad.json'), '{"number": ');
    const error = await readEventPayload({ GITHUB_EVENT_PATH: join(dir, 'bad.json') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TesseraError);
    expect((error as Error).message).toContain(join(dir, 'bad.json'));
    expect(await readEventPayload({})).toEqual({});
  });
});
