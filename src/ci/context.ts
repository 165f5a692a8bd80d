/**
 * The CI context: what a job knows about where it runs and what it builds, in one provider-neutral shape.
 * Every provider fills it from its own variables (GitHub: `GITHUB_*` plus the event payload; GitLab:
 * `CI_*`; Jenkins: `BUILD_*`/`CHANGE_*`; Azure: `BUILD_*`/`SYSTEM_*`). Fields a provider cannot know stay
 * undefined: a local run knows little, and that is fine.
 */
import type { RunInfo, ShardRef } from '../model/index.js';
import type { CodeHostRef } from './code-host.js';
import type { ProviderId } from './provider.js';

/** The pull request (GitLab: merge request) a run builds. */
export interface PullRequestContext {
  /** The number the code host's API uses: GitHub PR number, GitLab MR **IID**, Azure Repos PR id. */
  readonly number: number;
  /** The branch the PR merges into, without `refs/heads/`. */
  readonly baseBranch?: string;
  /** The PR's own branch, without `refs/heads/`. */
  readonly headBranch?: string;
  /**
   * Whether the PR comes from another repository (a fork). Fork builds usually get a read-only token and no
   * secrets, so posting a comment is expected to fail and must only warn.
   */
  readonly fork: boolean;
  /** A link to the PR, when the provider gives one. */
  readonly url?: string;
}

/** The CI run (pipeline, build) this job belongs to. */
export interface RunContext {
  /** The provider's run id (GitHub run id, GitLab pipeline id, Jenkins build number, Azure build id). */
  readonly id?: string;
  /**
   * 1 for the first attempt of the run, 2 for its first re-run, and so on. Providers without attempts
   * (GitLab and Jenkins give a re-run a new id) always say 1.
   */
  readonly attempt: number;
  /** A link to the run's page, for reports and comments. */
  readonly url?: string;
}

/** Everything a command needs to know about the job it runs in. */
export interface CiContext {
  readonly provider: ProviderId;
  /** What triggered the run, in the provider's words (`pull_request`, `push`, `merge_request_event` …). */
  readonly event?: string;
  /** The repository, as the code host names it (`owner/name`, or a GitLab project path). */
  readonly repo?: string;
  /**
   * The commit the results belong to: for a PR, the PR's **head** commit, not the synthetic merge commit
   * the CI checked out. Comments, statuses and history point here.
   */
  readonly headSha?: string;
  /** The commit the CI actually checked out, when it differs from {@link headSha} (a PR merge commit). */
  readonly builtSha?: string;
  /**
   * The branch the results are recorded under. For a PR, the PR's head branch, written `owner:branch` when
   * it lives in a fork so that it never names one of this repository's branches; for a push, the pushed
   * branch; undefined for a tag or a detached build.
   */
  readonly branch?: string;
  /**
   * The branch to compare with: a PR's base branch, a merge queue's target branch; undefined for a push,
   * which compares with its own branch's history.
   */
  readonly baseBranch?: string;
  /** The pull request, when the run builds one. */
  readonly pr?: PullRequestContext;
  readonly run: RunContext;
  /**
   * The run whose results this one reports on, when that is another run: GitHub's `workflow_run` event
   * (the fork pattern), where the artifacts and the PR belong to the triggering run.
   */
  readonly sourceRun?: RunContext;
  /** The job's name or id within the run (`GITHUB_JOB`, `CI_JOB_NAME`, `STAGE_NAME`, `SYSTEM_JOBNAME`). */
  readonly job?: string;
  /**
   * This job's own log page, when the CI gives one: GitHub `…/actions/runs/<run>/job/<job id>` (the job id
   * from the action's `job-id` input, `job.check_run_id`), GitLab `CI_JOB_URL`, Azure's build results with
   * the job, Jenkins' `BUILD_URL`. A shard bundle records it, so the report links each failure to the log of
   * the shard that ran it without an API call. `TESSERA_JOB_URL` sets it on any CI.
   */
  readonly jobUrl?: string;
  /** The shard this job runs, when the CI says so (GitLab `CI_NODE_INDEX`, Azure job position). */
  readonly shard?: ShardRef;
  /**
   * Where the PR lives, which is not always the CI's own host (Jenkins builds GitHub and GitLab PRs, Azure
   * Pipelines builds GitHub repos). Undefined when no code host is known; then no comment is posted.
   */
  readonly codeHost?: CodeHostRef;
  /** The checkout folder (absolute). */
  readonly workspace: string;
  /**
   * When this job started, when the CI says so (GitLab `CI_JOB_STARTED_AT`): a shard bundle's set-up time
   * (checkout, install) is measured from here. `TESSERA_JOB_STARTED_AT` sets it on any CI.
   */
  readonly jobStartedAt?: Date;
}

/** The part of the context a shard bundle and the history record (DESIGN.md, "Shard bundle"). */
export function runInfoOf(context: CiContext): RunInfo {
  return {
    provider: context.provider,
    runId: context.run.id,
    attempt: context.run.attempt,
    sha: context.headSha,
    branch: context.branch,
    baseBranch: context.baseBranch,
    pr: context.pr?.number,
    url: context.run.url,
    jobUrl: context.jobUrl,
  };
}

/** The branch whose history is the baseline: the base branch for a PR or merge queue, else the branch. */
export function baselineBranchOf(context: CiContext): string | undefined {
  return context.baseBranch ?? context.pr?.baseBranch ?? context.branch;
}
