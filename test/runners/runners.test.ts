/**
 * The real-runner matrix: for every runner × reporter, Tessera's counts equal the runner's own console
 * summary, or differ exactly by the documented, argued difference in matrix.ts. The stored files come from
 * the real runners (`npm run runners:regenerate`); no runner is needed here.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../src/formats/index.js';
import { FILE_FAILED_NAME } from '../../src/formats/jest-json/reader.js';
import { RUN_ERROR_NAME } from '../../src/formats/playwright-json/reader.js';
import type { TestCase } from '../../src/model/index.js';
import { mergeResults } from '../../src/report/merge.js';
import { evaluateCell, runnerPath, STORED_ROOT } from './evaluate.js';
import { MATRIX } from './matrix.js';

const OPTIONS = { maxBytes: 8 * 1024 * 1024, maxOutputChars: 1024, maxMessageChars: 1024, root: STORED_ROOT };

async function testsOf(...files: string[]): Promise<readonly TestCase[]> {
  const inputs = await Promise.all(
    files.map(async (f) => ({ source: f, results: await readResultFile(runnerPath(f), OPTIONS) })),
  );
  return mergeResults(inputs).tests;
}

function byName(tests: readonly TestCase[], name: string): TestCase {
  const found = tests.filter((t) => t.name === name);
  expect(
    found.map((t) => t.name),
    `one test named ${name}`,
  ).toEqual([name]);
  return found[0] as TestCase;
}

const SPECIAL_NAME = 'a "quoted" <tag> & ampersand # hash';

describe('real-runner matrix: Tessera counts as the runner does, or as documented', () => {
  it.each(MATRIX.map((cell) => [`${cell.runner} × ${cell.reporter}`, cell] as const))(
    '%s',
    async (_, cell) => {
      const result = await evaluateCell(cell);
      expect(result.mismatches, JSON.stringify({ runner: result.runner, tessera: result.tessera })).toEqual(
        [],
      );
      expect(result.summaries.every((s) => /\d/.test(s.version))).toBe(true);
      if (cell.difference !== undefined) expect(cell.difference.why.length).toBeGreaterThan(40);
    },
  );
});

describe('real-runner matrix: the outcomes behind the counts', () => {
  it("Jest 30 --json: the file that fails to load is a suite error beside the other files' tests", async () => {
    const tests = await testsOf('jest/jest-json.json');
    const suiteError = byName(tests, FILE_FAILED_NAME);
    expect(suiteError).toMatchObject({
      file: 'test/runners/suites/jest/fails-to-load.test.js',
      outcome: 'failed',
    });
    expect(suiteError.attempts[0]?.failure?.trace).toContain('this file fails to load');
    expect(byName(tests, 'a passing test in another file').outcome).toBe('passed');
    expect(byName(tests, 'passes on a retry').outcome).toBe('flaky');
  });

  it("Mocha's built-in json: hook failures are failed tests, retries are attempts, pending is skipped", async () => {
    const tests = await testsOf('mocha/mocha-json.json');
    expect(byName(tests, '"before each" hook for "first test under the failing hook"').outcome).toBe(
      'failed',
    );
    expect(byName(tests, 'passes on a retry').attempts.map((a) => a.status)).toEqual(['failed', 'passed']);
    expect(byName(tests, 'fails on every retry').attempts.map((a) => a.status)).toEqual(['failed', 'failed']);
    expect(byName(tests, 'is pending (no body)').outcome).toBe('skipped');
    expect(byName(tests, 'times out').attempts[0]?.failure?.category).toBe('timeout');
  });

  it.each(['node-test/node-test-junit.xml', 'node-test/node-test.tap'])(
    'node:test %s: a todo whose body fails is skipped; cancelled subtests and hook victims fail',
    async (file) => {
      const tests = await testsOf(file);
      expect(byName(tests, 'is a todo whose body fails').outcome).toBe('skipped');
      expect(byName(tests, 'is a todo').outcome).toBe('skipped');
      expect(byName(tests, 'subtest cancelled by its parent').outcome).toBe('failed');
      expect(byName(tests, 'first test under the failing hook').outcome).toBe('failed');
      expect(byName(tests, 'second test under the failing hook').outcome).toBe('failed');
      // Parents of subtests are suites, not tests.
      expect(tests.some((t) => t.name === 'a parent whose subtests pass and fail')).toBe(false);
      expect(byName(tests, 'leaf that is skipped').outcome).toBe('skipped');
    },
  );

  it('node-tap: only leaves are tests; SKIP and TODO points are skipped; no `# time=` in any name', async () => {
    const tests = await testsOf('node-tap/node-tap.tap');
    expect(
      tests.every((t) => ![...t.suite, t.name].some((part) => part.includes('# time='))),
      'names',
    ).toBe(true);
    expect(byName(tests, 'is a todo').outcome).toBe('skipped');
    expect(byName(tests, 'is a todo whose body fails').outcome).toBe('skipped');
    expect(byName(tests, 'a skipped bare assertion').outcome).toBe('skipped');
    const quoted = tests.find((t) => t.suite.includes(SPECIAL_NAME));
    expect(quoted?.outcome).toBe('passed');
  });

  it('tape: the SKIP and TODO directives win over the footer that counts them as passes', async () => {
    const tests = await testsOf('tape/tape.tap');
    expect(byName(tests, 'a skipped assertion').outcome).toBe('skipped');
    expect(byName(tests, 'a todo assertion that passes').outcome).toBe('skipped');
    expect(byName(tests, 'todo failed').outcome).toBe('skipped');
  });

  it('Playwright: a file that fails to load, which stops every test, is a failed test in that file', async () => {
    const tests = await testsOf('playwright/playwright-load-error.json');
    expect(tests.map((t) => [t.file, t.name, t.outcome])).toEqual([
      ['test/runners/suites/playwright-load-error/fails-to-load.spec.mjs', RUN_ERROR_NAME, 'failed'],
    ]);
    expect(tests[0]?.attempts[0]?.failure?.message).toContain('this file fails to load');
  });

  it('jest-trx-results-processor: the UnitTestResult with neither testName nor outcome is not a test', async () => {
    const results = await readResultFile(runnerPath('jest/jest.trx'), OPTIONS);
    expect(results.tests.some((t) => /^[0-9a-f-]{36}$/.test(t.name))).toBe(false);
    expect(results.warnings.some((w) => w.includes('neither testName nor outcome'))).toBe(true);
    expect(byName(results.tests, 'fails-to-load.test.js').outcome).toBe('failed');
  });

  it('pytest -k shards: a module skipped or failing at collection is one test, with the ids of the unsharded run', async () => {
    const sharded = await testsOf('pytest/pytest-shard-1.xml', 'pytest/pytest-shard-2.xml');
    const whole = await testsOf('pytest/pytest-xunit1.xml');
    expect(sharded.map((t) => t.id).sort()).toEqual(whole.map((t) => t.id).sort());
    const skippedModule = byName(sharded, 'tests.test_optional_module');
    expect(skippedModule.outcome).toBe('skipped');
    expect(skippedModule.suite).toEqual([]);
    expect(byName(sharded, 'tests.test_fails_to_load').outcome).toBe('failed');
  });

  it('pytest: a teardown error after a passing body is one failed test; xfail skipped, xpass passed, strict xpass failed', async () => {
    for (const file of ['pytest/pytest-xunit1.xml', 'pytest/pytest-xunit2.xml']) {
      const tests = await testsOf(file);
      const teardown = byName(tests, 'test_teardown_error_after_a_passing_body');
      expect(
        teardown.attempts.map((a) => a.status),
        file,
      ).toEqual(['failed']);
      expect(byName(tests, 'test_xfail').outcome).toBe('skipped');
      expect(byName(tests, 'test_xpass_non_strict').outcome).toBe('passed');
      expect(byName(tests, 'test_xpass_strict').outcome).toBe('failed');
      expect(byName(tests, 'test_setup_error').outcome).toBe('failed');
    }
  });

  it.each([
    'vitest/vitest-json.json',
    'vitest/vitest-junit.xml',
    'jest/jest-json.json',
    'mocha/mocha-json.json',
    'mocha/mocha-xunit.xml',
    'node-test/node-test.tap',
    'playwright/playwright-shard-2.json',
    'playwright/playwright-shard-2.xml',
    'playwright/playwright-ctrf-shard-2.json',
    'tape/tape.tap',
  ])('%s keeps a name with quotes, <, &, # exactly', async (file) => {
    const tests = await testsOf(file);
    // Reporters that fold the describe path into the name still end with it.
    expect(tests.some((t) => t.name === SPECIAL_NAME || t.name.endsWith(` ${SPECIAL_NAME}`))).toBe(true);
    // tape has no describe blocks: the unicode is in the suite path (or the folded name) of the others.
    const unicode = tests.some((t) => [...t.suite, t.name].join(' ').includes('é✓ 日本'));
    expect(unicode).toBe(!file.startsWith('tape/'));
  });

  it('every stored console names the runner, its version, the command and the exit code', async () => {
    for (const cell of MATRIX)
      for (const c of cell.consoles) {
        const head = (await readFile(runnerPath(c), 'utf8')).split('\n').slice(0, 3);
        expect(head[0], c).toMatch(/^# \S+ v?\d+\.\d+\.\d+/);
        expect(head[1], c).toMatch(/^# command: /);
        expect(head[2], c).toMatch(/^# exit code: \d+/);
      }
  });
});
