/**
 * Finds the pull request a fork's workflow run built, for a `workflow_run` job (the fork pattern): GitHub
 * leaves `workflow_run.pull_requests` empty when the PR comes from a fork, so the PR is looked up with the
 * REST API instead (https://docs.github.com/en/rest/pulls/pulls#list-pull-requests): the open PRs whose
 * head is `owner:branch`, keeping the one whose head commit is exactly the commit the run built. A branch
 * that moved on since, or a closed PR, gives no PR: commenting on the wrong PR, or on a newer commit's PR
 * with an older commit's results, would be worse than not commenting.
 *
 * The PR number comes from GitHub only, never from the artifacts: those were written by the fork's code.
 */
import type { Logger, PullRequestContext } from '../../src/ci/index.js';
import type { ForkPullRequestQuery } from './context.js';
import type { GithubRestClient } from './rest-client.js';

/** A pull request as the list returns it (only what we read). */
interface ApiPullRequest {
  readonly number: number;
  readonly html_url?: string;
  readonly head: { readonly ref: string; readonly sha: string; readonly repo: { full_name?: string } | null };
  readonly base: { readonly ref: string };
}

/**
 * The open PR of this repository whose head is the fork's branch at exactly `query.headSha`, or undefined
 * (with a log line saying why). Rejects only when the API cannot be read; callers then go on without a PR.
 */
export async function findForkPullRequest(
  rest: GithubRestClient,
  query: ForkPullRequestQuery,
  log: Logger,
): Promise<PullRequestContext | undefined> {
  const open = (await rest.paginate(
    `list the open pull requests of ${query.head}`,
    'GET /repos/{owner}/{repo}/pulls',
    { state: 'open', head: query.head },
  )) as ApiPullRequest[];
  const match = open.find(
    (pr) =>
      pr.head.sha === query.headSha &&
      pr.head.repo?.full_name?.toLowerCase() === query.headRepository.toLowerCase(),
  );
  if (!match) {
    log.info(
      open.length === 0
        ? `No open pull request has ${query.head} as its head: no PR to report on (was it closed?)`
        : `No open pull request of ${query.head} has the commit the run built (${query.headSha.slice(0, 12)}); the branch moved on, so this run's results belong to no PR`,
    );
    return undefined;
  }
  log.debug(`the triggering run built pull request #${match.number} (${query.head})`);
  return {
    number: match.number,
    baseBranch: match.base.ref,
    headBranch: match.head.ref,
    fork: true,
    url: match.html_url,
  };
}
