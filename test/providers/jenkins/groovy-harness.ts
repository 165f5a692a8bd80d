/**
 * The Groovy stand-in harness of the Jenkins shared library, shared by the test files that run it
 * (shared-library.test.ts, shared-library-queue.test.ts; split so the two run on both workers): the
 * pipeline steps are stand-ins that do the real work (groovy/harness.groovy). One JVM per scenario: JVM
 * start-up is the slow part.
 *
 * The CLI is the repository's own sources, bundled once per test run (test/support/cli-bundle.ts), given
 * as the step's `cli:` option: the committed dist/ is rebuilt only after a merge, and the option is what a
 * user with a pinned install would set too.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { cliBundle } from '../../support/cli-bundle.js';
import { REPO_ROOT } from '../../support/corpus.js';

export const run = promisify(execFile);
export const HARNESS = join(REPO_ROOT, 'test/providers/jenkins/groovy/harness.groovy');
export const LIBRARY_STUB = join(REPO_ROOT, 'test/providers/jenkins/groovy/Library.groovy');
export const NON_CPS_STUB = join(REPO_ROOT, 'test/providers/jenkins/groovy/NonCPS.groovy');
export const VARS = join(REPO_ROOT, 'vars');
export const SUITE = join(REPO_ROOT, 'examples/suite');
/** The step's `cli:` option: the sources' CLI bundled by the global setup. */
export const CLI = `node ${cliBundle()}`;
export const NODE_TEST =
  'node --test --test-reporter=junit --test-reporter-destination={results}/junit.xml {file}';

/** What the harness records of one build (harness.groovy, `record`). */
export interface BuildRecord {
  readonly nodes: { label: string | null; workspace: string }[];
  readonly parallel: string[];
  readonly sh: { label: string; script: string; status: number; output: string; workspace: string }[];
  readonly stash: { name: string; files: number; workspace: string }[];
  readonly unstash: { name: string; workspace: string }[];
  readonly junit: { testResults: string; copy: string }[];
  readonly archiveArtifacts: { artifacts: string; files: string[] }[];
  readonly recordIssues: { tools: { pattern: string }[] }[];
  readonly echo: string[];
  readonly stages: string[];
  readonly deleteDir: string[];
  readonly unstable: string[];
  readonly error: string | null;
  readonly returned: number | null;
  readonly description: string | null;
  readonly result: string;
}

/** A JDK folder for JAVA_HOME: Debian's default-java link is missing (offline-ci-tools.md). */
function javaHome(): string {
  const javac = process.env.JAVA_HOME;
  if (javac) return javac;
  for (const dir of ['/usr/lib/jvm']) {
    const jdk = readdirSync(dir).find((name) => name.startsWith('java-') && !name.includes('openjdk-common'));
    if (jdk) return join(dir, jdk);
  }
  throw new Error('no JDK under /usr/lib/jvm: run `npm run setup:system`');
}

let scratch: string;
let env: NodeJS.ProcessEnv;

/** Registers the scratch folder and the JVM's environment for the calling test file. */
export function useHarness(): void {
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'tessera-groovy-'));
    env = { ...process.env, JAVA_HOME: javaHome() };
  });
  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });
}

/** The calling file's scratch folder and the environment the JVM runs in (after {@link useHarness}). */
export const harnessScratch = (): string => scratch;
export const harnessEnv = (): NodeJS.ProcessEnv => env;

/** Runs the builds of one scenario in one JVM and returns their records. */
export async function runBuilds(builds: readonly object[], credentials: object = {}): Promise<BuildRecord[]> {
  const dir = await mkdtemp(join(scratch, 'scenario-'));
  const scenarioPath = join(dir, 'scenario.json');
  const out = join(dir, 'record.json');
  await writeFile(
    scenarioPath,
    JSON.stringify({ vars: VARS, repository: SUITE, workRoot: dir, out, credentials, builds }),
  );
  await run('groovy', ['-cp', dirname(HARNESS), HARNESS, scenarioPath], {
    env,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 170_000,
  });
  return JSON.parse(await readFile(out, 'utf8')) as BuildRecord[];
}

/** The environment of a multibranch build of `main` on a Jenkins that is not reachable. */
export const branchBuild = (number: number): Record<string, string> => ({
  JENKINS_URL: 'http://127.0.0.1:9/',
  BUILD_ID: String(number),
  BUILD_NUMBER: String(number),
  BUILD_URL: `http://127.0.0.1:9/job/shop/job/main/${number}/`,
  JOB_NAME: 'shop/main',
  BRANCH_NAME: 'main',
});
