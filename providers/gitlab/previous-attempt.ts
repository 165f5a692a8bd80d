/**
 * A retried GitLab job, and the job it retries. GitLab numbers no attempts: "Retry" makes a new job (a new
 * `CI_JOB_ID`, the same `CI_JOB_NAME`, the same pipeline) and hides the old one from the pipeline's job list
 * unless asked. So a shard job lists its pipeline's jobs with the retried ones
 * (`GET /projects/:id/pipelines/:pipeline_id/jobs?include_retried=true`, docs.gitlab.com/api/jobs/
 * #list-pipeline-jobs), takes the latest earlier job of its own name that ran to an end (the highest id
 * below its own, `failed` or `success`), and downloads that job's artifacts archive
 * (`GET /projects/:id/jobs/:job_id/artifacts`, docs.gitlab.com/api/job_artifacts/#get-job-artifacts). The
 * archive holds the staged store the job uploaded (`.tessera/artifacts/tessera-shard-*`, the template's
 * `artifacts: paths:`), which is handed back as an artifact store: the bundle is then found and read as on
 * every other CI (src/run/rerun-source.ts).
 *
 * The jobs API needs an access token with `read_api`: `CI_JOB_TOKEN` may not list a pipeline's jobs
 * (docs.gitlab.com/ci/jobs/ci_job_token, "Job token access"; gitlab-org/gitlab issue 506668). Without a
 * token, or when GitLab refuses, or the earlier job kept no artifacts, the lookup says why in one line and
 * the shard runs whole. The archive is untrusted (a fork's job may have written it): it goes through the
 * zip limits of src/ci/zip-archive.ts.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CodeHostPermissionError,
  DEFAULT_ARTIFACT_LIMITS,
  extractZip,
  StagedArtifactStore,
  type Env,
  type Logger,
  type PreviousAttempt,
  type PreviousAttemptSource,
} from '../../src/ci/index.js';
import { TesseraError } from '../../src/model/index.js';
import { GITLAB_ARTIFACTS_DIR } from './artifact-store.js';
import { gitlabServerUrl } from './context.js';
import {
  createGitlabApi,
  downloadJobArchive,
  gitlabCall,
  statusOf,
  type GitlabApi,
  type GitlabRestOptions,
} from './rest-client.js';
import { gitlabToken } from './token.js';

/** One job of a pipeline, as the jobs list gives it (only what the choice needs). */
export interface PipelineJob {
  readonly id: number;
  readonly name: string;
  readonly status: string;
}

/** The statuses of a job that ran to an end, and so may have uploaded its bundle (`artifacts: when: always`). */
const ENDED = new Set(['failed', 'success']);

/**
 * Pipelines hold a few hundred jobs at most (`parallel:` 200 per job, retries beside them); 20 pages of 100
 * is a bound on a runaway pagination, not a limit anyone meets.
 */
const MAX_PAGES = 20;

/** The job this one retries, among a pipeline's jobs: pure, for the tests. */
export function previousJobOf(
  jobs: readonly PipelineJob[],
  self: { readonly id: number; readonly name: string },
): { readonly job?: PipelineJob; readonly earlier: number } {
  const earlier = jobs.filter((j) => j.name === self.name && j.id < self.id);
  const ended = earlier.filter((j) => ENDED.has(j.status));
  const job = ended.reduce<PipelineJob | undefined>(
    (best, j) => (best && best.id > j.id ? best : j),
    undefined,
  );
  return { ...(job ? { job } : {}), earlier: earlier.length };
}

/** What the lookup needs from the job's variables, or why it cannot start. */
type JobRef =
  | {
      readonly ok: true;
      readonly server: string;
      readonly project: string;
      readonly pipelineId: number;
      readonly jobId: number;
      readonly jobName: string;
      readonly token: string;
    }
  | { readonly ok: false; readonly reason: string };

const TOKEN_HINT =
  'set GITLAB_TOKEN (a masked CI/CD variable holding a project, group or personal access token with the read_api scope) to re-run only what failed';

function jobRefOf(env: Env): JobRef {
  const token = gitlabToken(env);
  if (!token)
    return {
      ok: false,
      reason: `GitLab numbers no job attempts, and without an access token this job cannot list its pipeline's retried jobs (CI_JOB_TOKEN may not); ${TOKEN_HINT}`,
    };
  const server = gitlabServerUrl(env);
  const project = env.CI_PROJECT_ID?.trim() || env.CI_PROJECT_PATH?.trim();
  const pipelineId = Number(env.CI_PIPELINE_ID);
  const jobId = Number(env.CI_JOB_ID);
  const jobName = env.CI_JOB_NAME?.trim();
  const missing = [
    server ? undefined : 'CI_SERVER_URL',
    project ? undefined : 'CI_PROJECT_ID',
    Number.isSafeInteger(pipelineId) && pipelineId > 0 ? undefined : 'CI_PIPELINE_ID',
    Number.isSafeInteger(jobId) && jobId > 0 ? undefined : 'CI_JOB_ID',
    jobName ? undefined : 'CI_JOB_NAME',
  ].filter((name) => name !== undefined);
  if (!server || !project || !jobName || missing.length > 0)
    return {
      ok: false,
      reason: `this job's ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set, so the job it retries cannot be found`,
    };
  return { ok: true, server, project, pipelineId, jobId, jobName, token };
}

/** Why a refused or failed call leaves the shard whole, in one line. */
function failureReason(error: unknown, what: string): string {
  if (error instanceof CodeHostPermissionError)
    return `GitLab refused to ${what} (HTTP ${statusOf(error.cause) ?? '?'}): give the token the read_api (or api) scope and at least the Reporter role`;
  if (error instanceof TesseraError) return error.message;
  return `could not ${what}: ${error instanceof Error ? error.message : String(error)}`;
}

/** The retried-job lookup of a GitLab job, from its variables. */
export function gitlabPreviousAttempt(
  env: Env,
  log: Logger,
  rest: GitlabRestOptions = {},
): PreviousAttemptSource {
  return {
    async find(into: string): Promise<PreviousAttempt> {
      const ref = jobRefOf(env);
      if (!ref.ok) return { kind: 'unavailable', reason: ref.reason };
      log.mask(ref.token);
      const api = await createGitlabApi(ref.server, { token: ref.token }, { ...rest, log });
      const listing = `list the jobs of pipeline ${ref.pipelineId} with the retried ones`;
      let jobs: readonly PipelineJob[];
      try {
        jobs = await gitlabCall(listing, ref.project, () =>
          api.Jobs.all(ref.project, {
            pipelineId: ref.pipelineId,
            includeRetried: true,
            perPage: 100,
            maxPages: MAX_PAGES,
          }),
        );
      } catch (error) {
        return { kind: 'unavailable', reason: failureReason(error, `${listing} in ${ref.project}`) };
      }
      const { job, earlier } = previousJobOf(jobs, { id: ref.jobId, name: ref.jobName });
      if (!job)
        return earlier === 0
          ? { kind: 'first' }
          : {
              kind: 'unavailable',
              reason: `none of the ${earlier} earlier jobs named ${JSON.stringify(ref.jobName)} in pipeline ${ref.pipelineId} ran to an end (failed or passed)`,
            };
      return downloadJobArtifacts(api, ref.project, job.id, into);
    },
  };
}

/** The artifacts of job `jobId`, unpacked under `into`, as a store; `unavailable` when there are none. */
async function downloadJobArtifacts(
  api: GitlabApi,
  project: string,
  jobId: number,
  into: string,
): Promise<PreviousAttempt> {
  const job = `job ${jobId} (the attempt this job retries)`;
  let zip: Buffer | undefined;
  try {
    zip = await downloadJobArchive(api, project, { jobId }, `the artifacts of ${job}`);
  } catch (error) {
    return { kind: 'unavailable', reason: failureReason(error, `download the artifacts of ${job}`) };
  }
  if (!zip)
    return {
      kind: 'unavailable',
      reason: `${job} kept no artifacts (they expired, or the job ended before uploading them)`,
    };
  const folder = join(into, `job-${jobId}`);
  await mkdir(folder, { recursive: true });
  try {
    await extractZip(zip, folder, DEFAULT_ARTIFACT_LIMITS, 'artifacts.zip');
  } catch (error) {
    return { kind: 'unavailable', reason: `${job}: ${(error as Error).message}` };
  }
  return { kind: 'found', job, artifacts: new StagedArtifactStore(join(folder, GITLAB_ARTIFACTS_DIR)) };
}
