/**
 * The build's first step (scripts/transpile.mjs): the TypeScript of a small project, with the repository's
 * own compiler options, becomes the JavaScript ncc bundles. What the bundles need of it: ES modules, the JSON
 * a source imports beside it, and a build that stops with the file and line when a source does not parse or
 * imports a file that is not there. check:dist and the tests that run dist/ cover the real sources.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

interface TranspileModule {
  transpileSources(root: string, stage: string): Promise<void>;
  TranspileError: new (message: string) => Error;
}

// Through a computed URL: scripts/transpile.mjs is plain JavaScript for Node, without declarations.
const { transpileSources, TranspileError } = (await import(
  pathToFileURL(join(REPO_ROOT, 'scripts/transpile.mjs')).href
)) as TranspileModule;

const realOptions = (
  JSON.parse(await readFile(join(REPO_ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: object }
).compilerOptions;

let root: string;

/** A project at `root`: the repository's compiler options over src/, and `files`. */
async function project(files: Record<string, string>): Promise<void> {
  const all = {
    'package.json': JSON.stringify({ name: 'fixture', version: '1.2.3', type: 'module' }),
    'tsconfig.json': JSON.stringify({ compilerOptions: realOptions, include: ['src'] }),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** The error transpileSources throws into a fresh stage (fails the test when it does not throw). */
async function transpileError(): Promise<Error> {
  const error = await transpileSources(root, join(root, '.build/stage')).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranspileError);
  return error as Error;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-transpile-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('transpileSources', () => {
  it('writes ES modules at the sources’ paths, without types, with the JSON they import', async () => {
    await project({
      'src/cli/main.ts': [
        "import pkg from '../../package.json' with { type: 'json' };",
        "import type { Shape } from './shape.js';",
        "import { area } from './shape.js';",
        'export const version: string = pkg.version;',
        'export const unit = (s: Shape): number => area(s);',
        "export const later = async () => (await import('./shape.js')).area({ side: 2 });",
      ].join('\n'),
      'src/cli/shape.ts':
        'export interface Shape { side: number }\nexport const area = (s: Shape) => s.side ** 2;\n',
    });
    const stage = join(root, '.build/stage');
    await transpileSources(root, stage);

    const main = await readFile(join(stage, 'src/cli/main.js'), 'utf8');
    expect(main).toContain("import pkg from '../../package.json' with { type: 'json' };");
    expect(main).toContain("import { area } from './shape.js';");
    expect(main).toContain('export const unit = (s) => area(s);');
    expect(main).not.toMatch(/require\(|import type|: Shape/);
    expect(await readFile(join(stage, 'package.json'), 'utf8')).toContain('"version":"1.2.3"');
    const { unit, version, later } = (await import(pathToFileURL(join(stage, 'src/cli/main.js')).href)) as {
      unit: (s: { side: number }) => number;
      version: string;
      later: () => Promise<number>;
    };
    expect([unit({ side: 3 }), version, await later()]).toEqual([9, '1.2.3', 4]);
  });

  it('fails on a syntax error, naming the file, line and column', async () => {
    await project({
      'src/good.ts': 'export const good = 1;\n',
      'src/bad.ts': 'export const one = 1;\nexport const two = (;\n',
    });
    expect((await transpileError()).message).toMatch(
      /^src\/bad\.ts\(2,21\): error TS1109: Expression expected\./,
    );
  });

  it('fails on an import of a file that is not there, naming the source and line', async () => {
    await project({
      'src/a.ts': "// the first line\nexport { b } from './b.js';\nexport { c } from './missing.js';\n",
      'src/b.ts': 'export const b = 1;\n',
    });
    expect((await transpileError()).message).toBe(
      "src/a.ts:3: error: imports './missing.js', which is not a file of the repository: fix the path.",
    );
  });
});
