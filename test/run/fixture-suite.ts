/**
 * A tiny real node:test suite written into a temporary folder, for tests that run commands for real.
 * `flaky.test.mjs` fails when TESSERA_TRY is 1 and passes on any retry, so retries are deterministic.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test files by name; the body is node:test code. */
export const SUITE_FILES: Readonly<Record<string, string>> = {
  'test/alpha.test.mjs': `import { test } from 'node:test';
test('alpha adds', () => { if (1 + 1 !== 2) throw new Error('math'); });
test('alpha concatenates', () => {});
`,
  'test/beta.test.mjs': `import { test } from 'node:test';
test('beta passes', () => {});
`,
  'test/flaky.test.mjs': `import { test } from 'node:test';
import assert from 'node:assert/strict';
test('flaky on the first try', () => { assert.notEqual(process.env.TESSERA_TRY, '1'); });
test('steady', () => {});
`,
  'test/gamma.test.mjs': `import { test } from 'node:test';
test('gamma passes', () => {});
`,
};

/** A file whose test always fails. */
export const FAILING_FILE = `import { test } from 'node:test';
import assert from 'node:assert/strict';
test('always fails', () => { assert.equal(2 + 2, 5); });
`;

/** Writes the suite (plus `extra` files) into a fresh temporary folder and returns its path. */
export async function writeSuite(extra: Readonly<Record<string, string>> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tessera-suite-'));
  for (const [path, body] of Object.entries({ ...SUITE_FILES, ...extra })) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), body);
  }
  return root;
}

/** node:test, one process per file, JUnit into the invocation's results folder. */
export const PER_FILE_COMMAND = [
  process.execPath,
  '--test',
  '--test-reporter=junit',
  '--test-reporter-destination={results}/junit.xml',
  '{file}',
];
