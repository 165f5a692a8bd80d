/**
 * The Azure Pipelines context, from the agent's variables (`BUILD_*`, `SYSTEM_*`). Pure: env in, context out.
 * https://learn.microsoft.com/azure/devops/pipelines/build/variables
 *
 * The variables to be careful with (reference/providers.md §1.2): `BUILD_SOURCEVERSION` is the PR's merge
 * commit, the head is `SYSTEM_PULLREQUEST_SOURCECOMMITID`; the PR number is
 * `SYSTEM_PULLREQUEST_PULLREQUESTID` on Azure Repos but `…_PULLREQUESTNUMBER` on GitHub (where the id is
 * GitHub's internal one); `SYSTEM_PULLREQUEST_TARGETBRANCH` is `refs/heads/x` on Azure Repos and plain `x` on
 * GitHub; `BUILD_SOURCEBRANCHNAME` is only the last path segment, so the branch comes from the full ref.
 */
import type { CiContext, CodeHostRef, Env, PullRequestContext, RunContext } from '../../src/ci/index.js';
import type { ShardRef } from '../../src/model/index.js';

/** Repository providers whose pull requests live on GitHub. */
const GITHUB_PROVIDERS = new Set(['github', 'githubenterprise']);

/** Where a build's REST calls go: the collection, the project, the build, the pipeline. */
export interface AzureBuildRef {
  /** `SYSTEM_COLLECTIONURI`, always ending in `/`. */
  readonly collectionUrl: string;
  readonly project: string;
  readonly buildId: number;
  /** `SYSTEM_DEFINITIONID`: the pipeline whose earlier builds hold the baselines. */
  readonly definitionId?: number;
}

const positiveInt = (value: string | undefined): number | undefined => {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
};

const stripHeads = (ref: string | undefined): string | undefined =>
  ref ? ref.replace(/^refs\/heads\//, '') || undefined : undefined;

/** The collection URL with one trailing slash; undefined when not set. */
export function collectionUrlOf(env: Env): string | undefined {
  const url = (env.SYSTEM_COLLECTIONURI || env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI || '').trim();
  return url ? url.replace(/\/*$/, '/') : undefined;
}

/** The build's REST coordinates, when the variables name them all. */
export function azureBuildRef(env: Env): AzureBuildRef | undefined {
  const collectionUrl = collectionUrlOf(env);
  const project = env.SYSTEM_TEAMPROJECT || env.SYSTEM_TEAMPROJECTID;
  const buildId = positiveInt(env.BUILD_BUILDID);
  if (!collectionUrl || !project || buildId === undefined) return undefined;
  const definitionId = positiveInt(env.SYSTEM_DEFINITIONID);
  return { collectionUrl, project, buildId, ...(definitionId !== undefined ? { definitionId } : {}) };
}

/** Whether the build's repository lives on GitHub (github.com or GitHub Enterprise). */
export function isGithubRepository(env: Env): boolean {
  return GITHUB_PROVIDERS.has((env.BUILD_REPOSITORY_PROVIDER ?? '').toLowerCase());
}

/**
 * Where the PR lives: Azure Repos (`TfsGit`) through the collection's Git API, addressed as
 * `<project>/<repository id>`; a GitHub repository through GitHub's REST API (`GITHUB_API_URL` overrides
 * the API for GitHub Enterprise or a proxy). Other providers (Bitbucket, plain Git, TFVC) have no code host
 * Tessera posts to.
 */
export function azureCodeHost(env: Env): CodeHostRef | undefined {
  const provider = (env.BUILD_REPOSITORY_PROVIDER ?? '').toLowerCase();
  if (provider === 'tfsgit') {
    const collectionUrl = collectionUrlOf(env);
    const project = env.SYSTEM_TEAMPROJECT;
    const repository = env.BUILD_REPOSITORY_ID || env.BUILD_REPOSITORY_NAME;
    if (!collectionUrl || !project || !repository) return undefined;
    return {
      kind: 'azure-repos',
      apiUrl: collectionUrl,
      webUrl: collectionUrl,
      repo: `${project}/${repository}`,
    };
  }
  if (GITHUB_PROVIDERS.has(provider) && env.BUILD_REPOSITORY_NAME) {
    let web = 'https://github.com';
    try {
      if (env.BUILD_REPOSITORY_URI) web = new URL(env.BUILD_REPOSITORY_URI).origin;
    } catch {
      // An unreadable URI: github.com.
    }
    const api =
      env.GITHUB_API_URL || (web === 'https://github.com' ? 'https://api.github.com' : `${web}/api/v3`);
    return { kind: 'github', apiUrl: api, webUrl: web, repo: env.BUILD_REPOSITORY_NAME };
  }
  return undefined;
}

/** The shard of a `strategy: parallel` (or matrix) job: `SYSTEM_JOBPOSITIONINPHASE` of `SYSTEM_TOTALJOBSINPHASE`. */
export function azureShard(env: Env): ShardRef | undefined {
  const index = positiveInt(env.SYSTEM_JOBPOSITIONINPHASE);
  const total = positiveInt(env.SYSTEM_TOTALJOBSINPHASE);
  if (index === undefined || total === undefined || total < 2 || index > total) return undefined;
  return { index, total };
}

/** The owner in a GitHub fork's URI (`https://github.com/owner/repo`), for `owner:branch`. */
function forkOwner(uri: string | undefined): string | undefined {
  try {
    return uri ? new URL(uri).pathname.split('/').filter(Boolean)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The context of an Azure Pipelines job. */
export function parseAzureContext(env: Env, workspace: string): CiContext {
  const build = azureBuildRef(env);
  const runId = env.BUILD_BUILDID || undefined;
  const run: RunContext = {
    id: runId,
    attempt: positiveInt(env.SYSTEM_JOBATTEMPT) ?? 1,
    url: build
      ? `${build.collectionUrl}${encodeURIComponent(build.project)}/_build/results?buildId=${build.buildId}`
      : undefined,
  };
  const builtSha = env.BUILD_SOURCEVERSION || undefined;
  const sourceBranch = env.BUILD_SOURCEBRANCH;
  const shard = azureShard(env);
  const base = {
    provider: 'azure' as const,
    event: env.BUILD_REASON || undefined,
    repo: env.BUILD_REPOSITORY_NAME || undefined,
    run,
    job: env.SYSTEM_JOBDISPLAYNAME || env.SYSTEM_JOBNAME || undefined,
    codeHost: azureCodeHost(env),
    workspace: env.BUILD_SOURCESDIRECTORY || workspace,
    ...(shard ? { shard } : {}),
  };

  const github = isGithubRepository(env);
  const prNumber = positiveInt(
    github ? env.SYSTEM_PULLREQUEST_PULLREQUESTNUMBER : env.SYSTEM_PULLREQUEST_PULLREQUESTID,
  );
  if (env.BUILD_REASON === 'PullRequest' && prNumber !== undefined) {
    const fork = (env.SYSTEM_PULLREQUEST_ISFORK ?? '').toLowerCase() === 'true';
    const headBranch = stripHeads(env.SYSTEM_PULLREQUEST_SOURCEBRANCH);
    const baseBranch = stripHeads(env.SYSTEM_PULLREQUEST_TARGETBRANCH);
    const owner = fork ? forkOwner(env.SYSTEM_PULLREQUEST_SOURCEREPOSITORYURI) : undefined;
    const pr: PullRequestContext = {
      number: prNumber,
      baseBranch,
      headBranch,
      fork,
      url:
        base.codeHost?.kind === 'github'
          ? `${base.codeHost.webUrl}/${base.codeHost.repo}/pull/${prNumber}`
          : env.BUILD_REPOSITORY_URI
            ? `${env.BUILD_REPOSITORY_URI}/pullrequest/${prNumber}`
            : undefined,
    };
    const headSha = env.SYSTEM_PULLREQUEST_SOURCECOMMITID || builtSha;
    return {
      ...base,
      headSha,
      builtSha: builtSha !== headSha ? builtSha : undefined,
      // A fork's branch never names one of this repository's: `owner:branch` (or `fork:branch`).
      branch: fork && headBranch ? `${owner ?? 'fork'}:${headBranch}` : headBranch,
      baseBranch,
      pr,
    };
  }
  // CI, schedule, manual and every other reason: the built commit on the built branch (none for a tag).
  const branch = sourceBranch?.startsWith('refs/heads/')
    ? stripHeads(sourceBranch)
    : sourceBranch?.startsWith('refs/')
      ? undefined
      : sourceBranch || undefined;
  return { ...base, headSha: builtSha, branch };
}
