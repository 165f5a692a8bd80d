/**
 * The GitLab CI context, from the predefined variables alone (GitLab has no event payload file).
 * https://docs.gitlab.com/ci/variables/predefined_variables/
 *
 * What the variables say depends on the pipeline's kind:
 * - **branch pipelines** (`push`, `web`, `schedule` …): `CI_COMMIT_BRANCH`; no merge request variables;
 * - **merge request pipelines** (`CI_PIPELINE_SOURCE=merge_request_event`): `CI_MERGE_REQUEST_IID` (the
 *   number the API uses; `CI_MERGE_REQUEST_ID` is instance-wide and useless to the API), source and target
 *   branch; in a **merged results** pipeline `CI_COMMIT_SHA` is GitLab's merge commit and the MR head is
 *   `CI_MERGE_REQUEST_SOURCE_BRANCH_SHA`; a **fork** MR has a source project other than the MR's project;
 * - **external pull request pipelines** (GitLab CI building a GitHub repository's PR):
 *   `CI_EXTERNAL_PULL_REQUEST_*`; the PR lives on GitHub, so the code host is GitHub;
 * - GitLab before 9.0 spelled some of these `CI_BUILD_*`, as the oldest real dumps in the corpus show.
 *
 * {@link parseGitlabContext} is pure; {@link gitlabContextWarnings} says what it had to leave out.
 */
import type { CiContext, CodeHostRef, Env, PullRequestContext } from '../../src/ci/index.js';

const positiveInt = (value: string | undefined): number | undefined => {
  const n = Number(value);
  return value && /^\d+$/.test(value.trim()) && n > 0 ? n : undefined;
};

const nonEmpty = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' ? value : undefined;

/** The instance's web root: `CI_SERVER_URL`, else the project URL without the project path. */
export function gitlabServerUrl(env: Env): string | undefined {
  const server = nonEmpty(env.CI_SERVER_URL);
  if (server) return server.replace(/\/+$/, '');
  const project = nonEmpty(env.CI_PROJECT_URL);
  const path = nonEmpty(env.CI_PROJECT_PATH);
  return project && path && project.endsWith(`/${path}`) ? project.slice(0, -path.length - 1) : undefined;
}

/** The REST API root: `CI_API_V4_URL`, else `<server>/api/v4`. */
export function gitlabApiUrl(env: Env): string | undefined {
  const api = nonEmpty(env.CI_API_V4_URL);
  if (api) return api.replace(/\/+$/, '');
  const server = gitlabServerUrl(env);
  return server ? `${server}/api/v4` : undefined;
}

/** The commit the job checked out (`CI_BUILD_REF` before GitLab 9.0). */
const builtShaOf = (env: Env): string | undefined =>
  nonEmpty(env.CI_COMMIT_SHA) ?? nonEmpty(env.CI_BUILD_REF);

/** The branch of a branch pipeline; undefined for a tag (`CI_COMMIT_TAG`, `CI_BUILD_TAG` before 9.0). */
function pushedBranch(env: Env): string | undefined {
  if (nonEmpty(env.CI_COMMIT_TAG) ?? nonEmpty(env.CI_BUILD_TAG)) return undefined;
  return (
    nonEmpty(env.CI_COMMIT_BRANCH) ?? nonEmpty(env.CI_COMMIT_REF_NAME) ?? nonEmpty(env.CI_BUILD_REF_NAME)
  );
}

/** The merge request of an MR pipeline, when GitLab gave its IID. */
function mergeRequestOf(env: Env, serverUrl: string | undefined): PullRequestContext | undefined {
  const iid = positiveInt(env.CI_MERGE_REQUEST_IID);
  if (iid === undefined) return undefined;
  const source = nonEmpty(env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID);
  const target = nonEmpty(env.CI_MERGE_REQUEST_PROJECT_ID) ?? nonEmpty(env.CI_PROJECT_ID);
  const projectUrl =
    nonEmpty(env.CI_MERGE_REQUEST_PROJECT_URL) ??
    (serverUrl && env.CI_MERGE_REQUEST_PROJECT_PATH
      ? `${serverUrl}/${env.CI_MERGE_REQUEST_PROJECT_PATH}`
      : nonEmpty(env.CI_PROJECT_URL));
  return {
    number: iid,
    baseBranch: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
    headBranch: nonEmpty(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME),
    fork: source !== undefined && target !== undefined && source !== target,
    ...(projectUrl ? { url: `${projectUrl}/-/merge_requests/${iid}` } : {}),
  };
}

/** The GitHub pull request of an external pull request pipeline. */
function externalPullRequestOf(env: Env): PullRequestContext | undefined {
  const number = positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID);
  if (number === undefined) return undefined;
  const source = nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY);
  const target = nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY);
  return {
    number,
    baseBranch: nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME),
    headBranch: nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME),
    fork: source !== undefined && target !== undefined && source !== target,
    ...(target ? { url: `https://github.com/${target}/pull/${number}` } : {}),
  };
}

/** The project the merge request lives in (the target project, also for a fork's MR). */
export function mergeRequestProject(env: Env): string | undefined {
  return (
    nonEmpty(env.CI_MERGE_REQUEST_PROJECT_PATH) ??
    nonEmpty(env.CI_MERGE_REQUEST_PROJECT_ID) ??
    nonEmpty(env.CI_PROJECT_PATH) ??
    nonEmpty(env.CI_PROJECT_ID)
  );
}

/** The code host: GitHub for an external pull request, else this GitLab's project. */
function codeHostOf(env: Env, serverUrl: string | undefined): CodeHostRef | undefined {
  if (positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID) !== undefined) {
    const repo = nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY);
    return repo
      ? { kind: 'github', apiUrl: 'https://api.github.com', webUrl: 'https://github.com', repo }
      : undefined;
  }
  const apiUrl = gitlabApiUrl(env);
  const repo = mergeRequestProject(env);
  if (!apiUrl || !repo) return undefined;
  return { kind: 'gitlab', apiUrl, ...(serverUrl ? { webUrl: serverUrl } : {}), repo };
}

/** `CI_NODE_INDEX`/`CI_NODE_TOTAL` (1-based), set by `parallel: N`. */
function shardOf(env: Env): CiContext['shard'] {
  const index = positiveInt(env.CI_NODE_INDEX);
  const total = positiveInt(env.CI_NODE_TOTAL);
  return index !== undefined && total !== undefined && index <= total ? { index, total } : undefined;
}

function dateOf(value: string | undefined): Date | undefined {
  if (!nonEmpty(value)) return undefined;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The context of a GitLab CI job.
 *
 * @param workspace the folder to use when `CI_PROJECT_DIR` is not set
 */
export function parseGitlabContext(env: Env, workspace: string): CiContext {
  const serverUrl = gitlabServerUrl(env);
  const projectUrl = nonEmpty(env.CI_PROJECT_URL);
  const pipelineId = nonEmpty(env.CI_PIPELINE_ID);
  const builtSha = builtShaOf(env);
  const mr = mergeRequestOf(env, serverUrl);
  const external = mr ? undefined : externalPullRequestOf(env);
  const pr = mr ?? external;
  // A merged results pipeline builds GitLab's merge commit; the MR's own head is the source branch's sha.
  const headSha =
    (mr ? nonEmpty(env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA) : undefined) ??
    (external ? nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_SHA) : undefined) ??
    builtSha;
  // A fork's branch is recorded as `<fork project path>:<branch>`, so that a fork's `main` never names, or
  // overwrites the history of, this project's `main`.
  const forkPath = nonEmpty(
    mr ? env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH : env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY,
  );
  // The source branch; an external PR pipeline runs on it, so CI_COMMIT_REF_NAME names it when GitLab
  // gives no source branch variable (as in the oldest dumps).
  const headBranch = pr ? (pr.headBranch ?? pushedBranch(env)) : undefined;
  const branch = pr
    ? pr.fork && headBranch
      ? `${forkPath ?? 'fork'}:${headBranch}`
      : headBranch
    : pushedBranch(env);
  const baseBranch =
    pr?.baseBranch ??
    nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME) ??
    nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME);
  const jobStartedAt = dateOf(env.CI_JOB_STARTED_AT);
  return {
    provider: 'gitlab',
    event: nonEmpty(env.CI_PIPELINE_SOURCE),
    repo: nonEmpty(env.CI_PROJECT_PATH),
    headSha,
    builtSha: builtSha !== headSha ? builtSha : undefined,
    branch,
    baseBranch,
    pr,
    run: {
      id: pipelineId,
      // A retried job is a new job (new CI_JOB_ID) in the same pipeline; GitLab numbers no attempts.
      attempt: 1,
      url:
        nonEmpty(env.CI_PIPELINE_URL) ??
        (projectUrl && pipelineId ? `${projectUrl}/-/pipelines/${pipelineId}` : undefined),
    },
    job: nonEmpty(env.CI_JOB_NAME) ?? nonEmpty(env.CI_BUILD_NAME),
    shard: shardOf(env),
    codeHost: codeHostOf(env, serverUrl),
    workspace: nonEmpty(env.CI_PROJECT_DIR) ?? workspace,
    ...(jobStartedAt ? { jobStartedAt } : {}),
  };
}

/** What the context could not include and why, one sentence each, for the job log. */
export function gitlabContextWarnings(env: Env): string[] {
  const warnings: string[] = [];
  if (nonEmpty(env.CI_MERGE_REQUEST_ID) && positiveInt(env.CI_MERGE_REQUEST_IID) === undefined)
    warnings.push(
      'This is a merge request pipeline, but CI_MERGE_REQUEST_IID is not set (GitLab before 11.6), so no merge request note is posted; the report still compares with the target branch.',
    );
  if (
    positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID) &&
    !nonEmpty(env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY)
  )
    warnings.push(
      'This is an external pull request pipeline, but CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY is not set, so the GitHub pull request cannot be commented on.',
    );
  return warnings;
}
