/**
 * The Jenkins shared library (vars/*.groovy) in a real Groovy 2.4 (Debian's, the line Jenkins pipelines
 * run): every file compiles with groovyc, and the `tessera` step runs a Jenkinsfile in groovy/harness.groovy,
 * where the pipeline steps are stand-ins that do the real work (each `sh` runs the CLI on a copy of
 * examples/suite, `stash`/`unstash` move files between node workspaces, `parallel` runs branches on threads)
 * and record what the step asked Jenkins for (groovy-harness.ts). The queue scenarios are in
 * shared-library-queue.test.ts.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { parseReport } from '../../../src/report/report-document.js';
import { REPO_ROOT } from '../../support/corpus.js';
import { describeWithTools } from '../../support/system-tools.js';
import { FakeJenkins } from '../../fake-servers/jenkins/server.js';
import {
  CLI,
  HARNESS,
  LIBRARY_STUB,
  NODE_TEST,
  NON_CPS_STUB,
  VARS,
  branchBuild,
  type BuildRecord,
  harnessEnv,
  harnessScratch,
  run,
  runBuilds,
  useHarness,
} from './groovy-harness.js';

const CODE_HOST_SECRET = 'code-host-secret-never-printed';
const JENKINS_TOKEN = '11aa22bb33cc44dd55ee66ff77889900aa';
/** The history the whole build archived (skipUnchanged: the keys of the files that passed). */
let wholeBuildHistory = '';

useHarness();

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
    const examples = join(harnessScratch(), 'examples');
    await mkdir(examples);
    for (const name of ['Jenkinsfile', 'Jenkinsfile.steps'])
      await copyFile(
        join(REPO_ROOT, 'examples/jenkins', name),
        join(examples, `${name.replace('.', '_')}.groovy`),
      );
    const out = join(harnessScratch(), 'classes');
    await run(
      'groovyc',
      [
        '-d',
        out,
        ...groovyFiles,
        join(examples, 'Jenkinsfile.groovy'),
        join(examples, 'Jenkinsfile_steps.groovy'),
      ],
      { env: harnessEnv(), timeout: 60_000 },
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
          // skipUnchanged with no baseline runs every file and records the keys that passed (used below).
          jenkinsfile: `tessera(tests: 'test/*.test.mjs', timings: 'timings/*.json', command: '${NODE_TEST}', shards: 4, retries: 1, agent: 'linux', unstable: true, recordIssues: true, codeHostCredentials: 'gh', skipUnchanged: true, bail: true, cli: '${CLI}')`,
        },
        {
          env: branchBuild(8),
          refuseStashes: ['tessera-shard-2'],
          // The smaller steps, as examples/jenkins/Jenkinsfile.steps uses them.
          jenkinsfile: `@Library('tessera') _
Map options = [tests: 'test/strings-*.test.mjs', command: '${NODE_TEST}', bail: 3, cli: '${CLI}']
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
    wholeBuildHistory = join(dirname(whole.junit[0]?.copy ?? ''), 'archive/.tessera/history/main.json.gz');

    // The plan's shards are the parallel branches, each on a node with the agent label.
    const planRun = whole.sh.find((s) => s.label === 'tessera plan');
    expect(planRun?.status, log(whole)).toBe(0);
    // skipUnchanged: the plan gets the test command after --, as one quoted word; bail: true is --bail 1.
    expect(planRun?.script).toBe(
      `${CLI} plan --ci --provider jenkins --tests 'test/*.test.mjs' --timings 'timings/*.json' --shards '4' --skip-unchanged -- '${NODE_TEST}'`,
    );
    expect(
      whole.sh
        .filter((s) => s.label.startsWith('tessera shard '))
        .map((s) => s.script)
        .sort(),
    ).toEqual(
      [1, 2, 3, 4].map(
        (i) => `${CLI} run --ci --provider jenkins --shard ${i}/4 --retries '1' --bail '1' -- '${NODE_TEST}'`,
      ),
    );
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
    expect(
      broken.sh
        .filter((s) => s.label.startsWith('tessera shard '))
        .map((s) => s.script)
        .sort(),
    ).toEqual(
      [1, 2].map(
        (i) => `${CLI} run --ci --provider jenkins --shard ${i}/2 --retries '0' --bail '3' -- '${NODE_TEST}'`,
      ),
    );
    expect(broken.echo.join('\n')).toMatch(/shard 2\/2 stashed no bundle/);
    const brokenReport = broken.sh.find((s) => s.label === 'tessera report');
    expect(brokenReport?.status, log(broken)).toBe(1);
    expect(brokenReport?.output).toMatch(/shard 2\/2 is missing/);
    expect(broken.result).toBe('FAILURE');
    expect(broken.error).toMatch(/tests failed/);
  }, 180_000);
  it('skipUnchanged: no branch and no CLI run for a shard with no file to run (or none at all), the report accounting for it from the plan, the reuse counted', async () => {
    // The baseline is the whole build's history above, served as main's last successful build's artifact.
    const jenkins = await new FakeJenkins().start();
    try {
      jenkins.users.set('bot', JENKINS_TOKEN);
      jenkins.addBuild('shop/main', 'SUCCESS', {
        '.tessera/history/main.json.gz': readFileSync(wholeBuildHistory),
      });
      const common = `command: '${NODE_TEST}', shards: 2, skipUnchanged: true, jenkinsCredentials: 'jenkins', cli: '${CLI}'`;
      const [idle, partial] = await runBuilds(
        [
          {
            env: { ...branchBuild(12), JENKINS_URL: `${jenkins.url}/` },
            // Every file passed before with the same key: nothing runs, so no queue is filled or waited for.
            jenkinsfile: `tessera(tests: 'test/strings-*.test.mjs', ${common}, balance: 'redis', queueCredentials: 'queue-url', requeue: 1)`,
          },
          {
            env: { ...branchBuild(13), JENKINS_URL: `${jenkins.url}/` },
            // The flaky file is never reused: it runs on one shard, and the other has nothing to run.
            jenkinsfile: `tessera(tests: ['test/strings-*.test.mjs', 'test/timing-debounce.test.mjs'], ${common}, retries: 1)`,
          },
        ],
        {
          jenkins: { username: 'bot', password: JENKINS_TOKEN },
          'queue-url': { secret: 'redis://127.0.0.1:9' },
        },
      );
      if (!idle || !partial) throw new Error('the harness recorded fewer builds than it ran');
      const log = (b: BuildRecord): string => b.sh.map((s) => `$ ${s.label}\n${s.output}`).join('\n');
      const reportOf = (b: BuildRecord) =>
        parseReport(
          JSON.parse(
            readFileSync(
              join(dirname(b.junit[0]?.copy ?? ''), 'archive/.tessera/report/report.json'),
              'utf8',
            ),
          ),
          'report.json',
        );
      const STRINGS = [
        'test/strings-case.test.mjs',
        'test/strings-slugify.test.mjs',
        'test/strings-wrap.test.mjs',
      ];

      // Nothing to run: no branch and no node for nothing, only the plan's node and the report's, and no CLI
      // run for either shard anywhere: the report, from no bundle at all, accounts for both from the plan.
      expect(idle.sh.find((s) => s.label === 'tessera plan')?.output, log(idle)).toMatch(
        /3 of 3 files reused/,
      );
      expect(idle.echo.join('\n')).toMatch(/no test file to run/);
      expect(idle.parallel).toEqual([]);
      expect(idle.nodes).toHaveLength(2);
      expect(idle.sh.map((s) => s.label).filter((l) => l.startsWith('tessera '))).toEqual([
        'tessera plan',
        'tessera report',
      ]);
      const idleReport = idle.sh.find((s) => s.label === 'tessera report');
      expect(idleReport?.script).not.toMatch(/--queue/);
      expect(idleReport?.status, log(idle)).toBe(0);
      expect(idleReport?.output).toMatch(/none of the 2 shards had anything to run by plan/);
      expect(reportOf(idle).summary.tests).toBe(0);
      expect(reportOf(idle).shards).toMatchObject({
        expected: 2,
        present: [],
        missing: [],
        emptyByPlan: [1, 2],
      });
      expect(
        reportOf(idle)
          .reuse?.files.map((f) => f.file)
          .sort(),
      ).toEqual(STRINGS);
      expect(idle.result).toBe('SUCCESS');

      // One file to run: one branch, for the shard that has it; the other shard runs nowhere, and the report
      // passes with the plan, naming it once as having had nothing to run.
      expect(partial.parallel, log(partial)).toHaveLength(1);
      const busy = Number(/^shard (\d)\/2$/.exec(partial.parallel[0] ?? '')?.[1]);
      const partialShards = partial.sh.filter((s) => s.label.startsWith('tessera shard '));
      expect(partialShards.map((s) => s.script)).toEqual([
        `${CLI} run --ci --provider jenkins --shard ${busy}/2 --retries '1' -- '${NODE_TEST}'`,
      ]);
      const partialRun = partial.sh.find((s) => s.label === 'tessera report');
      expect(partialRun?.status, log(partial)).toBe(0);
      expect(partialRun?.output).toContain(`Note: shard ${3 - busy}/2 had nothing to run by plan`);
      const partialReport = reportOf(partial);
      expect(partialReport.shards).toMatchObject({
        present: [busy],
        missing: [],
        emptyByPlan: [3 - busy],
      });
      expect(partialReport.reuse?.files.map((f) => f.file).sort()).toEqual(STRINGS);
      expect(partialReport.reuse?.ranFiles).toBe(1);
      expect(partialReport.summary.tests).toBeGreaterThan(0);
      expect(partial.result).toBe('SUCCESS');

      for (const build of [idle, partial]) expect(log(build)).not.toContain(JENKINS_TOKEN);
      expect(jenkins.problems).toEqual([]);
    } finally {
      await jenkins.stop();
    }
  }, 180_000);
});
