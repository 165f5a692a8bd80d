/**
 * The GitLab context over the real job environments of the corpus (GitLab 8's `CI_BUILD_*`, GitLab 11's
 * `CI_COMMIT_*`, a merge request and an external pull request pipeline), checked against what ci-detector
 * derives from the same dumps, and over the current merge request variables GitLab documents.
 */
import { describe, expect, it } from 'vitest';
import { baselineBranchOf, runInfoOf } from '../../../src/ci/index.js';
import { detectGitlab } from '../../../providers/gitlab/index.js';
import {
  gitlabApiUrl,
  gitlabContextWarnings,
  parseGitlabContext,
} from '../../../providers/gitlab/context.js';
import { detectorExpectations, gitlabDump, modernMergeRequestEnv, modernPushEnv } from './env-dumps.js';

const DUMPS = ['GitLab', 'GitLab9', 'GitLabMergeRequest', 'GitLabExternalPullRequest'] as const;

describe('GitLab context: the real dumps', () => {
  it.each(DUMPS)('%s: detected, and the commit, branch, target branch and repo ci-detector reads', (name) => {
    const env = gitlabDump(name);
    const expected = detectorExpectations(name);
    expect(detectGitlab(env)).toBe(true);
    const context = parseGitlabContext(env, '/tmp/x');
    expect(context.provider).toBe('gitlab');
    expect(context.branch).toBe(expected.Branch);
    expect(context.baseBranch ?? '').toBe(expected['Target branch']);
    if (expected.Commit !== undefined) expect(context.headSha).toBe(expected.Commit);
    if (expected['Repository name'] !== undefined) expect(context.repo).toBe(expected['Repository name']);
    expect(context.workspace).toBe(env.CI_PROJECT_DIR);
    expect(context.run).toEqual({
      id: env.CI_PIPELINE_ID,
      attempt: 1,
      url: env.CI_PIPELINE_URL ?? `${env.CI_PROJECT_URL}/-/pipelines/${env.CI_PIPELINE_ID}`,
    });
    expect(context.job).toBe(env.CI_JOB_NAME ?? env.CI_BUILD_NAME);
  });

  it('GitLab 8: the server and API URL come from the project URL', () => {
    const env = gitlabDump('GitLab');
    expect(gitlabApiUrl(env)).toBe('https://gitlab.com/api/v4');
    expect(parseGitlabContext(env, '/x').codeHost).toEqual({
      kind: 'gitlab',
      apiUrl: 'https://gitlab.com/api/v4',
      webUrl: 'https://gitlab.com',
      repo: 'foo/bar',
    });
  });

  it('a merge request without CI_MERGE_REQUEST_IID: compared with the target, no note, one warning', () => {
    const env = gitlabDump('GitLabMergeRequest');
    const context = parseGitlabContext(env, '/x');
    // CI_MERGE_REQUEST_ID (43) is instance-wide: using it as the IID would post to another MR.
    expect(context.pr).toBeUndefined();
    expect(baselineBranchOf(context)).toBe('main');
    expect(gitlabContextWarnings(env)).toEqual([expect.stringContaining('CI_MERGE_REQUEST_IID is not set')]);
  });

  it('an external pull request: the PR is on GitHub, which needs its repository to comment', () => {
    const env = gitlabDump('GitLabExternalPullRequest');
    const context = parseGitlabContext(env, '/x');
    expect(context.pr).toMatchObject({ number: 43, baseBranch: 'main', fork: false });
    expect(context.codeHost).toBeUndefined();
    expect(gitlabContextWarnings(env)).toHaveLength(1);
    const withRepo = parseGitlabContext(
      { ...env, CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY: 'acme/shop' },
      '/x',
    );
    expect(withRepo.codeHost).toEqual({
      kind: 'github',
      apiUrl: 'https://api.github.com',
      webUrl: 'https://github.com',
      repo: 'acme/shop',
    });
  });

  it('records no branch for a tag pipeline', () => {
    const env = { ...modernPushEnv({ CI_COMMIT_TAG: 'v1.2.0', CI_COMMIT_REF_NAME: 'v1.2.0' }) };
    delete env.CI_COMMIT_BRANCH;
    expect(parseGitlabContext(env, '/x').branch).toBeUndefined();
  });
});

describe('GitLab context: current pipelines', () => {
  it('a branch pipeline: branch, run, job start, and a parallel job’s shard', () => {
    const env = modernPushEnv({ CI_NODE_INDEX: '2', CI_NODE_TOTAL: '4', CI_JOB_NAME: 'tessera-test 2/4' });
    const context = parseGitlabContext(env, '/x');
    expect(context).toMatchObject({
      event: 'push',
      branch: 'test-gitlab',
      headSha: '5d25f4849bbd812e4e64e78d4aaa94a72e6cab5c',
      builtSha: undefined,
      shard: { index: 2, total: 4 },
      job: 'tessera-test 2/4',
      jobStartedAt: new Date('2026-12-04T10:00:00Z'),
    });
    expect(runInfoOf(context)).toMatchObject({ provider: 'gitlab', runId: '33997853', attempt: 1 });
    // Without `parallel:` GitLab sets CI_NODE_TOTAL=1 and no index: no shard.
    expect(parseGitlabContext(modernPushEnv({ CI_NODE_TOTAL: '1' }), '/x').shard).toBeUndefined();
  });

  it('a merge request pipeline: the IID, its branches, its link, and the MR project as code host', () => {
    const context = parseGitlabContext(modernMergeRequestEnv(), '/x');
    expect(context.pr).toEqual({
      number: 17,
      baseBranch: 'main',
      headBranch: 'feature/faster',
      fork: false,
      url: 'https://gitlab.com/OndraM/ci-detector/-/merge_requests/17',
    });
    expect(context.branch).toBe('feature/faster');
    expect(context.baseBranch).toBe('main');
    expect(context.codeHost).toEqual({
      kind: 'gitlab',
      apiUrl: 'https://gitlab.com/api/v4',
      webUrl: 'https://gitlab.com',
      repo: 'OndraM/ci-detector',
    });
  });

  it('a merged results pipeline: the head is the source branch’s commit, not the merge commit', () => {
    const context = parseGitlabContext(modernMergeRequestEnv({ mergedResults: true }), '/x');
    expect(context.headSha).toBe('1111111111111111111111111111111111111111');
    expect(context.builtSha).toBe('5d25f4849bbd812e4e64e78d4aaa94a72e6cab5c');
  });

  it('a fork’s merge request: marked as a fork, its branch kept apart from this project’s', () => {
    const context = parseGitlabContext(modernMergeRequestEnv({ fork: true }), '/x');
    expect(context.pr?.fork).toBe(true);
    expect(context.branch).toBe('someone/ci-detector:feature/faster');
    // The note and the baseline belong to the target project.
    expect(context.codeHost?.repo).toBe('OndraM/ci-detector');
  });
});
