/**
 * The Jenkins context: from the variables Jenkins sets in every build (`BUILD_*`, `JOB_NAME`, `JENKINS_URL`),
 * the ones a multibranch project adds (`BRANCH_NAME`; `CHANGE_*` for a pull or merge request) and the Git
 * plugin's (`GIT_COMMIT`, `GIT_BRANCH`, `GIT_URL`). https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables
 *
 * A multibranch PR build runs in a job named after the change (`BRANCH_NAME=PR-12`); its branch is the PR's
 * own (`CHANGE_BRANCH`) and its baseline the branch it merges into (`CHANGE_TARGET`). Jenkins has no PR of
 * its own: the code host is the one `CHANGE_URL` points at (code-host.ts). Pure: env in, context out.
 */
import type { CiContext, Env, PullRequestContext } from '../../src/ci/index.js';
import { codeHostOfChangeUrl, repoOfGitUrl } from './code-host.js';

const positiveInt = (value: string | undefined): number | undefined => {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
};

const nonEmpty = (value: string | undefined): string | undefined => value?.trim() || undefined;

/**
 * The branch a Git plugin `GIT_BRANCH` names: `origin/main` → `main`, `refs/heads/main` → `main`. Only the
 * `origin` remote is stripped: a branch called `feature/x` must stay `feature/x`.
 */
export function branchOfGitBranch(value: string | undefined): string | undefined {
  const branch = nonEmpty(value);
  if (!branch) return undefined;
  for (const prefix of ['refs/heads/', 'refs/remotes/origin/', 'origin/'])
    if (branch.startsWith(prefix)) return branch.slice(prefix.length) || undefined;
  return branch;
}

/** The pull request of a multibranch change build (`CHANGE_ID`), or undefined for a branch or tag build. */
function pullRequestOf(env: Env): PullRequestContext | undefined {
  const number = positiveInt(env.CHANGE_ID);
  if (number === undefined) return undefined;
  return {
    number,
    baseBranch: nonEmpty(env.CHANGE_TARGET),
    headBranch: nonEmpty(env.CHANGE_BRANCH),
    // The branch source sets CHANGE_FORK to the fork's owner (GitHub) or project (GitLab), empty otherwise.
    fork: nonEmpty(env.CHANGE_FORK) !== undefined,
    url: nonEmpty(env.CHANGE_URL),
  };
}

/** What a Jenkins build is: a change request, a tag, a branch, or a plain job (no multibranch). */
function eventOf(env: Env): string | undefined {
  if (positiveInt(env.CHANGE_ID) !== undefined) return 'change-request';
  if (nonEmpty(env.TAG_NAME)) return 'tag';
  if (nonEmpty(env.BRANCH_NAME)) return 'branch';
  return undefined;
}

/**
 * The context of a Jenkins build.
 *
 * @param env the build's environment (`sh` steps inherit it from the pipeline)
 * @param workspace the working directory, used when `WORKSPACE` is unset
 */
export function parseJenkinsContext(env: Env, workspace: string): CiContext {
  const pr = pullRequestOf(env);
  const builtSha = nonEmpty(env.GIT_COMMIT);
  // No variable holds a PR's head commit when the branch source merges it with its target: GIT_COMMIT may
  // then be the merge. TESSERA_SHA lets a pipeline that knows better say so.
  const headSha = nonEmpty(env.TESSERA_SHA) ?? builtSha;
  const fork = nonEmpty(env.CHANGE_FORK);
  // As on GitHub: a fork's branch is recorded as `owner:branch`, so a fork's `main` never names this one's.
  const prBranch = pr?.headBranch !== undefined && fork ? `${fork}:${pr.headBranch}` : pr?.headBranch;
  const branch = pr
    ? prBranch
    : nonEmpty(env.TAG_NAME)
      ? undefined
      : (nonEmpty(env.BRANCH_NAME) ?? branchOfGitBranch(env.GIT_BRANCH));
  const codeHost = pr?.url !== undefined ? codeHostOfChangeUrl(pr.url, env) : undefined;
  return {
    provider: 'jenkins',
    event: eventOf(env),
    repo: codeHost?.ref?.repo ?? repoOfGitUrl(env.GIT_URL ?? env.GIT_URL_1),
    headSha,
    builtSha: builtSha !== headSha ? builtSha : undefined,
    branch,
    baseBranch: pr?.baseBranch,
    pr,
    run: {
      id: nonEmpty(env.BUILD_NUMBER) ?? nonEmpty(env.BUILD_ID),
      // A rebuild or replay is a new build number: Jenkins has no attempts.
      attempt: 1,
      url: nonEmpty(env.BUILD_URL),
    },
    job: nonEmpty(env.STAGE_NAME) ?? nonEmpty(env.JOB_BASE_NAME) ?? nonEmpty(env.JOB_NAME),
    codeHost: codeHost?.ref,
    workspace: nonEmpty(env.WORKSPACE) ?? workspace,
  };
}
