/**
 * The real GitLab component (templates/tessera.yml) run by gitlab-ci-local on examples/suite: included as
 * `include: component:` (which gitlab-ci-local resolves to this repository's templates/, inputs
 * interpolated, the whole pipeline checked against GitLab's schema before it runs), then plan → N parallel
 * shard jobs → report, each job in its own build folder, files passing only through `artifacts:` and
 * `needs:`. Also: a shard job that dies before its bundle fails the report, which names it; and with
 * `target`, the plan job's dynamic child pipeline, valid against the schema, run with its N shard jobs.
 * The pipelines run one after the other: each already runs its shard jobs at once, and three pipelines at
 * once on two shared cores starve the other end-to-end tests of the suite.
 */
import { readFile, mkdtemp, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseDotenv } from '../../providers/gitlab/reports.js';
import { cliBundle } from '../support/cli-bundle.js';
import { REPO_ROOT } from '../support/corpus.js';
import { describeWithTools } from '../support/system-tools.js';
import { gitlabCiSchemaErrors } from './schemas.js';
import {
  artifactFile,
  gitlabCiLocal,
  gitRepo,
  jobLines,
  type PipelineRun,
} from './support/gitlab-ci-local.js';

const SUITE = join(REPO_ROOT, 'examples/suite');
const TEST_COMMAND =
  'node --test --test-reporter=junit --test-reporter-destination={results}/junit.xml {file}';

let scratch: string;
let tessera: string;

/** The project's .gitlab-ci.yml: the component, as a user includes it. */
function pipeline(inputs: Record<string, string | number>, extra = ''): string {
  const lines = Object.entries({ 'test-command': TEST_COMMAND, install: 'true', tessera, ...inputs }).map(
    ([key, value]) => `      ${key}: ${JSON.stringify(value)}`,
  );
  return `include:\n  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/tessera@$CI_COMMIT_SHA\n    inputs:\n${lines.join('\n')}\n${extra}`;
}

const failing = (run: PipelineRun): string => run.output.split('\n').slice(-80).join('\n');

/** Distinct tests of examples/suite, from the bundles of a recorded run (examples/suite/timings). */
async function suiteTests(): Promise<number> {
  const ids = new Set<string>();
  const dir = join(SUITE, 'timings');
  for (const file of await readdir(dir)) {
    const bundle = JSON.parse(await readFile(join(dir, file), 'utf8')) as { tests: { id: string }[] };
    for (const test of bundle.tests) ids.add(test.id);
  }
  return ids.size;
}

describeWithTools(['rsync'], 'the GitLab component under gitlab-ci-local', () => {
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'tessera-gitlab-ci-local-'));
    // TESSERA_GITLAB_CLI runs another build, e.g. `node dist/cli/index.js` after `npm run build`.
    tessera = process.env.TESSERA_GITLAB_CLI || `node ${cliBundle()}`;
  }, 60_000);
  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('runs plan → 4 parallel shard jobs → report on examples/suite, the bundles passed by needs:', async () => {
    const dir = join(scratch, 'suite');
    await gitRepo(
      dir,
      { '.gitlab-ci.yml': pipeline({ tests: 'test/*.test.mjs', shards: 4, retries: 1 }) },
      SUITE,
    );
    const run = await gitlabCiLocal(dir);
    expect(run.exitCode, failing(run)).toBe(0);
    for (const job of ['tessera-plan', 'tessera-test: [1/4]', 'tessera-test: [4/4]', 'tessera-report'])
      expect(run.output, job).toMatch(new RegExp(`PASS\\s+${job.replace(/[[\]/]/g, '\\$&')}`));

    // Each shard job kept only its own bundle; the report job got all four through needs:.
    const artifacts = await readdir(join(dir, '.gitlab-ci-local/artifacts'));
    const shardJobs = artifacts.filter((a) => a.startsWith('tessera-test'));
    expect(shardJobs).toHaveLength(4);
    for (const job of shardJobs) {
      const kept = await readdir(join(dir, '.gitlab-ci-local/artifacts', job, '.tessera/artifacts'));
      expect(kept).toHaveLength(1);
      expect(kept[0]).toMatch(/^tessera-shard-[1-4]-of-4$/);
    }
    expect(jobLines(run, 'tessera-report').join('\n')).toContain(
      'downloaded 4 shard bundles: tessera-shard-1-of-4, tessera-shard-2-of-4, tessera-shard-3-of-4, tessera-shard-4-of-4',
    );

    // The report's counts (its dotenv report) equal the suite's: every test once, the flaky one flaky.
    const dotenv = parseDotenv(
      await artifactFile(
        dir,
        'tessera-report',
        '.gitlab-ci-reports/dotenv/.tessera/gitlab/tessera.env',
      ).catch(() => readFile(join(dir, '.tessera/gitlab/tessera.env'), 'utf8')),
    );
    expect(Number(dotenv.get('TESSERA_TESTS'))).toBe(await suiteTests());
    expect(Object.fromEntries(['FAILED', 'FLAKY'].map((k) => [k, dotenv.get(`TESSERA_${k}`)]))).toEqual({
      FAILED: '0',
      FLAKY: '1',
    });
    // The history and the HTML report are the report job's artifacts.
    expect(
      await artifactFile(dir, 'tessera-report', '.tessera/artifacts/tessera-report/report.html'),
    ).toContain('<html');
    expect(await readdir(join(dir, '.gitlab-ci-local/artifacts/tessera-report/.tessera/history'))).toEqual([
      'main.json.gz',
    ]);
  }, 180_000);

  it('fails the report and names the shard whose job died before storing its bundle', async () => {
    const dir = join(scratch, 'missing');
    // The project overrides the shard job's script (GitLab merges a local job over the included one): shard 2
    // dies as a lost runner would, before `tessera run` writes anything.
    const override = `tessera-test:\n  script:\n    - 'if [ "$CI_NODE_INDEX" = "2" ]; then echo "runner lost"; exit 1; fi'\n    - ${tessera} run --provider gitlab --shard "$CI_NODE_INDEX/$CI_NODE_TOTAL" -- "$TESSERA_INPUT_TEST_COMMAND"\n`;
    await gitRepo(
      dir,
      { '.gitlab-ci.yml': pipeline({ tests: 'test/strings-*.test.mjs', shards: 3 }, override) },
      SUITE,
    );
    const run = await gitlabCiLocal(dir);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toMatch(/FAIL\s+tessera-test: \[2\/3\]/);
    expect(run.output).toMatch(/FAIL\s+tessera-report/);
    const report = jobLines(run, 'tessera-report').join('\n');
    expect(report).toMatch(/shard 2\/3/);
    expect(report).toMatch(/missing/i);
  }, 120_000);

  it('a shard the plan left empty stops before its install, and the report accounts for it from the plan', async () => {
    const dir = join(scratch, 'empty');
    // Two files on three shards: the plan leaves one shard without a file.
    await gitRepo(
      dir,
      {
        '.gitlab-ci.yml': pipeline({
          tests: 'test/hash-*.test.mjs',
          shards: 3,
          install: 'echo installing-dependencies',
        }),
      },
      SUITE,
    );
    const run = await gitlabCiLocal(dir);
    expect(run.exitCode, failing(run)).toBe(0);
    const plan = JSON.parse(await artifactFile(dir, 'tessera-plan', '.tessera/plan.json')) as {
      shards: { index: number; items: string[] }[];
    };
    const empty = plan.shards.filter((s) => s.items.length === 0).map((s) => s.index);
    expect(empty).toHaveLength(1);
    for (const index of [1, 2, 3]) {
      const job = jobLines(run, `tessera-test: [${index}/3]`).join('\n');
      if (empty.includes(index)) {
        expect(job).toContain(`shard ${index}/3 has nothing to run by plan`);
        expect(job).not.toContain('installing-dependencies');
      } else {
        expect(job).toContain('installing-dependencies');
      }
    }
    const report = jobLines(run, 'tessera-report').join('\n');
    expect(report).toContain(`shard ${empty[0]}/3 had nothing to run by plan`);
    expect(report).toContain('downloaded 2 shard bundles');
  }, 120_000);

  it('with a target time, writes a child pipeline valid against GitLab’s schema, which runs its shard jobs', async () => {
    const dir = join(scratch, 'target');
    await gitRepo(
      dir,
      { '.gitlab-ci.yml': pipeline({ tests: 'test/strings-*.test.mjs', target: '2s', setup: '0s' }) },
      SUITE,
    );
    const plan = await gitlabCiLocal(dir, ['tessera-plan']);
    expect(plan.exitCode, failing(plan)).toBe(0);
    const childText = await artifactFile(dir, 'tessera-plan', '.tessera/gitlab/child-pipeline.yml');
    const child = parse(childText) as Record<string, { parallel?: number }>;
    expect(gitlabCiSchemaErrors(child)).toEqual([]);
    const planned = JSON.parse(await artifactFile(dir, 'tessera-plan', '.tessera/plan.json')) as {
      shards: unknown[];
    };
    expect(child['tessera-test']?.parallel).toBe(planned.shards.length);

    // gitlab-ci-local ignores `needs: pipeline:` (the parent's plan artifact), so the child pipeline runs as
    // its own pipeline with the plan job's artifact in place, as GitLab would have extracted it.
    const childDir = join(scratch, 'child');
    await gitRepo(
      childDir,
      {
        '.gitlab-ci.yml': childText,
        '.tessera/artifacts/tessera-plan/plan.json': await artifactFile(
          dir,
          'tessera-plan',
          '.tessera/artifacts/tessera-plan/plan.json',
        ),
      },
      SUITE,
    );
    const childRun = await gitlabCiLocal(childDir);
    expect(childRun.exitCode, failing(childRun)).toBe(0);
    const shardJobs = childRun.output.match(/PASS\s+tessera-test: \[\d+\/\d+\]/g) ?? [];
    expect(shardJobs).toHaveLength(planned.shards.length);
    expect(childRun.output).toMatch(/PASS\s+tessera-report/);
  }, 120_000);
});
