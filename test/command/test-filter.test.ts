/**
 * `{tests}` (issue 21): failed test names become one anchored pattern in the runner's regex syntax (or
 * pytest node ids), every hostile name stays one literal alternative, the shell gets the pattern as one
 * word, and a filter over the bound is not built.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildCommandLine } from '../../src/command/command-line.js';
import {
  filterSyntaxOf,
  MAX_TEST_FILTER_CHARS,
  runnerTitle,
  testFilterWords,
} from '../../src/command/test-filter.js';

const HOSTILE = [
  'costs $(rm -rf ~) and `id`',
  "it's a (group) [class] {1,2} a|b ^$ .* +? \\d /slash/",
  'line one\nline two\ttab',
  'émoji 🎉 ünïcode',
  '-t --grep',
];

const t = (name: string, suite: string[] = [], file = 'test/a.test.js') => ({ file, suite, name });

describe('testFilterWords', () => {
  it('matches exactly the failed titles, hostile ones included, and nothing longer or shorter', () => {
    const [pattern] =
      testFilterWords(
        HOSTILE.map((n) => t(n)),
        'jest',
      ) ?? [];
    expect(pattern).toBeDefined();
    const re = new RegExp(pattern as string);
    for (const name of HOSTILE) expect(re.test(name), name).toBe(true);
    // Jest matches the full title (describe names first): a suite prefix still matches.
    expect(re.test(`outer ${HOSTILE[0]}`)).toBe(true);
    expect(re.test(`${HOSTILE[0]} too`)).toBe(false);
    expect(re.test('costs')).toBe(false);
    expect(re.test('xcosts $(rm -rf ~) and `id`')).toBe(false);
    // Printable ASCII only: the pattern is one plain argument on any platform.
    expect(pattern).toMatch(/^[\x20-\x7e]+$/);
  });

  it('joins suite and name as each runner titles a test', () => {
    expect(runnerTitle(t('passes', ['outcomes']), 'jest')).toBe('outcomes passes');
    // mocha-junit-reporter writes the full title as the name already.
    expect(runnerTitle(t('outcomes passes', ['outcomes']), 'mocha')).toBe('outcomes passes');
    // Vitest's JUnit writes `describe > test`; its -t matches the names joined by spaces.
    expect(runnerTitle(t('outcomes > passes'), 'vitest')).toBe('outcomes passes');
    const [pw] = testFilterWords([t('logs in', ['auth'])], 'playwright') ?? [];
    expect(new RegExp(pw as string).test('chromium auth.spec.ts auth logs in @smoke')).toBe(true);
  });

  it('go: RE2 metacharacters escaped, subtests filtered by their top-level test', () => {
    expect(testFilterWords([t('TestParse/empty_input'), t('TestA.b+c')], 'go')).toEqual([
      '^(?:TestParse|TestA\\.b\\+c)$',
    ]);
  });

  it('pytest: node ids, one word each, the class path from the suite', () => {
    expect(
      testFilterWords(
        [t('test_x[a-b]', [], 'tests/test_m.py'), t('test_y', ['tests.test_m.TestY'], 'tests/test_m.py')],
        'pytest',
      ),
    ).toEqual(['tests/test_m.py::test_x[a-b]', 'tests/test_m.py::TestY::test_y']);
  });

  it('matches every test when there is nothing to name, and refuses a filter over the bound', () => {
    expect(testFilterWords([], 'vitest')).toEqual(['.*']);
    expect(testFilterWords([], 'pytest')).toEqual([]);
    const many = Array.from({ length: 2_000 }, (_, i) => t(`a rather long test name number ${i}`));
    expect(testFilterWords(many, 'jest')).toBeUndefined();
    expect(testFilterWords(many.slice(0, 10), 'jest', MAX_TEST_FILTER_CHARS)).toBeDefined();
  });

  it('knows the runner from the command', () => {
    expect(filterSyntaxOf(['npx', 'vitest', 'run', '-t', '{tests}'])).toBe('vitest');
    expect(filterSyntaxOf(['go test -run {tests} ./...'])).toBe('go');
    expect(filterSyntaxOf(['python', '-m', 'pytest', '{tests}'])).toBe('pytest');
    expect(filterSyntaxOf(['node_modules/.bin/mocha', '--grep', '{tests}'])).toBe('mocha');
    expect(filterSyntaxOf(['npx', 'playwright', 'test', '--grep', '{tests}'])).toBe('playwright');
  });
});

describe('{tests} in the command line', () => {
  it('reaches the program as one argument, whatever the names hold', () => {
    const words =
      testFilterWords(
        HOSTILE.map((n) => t(n)),
        'jest',
      ) ?? [];
    for (const command of [
      [
        process.execPath,
        '-e',
        'process.stdout.write(JSON.stringify(process.argv.slice(1)))',
        '--',
        '-t',
        '{tests}',
      ],
      [
        `${JSON.stringify(process.execPath)} -e 'process.stdout.write(JSON.stringify(process.argv.slice(1)))' -- -t {tests}`,
      ],
    ]) {
      const line = buildCommandLine(command, [], '/tmp/r', undefined, words);
      const argv = JSON.parse(execFileSync('/bin/sh', ['-c', line], { encoding: 'utf8' })) as string[];
      expect(argv).toEqual(['-t', words[0]]);
    }
  });

  it("keeps $' and $& in a value as they are (no replacement patterns)", () => {
    const line = buildCommandLine(['run --grep={tests} {files}'], ['a.js'], '/r', undefined, ["^a$'b$&"]);
    expect(line).toBe(`run --grep="^a\\$'b\\$&" a.js`);
  });

  it('defaults to a pattern that matches every test, and to no words for pytest', () => {
    expect(buildCommandLine(['npx', 'jest', '-t', '{tests}', '{files}'], ['a.test.js'], '/r')).toBe(
      'npx jest -t .\\* -- a.test.js',
    );
    expect(buildCommandLine(['pytest', '{tests}', '{files}'], ['t/a.py'], '/r')).toBe('pytest  -- t/a.py');
  });
});
