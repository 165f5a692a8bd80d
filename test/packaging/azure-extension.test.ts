/**
 * The Azure extension's packaging (issue 15, "What it must show"): task.json against the task-lib schema,
 * vss-extension.json against SchemaStore's, every Azure pipeline YAML against the azure-pipelines schema
 * (with `Tessera@1` and its inputs added to `definitions.task`, as an organisation's own schema lists its
 * installed tasks), and the task's inputs equal to what the entry reads.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import * as ajv4Module from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TASK_INPUTS } from '../../providers/azure/inputs.js';
import { corpusFile, REPO_ROOT } from '../support/corpus.js';
import { schemastoreValidator } from './schemas.js';

// ajv-draft-04 is CommonJS; under ESM its class may sit on `default`.
const Ajv4 = ((ajv4Module as unknown as { default?: unknown }).default ?? ajv4Module) as new (
  options: Options,
) => Ajv;

interface TaskJson {
  readonly name: string;
  readonly version: { Major: number };
  readonly inputs: readonly {
    name: string;
    type: string;
    required?: boolean;
    options?: Record<string, string>;
  }[];
  readonly outputVariables: readonly { name: string }[];
  readonly execution: Record<string, { target: string }>;
  readonly minimumAgentVersion: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
const TASK = readJson(join(REPO_ROOT, 'azure-task/Tessera/task.json')) as TaskJson;

let compiled: ValidateFunction | undefined;

/** The azure-pipelines schema with Tessera@1 added to `definitions.task` (compiled once: 1.6 MB of schema). */
function pipelineValidator(): ValidateFunction {
  compiled ??= compilePipelineSchema();
  return compiled;
}

function compilePipelineSchema(): ValidateFunction {
  const schema = readJson(corpusFile('schemas/azure-pipelines-vscode/service-schema.json')) as {
    definitions: { task: { properties: { task: { anyOf: unknown[] } }; anyOf: unknown[] } };
  };
  const task = schema.definitions.task;
  task.properties.task.anyOf.push({ description: 'Tessera', enum: [`${TASK.name}@${TASK.version.Major}`] });
  task.anyOf.push({
    properties: {
      task: { pattern: `^${TASK.name}@${TASK.version.Major}$` },
      inputs: {
        properties: Object.fromEntries(
          TASK.inputs.map((i) => [i.name, i.options ? { enum: Object.keys(i.options) } : { type: 'string' }]),
        ),
        additionalProperties: false,
        required: TASK.inputs.filter((i) => i.required).map((i) => i.name),
      },
    },
    required: ['inputs'],
  });
  // Its patterns escape characters the Unicode mode refuses (`\:`), as the task-lib schema does.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  return ajv.compile(schema);
}

async function pipelineFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const folder of ['templates/azure', 'examples/azure'])
    for (const name of await readdir(join(REPO_ROOT, folder)))
      if (name.endsWith('.yml')) files.push(`${folder}/${name}`);
  return files.sort();
}

describe('the Azure extension', () => {
  it('task.json matches the task-lib schema, with Node20_1 and Node24 handlers on one bundle', () => {
    const schema = readJson(corpusFile('schemas/azure-pipelines-task-lib/tasks.schema.json')) as object;
    // The schema has `\:` in a pattern, which is not a valid Unicode-mode regular expression.
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(TASK), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(TASK.execution).sort()).toEqual(['Node20_1', 'Node24']);
    expect(new Set(Object.values(TASK.execution).map((e) => e.target))).toEqual(new Set(['dist/index.js']));
    // Node20_1 needs agent 3.232.1; an agent without Node24 picks Node20_1.
    expect(TASK.minimumAgentVersion).toBe('3.232.1');
  });

  it('task.json declares exactly the inputs the entry reads, and the outputs the CLI sets', () => {
    expect(TASK.inputs.map((i) => i.name).sort()).toEqual([...TASK_INPUTS].sort());
    expect(TASK.outputVariables.map((o) => o.name).sort()).toEqual(
      [
        'matrix',
        'shards',
        'items',
        'emptyShards',
        'plan',
        'tests',
        'passed',
        'failed',
        'flaky',
        'skipped',
        'reportUrl',
        'commentUrl',
      ].sort(),
    );
  });

  it('vss-extension.json matches SchemaStore’s extension manifest schema and ships the task folder', () => {
    const validate = schemastoreValidator('azure-devops-extension-manifest-1.0');
    const manifest = readJson(join(REPO_ROOT, 'vss-extension.json')) as {
      files: { path: string; packagePath?: string }[];
      contributions: { type: string; properties: { name: string } }[];
    };
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(manifest.contributions[0]?.properties.name).toBe('Tessera');
    expect(manifest.files.map((f) => f.packagePath)).toEqual(['Tessera/task.json', 'Tessera/dist']);
  });

  it('every Azure pipeline YAML matches the azure-pipelines schema', async () => {
    const validate = pipelineValidator();
    const files = await pipelineFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      // The service schema reads every scalar as a string: parse with the failsafe schema.
      const doc = parseYaml(await readFile(join(REPO_ROOT, file), 'utf8'), { schema: 'failsafe' }) as unknown;
      expect(validate(doc), `${file}: ${JSON.stringify(validate.errors?.slice(0, 5))}`).toBe(true);
    }
  });

  it('the schema check fails for an input Tessera@1 does not have', () => {
    const validate = pipelineValidator();
    const doc = { steps: [{ task: 'Tessera@1', inputs: { command: 'plan', shardz: '4' } }] };
    expect(validate(doc)).toBe(false);
  });
});
