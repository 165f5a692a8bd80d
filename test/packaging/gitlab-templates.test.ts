/**
 * The GitLab component and the examples against GitLab's `.gitlab-ci.yml` schema (corpus/schemas/
 * gitlab-ci-local: GitLab's ci.json): the component's `spec:` header, its body with the inputs interpolated
 * in both modes (shards, target), every example, and the child pipeline the plan job writes, whose jobs
 * must stay the component's own jobs. The validator is checked to reject the corpus's invalid samples.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChildPipeline } from '../../providers/gitlab/child-pipeline.js';
import { corpusFile, REPO_ROOT } from '../support/corpus.js';
import {
  COMPONENT_DOCUMENTS,
  COMPONENT_HEADER,
  COMPONENT_INPUTS,
  COMPONENT_TEXT,
  interpolateComponent,
  type ComponentJob,
} from '../support/gitlab-component.js';
import { gitlabCiSchemaErrors } from './schemas.js';

const componentText = COMPONENT_TEXT;
const [, bodyDoc, ...rest] = COMPONENT_DOCUMENTS;
const header = COMPONENT_HEADER;
const inputs = COMPONENT_INPUTS;
const interpolate = interpolateComponent;

const USER_INPUTS = {
  'test-command': 'npx vitest run --reporter=junit --outputFile={results}/junit.xml {files}',
};

describe('the GitLab component (templates/tessera.yml)', () => {
  it('is a header with spec:inputs and one body, both valid against GitLab’s schema', () => {
    expect(rest).toHaveLength(0);
    expect(bodyDoc).toBeDefined();
    expect(gitlabCiSchemaErrors(header)).toEqual([]);
    for (const mode of [{}, { target: '10m' }] as Record<string, string>[]) {
      const body = interpolate({ ...USER_INPUTS, ...mode });
      expect(
        gitlabCiSchemaErrors(body),
        `${JSON.stringify(mode)}: ${gitlabCiSchemaErrors(body).join('; ')}`,
      ).toEqual([]);
    }
  });

  it('declares every input it uses and uses every input it declares', () => {
    const used = new Set([...componentText.matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(inputs).sort());
    // Only the test command has no default: a component cannot guess it.
    expect(
      Object.entries(inputs)
        .filter(([, spec]) => spec.default === undefined)
        .map(([n]) => n),
    ).toEqual(['test-command']);
    expect(inputs['fail-on']?.options).toEqual(['failures', 'new-failures', 'never']);
    expect(inputs.shards?.type).toBe('number');
  });

  it('runs the static shard and report jobs, or the child pipeline trigger with a target', () => {
    const jobs = (values: Record<string, string>) => {
      const body = interpolate({ ...USER_INPUTS, ...values });
      return Object.entries(body)
        .filter(([, job]) => {
          const rules = (job as { rules?: { if: string }[] }).rules;
          // The rules compare two strings GitLab interpolated; evaluate them as GitLab would.
          return !rules || rules.some((r) => new Function(`return ${r.if.replace(/"/g, "'")}`)() as boolean);
        })
        .map(([name]) => name);
    };
    expect(jobs({})).toEqual(['tessera-plan', 'tessera-test', 'tessera-report']);
    expect(jobs({ target: '10m' })).toEqual(['tessera-plan', 'tessera-shards']);
  });

  it('writes a child pipeline whose jobs are the component’s own, with the planned parallel:', () => {
    const values = {
      ...USER_INPUTS,
      image: 'node:22',
      retries: 2,
      'fail-on': 'new-failures',
      install: 'npm ci',
    };
    const body = interpolate(values) as Record<string, Record<string, unknown>>;
    const plan = body['tessera-plan'] as { variables: Record<string, string> };
    const env = Object.fromEntries(Object.entries(plan.variables).map(([k, v]) => [k, String(v)]));
    const child = parse(renderChildPipeline(7, { ...env, CI_PIPELINE_ID: '42' })) as Record<
      string,
      Record<string, unknown>
    >;
    expect(gitlabCiSchemaErrors(child)).toEqual([]);
    expect(child['tessera-test']?.parallel).toBe(7);
    for (const job of ['tessera-test', 'tessera-report'] as const)
      for (const key of ['stage', 'image', 'variables', 'before_script', 'script', 'artifacts'])
        expect(child[job]?.[key], `${job}.${key}`).toEqual(body[job]?.[key]);
    expect(child['tessera-test']?.needs).toEqual([{ pipeline: '$PARENT_PIPELINE_ID', job: 'tessera-plan' }]);
    expect(() => renderChildPipeline(201, env)).toThrow(/1 to 200/);
  });
});

/** A folder with `print-args`, a stand-in CLI that prints its arguments NUL-separated. */
let stubBin: string;

beforeAll(async () => {
  stubBin = await mkdtemp(join(tmpdir(), 'tessera-gitlab-args-'));
  await writeFile(join(stubBin, 'print-args'), `#!/bin/sh\nprintf '%s\\0' tessera "$@"\n`, { mode: 0o755 });
});

afterAll(async () => {
  if (stubBin) await rm(stubBin, { recursive: true, force: true });
});

/**
 * The arguments a job's script passes to the CLI, found by running the script as the runner would (its
 * variables in the environment, `sh -e`) with the `tessera` input set to a command that prints its arguments.
 */
function cliArguments(job: ComponentJob, env: Record<string, string> = {}): string[] {
  const variables = Object.fromEntries(Object.entries(job.variables ?? {}).map(([k, v]) => [k, String(v)]));
  const output = execFileSync('sh', ['-e', '-c', (job.script ?? []).join('\n')], {
    env: {
      PATH: `${stubBin}:${process.env.PATH ?? ''}`,
      CI_NODE_INDEX: '2',
      CI_NODE_TOTAL: '4',
      ...variables,
      ...env,
    },
    encoding: 'utf8',
  });
  return output.split('\0').slice(1, -1);
}

describe('the queue inputs of the GitLab component', () => {
  const PRINT_ARGS = 'print-args';
  const SECRET_URL = 'redis://:queue-password-never-in-a-script@redis.internal:6379';

  it('turn --queue on in the shard and report jobs only when `queue` is true, the URL from the masked variable', () => {
    const off = interpolate({ ...USER_INPUTS, tessera: PRINT_ARGS });
    const on = interpolate({ ...USER_INPUTS, tessera: PRINT_ARGS, queue: 'true', 'queue-lease': '2m' });
    const env = { TESSERA_QUEUE_URL: SECRET_URL };
    const testCommand = USER_INPUTS['test-command'];
    expect(cliArguments(off['tessera-test'] as ComponentJob, env)).toEqual([
      'run',
      '--provider',
      'gitlab',
      '--shard',
      '2/4',
      '--retries',
      '0',
      '--',
      testCommand,
    ]);
    expect(cliArguments(on['tessera-test'] as ComponentJob, env)).toEqual([
      'run',
      '--provider',
      'gitlab',
      '--shard',
      '2/4',
      '--retries',
      '0',
      '--queue',
      '--lease',
      '2m',
      '--queue-fallback',
      'static',
      '--',
      testCommand,
    ]);
    const noFallback = interpolate({
      ...USER_INPUTS,
      tessera: PRINT_ARGS,
      queue: 'true',
      'queue-fallback': 'none',
    });
    expect(cliArguments(noFallback['tessera-test'] as ComponentJob, env)).not.toContain('--queue-fallback');
    expect(cliArguments(off['tessera-report'] as ComponentJob, env)).not.toContain('--queue');
    expect(cliArguments(on['tessera-report'] as ComponentJob, env).at(-1)).toBe('--queue');
    // The URL is never an input value nor in a script: only the job's environment holds it.
    expect(inputs.queue?.type).toBe('boolean');
    expect(inputs['queue-fallback']?.options).toEqual(['static', 'none']);
    expect(JSON.stringify(on)).not.toContain('redis://');
    for (const job of ['tessera-test', 'tessera-report'])
      expect(cliArguments(on[job] as ComponentJob, env).join(' ')).not.toContain('queue-password');
  });

  it('add --bail and --requeue only when set (requeue only with the queue), also in `target` mode', () => {
    const env = { TESSERA_QUEUE_URL: SECRET_URL };
    const off = cliArguments(
      interpolate({ ...USER_INPUTS, tessera: PRINT_ARGS })['tessera-test'] as ComponentJob,
      env,
    );
    expect(off).not.toContain('--bail');
    expect(off).not.toContain('--requeue');
    const set = { ...USER_INPUTS, tessera: PRINT_ARGS, bail: '2', requeue: '1' };
    const staticShards = cliArguments(interpolate(set)['tessera-test'] as ComponentJob, env);
    expect(staticShards.slice(staticShards.indexOf('--bail'), staticShards.indexOf('--bail') + 2)).toEqual([
      '--bail',
      '2',
    ]);
    expect(staticShards).not.toContain('--requeue');
    const queued = cliArguments(interpolate({ ...set, queue: 'true' })['tessera-test'] as ComponentJob, env);
    expect(queued.slice(queued.indexOf('--requeue'), queued.indexOf('--requeue') + 2)).toEqual([
      '--requeue',
      '1',
    ]);
    expect(inputs.bail?.type).toBe('number');
    expect(inputs.requeue?.type).toBe('number');
    const body = interpolate({ ...set, queue: 'true', target: '10m' });
    const plan = body['tessera-plan'] as { variables: Record<string, string> };
    const planEnv = Object.fromEntries(Object.entries(plan.variables).map(([k, v]) => [k, String(v)]));
    const child = parse(renderChildPipeline(3, { ...planEnv, CI_PIPELINE_ID: '42' })) as Record<
      string,
      ComponentJob
    >;
    expect(child['tessera-test']?.variables).toMatchObject({
      TESSERA_INPUT_BAIL: '2',
      TESSERA_INPUT_REQUEUE: '1',
    });
    const childArgs = cliArguments(child['tessera-test'] as ComponentJob, env);
    expect(childArgs).toContain('--bail');
    expect(childArgs).toContain('--requeue');
  });

  it('add --skip-unchanged and the test command to the plan job only when `skip-unchanged` is true', () => {
    const env = {};
    const off = cliArguments(
      interpolate({ ...USER_INPUTS, tessera: PRINT_ARGS })['tessera-plan'] as ComponentJob,
      env,
    );
    expect(off).not.toContain('--skip-unchanged');
    expect(off).not.toContain('--');
    const on = cliArguments(
      interpolate({ ...USER_INPUTS, tessera: PRINT_ARGS, 'skip-unchanged': 'true' })[
        'tessera-plan'
      ] as ComponentJob,
      env,
    );
    expect(on.slice(-3)).toEqual(['--skip-unchanged', '--', USER_INPUTS['test-command']]);
    expect(inputs['skip-unchanged']?.type).toBe('boolean');
  });

  it('carries the queue inputs into the child pipeline of `target` mode', () => {
    const body = interpolate({ ...USER_INPUTS, queue: 'true', 'queue-lease': '90s', target: '10m' });
    const plan = body['tessera-plan'] as { variables: Record<string, string> };
    const env = Object.fromEntries(Object.entries(plan.variables).map(([k, v]) => [k, String(v)]));
    const child = parse(renderChildPipeline(3, { ...env, CI_PIPELINE_ID: '42' })) as Record<
      string,
      ComponentJob
    >;
    expect(child['tessera-test']?.variables).toMatchObject({
      TESSERA_INPUT_QUEUE: 'true',
      TESSERA_INPUT_QUEUE_LEASE: '90s',
      TESSERA_INPUT_QUEUE_FALLBACK: 'static',
    });
    expect(child['tessera-report']?.variables).toMatchObject({ TESSERA_INPUT_QUEUE: 'true' });
  });
});

describe('the GitLab examples', () => {
  const dir = join(REPO_ROOT, 'examples/gitlab');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('exist', () => {
    expect(files.sort()).toEqual(['.gitlab-ci.yml', 'self-managed.yml', 'target-time.yml']);
  });

  it.each(files)('%s is valid against GitLab’s schema and sets every input without a default', (file) => {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as {
      include: { inputs: Record<string, unknown> }[];
    };
    expect(gitlabCiSchemaErrors(doc)).toEqual([]);
    const given = doc.include[0]?.inputs ?? {};
    for (const name of Object.keys(given)) expect(Object.keys(inputs)).toContain(name);
    expect(given['test-command']).toBeDefined();
  });
});

describe('the schema validator', () => {
  it('rejects the corpus’s invalid pipelines (gitlab-ci-local’s own schema-validation cases)', () => {
    const sample = (name: string) =>
      parse(
        readFileSync(
          corpusFile(`schemas/gitlab-ci-local/tests/test-cases/schema-validation/${name}`),
          'utf8',
        ),
      );
    for (const bad of [
      '.gitlab-ci.yml',
      '.gitlab-ci-4-errors.yml',
      '.gitlab-ci-5-errors.yml',
      '.gitlab-ci-6-errors.yml',
    ])
      expect(gitlabCiSchemaErrors(sample(bad)).length, bad).toBeGreaterThan(0);
  });
});
