/**
 * CI mode (`--ci`): the composition root's side of it. A verb given `--ci` (or `--provider <id>`, which
 * implies it) opens one {@link CiSession} over the CI host of the job it runs in, and then takes its run
 * facts from the host's context, moves the plan and the shard bundles through the host's artifact store,
 * keeps the history in the host's history store and publishes the report through the host (and the PR's
 * code host). Without `--ci` the verbs read and write only the files they are given.
 *
 * CI mode is asked for, never inferred: a `tessera run` inside a GitHub `run:` step has no artifact
 * runtime token, and the project's own tests run inside CI jobs, so detection alone must change nothing.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CiHost } from '../ci/ci-host.js';
import type { CodeHost } from '../ci/code-host.js';
import { baselineBranchOf, runInfoOf, type CiContext } from '../ci/context.js';
import { ArtifactNotFoundError } from '../ci/errors.js';
import type { Env } from '../ci/provider.js';
import { fetchPlan } from '../ci/shard-artifacts.js';
import { UsageError, type RunInfo } from '../model/index.js';
import type { Plan } from '../plan/plan-document.js';
import { readPlanFile } from '../plan/read-plan.js';
import type { HistoryTarget } from '../report/history-target.js';
import {
  CODE_HOST_TOKEN_HELP,
  codeHostToken,
  createCiHostFor,
  createCodeHostFor,
  providerById,
} from '../../providers/index.js';
import type { CiFlags } from './ci-options.js';
import { readPlanFlag } from './plan-flag.js';

/** A verb's connection to its CI job. */
export interface CiSession {
  readonly host: CiHost;
  readonly context: CiContext;
  readonly env: Env;
  readonly cwd: string;
}

/** Where the session's log lines go: stdout, or stderr when stdout carries a machine-readable output. */
export type LogStream = 'stdout' | 'stderr';

/** Opens the CI session when `--ci` or `--provider` was given; undefined otherwise. */
export async function openCiSession(
  flags: CiFlags,
  options: { cwd?: string; env?: Env; log?: LogStream } = {},
): Promise<CiSession | undefined> {
  if (flags.ci !== true && flags.provider === undefined) return undefined;
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const stream = options.log === 'stderr' ? process.stderr : process.stdout;
  const host = await createCiHostFor(env, { cwd, write: (text) => void stream.write(text) }, flags.provider);
  return { host, context: host.context(), env, cwd };
}

/**
 * A folder for downloads: under `RUNNER_TEMP` on GitHub (emptied after the job), else the system's
 * temporary folder.
 */
export function scratchFolder(session: CiSession, prefix: string): Promise<string> {
  return mkdtemp(join(session.env.RUNNER_TEMP || tmpdir(), `tessera-${prefix}-`));
}

/**
 * The run facts a shard bundle records: the context's, with `--attempt` winning over the CI's attempt
 * (for CIs that do not number re-runs themselves).
 */
export function sessionRunInfo(session: CiSession, attempt?: number): RunInfo {
  const info = runInfoOf(session.context);
  return attempt !== undefined ? { ...info, attempt } : info;
}

/**
 * When the job started: `TESSERA_JOB_STARTED_AT` (ISO 8601, or milliseconds since the epoch), else what the
 * CI says. Shard bundles measure their set-up time from it.
 *
 * @throws UsageError when `TESSERA_JOB_STARTED_AT` is set but is not a time
 */
export function jobStartedAt(env: Env, context?: CiContext): Date | undefined {
  const value = env.TESSERA_JOB_STARTED_AT?.trim();
  if (!value) return context?.jobStartedAt;
  const date = /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(
      `TESSERA_JOB_STARTED_AT is not a time: ${JSON.stringify(value)}`,
      'Set it to an ISO 8601 time or to milliseconds since the epoch, e.g. TESSERA_JOB_STARTED_AT=$(date +%s%3N) in the first step.',
    );
  return date;
}

/**
 * The plan of a shard job: `--plan` when given; in CI mode, the run's `tessera-plan` artifact when the plan
 * job uploaded one; undefined otherwise (the caller computes one, or goes without).
 */
export async function sessionPlan(
  session: CiSession | undefined,
  planFile: string | undefined,
): Promise<Plan | undefined> {
  if (planFile !== undefined) return readPlanFlag(planFile);
  if (!session) return undefined;
  try {
    return await readPlanFile(await fetchPlan(session.host.artifacts, await scratchFolder(session, 'plan')));
  } catch (error) {
    if (error instanceof ArtifactNotFoundError) return undefined;
    throw error;
  }
}

/**
 * The history of CI mode: the host's store, this run's branch, and the baseline branch (a PR's base, else
 * the branch itself). Undefined, with a log line, when the run has no branch (a tag, a detached build).
 */
export function sessionHistoryTarget(session: CiSession): HistoryTarget | undefined {
  const { branch } = session.context;
  if (branch === undefined || branch === '') {
    session.host.log.info(
      'this run builds no branch (a tag or a detached commit): it is not compared with a history and not recorded in one',
    );
    return undefined;
  }
  const baseBranch = baselineBranchOf(session.context);
  return {
    kind: 'store',
    store: session.host.history,
    branch,
    ...(baseBranch !== undefined ? { baseBranch } : {}),
    location: `${providerById(session.host.id).displayName} history of branch ${JSON.stringify(branch)}`,
  };
}

/** The code host to post the PR comment to, or why there is none. */
export interface CommentTarget {
  readonly codeHost?: CodeHost;
  /** Why no comment is posted although the run builds a PR; absent when there is no PR at all. */
  readonly reason?: string;
}

/** The PR comment's code host for this session, when the run builds a PR and a token is at hand. */
export function commentTarget(session: CiSession, wanted: boolean): CommentTarget {
  const { pr, codeHost: ref } = session.context;
  if (!pr) return {};
  if (!wanted) return { reason: 'the PR comment is turned off (--no-comment)' };
  if (!ref) return { reason: 'the CI does not say which code host the pull request lives on' };
  const token = codeHostToken(ref.kind, session.env);
  if (token === undefined) {
    // One warning, with what to set; the rest of the report (summary, outputs, history) goes on.
    session.host.log.warn(
      `no token to post the comment on #${pr.number} with: ${CODE_HOST_TOKEN_HELP[ref.kind]}. The comment is skipped; everything else is published.`,
    );
    return { reason: 'no token to post it with (see the warning above)' };
  }
  session.host.log.mask(token);
  try {
    return {
      codeHost: createCodeHostFor(ref, token, {
        cwd: session.cwd,
        write: (text) => void process.stdout.write(text),
        log: session.host.log,
      }),
    };
  } catch (error) {
    if (error instanceof UsageError) return { reason: error.message };
    throw error;
  }
}
