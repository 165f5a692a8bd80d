/**
 * Property: real corpus files, broken in the ways files really break (cut short, bytes lost or doubled,
 * stray markup, NUL, flipped bytes), read through `readResults` exactly as `report` reads them, either give
 * well-formed results or a ParseError: never another exception, never a hang (the test timeout catches a
 * hang). Seeds are fixed so a failure replays; run counts are modest so the suite stays fast.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bufferInput, readResults } from '../../src/formats/index.js';
import { READERS } from '../../src/formats/registry.js';
import { outcomeOf, ParseError } from '../../src/model/index.js';
import { corpusFile } from '../support/corpus.js';

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

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'flip'; at: number; byte: number };

const INSERTIONS = [
  '<',
  '>',
  '&',
  '&amp',
  '&xxe;',
  '\u0000',
  '"',
  ']]>',
  '<![CDATA[',
  '<testcase>',
  '</testsuite>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '{',
  '}',
  '\uD800',
  'not ok 1\n',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTIONS) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);

function apply(bytes: Buffer, m: Mutation): Buffer {
  const at = m.at % (bytes.length + 1);
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'splice':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    case 'duplicate':
      return Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text), bytes.subarray(at)]);
    case 'flip': {
      const copy = Buffer.from(bytes);
      if (at < copy.length) copy[at] = m.byte;
      return copy;
    }
  }
}

/** Reads a broken file; anything but results that hold together or a ParseError fails the property. */
async function readsOrFailsCleanly(bytes: Buffer): Promise<void> {
  let results;
  try {
    results = await readResults(bufferInput('fuzzed', bytes), OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).file).toBe('fuzzed');
    return;
  }
  for (const test of results.tests) {
    expect(test.id).toMatch(/^[0-9a-f]{16}$/);
    expect(test.attempts.length).toBeGreaterThan(0);
    expect(test.outcome).toBe(outcomeOf(test.attempts));
    expect(Number.isFinite(test.durationMs) && test.durationMs >= 0).toBe(true);
  }
}

function fuzz(files: readonly string[], runs: number, seed: number): Promise<void> {
  const contents = files.map((f) => readFileSync(corpusFile(f)));
  return fc.assert(
    fc.asyncProperty(
      fc.nat({ max: contents.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      async (index, mutations) => {
        await readsOrFailsCleanly(mutations.reduce(apply, contents[index] as Buffer));
      },
    ),
    { seed, numRuns: runs },
  );
}

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
