/**
 * The Jenkins CI host. Jenkins moves files by what the pipeline declares, so everything lands in the
 * workspace's `.tessera/` for the shared-library step (vars/tessera*.groovy) to `stash`, `unstash` and
 * `archiveArtifacts`:
 *
 * - artifacts (the plan, shard bundles, the HTML report) in `.tessera/artifacts/<name>/` (a staged store);
 * - the history saved to `.tessera/history/` (archived by the step), the baseline read from earlier builds
 *   over Jenkins' remote API (history-store.ts);
 * - the job summary appended to `.tessera/summary.md` (archived);
 * - annotations as log lines and as a Warnings NG report, `.tessera/warnings-ng.json` (warnings-ng.ts);
 * - outputs as one file each, `.tessera/outputs/<name>`, which a pipeline reads with `readFile` alone (no
 *   JSON parsing, which a sandboxed library would need script approval for).
 *
 * Secrets (the Jenkins API token, code-host tokens) are masked in everything Tessera prints; Jenkins masks
 * `withCredentials` values in the console too, but not in files.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  createLogger,
  FileSummarySink,
  PLAIN_DIALECT,
  SecretMasker,
  type Annotation,
  type AnnotationResult,
  type CiHost,
  type Env,
  type HostDeps,
} from '../../src/ci/index.js';
import { UsageError } from '../../src/model/index.js';
import { jenkinsArtifactStore } from './artifact-store.js';
import { codeHostOfChangeUrl } from './code-host.js';
import { parseJenkinsContext } from './context.js';
import { JenkinsHistoryStore } from './history-store.js';
import { WARNINGS_NG_FILE, warningsNgReport } from './warnings-ng.js';

/** The folder everything is staged in, relative to the workspace. */
export const JENKINS_DIR = '.tessera';

/** Jenkins has no summary of its own; the archived file is bounded like GitHub's. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;

const OUTPUT_NAME = /^[A-Za-z0-9_-]+$/;

/** Variables that may hold a secret in a Jenkins build. */
const SECRET_VARIABLES = ['TESSERA_JENKINS_TOKEN', 'TESSERA_TOKEN', 'GITHUB_TOKEN', 'GITLAB_TOKEN'];

/** The CI host of a Jenkins build (a `sh` step of the pipeline). */
export async function createJenkinsCiHost(env: Env, deps: HostDeps): Promise<CiHost> {
  const masker = new SecretMasker();
  const log = createLogger(deps.write, PLAIN_DIALECT, {
    debug: env.TESSERA_DEBUG === '1',
    secrets: SECRET_VARIABLES.map((name) => env[name]),
    masker,
  });
  const cwd = resolve(deps.cwd);
  const context = parseJenkinsContext(env, cwd);
  const root = join(cwd, JENKINS_DIR);
  if (context.pr?.url !== undefined && context.codeHost === undefined) {
    const why = codeHostOfChangeUrl(context.pr.url, env).unsupported;
    if (why !== undefined) log.warn(`no PR comment on #${context.pr.number}: ${why}`);
  }
  const user = env.TESSERA_JENKINS_USER?.trim();
  const token = env.TESSERA_JENKINS_TOKEN?.trim();
  const history = new JenkinsHistoryStore({
    jenkinsUrl: env.JENKINS_URL?.trim() || undefined,
    jobName: env.JOB_NAME?.trim() || undefined,
    ownBranch: context.branch,
    baselineJob: env.TESSERA_JENKINS_BASELINE_JOB?.trim() || undefined,
    ...(user && token ? { credential: { user, token } } : {}),
    workspace: cwd,
    log,
  });

  const summary = new FileSummarySink(join(root, 'summary.md'), SUMMARY_LIMIT_BYTES);

  return {
    id: 'jenkins',
    context: () => context,
    artifacts: jenkinsArtifactStore(cwd),
    history,
    // Archived as a file, where Jenkins' console masking does not reach: masked here.
    summary: {
      limitBytes: summary.limitBytes,
      append: (markdown: string) => summary.append(masker.scrub(markdown)),
    },
    limits: { annotationsPerLevel: Number.POSITIVE_INFINITY },
    log,
    async annotate(annotations: readonly Annotation[]): Promise<AnnotationResult> {
      for (const a of annotations) {
        const where = a.file ? `${a.file}${a.line !== undefined ? `:${a.line}` : ''}: ` : '';
        const text = `${where}${a.title ? `${a.title}: ` : ''}${a.message.split('\n')[0] ?? ''}`;
        if (a.level === 'error') log.error(text);
        else if (a.level === 'warning') log.warn(text);
        else log.info(text);
      }
      await writeAtomically(
        join(cwd, WARNINGS_NG_FILE),
        masker.scrub(`${JSON.stringify(warningsNgReport(annotations), null, 2)}\n`),
      );
      return { shown: annotations.length, omitted: 0 };
    },
    async setOutput(name: string, value: string): Promise<void> {
      if (!OUTPUT_NAME.test(name))
        throw new UsageError(
          `invalid output name ${JSON.stringify(name)}`,
          'Use letters, digits, "_" and "-".',
        );
      await writeAtomically(join(root, 'outputs', name), masker.scrub(value));
    },
  };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, path);
}
