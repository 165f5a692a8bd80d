/**
 * The Azure context from real Azure Pipelines environments (corpus ci-env-dumps: a CI build and a PR build
 * of a GitHub repository, from OndraM/ci-detector), and from the variables of an Azure Repos PR build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAzureContext } from '../../../providers/azure/context.js';
import { createCodeHostFor } from '../../../providers/index.js';
import { GithubCodeHost } from '../../../providers/github/code-host.js';
import { AzureReposCodeHost } from '../../../providers/azure/code-host.js';
import { CORPUS } from '../../support/corpus.js';

function dump(name: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(join(CORPUS, 'ci-env-dumps/ci-detector', `${name}.env`), 'utf8').split(
    '\n',
  )) {
    const match = /^([A-Za-z_][A-Za-z0-9_.]*)=(.*)$/.exec(line);
    if (match?.[1]) env[match[1]] = (match[2] ?? '').replace(/^"(.*)"$/, '$1');
  }
  return env;
}

describe('parseAzureContext', () => {
  it('a CI build: the built commit on the full branch, the build id, the attempt, the build URL', () => {
    const context = parseAzureContext(dump('AzurePipelines'), '/w');
    expect(context).toMatchObject({
      provider: 'azure',
      event: 'IndividualCI',
      repo: 'OndraM/ci-detector',
      headSha: '6411f07f6cd88db7fc4f26edae51cf091eb707e1',
      branch: 'test-azure-pipelines',
      run: {
        id: '33',
        attempt: 1,
        url: 'https://dev.azure.com/ondrejmachulda/ci-detector/_build/results?buildId=33',
      },
      workspace: '/home/vsts/work/1/s',
      codeHost: { kind: 'github', apiUrl: 'https://api.github.com', repo: 'OndraM/ci-detector' },
    });
    expect(context.pr).toBeUndefined();
    // One job in the phase: no shard.
    expect(context.shard).toBeUndefined();
  });

  it('a PR build of a GitHub repository: the PR number (not GitHub’s id), the head commit, plain branch names', () => {
    const context = parseAzureContext(dump('AzurePipelinesPullRequest'), '/w');
    expect(context.pr).toEqual({
      number: 89,
      baseBranch: 'main',
      headBranch: 'feature/azure-pipelines',
      fork: false,
      url: 'https://github.com/OndraM/ci-detector/pull/89',
    });
    expect(context.headSha).toBe('db49327fe5e5bfea81fb88cdbbf24e283538c395');
    expect(context.builtSha).toBe('f44ad676029757f70d7fc848d4bdf13b771c279b');
    expect(context.branch).toBe('feature/azure-pipelines');
    expect(context.baseBranch).toBe('main');
  });

  it('a PR build on Azure Repos: the PR id, refs/heads/ stripped, the Azure Repos code host, the shard', () => {
    const context = parseAzureContext(
      {
        TF_BUILD: 'True',
        SYSTEM_COLLECTIONURI: 'https://dev.azure.com/fabrikam',
        SYSTEM_TEAMPROJECT: 'Fabrikam Fiber',
        SYSTEM_JOBATTEMPT: '2',
        SYSTEM_JOBPOSITIONINPHASE: '3',
        SYSTEM_TOTALJOBSINPHASE: '4',
        BUILD_BUILDID: '812',
        BUILD_REASON: 'PullRequest',
        BUILD_REPOSITORY_PROVIDER: 'TfsGit',
        BUILD_REPOSITORY_ID: '3411ebc1-d5aa-464f-9615-0b527bc66719',
        BUILD_REPOSITORY_NAME: 'Fabrikam',
        BUILD_SOURCEBRANCH: 'refs/pull/22/merge',
        BUILD_SOURCEVERSION: 'aaaa',
        SYSTEM_PULLREQUEST_PULLREQUESTID: '22',
        SYSTEM_PULLREQUEST_SOURCEBRANCH: 'refs/heads/feature/x',
        SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main',
        SYSTEM_PULLREQUEST_SOURCECOMMITID: 'bbbb',
        SYSTEM_PULLREQUEST_ISFORK: 'False',
      },
      '/w',
    );
    expect(context).toMatchObject({
      branch: 'feature/x',
      baseBranch: 'main',
      headSha: 'bbbb',
      builtSha: 'aaaa',
      shard: { index: 3, total: 4 },
      run: {
        id: '812',
        attempt: 2,
        url: 'https://dev.azure.com/fabrikam/Fabrikam%20Fiber/_build/results?buildId=812',
      },
      codeHost: {
        kind: 'azure-repos',
        apiUrl: 'https://dev.azure.com/fabrikam/',
        repo: 'Fabrikam Fiber/3411ebc1-d5aa-464f-9615-0b527bc66719',
      },
    });
    expect(context.pr?.number).toBe(22);
  });

  it('a fork’s PR records its branch as owner:branch; a tag build has no branch', () => {
    const fork = parseAzureContext(
      {
        ...dump('AzurePipelinesPullRequest'),
        SYSTEM_PULLREQUEST_ISFORK: 'True',
        SYSTEM_PULLREQUEST_SOURCEREPOSITORYURI: 'https://github.com/someone/ci-detector',
        SYSTEM_PULLREQUEST_SOURCEBRANCH: 'main',
      },
      '/w',
    );
    expect(fork.branch).toBe('someone:main');
    expect(fork.pr?.fork).toBe(true);
    expect(
      parseAzureContext({ ...dump('AzurePipelines'), BUILD_SOURCEBRANCH: 'refs/tags/v1' }, '/w').branch,
    ).toBeUndefined();
  });

  it('the registry posts a GitHub repository’s PR through the GitHub code host, Azure Repos through threads', () => {
    const deps = { cwd: '/w', write: () => undefined };
    const github = parseAzureContext(dump('AzurePipelinesPullRequest'), '/w').codeHost;
    expect(github && createCodeHostFor(github, 'ghp_x', deps)).toBeInstanceOf(GithubCodeHost);
    const azure = { kind: 'azure-repos' as const, apiUrl: 'https://dev.azure.com/o/', repo: 'P/r' };
    expect(createCodeHostFor(azure, 'token', deps)).toBeInstanceOf(AzureReposCodeHost);
  });
});
