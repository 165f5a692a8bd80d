import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ContentKeyer, type ContentKey } from '../../src/skip/content-key.js';
import { readImports, lexerReady } from '../../src/skip/imports.js';
import { TEST_FILES, writeProject } from './project.js';

let project: Awaited<ReturnType<typeof writeProject>>;
beforeEach(async () => {
  project = await writeProject();
});
afterEach(() => project.remove());

const COMMAND = ['node', '--test', '{file}'];

async function keys(options: { command?: string[]; env?: Record<string, string> } = {}) {
  const keyer = new ContentKeyer({
    root: project.root,
    globalFiles: [join(project.root, 'package-lock.json'), join(project.root, 'tsconfig.json')],
    command: options.command ?? COMMAND,
    env: options.env ?? {},
    extraInputsOf: (item) => (item === 'test/math.test.mjs' ? [join(project.root, 'README.md')] : []),
  });
  const out = new Map<string, ContentKey>();
  for (const item of TEST_FILES) out.set(item, await keyer.keyOf(item));
  return out;
}

/** The test files whose key differs between two keyings. */
function changed(a: Map<string, ContentKey>, b: Map<string, ContentKey>): string[] {
  return TEST_FILES.filter((f) => a.get(f)?.key !== b.get(f)?.key).sort();
}

describe('content keys', () => {
  it('follows relative imports, cycles, barrels, .js → .ts, tsconfig paths and require()', async () => {
    const k = await keys();
    expect(k.get('test/math.test.mjs')).toMatchObject({ modules: 3 }); // itself, math, log (cycle)
    expect(k.get('test/barrel.test.mjs')).toMatchObject({ modules: 4 }); // + index
    expect(k.get('test/strings.test.ts')).toMatchObject({ modules: 3 }); // itself, strings.ts, lib/util.ts
    expect(k.get('test/required.test.cjs')).toMatchObject({ modules: 2 });
    expect(k.get('test/math.test.mjs')?.key).toMatch(/^[0-9a-f]{16}$/);
  });

  it('a non-literal dynamic import gets no key (never skipped), with the reason', async () => {
    const k = await keys();
    expect(k.get('test/plugins.test.mjs')).toEqual({
      why: 'test/plugins.test.mjs: it has a dynamic import() of a computed name',
    });
  });

  it('a change to one module changes exactly the keys of the files that import it, directly or not', async () => {
    const before = await keys();
    await project.write(
      'src/log.mjs',
      "import { add } from './math.mjs';\nexport const log = (m) => m;\nexport const twice = (a) => add(a, a);\n",
    );
    expect(changed(before, await keys())).toEqual(['test/barrel.test.mjs', 'test/math.test.mjs']);
    await project.write('lib/util.ts', 'export const id = (x: unknown) => x;\n');
    const third = await keys();
    await project.write('src/strings.ts', 'export const upper = (s: string) => s;\n');
    expect(changed(third, await keys())).toEqual(['test/required.test.cjs', 'test/strings.test.ts']);
  });

  it('a change to an unrelated file changes no key; to the lockfile, tsconfig, command or a chosen variable, every key', async () => {
    const before = await keys();
    await project.write('src/unused.mjs', 'export const x = 1;\n');
    expect(changed(before, await keys())).toEqual([]);
    const keyed = TEST_FILES.filter((f) => f !== 'test/plugins.test.mjs').sort();
    expect(changed(before, await keys({ command: ['npx', 'vitest', 'run', '{files}'] }))).toEqual(keyed);
    await project.write('package-lock.json', '{"lockfileVersion":3,"packages":{}}\n');
    expect(changed(before, await keys())).toEqual(keyed);
  });

  it('declared extra inputs count for the files they are declared for only', async () => {
    const before = await keys();
    await project.write('README.md', '# changed\n');
    expect(changed(before, await keys())).toEqual(['test/math.test.mjs']);
  });

  it('a specifier naming no file makes its importer unkeyed', async () => {
    await project.write('test/math.test.mjs', "import '../src/gone.mjs';\n");
    expect((await keys()).get('test/math.test.mjs')).toEqual({
      why: 'test/math.test.mjs: ../src/gone.mjs names no file',
    });
  });
});

describe('readImports', () => {
  it('reads static, re-exported and literal dynamic imports; ignores import.meta', async () => {
    await lexerReady;
    const found = readImports(
      "import a from './a.js';\nexport * from './b';\nconst c = await import('./c');\nconsole.log(import.meta.url);\n",
    );
    expect(found).toEqual({ specifiers: ['./a.js', './b', './c'] });
  });

  it('a computed require() is dynamic; source the lexer refuses is too', async () => {
    await lexerReady;
    expect(readImports('const m = require(name);').dynamic).toMatch(/require/);
    expect(readImports('import { from "x"').dynamic).toMatch(/cannot be read/);
  });
});

describe('an unreadable tsconfig', () => {
  it('gives no file a key: its path aliases are unknown', async () => {
    const project = await writeProject();
    try {
      await project.write('tsconfig.json', '{ "extends": "./missing-base.json" }\n');
      const keyer = new ContentKeyer({ root: project.root, globalFiles: [], command: COMMAND, env: {} });
      expect(await keyer.keyOf('test/math.test.mjs')).toMatchObject({
        why: expect.stringMatching(/tsconfig/),
      });
    } finally {
      await project.remove();
    }
  });
});
