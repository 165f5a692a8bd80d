/**
 * The dogfood workflow runs every test on GitHub runners, less a named list of exclusions, each with the
 * reason it cannot run there. The corpus the tests read is in the repository (test/corpus/, the default of
 * test/support/corpus.ts), so no test needs ../shared beside the checkout any more; what still points there
 * (the planner benchmark's SHARDING_BENCH) must not reach a test the dogfood runs. This checks the dogfood's
 * `tests` globs, expanded exactly as `tessera plan` expands them, against both rules.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { glob } from 'tinyglobby';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { lines } from '../../providers/github/inputs.js';
import { expandTestGlobs } from '../../src/plan/items.js';
import { REPO_ROOT } from '../support/corpus.js';

/**
 * The test files the dogfood leaves out, each with why it cannot run on a GitHub runner (ubuntu-latest,
 * Node 20, a system or the bundled Chromium, no ../shared beside the checkout). Each needs a matching `!` line
 * in dogfood.yml. Empty: every test runs there.
 */
const EXCLUDED: Readonly<Record<string, string>> = {};

const CORPUS_MODULE = 'test/support/corpus.ts';

/** The corpus module's exports that point outside the checkout when no environment variable overrides them. */
async function outsideExports(): Promise<string[]> {
  vi.resetModules();
  vi.stubEnv('TESSERA_CORPUS', undefined);
  vi.stubEnv('TESSERA_SHARDING_BENCH', undefined);
  const fresh = (await import('../support/corpus.js')) as Record<string, unknown>;
  return Object.entries(fresh)
    .filter(([, value]) => typeof value === 'string' && relative(REPO_ROOT, value).startsWith('..'))
    .map(([name]) => name)
    .sort();
}

/** What a TypeScript file takes from the repository: its local modules, and the corpus exports it imports. */
interface Imports {
  readonly modules: readonly string[];
  /** Names imported from the corpus module; '*' for a namespace import. */
  readonly corpusNames: readonly string[];
}
const parsed = new Map<string, Imports>();
function importsOf(root: string, file: string): Imports {
  const key = join(root, file);
  const known = parsed.get(key);
  if (known) return known;
  const text = readFileSync(key, 'utf8');
  /** A relative module specifier of `file`, as the root-relative path of its TypeScript source. */
  const sourceOf = (specifier: string): string =>
    relative(root, resolve(root, dirname(file), specifier)).replace(/\.js$/, '.ts');
  // Static, dynamic and re-exported local modules alike.
  const modules = ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((spec) => spec.startsWith('./') || spec.startsWith('../'))
    .map(sourceOf);
  const corpusNames = ts
    .createSourceFile(file, text, ts.ScriptTarget.Latest)
    .statements.flatMap((statement) => {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return [];
      if (sourceOf(statement.moduleSpecifier.text) !== CORPUS_MODULE) return [];
      const bindings = statement.importClause?.namedBindings;
      if (bindings === undefined) return [];
      if (ts.isNamespaceImport(bindings)) return ['*'];
      return bindings.elements.map((e) => (e.propertyName ?? e.name).text);
    });
  const imports = { modules, corpusNames };
  parsed.set(key, imports);
  return imports;
}

/** Whether a TypeScript file under `root`, or any local module it imports, imports one of `readers`. */
function reachesReader(
  root: string,
  readers: ReadonlySet<string>,
  file: string,
  seen = new Set<string>(),
): boolean {
  if (seen.has(file) || !file.endsWith('.ts') || !existsSync(join(root, file))) return false;
  seen.add(file);
  const { modules, corpusNames } = importsOf(root, file);
  if (corpusNames.some((name) => name === '*' || readers.has(name))) return true;
  return modules.some((dep) => reachesReader(root, readers, dep, seen));
}

/** The dogfood plan step's `tests` input, split into --tests values by the action's own code. */
function dogfoodGlobs(): string[] {
  const wf = parse(readFileSync(join(REPO_ROOT, '.github/workflows/dogfood.yml'), 'utf8')) as {
    jobs: { plan: { steps: { uses?: string; with?: { command?: string; tests?: string } }[] } };
  };
  const plan = wf.jobs.plan.steps.find((s) => s.uses === './' && s.with?.command === 'plan');
  if (plan?.with?.tests === undefined) throw new Error('dogfood.yml: the plan step has no tests input');
  return lines(plan.with.tests);
}

// Vitest never collects files under node_modules (test/runners/suites has its own, after
// npm run runners:regenerate), so neither does the dogfood.
const allTests = async (): Promise<string[]> =>
  (await glob('test/**/*.test.ts', { cwd: REPO_ROOT, ignore: ['**/node_modules/**'] })).sort();

describe('dogfood test selection', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('is every test file except the named exclusions', async () => {
    const all = await allTests();
    const selected = (await expandTestGlobs(dogfoodGlobs(), REPO_ROOT)).sort();
    const wanted = all.filter((f) => !(f in EXCLUDED));
    expect(
      {
        missing: wanted.filter((f) => !selected.includes(f)),
        unwanted: selected.filter((f) => !wanted.includes(f)),
      },
      'dogfood.yml `tests` must select every test file except those in EXCLUDED (one `!` line each)',
    ).toEqual({ missing: [], unwanted: [] });
    for (const [file, reason] of Object.entries(EXCLUDED)) {
      expect(all, `EXCLUDED names ${file}, which is not a test file`).toContain(file);
      expect(reason.trim().length, `EXCLUDED: ${file} needs its reason`).toBeGreaterThan(10);
    }
    // Not vacuous: the suite is large and the globs really expand to it.
    expect(all.length).toBeGreaterThan(100);
    expect(selected.length).toBe(all.length - Object.keys(EXCLUDED).length);
  });

  it('leaves out every test that reads outside the checkout', async () => {
    const readers = new Set(await outsideExports());
    const outside = (await allTests()).filter((f) => reachesReader(REPO_ROOT, readers, f));
    expect(
      outside.filter((f) => !(f in EXCLUDED)),
      'these tests import a path under ../shared (absent on a runner): vendor what they read into ' +
        'test/corpus (test/corpus/MANIFEST), or exclude them in dogfood.yml and EXCLUDED with the reason',
    ).toEqual([]);
  });

  it('knows what points outside: only the planner benchmark data; the corpus is the vendored test/corpus', async () => {
    expect(await outsideExports()).toEqual(['SHARDING_BENCH']);
    vi.resetModules();
    vi.stubEnv('TESSERA_CORPUS', '');
    const { CORPUS } = await import('../support/corpus.js');
    expect(CORPUS, 'an empty TESSERA_CORPUS is unset').toBe(join(REPO_ROOT, 'test/corpus'));
  });

  describe('finding readers through imports', () => {
    const temps: string[] = [];
    afterEach(() => {
      for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
    });

    it('follows a test through a helper to the reader, and ignores other exports of the same module', () => {
      const root = mkdtempSync(join(tmpdir(), 'tessera-dogfood-'));
      temps.push(root);
      const files: Record<string, string> = {
        [CORPUS_MODULE]: "export const REPO_ROOT = '/r';\nexport const SHARDING_BENCH = '/s';\n",
        'test/x/helper.ts':
          "import { SHARDING_BENCH } from '../support/corpus.js';\nexport const d = SHARDING_BENCH;\n",
        'test/x/indirect.test.ts': "import { d } from './helper.js';\nconsole.log(d);\n",
        'test/x/dynamic.test.ts': "await import('./helper.js');\n",
        'test/x/namespace.test.ts': "import * as c from '../support/corpus.js';\nconsole.log(c);\n",
        'test/x/clean.test.ts':
          "import { REPO_ROOT } from '../support/corpus.js';\nconsole.log(REPO_ROOT);\n",
      };
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), text);
      }
      const readers = new Set(['SHARDING_BENCH']);
      const reaches = (f: string): boolean => reachesReader(root, readers, f);
      expect(reaches('test/x/indirect.test.ts')).toBe(true);
      expect(reaches('test/x/dynamic.test.ts')).toBe(true);
      expect(reaches('test/x/namespace.test.ts')).toBe(true);
      expect(reaches('test/x/clean.test.ts')).toBe(false);
    });

    it('finds the real reader in this repository (the planner benchmark)', () => {
      expect(reachesReader(REPO_ROOT, new Set(['SHARDING_BENCH']), 'bench/plan.ts')).toBe(true);
    });
  });
});
