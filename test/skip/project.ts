/**
 * A small JS/TS project on disk for the skip tests: shared modules, a cycle, a tsconfig path alias, a
 * `.js` specifier naming a `.ts` file, a non-literal dynamic import and a lockfile.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const PROJECT_FILES: Readonly<Record<string, string>> = {
  'package-lock.json': '{"lockfileVersion":3}\n',
  'tsconfig.json':
    '{\n  // JSONC: comments and trailing commas, as tsc allows\n  "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["lib/*"] }, },\n}\n',
  'src/math.mjs':
    "import { log } from './log.mjs';\nexport const add = (a, b) => { log('add'); return a + b; };\n",
  // log.mjs and math.mjs import each other: a cycle.
  'src/log.mjs':
    "import { add } from './math.mjs';\nexport const log = (m) => void m;\nexport const twice = (a) => add(a, a);\n",
  'src/strings.ts': 'export const upper = (s: string): string => s.toUpperCase();\n',
  'src/index.mjs': "export * from './math.mjs';\n",
  'lib/util.ts': 'export const id = <T,>(x: T): T => x;\n',
  'README.md': '# a project\n',
  'test/math.test.mjs':
    "import { add } from '../src/math.mjs';\nimport assert from 'node:assert';\nassert.equal(add(1, 2), 3);\n",
  'test/barrel.test.mjs': "import { add } from '../src/index.mjs';\nvoid add;\n",
  'test/strings.test.ts':
    "import { upper } from '../src/strings.js';\nimport { id } from '@lib/util';\nimport { describe } from 'vitest';\nvoid upper; void id; void describe;\n",
  'test/plugins.test.mjs': "const name = process.env.PLUGIN ?? 'a';\nawait import(`../src/${name}.mjs`);\n",
  'test/required.test.cjs': "const { upper } = require('../src/strings.ts');\nvoid upper;\n",
};

export const TEST_FILES = Object.keys(PROJECT_FILES).filter((f) => f.startsWith('test/'));

/** Writes the project into a new temporary folder; returns it and a remover. */
export async function writeProject(): Promise<{
  root: string;
  write: (file: string, text: string) => Promise<void>;
  remove: () => Promise<void>;
}> {
  const root = await mkdtemp(join(tmpdir(), 'tessera-skip-'));
  const write = async (file: string, text: string): Promise<void> => {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  };
  for (const [file, text] of Object.entries(PROJECT_FILES)) await write(file, text);
  return { root, write, remove: () => rm(root, { recursive: true, force: true }) };
}
