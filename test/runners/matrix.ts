/**
 * The real-runner matrix: one cell per runner × reporter, read from the files that
 * scripts/regenerate-runners.mjs stored under test/corpus/runners/. Each cell says which report files make
 * one run, which console summaries hold the runner's own counts, and, where Tessera counts differently, by
 * how much and why. A difference is a claim the tests check exactly: Tessera's counts equal the runner's
 * plus the difference, cell by cell.
 */
import type { RunnerId } from './console-summary.js';

/** Tessera's counts minus the runner's, per category; absent means equal. */
export interface CountDelta {
  readonly tests?: number;
  readonly passed?: number;
  readonly failed?: number;
  readonly skipped?: number;
  readonly flaky?: number;
}

/** A documented, argued difference between the runner's summary and Tessera's counts. */
export interface Difference {
  readonly delta: CountDelta;
  readonly why: string;
}

export interface MatrixCell {
  readonly runner: RunnerId;
  /** The reporter and its options, as the table names it. */
  readonly reporter: string;
  /** Report files of one run under test/corpus/runners/ (the shards of a sharded run), merged as `report` does. */
  readonly files: readonly string[];
  /** Console files whose summaries add up to the run's counts (one per shard, or one for the run). */
  readonly consoles: readonly string[];
  readonly difference?: Difference;
  /** What the table should say beside an equal cell that is still worth knowing. */
  readonly note?: string;
}

// Differences that several cells share, each argued once.
const LOAD_FAILURE =
  'the test file that fails to load is one failed test in Tessera (a file that never ran must not leave ' +
  'the run green); the runner counts it among its test files, not its tests';

const VITEST_SUITES =
  "Vitest's JUnit reporter writes each failed suite as a testcase: the file that fails to load and the " +
  'describe blocks whose beforeAll and afterAll threw, which Vitest counts as Failed Suites, not Tests';

const JEST_JUNIT_TODO =
  'jest-junit writes a todo as a plain testcase with no <skipped>, so it can only read as passed';

const NODE_TEST_PARENTS =
  'node:test counts the two tests that have subtests as tests of their own (both fail with their ' +
  'subtests); Tessera counts only leaves, the subtests, as TAP 14 intends';

const PYTEST_TEARDOWN =
  'pytest counts the test whose teardown errored after a passing body twice, as passed and as an error; ' +
  'Tessera counts it once, failed';

export const MATRIX: readonly MatrixCell[] = [
  {
    runner: 'vitest',
    reporter: 'json',
    files: ['vitest/vitest-json.json'],
    consoles: ['vitest/console.txt'],
    difference: { delta: { tests: 1, failed: 1 }, why: LOAD_FAILURE },
  },
  {
    runner: 'vitest',
    reporter: 'junit',
    files: ['vitest/vitest-junit.xml'],
    consoles: ['vitest/console.txt'],
    difference: { delta: { tests: 3, failed: 3 }, why: VITEST_SUITES },
  },
  {
    runner: 'vitest',
    reporter: '@d2t/vitest-ctrf-json-reporter (CTRF)',
    files: ['vitest/vitest-ctrf.json'],
    consoles: ['vitest/console.txt'],
  },
  {
    runner: 'jest',
    reporter: '--json',
    files: ['jest/jest-json.json'],
    consoles: ['jest/console.txt'],
    difference: { delta: { tests: 1, failed: 1 }, why: LOAD_FAILURE },
  },
  {
    runner: 'jest',
    reporter: 'jest-junit (defaults)',
    files: ['jest/jest-junit-default.xml'],
    consoles: ['jest/console.txt'],
    difference: {
      delta: { passed: 1, skipped: -1 },
      why: `${JEST_JUNIT_TODO}; by default it writes nothing for the file that fails to load`,
    },
  },
  {
    runner: 'jest',
    reporter: 'jest-junit (classname {filepath}, addFileAttribute, reportTestSuiteErrors)',
    files: ['jest/jest-junit-file-classname.xml'],
    consoles: ['jest/console.txt'],
    difference: {
      delta: { tests: 1, passed: 1, failed: 1, skipped: -1 },
      why: `${JEST_JUNIT_TODO}; reportTestSuiteErrors writes the file that fails to load, which Tessera counts as one failed test`,
    },
  },
  {
    runner: 'jest',
    reporter: 'jest-junit (suiteName {filepath}, titleTemplate, ancestorSeparator)',
    files: ['jest/jest-junit-suite-per-file.xml'],
    consoles: ['jest/console.txt'],
    difference: {
      delta: { tests: 2, passed: 1, failed: 2, skipped: -1 },
      why:
        `${JEST_JUNIT_TODO}; with a titleTemplate it writes the file that fails to load as two testcases ` +
        "(titled ' › undefined' and 'Test execution failure …'), which nothing tells apart from tests",
    },
  },
  {
    runner: 'jest',
    reporter: 'jest-ctrf-json-reporter (CTRF)',
    files: ['jest/jest-ctrf.json'],
    consoles: ['jest/console.txt'],
  },
  {
    runner: 'jest',
    reporter: 'jest-trx-results-processor (TRX)',
    files: ['jest/jest.trx'],
    consoles: ['jest/console.txt'],
    difference: { delta: { tests: 1, failed: 1 }, why: LOAD_FAILURE },
  },
  {
    runner: 'mocha',
    reporter: 'json (built-in)',
    files: ['mocha/mocha-json.json'],
    consoles: ['mocha/console.txt'],
  },
  {
    runner: 'mocha',
    reporter: 'xunit (built-in)',
    files: ['mocha/mocha-xunit.xml'],
    consoles: ['mocha/console.txt'],
  },
  {
    runner: 'mocha',
    reporter: 'mocha-junit-reporter',
    files: ['mocha/mocha-junit-reporter.xml'],
    consoles: ['mocha/console-11.txt'],
    difference: {
      delta: { tests: -3, skipped: -3 },
      why: 'mocha-junit-reporter leaves pending tests out of its file unless its includePending option is set',
    },
  },
  {
    runner: 'mocha',
    reporter: 'mocha-ctrf-json-reporter (CTRF)',
    files: ['mocha/mocha-ctrf.json'],
    consoles: ['mocha/console-11.txt'],
  },
  {
    runner: 'mocha',
    reporter: 'mocha-trx-reporter (TRX)',
    files: ['mocha/mocha.trx'],
    consoles: ['mocha/console-11.txt'],
  },
  {
    runner: 'node-test',
    reporter: 'junit',
    files: ['node-test/node-test-junit.xml'],
    consoles: ['node-test/console.txt'],
    difference: { delta: { tests: -2, failed: -2 }, why: NODE_TEST_PARENTS },
  },
  {
    runner: 'node-test',
    reporter: 'tap',
    files: ['node-test/node-test.tap'],
    consoles: ['node-test/console.txt'],
    difference: {
      delta: { tests: -1, failed: -1 },
      why:
        `${NODE_TEST_PARENTS}; the describe block whose after hook threw is one failed test more (a suite ` +
        'error), which node:test counts on the suite only and its JUnit reporter does not write',
    },
  },
  {
    runner: 'node-tap',
    reporter: 'tap (TAP 14 stream)',
    files: ['node-tap/node-tap.tap'],
    consoles: ['node-tap/console.txt'],
    difference: {
      delta: { tests: -2, passed: -1, failed: -1 },
      why:
        'node-tap counts the two subtests whose names hold a `#` (one passed, one failed) once more, as ' +
        'assertions of their own beside their children; its terse output lists the failed one twice. ' +
        'Tessera counts the leaves of the stream',
    },
  },
  {
    runner: 'tape',
    reporter: 'tap (its only output)',
    files: ['tape/tape.tap'],
    consoles: ['tape/console.txt'],
    difference: {
      delta: { passed: -3, skipped: 3 },
      why: "tape's footer counts SKIP and TODO points as passes; the directives win: they are skipped",
    },
  },
  {
    runner: 'playwright',
    reporter: 'json, --shard 1/2 + 2/2',
    files: ['playwright/playwright-shard-1.json', 'playwright/playwright-shard-2.json'],
    consoles: ['playwright/console-shard-1.txt', 'playwright/console-shard-2.txt'],
  },
  {
    runner: 'playwright',
    reporter: 'junit, --shard 1/2 + 2/2',
    files: ['playwright/playwright-shard-1.xml', 'playwright/playwright-shard-2.xml'],
    consoles: ['playwright/console-shard-1.txt', 'playwright/console-shard-2.txt'],
    difference: {
      delta: { flaky: -1 },
      why: "Playwright's JUnit reporter writes only a test's last result: the flaky test reads as passed",
    },
  },
  {
    runner: 'playwright',
    reporter: 'playwright-ctrf-json-reporter (CTRF), --shard 1/2 + 2/2',
    files: ['playwright/playwright-ctrf-shard-1.json', 'playwright/playwright-ctrf-shard-2.json'],
    consoles: ['playwright/console-shard-1.txt', 'playwright/console-shard-2.txt'],
    difference: {
      delta: { passed: 1, failed: -1 },
      why:
        "playwright-ctrf-json-reporter writes a result's own status, not the test's outcome: the test.fail() " +
        'test that passes (an unexpected pass, which Playwright fails) reads as passed',
    },
  },
  {
    runner: 'playwright',
    reporter: 'json, a file that fails to load',
    files: ['playwright/playwright-load-error.json'],
    consoles: ['playwright/console-load-error.txt'],
    difference: {
      delta: { tests: 1, failed: 1 },
      why:
        'Playwright runs no test at all when a test file fails to load, and prints no count; its JSON report ' +
        'holds the error outside any test, which Tessera counts as one failed test in that file',
    },
  },
  {
    runner: 'playwright',
    reporter: 'junit, a file that fails to load',
    files: ['playwright/playwright-load-error.xml'],
    consoles: ['playwright/console-load-error.txt'],
    note:
      "Playwright's JUnit reporter writes an empty <testsuites> for this run: nothing tells a reader it " +
      'failed; use the JSON reporter (or the exit code) where files may fail to load',
  },
  {
    runner: 'pytest',
    reporter: '--junitxml (xunit1)',
    files: ['pytest/pytest-xunit1.xml'],
    consoles: ['pytest/console.txt'],
    difference: { delta: { tests: -1, passed: -1 }, why: PYTEST_TEARDOWN },
  },
  {
    runner: 'pytest',
    reporter: '--junitxml (xunit2)',
    files: ['pytest/pytest-xunit2.xml'],
    consoles: ['pytest/console-xunit2.txt'],
    difference: { delta: { tests: -1, passed: -1 }, why: PYTEST_TEARDOWN },
  },
  {
    runner: 'pytest',
    reporter: '--junitxml, two -k shards merged (compared with the unsharded run)',
    files: ['pytest/pytest-shard-1.xml', 'pytest/pytest-shard-2.xml'],
    // The shards' own summaries each count the module skipped at collection and the module that fails to
    // load (pytest reports both in every shard): the unsharded run is the runner's count of the same tests.
    consoles: ['pytest/console.txt'],
    difference: { delta: { tests: -1, passed: -1 }, why: PYTEST_TEARDOWN },
  },
];
