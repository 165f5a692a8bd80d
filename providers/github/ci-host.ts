/**
 * The GitHub Actions CI host: context from `GITHUB_*` and the event payload, artifacts through the
 * Results service, the job summary in `GITHUB_STEP_SUMMARY` (1 MiB), outputs in `GITHUB_OUTPUT`,
 * annotations and log groups as workflow commands, and tokens masked in everything we print.
 *
 * In a `workflow_run` job (the fork pattern) the host reports on the triggering run: its artifacts are
 * listed and downloaded from that run (uploads still go to this one), and a fork's PR, which the payload
 * does not name, is looked up once here (fork-pull-request.ts).
 */
import { appendFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  createLogger,
  FileSummarySink,
  GITHUB_SUMMARY_LIMIT_BYTES,
  SecretMasker,
  type Annotation,
  type AnnotationResult,
  type CiContext,
  type CiHost,
  type Env,
  type Logger,
  type HostDeps,
} from '../../src/ci/index.js';
import { LocalHistoryStore, type HistoryStore } from '../../src/history/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import { GithubArtifactStore } from './artifact-store.js';
import {
  forkPullRequestQuery,
  parseGithubContext,
  readEventPayload,
  runHeadBranch,
  type ForkPullRequestQuery,
} from './context.js';
import { findForkPullRequest } from './fork-pull-request.js';
import { GithubHistoryStore } from './history-store.js';
import { GithubRestClient } from './rest-client.js';
import { resultsServiceOf } from './results-upload.js';
import { githubToken } from './token.js';
import { annotationCommand, GITHUB_DIALECT, outputFileEntry } from './workflow-commands.js';

/** Annotations GitHub shows per level and step; the rest are dropped by GitHub, so we do not send them. */
export const GITHUB_ANNOTATIONS_PER_LEVEL = 10;

const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The environment variables that may hold a secret in a GitHub job. */
const SECRET_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'GITHUB_TOKEN',
  'INPUT_TOKEN',
  'INPUT_GITHUB-TOKEN',
];

/** The CI host of a GitHub Actions job. */
export async function createGithubCiHost(env: Env, deps: HostDeps): Promise<CiHost> {
  const masker = new SecretMasker();
  const log = createLogger(deps.write, GITHUB_DIALECT, {
    debug: env.RUNNER_DEBUG === '1',
    secrets: SECRET_VARIABLES.map((name) => env[name]),
    masker,
  });
  const payload = await readEventPayload(env);
  const parsed = parseGithubContext(env, payload, resolve(deps.cwd));
  const token = githubToken(env);
  const rest = token && parsed.codeHost ? new GithubRestClient(parsed.codeHost, token, { log }) : undefined;
  const context = await withForkPullRequest(parsed, forkPullRequestQuery(env, payload), rest, log);
  const summaryPath = env.GITHUB_STEP_SUMMARY || join(deps.cwd, '.tessera', 'summary.md');
  const [owner, name] = context.repo?.split('/') ?? [];
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const source = context.sourceRun?.id;
  const resultsService = resultsServiceOf(env);
  const artifacts = new GithubArtifactStore({
    log,
    ...(resultsService ? { resultsService } : {}),
    tempDir: env.RUNNER_TEMP || undefined,
    sleep: deps.sleep,
    runUrl: context.run.url,
    readFrom:
      source && owner && name
        ? {
            runId: Number(source),
            repositoryOwner: owner,
            repositoryName: name,
            token,
            runUrl: `${serverUrl}/${context.repo}/actions/runs/${source}`,
          }
        : undefined,
  });
  const history: HistoryStore =
    token && rest
      ? new GithubHistoryStore({
          artifacts,
          rest,
          token,
          runId: context.run.id,
          runBranch: runHeadBranch(env),
          log,
          tempDir: env.RUNNER_TEMP || undefined,
        })
      : // Without a token no earlier run can be read; histories then stay in the workspace, where
        // actions/cache can keep them.
        new LocalHistoryStore(join(deps.cwd, '.tessera', 'history'));

  return {
    id: 'github',
    context: () => context,
    artifacts,
    history,
    summary: new FileSummarySink(summaryPath, GITHUB_SUMMARY_LIMIT_BYTES),
    limits: { annotationsPerLevel: GITHUB_ANNOTATIONS_PER_LEVEL },
    log,
    async annotate(annotations: readonly Annotation[]): Promise<AnnotationResult> {
      const shownPerLevel = new Map<Annotation['level'], number>();
      let shown = 0;
      for (const annotation of annotations) {
        const count = shownPerLevel.get(annotation.level) ?? 0;
        if (count >= GITHUB_ANNOTATIONS_PER_LEVEL) continue;
        shownPerLevel.set(annotation.level, count + 1);
        deps.write(masker.scrub(annotationCommand(annotation)));
        shown++;
      }
      return { shown, omitted: annotations.length - shown };
    },
    async setOutput(name: string, value: string): Promise<void> {
      if (!OUTPUT_NAME.test(name))
        throw new UsageError(
          `invalid output name ${JSON.stringify(name)}`,
          'Use letters, digits, "_" and "-".',
        );
      const file = env.GITHUB_OUTPUT;
      if (!file)
        throw new TesseraError(
          `cannot set output ${name}: GITHUB_OUTPUT is not set`,
          'Outputs exist only inside a GitHub Actions step; the runner sets GITHUB_OUTPUT there.',
        );
      await appendFile(file, outputFileEntry(name, value));
    },
  };
}

/**
 * The context with the fork's PR filled in, when `query` says there is one to look up. Every failure is a
 * log line and no PR, never a failed job: the report and the summary do not need the PR.
 */
async function withForkPullRequest(
  context: CiContext,
  query: ForkPullRequestQuery | undefined,
  rest: GithubRestClient | undefined,
  log: Logger,
): Promise<CiContext> {
  if (!query) return context;
  if (!rest) {
    log.warn(
      `The triggering run built ${query.head} from a fork, but no token is set to find its pull request; no PR comment. Pass the action's \`token\` input (\`pull-requests: read\`).`,
    );
    return context;
  }
  try {
    const pr = await findForkPullRequest(rest, query, log);
    return pr ? { ...context, pr, baseBranch: pr.baseBranch } : context;
  } catch (error) {
    log.warn(`Could not find the pull request of ${query.head}: ${(error as Error).message}`);
    return context;
  }
}
