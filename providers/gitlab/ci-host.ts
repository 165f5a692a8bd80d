/**
 * The GitLab CI host: context from the predefined `CI_*` variables, artifacts staged in the workspace for
 * the template's `artifacts:`/`needs:` to move, the history kept as an artifact of the report job (the
 * baseline read back over the REST API), and GitLab's own surfaces for the rest:
 *
 * - annotations → a Code Quality report (`.tessera/gitlab/codequality.json`, `reports:codequality`), which
 *   the merge request widget shows, and one log line each;
 * - outputs → a dotenv report (`.tessera/gitlab/tessera.env`, `reports:dotenv`): `TESSERA_<NAME>` variables
 *   for later jobs, for every value GitLab's dotenv rules allow; all of them whole in
 *   `.tessera/gitlab/outputs.json`;
 * - the job summary → `.tessera/report/summary.md`, kept as an artifact (GitLab has no job summary page; the
 *   merge request note carries the report);
 * - log groups → collapsible sections, with untrusted text neutralised (log-sections.ts);
 * - in the component's `target` mode, the `shards` output → the dynamic child pipeline (child-pipeline.ts);
 * - a retried shard job → the job it retries, and its bundle, through the jobs API (previous-attempt.ts).
 *
 * Tokens (`CI_JOB_TOKEN`, `GITLAB_TOKEN`, `TESSERA_TOKEN`) are masked in everything this host prints.
 */
import { join, resolve } from 'node:path';
import {
  createLogger,
  FileSummarySink,
  type Annotation,
  type AnnotationResult,
  type CiHost,
  type Env,
  type HostDeps,
  type Logger,
} from '../../src/ci/index.js';
import { LocalHistoryStore } from '../../src/history/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import { GitlabArtifactStore } from './artifact-store.js';
import { CHILD_PIPELINE_VARIABLE, writeChildPipeline } from './child-pipeline.js';
import { gitlabContextWarnings, gitlabServerUrl, parseGitlabContext } from './context.js';
import {
  DEFAULT_REPORT_JOB,
  GITLAB_HISTORY_DIR,
  GitlabHistoryStore,
  type BaselineSource,
} from './history-store.js';
import { gitlabDialect } from './log-sections.js';
import { gitlabPreviousAttempt } from './previous-attempt.js';
import { codeQualityIssues, setDotenvOutput, setJsonOutput, writeCodeQuality } from './reports.js';
import {
  createGitlabApi,
  type GitlabApi,
  type GitlabCredential,
  type GitlabRestOptions,
} from './rest-client.js';
import { gitlabToken } from './token.js';

/** GitLab's report files, relative to `CI_PROJECT_DIR` (the template declares them under `reports:`). */
export const GITLAB_REPORT_FILES = {
  codequality: '.tessera/gitlab/codequality.json',
  dotenv: '.tessera/gitlab/tessera.env',
  outputs: '.tessera/gitlab/outputs.json',
  junit: '.tessera/gitlab/junit.xml',
  summary: '.tessera/report/summary.md',
} as const;

/** The summary is a file here; this bound only stops a runaway loop from filling the disk. */
const SUMMARY_LIMIT_BYTES = 16 * 1024 * 1024;

/** The variables that may hold a secret in a GitLab job. */
const SECRET_VARIABLES = [
  'CI_JOB_TOKEN',
  'GITLAB_TOKEN',
  'TESSERA_TOKEN',
  'CI_REGISTRY_PASSWORD',
  'CI_DEPENDENCY_PROXY_PASSWORD',
];

/** The project to read baselines from: the merge request's target project, else this one. */
function baselineProject(env: Env): string | undefined {
  return env.CI_MERGE_REQUEST_PROJECT_ID || env.CI_PROJECT_ID || env.CI_PROJECT_PATH || undefined;
}

/** How to read baselines: with the note token when there is one (it reads artifacts on every tier), else the job token. */
function baselineSource(env: Env, log: Logger, rest: GitlabRestOptions): BaselineSource | undefined {
  const server = gitlabServerUrl(env);
  const project = baselineProject(env);
  if (!server || !project) return undefined;
  const job = env.TESSERA_REPORT_JOB?.trim() || DEFAULT_REPORT_JOB;
  const token = gitlabToken(env);
  const jobToken = env.CI_JOB_TOKEN?.trim();
  const credential: GitlabCredential | undefined = token ? { token } : jobToken ? { jobToken } : undefined;
  if (!credential) return undefined;
  // Masked now, although the client (and gitbeaker) is made only when a baseline is read.
  log.mask(token ?? jobToken ?? '');
  let api: Promise<GitlabApi> | undefined;
  return {
    api: () => (api ??= createGitlabApi(server, credential, { ...rest, log })),
    project,
    job,
    credential: token ? 'token' : 'job-token',
  };
}

/** The CI host of a GitLab CI job. */
export async function createGitlabCiHost(env: Env, deps: HostDeps): Promise<CiHost> {
  const log = createLogger(deps.write, gitlabDialect(), {
    debug: env.TESSERA_DEBUG === '1' || env.CI_DEBUG_TRACE === 'true',
    secrets: SECRET_VARIABLES.map((name) => env[name]),
  });
  const context = parseGitlabContext(env, resolve(deps.cwd));
  for (const warning of gitlabContextWarnings(env)) log.warn(warning);
  // Files go where the job runs, as every path the CLI writes (--junit, --html, the plan): the job's
  // script starts in CI_PROJECT_DIR, whose relative paths `artifacts:` declares. (gitlab-ci-local's shell
  // executor runs in a build folder of its own while it reports a container's CI_PROJECT_DIR.)
  const workspace = resolve(deps.cwd);
  const path = (relativePath: string): string => join(workspace, relativePath);
  const rest: GitlabRestOptions = deps.sleep ? { sleep: deps.sleep } : {};
  const baseline = baselineSource(env, log, rest);

  return {
    id: 'gitlab',
    context: () => context,
    artifacts: new GitlabArtifactStore(workspace, env.CI_JOB_URL || undefined),
    history: new GitlabHistoryStore({
      local: new LocalHistoryStore(path(GITLAB_HISTORY_DIR)),
      ...(baseline ? { baseline } : {}),
      log,
    }),
    summary: new FileSummarySink(path(GITLAB_REPORT_FILES.summary), SUMMARY_LIMIT_BYTES),
    limits: { annotationsPerLevel: Number.POSITIVE_INFINITY },
    log,
    // A retried job is a new job: it finds the one it retries through the jobs API (previous-attempt.ts).
    previousAttempt: gitlabPreviousAttempt(env, log, rest),
    async annotate(annotations: readonly Annotation[]): Promise<AnnotationResult> {
      const issues = codeQualityIssues(annotations);
      await writeCodeQuality(path(GITLAB_REPORT_FILES.codequality), issues);
      for (const a of annotations) {
        const where = a.file ? `${a.file}${a.line !== undefined ? `:${a.line}` : ''}: ` : '';
        const text = `${where}${a.title ? `${a.title}: ` : ''}${a.message.split('\n')[0] ?? ''}`;
        if (a.level === 'error') log.error(text);
        else if (a.level === 'warning') log.warn(text);
        else log.info(text);
      }
      // Every annotation has its log line; the Code Quality report holds those with a file to point at.
      log.debug(
        `${issues.length} of ${annotations.length} annotations in ${GITLAB_REPORT_FILES.codequality}`,
      );
      return { shown: annotations.length, omitted: 0 };
    },
    async setOutput(name: string, value: string): Promise<void> {
      await setJsonOutput(path(GITLAB_REPORT_FILES.outputs), name, value);
      // In the component's `target` mode, the planned shard count becomes a child pipeline (child-pipeline.ts).
      const child = env[CHILD_PIPELINE_VARIABLE];
      if (name === 'shards' && child) {
        await writeChildPipeline(resolve(workspace, child), Number(value), env);
        log.info(`wrote the child pipeline with ${value} shard jobs to ${child}`);
      }
      try {
        await setDotenvOutput(path(GITLAB_REPORT_FILES.dotenv), name, value);
      } catch (error) {
        if (error instanceof UsageError || !(error instanceof TesseraError)) throw error;
        log.debug(`${error.message}; it is in ${GITLAB_REPORT_FILES.outputs}`);
      }
    },
  };
}
