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
});
