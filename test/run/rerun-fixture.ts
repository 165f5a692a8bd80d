/**
 * The suite of the re-run tests (issue 21): five node:test files, one of which fails while a `FAIL` marker
 * file exists in the suite's folder, run by a shell command that appends each file it runs to `calls.log`,
 * so a test can count the command's invocations.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSuite } from './fixture-suite.js';

/** The file that fails while `FAIL` exists. */
export const BROKEN = 'test/broken.test.mjs';

const BROKEN_FILE = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
test('lists the price', () => {});
test('applies the discount', () => { assert.ok(!existsSync('FAIL'), 'the price service is down'); });
`;

/** One process per file; each invocation appends its file to calls.log first. */
export const COUNTING_COMMAND = [
  `echo {file} >> calls.log && ${JSON.stringify(process.execPath)} --test --test-reporter=junit --test-reporter-destination={results}/junit.xml {file}`,
];

/**
 * The same without a shell (for the CI entries, which refuse shell operators): `count.mjs` appends the file
 * to calls.log and runs node:test on it.
 */
export const COUNTING_SCRIPT_COMMAND = 'node count.mjs {results} {file}';

const COUNT_SCRIPT = `import { appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
const [results, file] = process.argv.slice(2);
appendFileSync('calls.log', file + '\\n');
const args = ['--test', '--test-reporter=junit', '--test-reporter-destination=' + results + '/junit.xml', file];
process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);
`;

/**
 * Five files: the fixture suite with its flaky file made steady (one failing file, not two), and
 * {@link BROKEN}, failing from the start (`FAIL` is written).
 */
export async function writeRerunSuite(): Promise<string> {
  return writeSuite({
    'test/flaky.test.mjs': `import { test } from 'node:test';\ntest('steady', () => {});\n`,
    [BROKEN]: BROKEN_FILE,
    FAIL: 'the price service is down\n',
    'count.mjs': COUNT_SCRIPT,
  });
}

/** The files the command ran, in order, since calls.log was last emptied. */
export async function calls(cwd: string): Promise<string[]> {
  const text = await readFile(join(cwd, 'calls.log'), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line.trim() !== '');
}
