/**
 * A synthetic monorepo for the cold-start benchmark: `files` test files at realistic nested paths
 * (`packages/<package>/src/<folders…>/<name>.test.ts`, 0 to 3 folders deep), each beside the source file it
 * tests, so the `tests` glob walks and rejects as many files as it keeps; and, as a timing source, one JUnit
 * file of an earlier run (`timings/junit.xml`: a testsuite per test file with its `file` attribute, durations
 * log-normal as real ones are). Seeded: the same seed writes the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createPrng, type Prng } from './prng.js';

/** What was written. */
export interface TestProject {
  readonly root: string;
  /** The glob that matches exactly the test files (the action's `tests` input). */
  readonly testsGlob: string;
  /** The test files, relative to the root, with forward slashes. */
  readonly testFiles: readonly string[];
  /** The JUnit file of an earlier run, relative to the root (the action's `timings` input). */
  readonly timingsFile: string;
  /** Files written in all (tests, sources, package.json files, the timings). */
  readonly filesWritten: number;
}

const PACKAGES = [
  'api',
  'auth',
  'billing',
  'cli',
  'core',
  'db',
  'email',
  'search',
  'ui',
  'utils',
  'web',
  'worker',
];
const FOLDERS = [
  'components',
  'hooks',
  'services',
  'routes',
  'models',
  'lib',
  'utils',
  'handlers',
  'adapters',
  'internal',
  'v2',
  'legacy',
];
const WORDS = [
  'user',
  'order',
  'invoice',
  'session',
  'token',
  'cart',
  'payment',
  'search',
  'index',
  'cache',
  'queue',
  'mailer',
  'config',
  'router',
  'schema',
  'parser',
  'format',
  'date',
  'price',
  'report',
];
const VERBS = ['create', 'update', 'delete', 'list', 'find', 'render', 'validate', 'sync', 'load', 'merge'];

/** The project's `tests` glob: every `*.test.ts` under a package's `src`. */
export const TESTS_GLOB = 'packages/*/src/**/*.test.ts';

/** Writes the project into `root` (which must exist and be empty). */
export async function generateTestProject(root: string, files: number, seed: number): Promise<TestProject> {
  const prng = createPrng(seed);
  const testFiles = uniquePaths(prng, files);
  const writes: [path: string, text: string][] = [
    ['package.json', '{ "name": "bench-monorepo", "private": true, "workspaces": ["packages/*"] }\n'],
  ];
  for (const name of PACKAGES)
    writes.push([`packages/${name}/package.json`, `{ "name": "@bench/${name}", "private": true }\n`]);
  const suites: string[] = [];
  for (const file of testFiles) {
    const module = file.replace(/\.test\.ts$/, '');
    const base = module.split('/').at(-1) ?? module;
    const tests = Array.from(
      { length: prng.int(2, 8) },
      (_, i) => `${prng.pick(VERBS)}s ${base} case ${i + 1}`,
    );
    writes.push([file, testSource(base, tests)], [`${module}.ts`, moduleSource(base)]);
    suites.push(junitSuite(prng, file, tests));
  }
  const timingsFile = 'timings/junit.xml';
  writes.push([
    timingsFile,
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vitest tests">\n${suites.join('')}</testsuites>\n`,
  ]);
  const folders = new Set(writes.map(([path]) => dirname(join(root, path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // Written a batch at a time: 2,000 files one after the other take a second on a slow disk.
  for (let at = 0; at < writes.length; at += 64)
    await Promise.all(writes.slice(at, at + 64).map(([path, text]) => writeFile(join(root, path), text)));
  return { root, testsGlob: TESTS_GLOB, testFiles, timingsFile, filesWritten: writes.length };
}

/** `count` distinct test paths, sorted. */
function uniquePaths(prng: Prng, count: number): string[] {
  const paths = new Set<string>();
  while (paths.size < count) {
    const folders = Array.from({ length: prng.int(0, 3) }, () => prng.pick(FOLDERS));
    const name = `${prng.pick(WORDS)}-${prng.pick(WORDS)}${prng.chance(0.3) ? `-${prng.int(2, 9)}` : ''}`;
    paths.add(['packages', prng.pick(PACKAGES), 'src', ...folders, `${name}.test.ts`].join('/'));
  }
  return [...paths].sort();
}

function testSource(base: string, tests: readonly string[]): string {
  const cases = tests.map(
    (title) => `  it('${title}', () => {\n    expect(${camel(base)}(1)).toBe(2);\n  });\n`,
  );
  return `import { describe, expect, it } from 'vitest';\nimport { ${camel(base)} } from './${base}.js';\n\ndescribe('${base}', () => {\n${cases.join('\n')}});\n`;
}

function moduleSource(base: string): string {
  return `/** ${base}: one more than its argument. */\nexport function ${camel(base)}(n: number): number {\n  return n + 1;\n}\n`;
}

function camel(base: string): string {
  return base.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** The file's testsuite as Vitest's JUnit reporter writes it; durations in seconds. */
function junitSuite(prng: Prng, file: string, tests: readonly string[]): string {
  const cases = tests.map((title) => {
    const seconds = prng.logNormal(0.05, 1.2).toFixed(3);
    return `    <testcase classname="${file}" name="${title}" time="${seconds}" file="${file}"></testcase>\n`;
  });
  return `  <testsuite name="${file}" file="${file}" tests="${tests.length}" failures="0" errors="0" skipped="0">\n${cases.join('')}  </testsuite>\n`;
}
