/**
 * The GitHub Actions CI host: context from `GITHUB_*` and the event payload, artifacts through the
 * Results service, the job summary in `GITHUB_STEP_SUMMARY` (1 MiB), outputs in `GITHUB_OUTPUT`,
 * annotations and log groups as workflow commands, and tokens masked in everything we print.
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
  type CiHost,
  type Env,
  type HostDeps,
} from '../../src/ci/index.js';
import { LocalHistoryStore, type HistoryStore } from '../../src/history/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import { GithubArtifactStore } from './artifact-store.js';
import { parseGithubContext, readEventPayload } from './context.js';
import { GithubHistoryStore } from './history-store.js';
import { GithubRestClient } from './rest-client.js';
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
  const context = parseGithubContext(env, await readEventPayload(env), resolve(deps.cwd));
  const summaryPath = env.GITHUB_STEP_SUMMARY || join(deps.cwd, '.tessera', 'summary.md');
  const artifacts = new GithubArtifactStore({
    log,
    tempDir: env.RUNNER_TEMP || undefined,
    sleep: deps.sleep,
  });
  const token = env.INPUT_TOKEN || env.GITHUB_TOKEN;
  const history: HistoryStore =
    token && context.codeHost
      ? new GithubHistoryStore({
          artifacts,
          rest: new GithubRestClient(context.codeHost, token, { log, sleep: deps.sleep }),
          token,
          runId: context.run.id,
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
