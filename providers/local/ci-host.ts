/**
 * The local provider: the embedded default when no CI is detected (`tessera run --local`, a developer's
 * machine, a CI Tessera does not know). Everything is staged under `.tessera/` in the working directory:
 *
 * - artifacts in `.tessera/artifacts/<name>/` (a {@link StagedArtifactStore}),
 * - histories in `.tessera/history/` (src/history's local store),
 * - the job summary appended to `.tessera/summary.md`,
 * - outputs merged into `.tessera/outputs.json`,
 * - annotations printed as `file:line: level: message` lines.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  createLogger,
  FileSummarySink,
  PLAIN_DIALECT,
  StagedArtifactStore,
  type Annotation,
  type AnnotationResult,
  type CiContext,
  type CiHost,
  type Env,
  type HostDeps,
} from '../../src/ci/index.js';
import { LocalHistoryStore } from '../../src/history/index.js';
import { UsageError } from '../../src/model/index.js';
import { readGitHead } from './git-head.js';
import { writeFileAtomic } from '../../src/model/atomic-write.js';

/** The folder everything local lives in, relative to the working directory. */
export const LOCAL_DIR = '.tessera';

/** The local summary has no CI limit; this only stops a runaway loop from filling the disk. */
const LOCAL_SUMMARY_LIMIT_BYTES = 16 * 1024 * 1024;

const OUTPUT_NAME = /^[A-Za-z0-9_-]+$/;

/** The local CI host over `<cwd>/.tessera/`. */
export async function createLocalCiHost(env: Env, deps: HostDeps): Promise<CiHost> {
  const root = resolve(deps.cwd, LOCAL_DIR);
  const head = await readGitHead(deps.cwd);
  const context: CiContext = {
    provider: 'local',
    branch: env.TESSERA_BRANCH || head.branch,
    headSha: env.TESSERA_SHA || head.sha,
    run: { attempt: 1 },
    // A local run has no job page; a CI Tessera does not know can still name its job's log here.
    ...(env.TESSERA_JOB_URL ? { jobUrl: env.TESSERA_JOB_URL } : {}),
    workspace: resolve(deps.cwd),
  };
  const log = createLogger(deps.write, PLAIN_DIALECT, { debug: env.TESSERA_DEBUG === '1' });
  const outputsPath = join(root, 'outputs.json');

  return {
    id: 'local',
    context: () => context,
    artifacts: new StagedArtifactStore(join(root, 'artifacts')),
    history: new LocalHistoryStore(join(root, 'history')),
    summary: new FileSummarySink(join(root, 'summary.md'), LOCAL_SUMMARY_LIMIT_BYTES),
    limits: { annotationsPerLevel: Number.POSITIVE_INFINITY },
    log,
    async annotate(annotations: readonly Annotation[]): Promise<AnnotationResult> {
      for (const a of annotations) {
        const where = a.file ? `${a.file}${a.line !== undefined ? `:${a.line}` : ''}: ` : '';
        const text = `${where}${a.title ? `${a.title}: ` : ''}${a.message}`;
        if (a.level === 'error') log.error(text);
        else if (a.level === 'warning') log.warn(text);
        else log.info(text);
      }
      return { shown: annotations.length, omitted: 0 };
    },
    async setOutput(name: string, value: string): Promise<void> {
      if (!OUTPUT_NAME.test(name))
        throw new UsageError(
          `invalid output name ${JSON.stringify(name)}`,
          'Use letters, digits, "_" and "-".',
        );
      const current = await readFile(outputsPath, 'utf8').then(
        (text) => JSON.parse(text) as Record<string, string>,
        () => ({}) as Record<string, string>,
      );
      await writeFileAtomic(outputsPath, `${JSON.stringify({ ...current, [name]: value }, null, 2)}\n`);
    },
  };
}
