/**
 * Workflow runs as the runner describes them to a step: the event payload file (a real one from
 * corpus/github/webhook-payloads, or one derived from it and checked against the webhook schemas) and the
 * variables that depend on the event (`GITHUB_REF`, `GITHUB_SHA`, `GITHUB_HEAD_REF`, `GITHUB_BASE_REF`).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertDerivedRealistic, payload, type Json } from '../../fake-servers/github/webhook-payloads.js';
import type { WorkflowRunSpec } from './action-runner.js';

/** The test merge commit GitHub builds for a `pull_request` run (`GITHUB_SHA`), which is not the PR's head. */
export const MERGE_SHA = 'f00dfacecafe0000000000000000000000000001';

/** A workflow run, and the branch GitHub files its artifacts under (`workflow_run.head_branch`). */
export interface PlayedRun {
  readonly spec: WorkflowRunSpec;
  readonly headBranch: string;
}

async function writePayload(folder: string, name: string, event: Json): Promise<string> {
  const path = join(folder, `${name}.json`);
  await writeFile(path, JSON.stringify(event, null, 2));
  return path;
}

/** A `pull_request` run of `event` (a pull_request payload). */
export async function pullRequestRun(
  folder: string,
  event: Json,
  runId: number,
  attempt = 1,
): Promise<PlayedRun> {
  const pr = event.pull_request;
  return {
    headBranch: pr.head.ref,
    spec: {
      runId,
      attempt,
      event: 'pull_request',
      repository: event.repository.full_name,
      payloadPath: await writePayload(folder, `pull_request-${runId}`, event),
      refEnv: {
        GITHUB_REF: `refs/pull/${pr.number}/merge`,
        GITHUB_REF_NAME: `${pr.number}/merge`,
        GITHUB_REF_TYPE: 'branch',
        GITHUB_HEAD_REF: pr.head.ref,
        GITHUB_BASE_REF: pr.base.ref,
        GITHUB_SHA: MERGE_SHA,
      },
    },
  };
}

/** A `push` run of `event` (a push payload to a branch). */
export async function pushRun(folder: string, event: Json, runId: number): Promise<PlayedRun> {
  const ref = event.ref as string;
  if (!ref.startsWith('refs/heads/')) throw new Error(`push payload of ${ref}, not of a branch`);
  const branch = ref.slice('refs/heads/'.length);
  return {
    headBranch: branch,
    spec: {
      runId,
      attempt: 1,
      event: 'push',
      repository: event.repository.full_name,
      payloadPath: await writePayload(folder, `push-${runId}`, event),
      refEnv: {
        GITHUB_REF: ref,
        GITHUB_REF_NAME: branch,
        GITHUB_REF_TYPE: 'branch',
        GITHUB_HEAD_REF: '',
        GITHUB_BASE_REF: '',
        GITHUB_SHA: event.after,
      },
    },
  };
}

/** The corpus's `pull_request.opened` payload: PR #2 of Codertocat/Hello-World, `changes` into `master`. */
export const pullRequestPayload = (): Json => payload('pull_request.opened.json');

/** The corpus's push of `refs/heads/master` (push.default.5.json). */
export const basePushPayload = (): Json => payload('push.default.5.json');

/**
 * The corpus has no pull_request payload from a fork, so one is derived from `pull_request.opened`: PR
 * `number` whose head is `contributor/Hello-World` (a fork) on branch `changes`, checked to be no less
 * valid than the original against the webhook schemas.
 */
export function forkPullRequestPayload(number: number): Json {
  const original = pullRequestPayload();
  const event = structuredClone(original);
  const pr = event.pull_request;
  pr.number = number;
  event.number = number;
  for (const key of ['url', 'html_url', 'issue_url', 'comments_url', 'commits_url', 'review_comments_url'])
    if (typeof pr[key] === 'string') pr[key] = pr[key].replace(/\/(pulls?|issues)\/2\b/, `/$1/${number}`);
  pr.head.label = 'contributor:changes';
  pr.head.user.login = 'contributor';
  pr.head.repo.full_name = 'contributor/Hello-World';
  pr.head.repo.owner.login = 'contributor';
  pr.head.repo.fork = true;
  pr.head.repo.id = 987654321;
  assertDerivedRealistic('pull_request$opened', original, event);
  return event;
}
