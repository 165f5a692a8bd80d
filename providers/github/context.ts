/**
 * The GitHub Actions context: from the `GITHUB_*` variables and the event payload at `GITHUB_EVENT_PATH`.
 * Variables: https://docs.github.com/en/actions/reference/workflows-and-actions/variables
 * Events: https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows
 *
 * The payload matters because the variables lie by omission: on `pull_request`, `GITHUB_SHA` is the test
 * merge commit GitHub made, not the PR's head; the PR number, the base branch and whether the PR comes from
 * a fork are only in the payload. {@link parseGithubContext} is pure (env + parsed payload in, context
 * out); {@link readEventPayload} does the one file read.
 */
import { readFile } from 'node:fs/promises';
import type { CiContext, CodeHostRef, Env, PullRequestContext, RunContext } from '../../src/ci/index.js';
import { TesseraError } from '../../src/model/index.js';

/** The parts of a webhook payload we read; everything is optional because payloads vary by event. */
interface RepoPayload {
  readonly full_name?: string;
  readonly fork?: boolean;
  readonly owner?: { readonly login?: string } | null;
}
interface PullRequestPayload {
  readonly number?: number;
  readonly html_url?: string;
  readonly head?: {
    readonly sha?: string;
    readonly ref?: string;
    readonly label?: string;
    readonly repo?: RepoPayload | null;
  };
  readonly base?: { readonly ref?: string; readonly repo?: RepoPayload | null };
}
interface EventPayload {
  readonly pull_request?: PullRequestPayload;
  readonly after?: string;
  readonly ref?: string;
  readonly merge_group?: {
    readonly head_sha?: string;
    readonly head_ref?: string;
    readonly base_ref?: string;
  };
  readonly workflow_run?: {
    readonly id?: number;
    readonly run_attempt?: number;
    readonly html_url?: string;
    readonly head_sha?: string;
    readonly head_branch?: string | null;
    readonly head_repository?: RepoPayload | null;
    readonly repository?: RepoPayload | null;
    readonly pull_requests?: readonly {
      readonly number?: number;
      readonly head?: { readonly ref?: string; readonly sha?: string };
      readonly base?: { readonly ref?: string };
    }[];
  };
  readonly repository?: RepoPayload;
}

const stripHeads = (ref: string | undefined | null): string | undefined =>
  ref ? ref.replace(/^refs\/heads\//, '') : undefined;

/**
 * The branch a full ref names: `refs/heads/x` → `x`; tags and `refs/pull/…` name no branch. Falls back to
 * the short `GITHUB_REF_NAME` when no full ref is known.
 */
function branchOfRef(
  ref: string | undefined,
  shortName: string | undefined,
  type: string | undefined,
): string | undefined {
  if (ref?.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  if (ref?.startsWith('refs/')) return undefined;
  return type === 'tag' ? undefined : shortName || ref || undefined;
}

const positiveInt = (value: string | undefined): number | undefined => {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Reads and parses the event payload; `{}` when there is none (a local `act` run may omit it). */
export async function readEventPayload(env: Env): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new TesseraError(
      `cannot read the GitHub event payload at GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
      'Run Tessera as a step of a GitHub Actions job, or unset GITHUB_EVENT_PATH.',
      { cause: error },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new TesseraError(
      `the GitHub event payload at ${path} is not JSON`,
      'The runner writes this file; check that no earlier step overwrote it.',
      { cause: error },
    );
  }
}

/** Whether a PR's head repository differs from its base repository (a deleted fork counts as a fork). */
export function isForkPullRequest(pr: PullRequestPayload): boolean {
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  if (head === undefined || base === undefined) return pr.head?.repo === null;
  return head.toLowerCase() !== base.toLowerCase();
}

type WorkflowRunPayload = NonNullable<EventPayload['workflow_run']>;

/** The owner of a repository in a payload: the first half of `full_name`, else `owner.login`. */
function ownerOf(repository: RepoPayload | null | undefined): string | undefined {
  return repository?.full_name?.split('/')[0] || repository?.owner?.login || undefined;
}

/** Whether the triggering run built code from another repository than this one (a fork's PR). */
function isForkRun(source: WorkflowRunPayload, repo: string | undefined): boolean {
  const headRepo = source.head_repository?.full_name;
  const baseRepo = source.repository?.full_name ?? repo;
  return (
    headRepo !== undefined && baseRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase()
  );
}

/** What identifies a fork's pull request on GitHub when a `workflow_run` payload does not name it. */
export interface ForkPullRequestQuery {
  /** The fork's owner and branch, as the pulls API's `head` filter takes them (`owner:branch`). */
  readonly head: string;
  /** The commit the triggering run built: the PR's head must be exactly this one. */
  readonly headSha: string;
  /** The fork's `owner/name`, which the PR's head repository must be. */
  readonly headRepository: string;
}

/**
 * For a `workflow_run` event from a fork, whose `pull_requests` GitHub leaves empty: what to look the PR up
 * by. Undefined for every other event, for a run that names its PR, and when the payload lacks a part.
 */
export function forkPullRequestQuery(env: Env, payload: unknown): ForkPullRequestQuery | undefined {
  const event = (payload && typeof payload === 'object' ? payload : {}) as EventPayload;
  const source = event.workflow_run;
  if (env.GITHUB_EVENT_NAME !== 'workflow_run' || !source) return undefined;
  const repo = env.GITHUB_REPOSITORY || event.repository?.full_name;
  if ((source.pull_requests?.length ?? 0) > 0 || !isForkRun(source, repo)) return undefined;
  const owner = ownerOf(source.head_repository);
  const headRepository = source.head_repository?.full_name;
  if (!owner || !source.head_branch || !source.head_sha || !headRepository) return undefined;
  return { head: `${owner}:${source.head_branch}`, headSha: source.head_sha, headRepository };
}

/**
 * The branch GitHub files this run under (the `head_branch` its artifacts are listed with): a PR's head
 * branch, else the branch of `GITHUB_REF`. For a `workflow_run` job that is the default branch, not the
 * triggering run's; undefined for a tag.
 */
export function runHeadBranch(env: Env): string | undefined {
  return env.GITHUB_HEAD_REF || branchOfRef(env.GITHUB_REF, env.GITHUB_REF_NAME, env.GITHUB_REF_TYPE);
}

/** The repository on GitHub, as a code host reference. */
export function githubCodeHost(env: Env): CodeHostRef | undefined {
  if (!env.GITHUB_REPOSITORY) return undefined;
  return {
    kind: 'github',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    webUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repo: env.GITHUB_REPOSITORY,
  };
}

/**
 * This job's log page: `TESSERA_JOB_URL` when set, else `<server>/<repo>/actions/runs/<run id>/job/<job id>`
 * with the job id from the action's `job-id` input. No variable holds the job id; the input defaults to
 * `${{ job.check_run_id }}` (the `job` context is allowed in an action's input defaults), which github.com
 * fills and an older GitHub Enterprise Server leaves empty: then there is no job link, only the run's.
 */
export function githubJobUrl(
  env: Env,
  serverUrl: string,
  repo: string | undefined,
  runId: string | undefined,
): string | undefined {
  if (env.TESSERA_JOB_URL) return env.TESSERA_JOB_URL;
  const jobId = (env['INPUT_JOB-ID'] ?? '').trim();
  if (!repo || !runId || !/^\d{1,20}$/.test(jobId)) return undefined;
  return `${serverUrl}/${repo}/actions/runs/${runId}/job/${jobId}`;
}

/**
 * The context of a GitHub Actions job.
 *
 * @param env the job's environment
 * @param payload the parsed event payload (`{}` when absent)
 */
export function parseGithubContext(env: Env, payload: unknown, workspace: string): CiContext {
  const event = (payload && typeof payload === 'object' ? payload : {}) as EventPayload;
  const eventName = env.GITHUB_EVENT_NAME || undefined;
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repo = env.GITHUB_REPOSITORY || event.repository?.full_name;
  const runId = env.GITHUB_RUN_ID || undefined;
  const run: RunContext = {
    id: runId,
    attempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
    url: repo && runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : undefined,
  };
  const refName = branchOfRef(env.GITHUB_REF || event.ref, env.GITHUB_REF_NAME, env.GITHUB_REF_TYPE);
  const jobUrl = githubJobUrl(env, serverUrl, repo, runId);
  const base = {
    provider: 'github' as const,
    event: eventName,
    repo,
    run,
    job: env.GITHUB_JOB || undefined,
    ...(jobUrl !== undefined ? { jobUrl } : {}),
    codeHost: githubCodeHost(env),
    workspace: env.GITHUB_WORKSPACE || workspace,
  };
  const builtSha = env.GITHUB_SHA || undefined;

  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && event.pull_request) {
    const pr = event.pull_request;
    const headSha = pr.head?.sha ?? builtSha;
    const pullRequest: PullRequestContext | undefined =
      typeof pr.number === 'number'
        ? {
            number: pr.number,
            baseBranch: pr.base?.ref ?? (env.GITHUB_BASE_REF || undefined),
            headBranch: pr.head?.ref ?? (env.GITHUB_HEAD_REF || undefined),
            fork: isForkPullRequest(pr),
            url: pr.html_url,
          }
        : undefined;
    // A fork's branch is recorded as `owner:branch` (GitHub's own label for it), so that a fork's `main`
    // can never be mistaken for, or overwrite the history of, this repository's `main`.
    const branch = pullRequest?.fork ? (pr.head?.label ?? pullRequest.headBranch) : pullRequest?.headBranch;
    return {
      ...base,
      headSha,
      builtSha: builtSha !== headSha ? builtSha : undefined,
      branch,
      baseBranch: pullRequest?.baseBranch,
      pr: pullRequest,
    };
  }

  if (eventName === 'merge_group' && event.merge_group) {
    const group = event.merge_group;
    return {
      ...base,
      headSha: group.head_sha ?? builtSha,
      branch: stripHeads(group.head_ref) ?? refName,
      baseBranch: stripHeads(group.base_ref),
    };
  }

  if (eventName === 'workflow_run' && event.workflow_run) {
    // This run reports on another one (the fork pattern): the PR, the commit and the artifacts are the
    // triggering run's. `pull_requests` is empty for fork PRs, so fork-ness comes from the repositories, and
    // the PR is looked up over the REST API when the host is created (fork-pull-request.ts).
    const source = event.workflow_run;
    const linked = source.pull_requests?.[0];
    const fork = isForkRun(source, repo);
    const pr: PullRequestContext | undefined =
      typeof linked?.number === 'number'
        ? { number: linked.number, baseBranch: linked.base?.ref, headBranch: linked.head?.ref, fork }
        : undefined;
    const headBranch = source.head_branch ?? undefined;
    const headOwner = ownerOf(source.head_repository);
    return {
      ...base,
      headSha: source.head_sha ?? builtSha,
      builtSha: undefined,
      // As for a pull_request from a fork: `owner:branch`, so a fork's `main` never names this one's.
      branch: fork && headBranch && headOwner ? `${headOwner}:${headBranch}` : headBranch,
      baseBranch: pr?.baseBranch,
      pr,
      sourceRun:
        source.id !== undefined
          ? { id: String(source.id), attempt: source.run_attempt ?? 1, url: source.html_url }
          : undefined,
    };
  }

  // push, workflow_dispatch, schedule and every other event: the built commit is the head.
  const headSha = eventName === 'push' && event.after && !/^0+$/.test(event.after) ? event.after : builtSha;
  return { ...base, headSha, branch: refName };
}
