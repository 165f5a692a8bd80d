/**
 * action.yml: valid against schemastore's github-action schema, runs the bundled entry on node24, and
 * declares exactly the inputs the entry reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALL_INPUTS } from '../../providers/github/inputs.js';
import { REPO_ROOT } from '../support/corpus.js';
import { schemastoreValidator } from './schemas.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  branding: { icon: string; color: string };
}

const text = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
const action = parse(text) as ActionYml;

describe('action.yml', () => {
  it('is valid against the schemastore github-action schema', () => {
    const validate = schemastoreValidator('github-action');
    expect(validate(action), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema check is not vacuous: a wrong runtime and an unknown key are refused', () => {
    const validate = schemastoreValidator('github-action');
    expect(validate({ ...action, runs: { ...action.runs, using: 'node99' } })).toBe(false);
    expect(validate({ ...action, bogus: true })).toBe(false);
  });

  it('runs the bundled GitHub entry on node24, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/github/index.js' });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it('declares exactly the inputs the entry reads, each documented', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ALL_INPUTS].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(10);
      if (name !== 'command') expect(input.default, name).toBeTypeOf('string');
    }
    expect(action.inputs.command?.required).toBe(true);
    expect(action.inputs.token?.default).toBe('${{ github.token }}');
  });

  it('declares the outputs of issue 5, and the plan step’s items and empty shards', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'matrix',
        'shards',
        'items',
        'empty-shards',
        'plan',
        'tests',
        'passed',
        'failed',
        'flaky',
        'skipped',
        'report-url',
        'comment-url',
      ].sort(),
    );
  });
});
