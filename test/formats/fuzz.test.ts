/**
 * Property: real corpus files, broken in the ways files really break (cut short, bytes lost or doubled,
 * stray markup, NUL, flipped bytes), read through `readResults` exactly as `report` reads them, either give
 * well-formed results or a ParseError: never another exception, never a hang (the test timeout catches a
 * hang). Seeds are fixed so a failure replays; run counts are modest so the suite stays fast.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bufferInput, readResults } from '../../src/formats/index.js';
import { READERS } from '../../src/formats/registry.js';
import { corpusFile } from '../support/corpus.js';
import { fuzzFiles } from '../support/fuzz.js';

const fuzz = (files: readonly string[], runs: number, seed: number) =>
  fuzzFiles(files.map(corpusFile), runs, seed);

const OPTIONS = { maxBytes: 4 * 1024 * 1024, maxOutputChars: 2048, maxMessageChars: 2048 };

const JUNIT_FILES = [
  'generated/jest/jest-junit.xml',
  'generated/vitest/vitest-junit.xml',
  'generated/pytest/pytest-xunit1-logging-all.xml',
  'generated/phpunit/phpunit-junit.xml',
  'junit-plugin/src/test/resources/hudson/tasks/junit/gh-237/TEST-io.olamy.FlakyTest.xml',
  'junit-plugin/src/test/resources/hudson/tasks/junit/JENKINS-48583/TESTS-TestSuites.xml',
  'publish-unit-test-result-action/python/test/files/junit-xml/testsuite-in-testsuite.xml',
  'publish-unit-test-result-action/python/test/files/junit-xml/with-xml-entities.xml',
  'publish-unit-test-result-action/python/test/files/junit-xml/bazel/suite-logs.xml',
  'action-junit-report/test_results/junit_flaky_failure/mixed_flaky_and_passed.xml',
];

/** Other formats, fuzzed only when their reader is registered. */
const OTHER_FILES: readonly (readonly [format: string, file: string])[] = [
  ['ctrf', 'ctrf/examples/with-retries.json'],
  ['ctrf', 'generated/jest/jest-ctrf.json'],
  ['trx', 'test-reporter/__tests__/fixtures/dotnet-xunitv3.trx'],
  ['tap', 'generated/node-test/node-test.tap'],
  ['tap', 'test-summary-action/test/resources/tap/01-common.tap'],
  ['playwright-json', 'generated/playwright/playwright-json.json'],
  ['jest-json', 'generated/jest/jest-json.json'],
];

describe('fuzzed corpus files read cleanly or fail with a ParseError', () => {
  it('JUnit XML', () => fuzz(JUNIT_FILES, 300, 20261121), 20_000);

  const registered = new Set(READERS.map((r) => r.format));
  const others = OTHER_FILES.filter(([format]) => registered.has(format as never)).map(([, file]) => file);
  it.runIf(others.length > 0)(
    `other registered formats (${others.length} files)`,
    () => fuzz(others, 200, 1121),
    20_000,
  );

  it('the unmutated files all read (the property is not passing on errors alone)', async () => {
    for (const file of JUNIT_FILES) {
      const results = await readResults(bufferInput(file, readFileSync(corpusFile(file))), OPTIONS);
      expect(results.tests.length, file).toBeGreaterThan(0);
    }
  });
});
