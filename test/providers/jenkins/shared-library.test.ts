/**
 * The Jenkins shared library (vars/*.groovy) in a real Groovy 2.4 (Debian's, the line Jenkins pipelines
 * run): every file compiles with groovyc, and the `tessera` step runs a Jenkinsfile in groovy/harness.groovy,
 * where the pipeline steps are stand-ins that do the real work (each `sh` runs the CLI on a copy of
 * examples/suite, `stash`/`unstash` move files between node workspaces, `parallel` runs branches on threads)
 * and record what the step asked Jenkins for. One JVM per scenario: JVM start-up is the slow part.
 *
 * The CLI is the repository's own sources through tsx (the step's `cli:` option): the committed dist/ is
 * rebuilt only after a merge, and the option is what a user with a pinned install would set too.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readPlanFile } from '../../../src/plan/read-plan.js';
import { pipelineBatches } from '../../../src/queue/pipeline-batches.js';
import { batchItems } from '../../../src/queue/work-source.js';
import { parseReport } from '../../../src/report/report-document.js';
import { REPO_ROOT } from '../../support/corpus.js';
import { describeWithTools } from '../../support/system-tools.js';

const run = promisify(execFile);
const HARNESS = join(REPO_ROOT, 'test/providers/jenkins/groovy/harness.groovy');
const LIBRARY_STUB = join(REPO_ROOT, 'test/providers/jenkins/groovy/Library.groovy');
const NON_CPS_STUB = join(REPO_ROOT, 'test/providers/jenkins/groovy/NonCPS.groovy');
const VARS = join(REPO_ROOT, 'vars');
const SUITE = join(REPO_ROOT, 'examples/suite');
const CLI = `node --import ${join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')} ${join(REPO_ROOT, 'src/cli/index.ts')}`;
const NODE_TEST = 'node --test --test-reporter=junit --test-reporter-destination={results}/junit.xml {file}';
const CODE_HOST_SECRET = 'code-host-secret-never-printed';

/** What the harness records of one build (harness.groovy, `record`). */
interface BuildRecord {
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

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tessera-groovy-'));
  env = { ...process.env, JAVA_HOME: javaHome() };
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Runs the builds of one scenario in one JVM and returns their records. */
async function runBuilds(builds: readonly object[], credentials: object = {}): Promise<BuildRecord[]> {
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
const branchBuild = (number: number): Record<string, string> => ({
  JENKINS_URL: 'http://127.0.0.1:9/',
  BUILD_ID: String(number),
  BUILD_NUMBER: String(number),
  BUILD_URL: `http://127.0.0.1:9/job/shop/job/main/${number}/`,
  JOB_NAME: 'shop/main',
  BRANCH_NAME: 'main',
});

describeWithTools(['groovy'], 'the Jenkins shared library in a real Groovy', () => {
  it('compiles every .groovy file, and the example Jenkinsfiles, with groovyc; every step has its help', async () => {
    const groovyFiles = [
      ...readdirSync(VARS)
        .filter((f) => f.endsWith('.groovy'))
        .map((f) => join(VARS, f)),
      HARNESS,
      LIBRARY_STUB,
      NON_CPS_STUB,
    ];
    expect(groovyFiles.map((f) => f.slice(REPO_ROOT.length + 1)).sort()).toEqual([
      'test/providers/jenkins/groovy/Library.groovy',
      'test/providers/jenkins/groovy/NonCPS.groovy',
      'test/providers/jenkins/groovy/harness.groovy',
      'vars/tessera.groovy',
      'vars/tesseraPlan.groovy',
      'vars/tesseraQueue.groovy',
      'vars/tesseraReport.groovy',
      'vars/tesseraShard.groovy',
    ]);
    for (const step of ['tessera', 'tesseraPlan', 'tesseraQueue', 'tesseraShard', 'tesseraReport'])
      expect(readFileSync(join(VARS, `${step}.txt`), 'utf8')).toContain(`<b>${step}</b>`);
    // groovyc takes .groovy files only: the examples are compiled under that name, unchanged.
    const examples = join(scratch, 'examples');
    await mkdir(examples);
    for (const name of ['Jenkinsfile', 'Jenkinsfile.steps'])
      await copyFile(
        join(REPO_ROOT, 'examples/jenkins', name),
        join(examples, `${name.replace('.', '_')}.groovy`),
      );
    const out = join(scratch, 'classes');
    await run(
      'groovyc',
      [
        '-d',
        out,
        ...groovyFiles,
        join(examples, 'Jenkinsfile.groovy'),
        join(examples, 'Jenkinsfile_steps.groovy'),
      ],
      { env, timeout: 60_000 },
    );
    const classes = readdirSync(out);
    for (const compiled of [
      'tessera',
      'tesseraPlan',
      'tesseraQueue',
      'tesseraShard',
      'tesseraReport',
      'Jenkinsfile',
      'Jenkinsfile_steps',
    ])
      expect(classes).toContain(`${compiled}.class`);
  }, 90_000);

  it('fans out one parallel branch per planned shard and reports the suite; a shard that fails to stash is named', async () => {
    const [whole, broken] = await runBuilds(
      [
        {
          env: branchBuild(7),
          jenkinsfile: `tessera(tests: 'test/*.test.mjs', timings: 'timings/*.json', command: '${NODE_TEST}', shards: 4, retries: 1, agent: 'linux', unstable: true, recordIssues: true, codeHostCredentials: 'gh', cli: '${CLI}')`,
        },
        {
          env: branchBuild(8),
          refuseStashes: ['tessera-shard-2'],
          // The smaller steps, as examples/jenkins/Jenkinsfile.steps uses them.
          jenkinsfile: `@Library('tessera') _
Map options = [tests: 'test/strings-*.test.mjs', command: '${NODE_TEST}', cli: '${CLI}']
int shards = 0
stage('Plan') {
    node('linux') {
        checkout scm
        shards = tesseraPlan(options + [shards: 2])
    }
}
stage('Shards') {
    Map branches = [:]
    for (int i = 1; i <= shards; i++) {
        int index = i
        branches["shard \${index}/\${shards}".toString()] = {
            node('linux') {
                checkout scm
                tesseraShard(options + [shard: index, total: shards])
            }
        }
    }
    parallel branches
}
stage('Report') {
    node('linux') {
        tesseraReport(options + [total: shards])
    }
}`,
        },
      ],
      { gh: { secret: CODE_HOST_SECRET } },
    );
    if (!whole || !broken) throw new Error('the harness recorded fewer builds than it ran');
    const log = (b: BuildRecord): string => b.sh.map((s) => `$ ${s.label}\n${s.output}`).join('\n');

    // The plan's shards are the parallel branches, each on a node with the agent label.
    const planRun = whole.sh.find((s) => s.label === 'tessera plan');
    expect(planRun?.status, log(whole)).toBe(0);
    const plan = JSON.parse(
      await readFile(
        join(dirname(whole.junit[0]?.copy ?? ''), planRun?.workspace ?? '', '.tessera/plan.json'),
        'utf8',
      ),
    ) as { shards: { index: number; items: string[] }[] };
    expect(whole.parallel).toEqual(plan.shards.map((s) => `shard ${s.index}/${plan.shards.length}`));
    expect(whole.parallel).toHaveLength(4);
    expect(whole.nodes.every((n) => n.label === 'linux')).toBe(true);
    // One workspace each for the plan, the 4 shards and the report: files move only by stash/unstash.
    expect(new Set(whole.nodes.map((n) => n.workspace)).size).toBe(6);
    // Every step starts from an empty .tessera/: Jenkins keeps workspaces between builds.
    expect(whole.deleteDir).toHaveLength(6);
    expect(whole.deleteDir.every((d) => d.endsWith('/.tessera'))).toBe(true);
    expect(whole.stash.map((s) => s.name).sort()).toEqual([
      'tessera-plan',
      'tessera-shard-1',
      'tessera-shard-2',
      'tessera-shard-3',
      'tessera-shard-4',
    ]);

    // Each shard's bundle records its set-up time, measured from before its checkout.
    for (const index of [1, 2, 3, 4]) {
      const bundle = JSON.parse(
        readFileSync(
          join(
            dirname(whole.junit[0]?.copy ?? ''),
            'stashes',
            `tessera-shard-${index}`,
            '.tessera/artifacts',
            `tessera-shard-${index}-of-4`,
            'bundle.json',
          ),
          'utf8',
        ),
      ) as { setupMs?: number };
      expect(bundle.setupMs, `shard ${index}`).toBeGreaterThanOrEqual(0);
    }

    // The report's counts are the suite's (117 tests, the debounce test flaky after its retry) …
    const report = whole.sh.find((s) => s.label === 'tessera report');
    expect(report?.status, log(whole)).toBe(0);
    const junit = readFileSync(whole.junit[0]?.copy ?? '', 'utf8');
    expect(whole.junit[0]?.testResults).toBe('.tessera/report/junit.xml');
    expect(junit.match(/<testcase /g)).toHaveLength(117);
    expect(whole.description).toBe('Tessera: 117 tests, 0 failed, 1 flaky, 116 passed');
    expect(whole.result).toBe('SUCCESS');
    expect(whole.returned).toBe(0);
    // … and the HTML report, the history and the Warnings NG file are archived and recorded.
    expect(whole.archiveArtifacts[0]?.files).toEqual(
      expect.arrayContaining([
        '.tessera/history/main.json.gz',
        '.tessera/report/report.html',
        '.tessera/report/report.json',
        '.tessera/warnings-ng.json',
      ]),
    );
    expect(whole.recordIssues[0]?.tools[0]?.pattern).toBe('.tessera/warnings-ng.json');
    const reportJson = parseReport(
      JSON.parse(
        readFileSync(
          join(dirname(whole.junit[0]?.copy ?? ''), 'archive/.tessera/report/report.json'),
          'utf8',
        ),
      ),
      'report.json',
    );
    expect(reportJson.summary).toMatchObject({ tests: 117, passed: 116, failed: 0, flaky: 1 });
    expect(log(whole)).not.toContain(CODE_HOST_SECRET);

    // The second build (the smaller steps) lost shard 2's stash: the report names it, and the build fails.
    expect(broken.stages).toEqual(['Plan', 'Shards', 'Report']);
    expect(broken.parallel).toEqual(['shard 1/2', 'shard 2/2']);
    expect(broken.echo.join('\n')).toMatch(/shard 2\/2 stashed no bundle/);
    const brokenReport = broken.sh.find((s) => s.label === 'tessera report');
    expect(brokenReport?.status, log(broken)).toBe(1);
    expect(brokenReport?.output).toMatch(/shard 2\/2 is missing/);
    expect(broken.result).toBe('FAILURE');
    expect(broken.error).toMatch(/tests failed/);
  }, 180_000);

  it('balances at run time through the in-pipeline queue: 3 branches take the batches of one queue, longest first, each file once', async () => {
    const [build] = await runBuilds([
      {
        env: branchBuild(9),
        jenkinsfile: `tessera(tests: 'test/*.test.mjs', timings: 'timings/*.json', command: '${NODE_TEST}', shards: 3, balance: 'pipeline', retries: 1, unstable: true, cli: '${CLI}')`,
      },
    ]);
    if (!build) throw new Error('the harness recorded no build');
    const log = build.sh.map((s) => `$ ${s.label}\n${s.output}`).join('\n');
    const buildRoot = dirname(build.junit[0]?.copy ?? '');
    const planRun = build.sh.find((s) => s.label === 'tessera plan');
    expect(planRun?.status, log).toBe(0);
    const plan = await readPlanFile(join(buildRoot, planRun?.workspace ?? '', '.tessera/plan.json'));
    expect(build.parallel).toEqual(['worker 1/3', 'worker 2/3', 'worker 3/3']);

    // The pipeline handed out every number once, to whichever branch asked: the batches, then one number
    // per branch past the last, which closed that branch's bundle.
    const expected = pipelineBatches(plan);
    expect(expected.length).toBeGreaterThan(3);
    const taken = build.sh
      .map((s) => /^tessera worker (\d)\/3: batch (\d+)$/.exec(s.label))
      .filter((m) => m !== null)
      .map((m) => Number(m[2]));
    expect(taken.sort((a, b) => a - b)).toEqual(Array.from({ length: expected.length + 3 }, (_, i) => i + 1));

    // The bundles hold exactly the TypeScript policy's batches (the Groovy side hands out numbers only),
    // each ran by one worker, and every planned file once.
    const bundles = [1, 2, 3].map(
      (index) =>
        JSON.parse(
          readFileSync(
            join(
              buildRoot,
              'stashes',
              `tessera-shard-${index}`,
              '.tessera/artifacts',
              `tessera-shard-${index}-of-3`,
              'bundle.json',
            ),
            'utf8',
          ),
        ) as { queue?: { kind: string; batches: { sequence: number; items: string[]; startMs: number }[] } },
    );
    for (const bundle of bundles) expect(bundle.queue?.kind).toBe('pipeline');
    const ran = bundles.flatMap((b) => b.queue?.batches ?? []).sort((a, b) => a.sequence - b.sequence);
    expect(ran.map((b) => [b.sequence, b.items])).toEqual(expected.map((b) => [b.sequence, batchItems(b)]));
    const files = ran.flatMap((b) => b.items);
    expect(new Set(files).size).toBe(files.length);
    expect([...files].sort()).toEqual(plan.shards.flatMap((s) => s.items).sort());
    // More than one branch took batches; a branch's batches are in its own order of time.
    expect(bundles.filter((b) => (b.queue?.batches.length ?? 0) > 0).length).toBeGreaterThan(1);
    for (const bundle of bundles) {
      const starts = (bundle.queue?.batches ?? []).map((b) => b.startMs);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }

    // Longest first, batches shrinking: each unit's estimate is at most the one before it, the first batches
    // hold several files and the last ones one file each.
    const estimates = expected.flatMap((b) => b.units.map((u) => u.predictedMs));
    for (let i = 1; i < estimates.length; i++)
      expect(estimates[i]).toBeLessThanOrEqual(estimates[i - 1] ?? Infinity);
    const batchMs = expected.map((b) => b.units.reduce((sum, u) => sum + u.predictedMs, 0));
    for (let i = 1; i < batchMs.length; i++)
      expect(batchMs[i]).toBeLessThanOrEqual(batchMs[i - 1] ?? Infinity);
    expect(Math.max(...expected.slice(0, 4).map((b) => b.units.length))).toBeGreaterThan(1);
    expect(expected.at(-1)?.units).toHaveLength(1);

    // The report is unchanged: the suite's counts, and the comment says the run was balanced at run time.
    const report = build.sh.find((s) => s.label === 'tessera report');
    expect(report?.status, log).toBe(0);
    expect(build.description).toBe('Tessera: 117 tests, 0 failed, 1 flaky, 116 passed');
    const reportJson = parseReport(
      JSON.parse(readFileSync(join(buildRoot, 'archive/.tessera/report/report.json'), 'utf8')),
      'report.json',
    );
    expect(reportJson.summary).toMatchObject({ tests: 117, passed: 116, failed: 0, flaky: 1 });
    expect(readFileSync(join(buildRoot, 'archive/.tessera/report/comment.md'), 'utf8')).toContain(
      `balanced at run time: ${expected.length} batches from one queue`,
    );
    expect(build.result).toBe('SUCCESS');
  }, 180_000);

  it("passes the Redis queue's URL from a credential, never on a command line; without one, balance: 'redis' is refused", async () => {
    const QUEUE_PASSWORD = 'queue-password-never-printed';
    const common = `tests: 'test/strings-*.test.mjs', command: '${NODE_TEST}', shards: 2, cli: '${CLI}'`;
    const [refused, fallback] = await runBuilds(
      [
        { env: branchBuild(10), jenkinsfile: `tessera(${common}, balance: 'redis')` },
        {
          env: branchBuild(11),
          // Nothing listens on port 9: every shard falls back to its planned files (queueFallback).
          jenkinsfile: `tessera(${common}, balance: 'redis', queueCredentials: 'queue-url', queueFallback: true)`,
        },
      ],
      { 'queue-url': { secret: `redis://:${QUEUE_PASSWORD}@127.0.0.1:9` } },
    );
    if (!refused || !fallback) throw new Error('the harness recorded fewer builds than it ran');
    expect(refused.error).toMatch(/balance: 'redis' needs queueCredentials/);
    expect(refused.sh).toEqual([]);

    const shards = fallback.sh.filter((s) => s.label.startsWith('tessera shard '));
    expect(shards).toHaveLength(2);
    for (const shard of shards) {
      expect(shard.script).toContain('--queue --queue-fallback static');
      expect(shard.status, shard.output).toBe(0);
      expect(shard.output).toMatch(/127\.0\.0\.1:9.*running the planned shard [12]\/2 instead/s);
    }
    const report = fallback.sh.find((s) => s.label === 'tessera report');
    expect(report?.script).toMatch(/ --queue( |$)/);
    expect(report?.status).not.toBe(0);
    expect(report?.output).toContain('127.0.0.1:9');
    for (const step of fallback.sh) {
      expect(step.script).not.toContain(QUEUE_PASSWORD);
      expect(step.output).not.toContain(QUEUE_PASSWORD);
    }
  }, 180_000);
});
