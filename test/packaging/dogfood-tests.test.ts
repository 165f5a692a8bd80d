/**
 * The dogfood workflow runs every test that can run on a GitHub runner, and only those. The tests that read
 * the shared corpus (test/support/corpus.ts: `CORPUS`, `corpusFile`, `SHARDING_BENCH`, all under
 * ../shared beside the checkout) cannot: that folder is not in the repository. So the dogfood's `tests`
 * globs, expanded exactly as `tessera plan` expands them, must equal "every test file whose imports do not
 * reach a corpus reader". A new corpus test fails here, named, until the dogfood excludes it.
 *
 * This file reads no corpus itself, so the dogfood runs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lines } from '../../providers/github/inputs.js';
import { expandTestGlobs } from '../../src/plan/items.js';
import { REPO_ROOT } from '../support/corpus.js';

const CORPUS_MODULE = 'test/support/corpus.ts';
/** The corpus helpers that touch ../shared; REPO_ROOT, from the same module, does not. */
const CORPUS_READERS = new Set(['CORPUS', 'corpusFile', 'SHARDING_BENCH']);

/** A relative module specifier of `file`, as the repo-relative path of its TypeScript source. */
const sourceOf = (file: string, specifier: string): string =>
  relative(REPO_ROOT, resolve(REPO_ROOT, dirname(file), specifier)).replace(/\.js$/, '.ts');

/**
 * What a TypeScript file takes from the repository: the local modules it imports (statically, dynamically
 * or by re-export), and whether it imports a corpus reader from test/support/corpus.ts (a namespace import
 * of that module counts as one).
 */
interface Imports {
  readonly modules: string[];
  readonly corpusReader: boolean;
}
const parsed = new Map<string, Imports>();
function importsOf(file: string): Imports {
  const known = parsed.get(file);
  if (known) return known;
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const modules = ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((spec) => spec.startsWith('./') || spec.startsWith('../'))
    .map((spec) => sourceOf(file, spec));
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const corpusReader = source.statements.some((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return false;
    if (sourceOf(file, statement.moduleSpecifier.text) !== CORPUS_MODULE) return false;
    const bindings = statement.importClause?.namedBindings;
    if (bindings === undefined) return false;
    if (ts.isNamespaceImport(bindings)) return true;
    return bindings.elements.some((e) => CORPUS_READERS.has((e.propertyName ?? e.name).text));
  });
  const imports = { modules, corpusReader };
  parsed.set(file, imports);
  return imports;
}

/** Whether a test file, or any repository module it imports, imports a corpus reader. */
function readsCorpus(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file) || !file.endsWith('.ts') || !existsSync(join(REPO_ROOT, file))) return false;
  seen.add(file);
  const { modules, corpusReader } = importsOf(file);
  return corpusReader || modules.some((dep) => readsCorpus(dep, seen));
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

describe('dogfood test selection', () => {
  it('is every test that does not read the shared corpus', async () => {
    const all = (await glob('test/**/*.test.ts', { cwd: REPO_ROOT })).sort();
    const runnable = all.filter((f) => !readsCorpus(f));
    const selected = (await expandTestGlobs(dogfoodGlobs(), REPO_ROOT)).sort();
    const missing = runnable.filter((f) => !selected.includes(f));
    const needCorpus = selected.filter((f) => !runnable.includes(f));
    expect(
      { missing, needCorpus },
      'dogfood.yml `tests`: add a `!` line for each file in needCorpus, remove the one excluding each in missing',
    ).toEqual({ missing: [], needCorpus: [] });
    // Not vacuous: both sides are large, and the corpus tests are really left out.
    expect(runnable.length).toBeGreaterThan(50);
    expect(all.length - runnable.length).toBeGreaterThan(10);
  });

  it('finds corpus readers through imports, not only direct ones', () => {
    // reader-helpers.ts calls corpusFile; the format readers' tests reach it through that import.
    expect(readsCorpus('test/formats/reader-helpers.ts')).toBe(true);
    expect(readsCorpus('test/formats/tap/reader.test.ts')).toBe(true);
    // REPO_ROOT comes from the corpus module too, but reads nothing outside the checkout.
    expect(readsCorpus('test/packaging/dogfood-tests.test.ts')).toBe(false);
  });
});
