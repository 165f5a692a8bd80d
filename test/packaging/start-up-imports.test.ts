/**
 * What the entries load before they know which verb runs. The action's cold start (BENCHMARKS.md, issue 5:
 * `plan` over 1,000 files under 300 ms) holds only while the static import graph of each entry stays small:
 * the command declarations, not the verbs' work, the format readers, the report, the history codec, the
 * client libraries or the schema and YAML parsers; those arrive through `import()` when needed. A static
 * import that drags one of them back in fails here, naming the chain, long before a benchmark would notice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

/** The modules loaded at start-up by a static import chain from `entry`, each with the chain that loads it. */
function staticGraph(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const chain = reached.get(file) as string[];
    for (const specifier of runtimeImports(file)) {
      const target = specifier.startsWith('.') ? sourceOf(file, specifier) : packageOf(specifier);
      if (reached.has(target)) continue;
      reached.set(target, [...chain, target]);
      if (target.endsWith('.ts')) queue.push(target);
    }
  }
  return reached;
}

/** The specifiers `file` imports or re-exports for its runtime: type-only imports and `import()` left out. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(REPO_ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          clause.name === undefined &&
          clause.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** `../x/y.js` from `file`, as the repo-relative path of its TypeScript source (or the JSON file itself). */
function sourceOf(file: string, specifier: string): string {
  const path = relative(REPO_ROOT, resolve(REPO_ROOT, dirname(file), specifier));
  const ts = path.replace(/\.js$/, '.ts');
  return existsSync(join(REPO_ROOT, ts)) ? ts : path;
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`, `node:fs` stays. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/** What must arrive only through `import()`: heavy, and not needed by every verb. */
const LOADED_ON_DEMAND = [
  /^src\/cli\/verbs\//,
  /^src\/(formats|report|render|history|trend|run)\//,
  /^src\/config\/(parse|schema)\.ts$/,
  /^src\/plan\/(make-plan|load-timings|load-history|parse-plan)\.ts$/,
  /^providers\/[^/]+\/(ci-host|artifact-store|history-store|rest-client)\.ts$/,
  /^(zod|yaml|saxes|ajv|fflate|picomatch|tinyglobby|@actions\/.*|@octokit\/.*|@gitbeaker\/.*)$/,
];

/**
 * Small modules under those folders that the command declarations need for their help text and choices;
 * the walk still goes through them, so anything heavy they import is caught.
 */
const DECLARATION_LEAVES = new Set([
  'src/formats/reader.ts', // DEFAULT_READ_OPTIONS, for --max-file-size's default
  'src/trend/fail-policy.ts', // FAIL_ON_VALUES, the choices of --fail-on
  'src/render/untrusted-text.ts', // neutraliseUntrustedText, for the CLI's error line (no imports)
]);

const ENTRIES = ['src/cli/index.ts', 'providers/github/main.ts', 'providers/azure/main.ts'];

describe('start-up imports', () => {
  it.each(ENTRIES)('%s loads no verb, reader, client library or parser at start-up', (entry) => {
    const graph = staticGraph(entry);
    const eager = [...graph].filter(
      ([module]) =>
        !DECLARATION_LEAVES.has(module) && LOADED_ON_DEMAND.some((pattern) => pattern.test(module)),
    );
    expect(
      eager.map(([, chain]) => chain.join(' → ')),
      'load these with import() where they are needed',
    ).toEqual([]);
    // Not vacuous: the walk reaches the command declarations and commander.
    expect(graph.has('src/cli/commands/plan.ts')).toBe(true);
    expect(graph.has('commander')).toBe(true);
  });

  it('finds a heavy module behind a chain of static imports', () => {
    // The verb modules import the report and the format readers: the walker must see that through them.
    const graph = staticGraph('src/cli/verbs/report.ts');
    expect(graph.get('src/report/run-report.ts')?.[0]).toBe('src/cli/verbs/report.ts');
    expect([...graph.keys()].some((m) => m.startsWith('src/formats/'))).toBe(true);
  });
});
