/**
 * The single table of places where Tessera's counts differ from an oracle's, each with its reason.
 *
 * - `deliberate`: Tessera differs on purpose. Either the file says something other than what the oracle
 *   counted (a reporter leaves tests out or counts parents as tests, an oracle counts root attributes or
 *   every repeated element), or Tessera's model decides otherwise (one test per id, repeats folded into
 *   attempts; strict, well-formed XML only).
 * - `known-bug`: a Tessera reader is wrong here and has not been fixed yet. The suite stays green on the
 *   current (wrong) value, so the entry must be removed with the fix: the case fails as stale once the
 *   reader agrees with the oracle.
 *
 * `expected` is what Tessera must give, in the oracle's terms (see `flaky`); the oracle's own expectation is
 * kept in the case, so the report shows both.
 */
import type { Expectation, FlakyConvention, OracleId } from './types.js';

/** One documented difference. */
export interface Difference {
  readonly source: OracleId;
  /** The case name, as the oracle loader gives it (usually the corpus-relative input). */
  readonly name: string;
  readonly kind: 'deliberate' | 'known-bug';
  readonly expected: Expectation;
  /** Overrides the oracle's flaky convention for this case. */
  readonly flaky?: FlakyConvention;
  readonly reason: string;
}

const ENRICOMI = 'publish-unit-test-result-action/python/test/files';
const JUNIT_PLUGIN = 'junit-plugin/src/test/resources/hudson/tasks/junit';

const FOLD_REASON =
  'Tessera folds cases with the same file, suite path and name into one test with several attempts ' +
  '(DESIGN.md: the same test id seen again in one run folds into attempts); ';

export const DIFFERENCES: readonly Difference[] = [
  {
    source: 'generated',
    name: 'generated/mocha/mocha-junit-reporter.xml',
    kind: 'deliberate',
    expected: { tests: 6, passed: 4, failed: 2, skipped: 0, flaky: 0 },
    reason:
      'mocha-junit-reporter leaves pending tests out unless includePending is set: the file has 6 <testcase>, ' +
      'the skipped test exists only in the root skipped="1" attribute, which names no test.',
  },
  {
    source: 'generated',
    name: 'generated/mocha/mocha-junit-reporter-jenkinsmode.xml',
    kind: 'deliberate',
    expected: { tests: 6, passed: 4, failed: 2, skipped: 0, flaky: 0 },
    reason: 'mocha-junit-reporter (jenkinsMode, the Cypress set-up) leaves pending tests out, as above.',
  },
  {
    source: 'generated',
    name: 'generated/gotestsum/gotestsum-junit.xml',
    kind: 'deliberate',
    expected: { tests: 9, passed: 5, failed: 3, skipped: 1, flaky: 0 },
    reason:
      'Go reports the parent tests TestCalculator and TestStrings as test cases beside their 7 subtests; ' +
      'the parent fails when a subtest fails. Tessera keeps them: they are real entries Go ran and timed.',
  },
  {
    source: 'generated',
    name: 'generated/gotestsum/gotestsum-junit-relative.xml',
    kind: 'deliberate',
    expected: { tests: 9, passed: 5, failed: 3, skipped: 1, flaky: 0 },
    reason: 'gotestsum with relative names: the Go parent tests are test cases, as above.',
  },
  {
    source: 'enricomi',
    name: `${ENRICOMI}/junit-xml/no-cases-but-tests.xml`,
    kind: 'deliberate',
    expected: { tests: 0, passed: 0, failed: 0, skipped: 0 },
    reason:
      'the file has no <testcase> at all, only tests="6" failures="1" skipped="2" on its suites. EnricoMi ' +
      'falls back to those attributes; Tessera counts named tests only, since an attribute names no test ' +
      'that history, retries or shard checks could follow.',
  },
  {
    source: 'enricomi',
    name: `${ENRICOMI}/junit-xml/no-cases-but-tests.junit-xml`,
    kind: 'deliberate',
    expected: { tests: 0, passed: 0, failed: 0, skipped: 0 },
    reason: "EnricoMi's rendering of the same file: suite attributes only, no <testcase>, as above.",
  },
  {
    source: 'enricomi',
    name: `${ENRICOMI}/trx/yami_YAMILEX_2015-10-24_04_18_59.trx`,
    kind: 'deliberate',
    expected: { tests: 25, passed: 2, failed: 3, skipped: 20 },
    reason:
      'EST_SEG_TEMPTest has outcome="Aborted" after running 4.6 s: it started and was cut off, so Tessera ' +
      'counts it failed (category crash, src/formats/trx/outcome.ts); EnricoMi counts it skipped.',
  },
  {
    source: 'mikepenz',
    name: 'action-junit-report/test_results/junit-web-test/expected.xml',
    kind: 'deliberate',
    expected: { error: true },
    reason:
      'the fixture is a test template: time="<<computed>>" puts a raw "<" in an attribute value, which is ' +
      'not well-formed XML (XML 1.0, AttValue). The streaming reader refuses it with a ParseError naming ' +
      'line 9, column 59, instead of guessing; mikepenz parses leniently.',
  },
  {
    source: 'mikepenz',
    name: 'action-junit-report/test_results/junit-web-test/expectedRetries.xml',
    kind: 'deliberate',
    expected: { error: true },
    reason: 'the same template fixture with time="<<computed>>": not well-formed XML, refused as above.',
  },
  {
    source: 'test-summary',
    name: 'test-summary-action/test/resources/junit/01-common.xml',
    kind: 'deliberate',
    expected: { tests: 6, passed: 5, failed: 1, skipped: 0 },
    reason:
      FOLD_REASON +
      'the two suites have no name (only id="testsuite1"/"testsuite2") and both hold "Test 1" and "Test 2", ' +
      'so 8 elements are 6 tests. test-summary counts every element.',
  },
  {
    source: 'test-summary',
    name: 'test-summary-action/test/resources/junit/02-example.xml',
    kind: 'deliberate',
    expected: { tests: 29, passed: 21, failed: 8, skipped: 0 },
    reason:
      FOLD_REASON +
      '"Arithmetic Division divides by zero" appears twice in suite Division, both failed: 30 elements, ' +
      '29 tests. test-summary counts every element.',
  },
  {
    source: 'test-summary',
    name: 'test-summary-action/test/resources/tap/03-bail-out.tap',
    kind: 'deliberate',
    expected: { tests: 2, passed: 0, failed: 2, skipped: 0 },
    reason:
      'after "not ok 1" the producer writes "Bail out! Couldn\'t connect to database." with 572 of 573 planned ' +
      'tests never run. The TAP reader adds a failed test named "Bail out!" (category crash) carrying the ' +
      'reason, so a cut-short run cannot look complete; test-summary keeps the reason beside the counts instead.',
  },
  {
    source: 'dorny',
    name: 'test-reporter/__tests__/fixtures/external/jest/jest-test-results.xml',
    kind: 'deliberate',
    expected: { tests: 4142, passed: 4110, failed: 2, skipped: 30 },
    reason:
      FOLD_REASON +
      "jest's own suite repeats 97 test names within a file (test.each rows with one title), so 4239 " +
      'elements are 4142 tests. dorny counts every element.',
  },
  {
    source: 'dorny',
    name: 'test-reporter/__tests__/fixtures/external/java/pulsar-test-report.xml',
    kind: 'deliberate',
    expected: { tests: 670, passed: 666, failed: 1, skipped: 3 },
    reason:
      FOLD_REASON +
      'TestNG writes one element per invocation (data-provider rows; a skipped invocation beside a later run): 808 ' +
      'elements are 670 tests; a test skipped once and passed once is a pass. dorny counts every element.',
  },
  {
    source: 'dorny',
    name: 'test-reporter/__tests__/fixtures/external/java/TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml',
    kind: 'deliberate',
    expected: { tests: 1, passed: 0, failed: 1, skipped: 0 },
    reason:
      FOLD_REASON +
      'testVersionStrings appears twice (skipped, then failed): one failed test. dorny counts two.',
  },
  {
    source: 'junit-plugin',
    name: `${JUNIT_PLUGIN}/{JENKINS-13214/27449.xml, JENKINS-13214/27540.xml, JENKINS-13214/29734.xml}`,
    kind: 'deliberate',
    expected: { tests: 1 },
    reason:
      FOLD_REASON +
      'the three files each hold the same nosetests case (same suite, class and name): one test with three ' +
      'passed attempts. Jenkins counts three.',
  },
  {
    source: 'junit-plugin',
    name: `${JUNIT_PLUGIN}/{JENKINS-12457/TestSuite_b.xml, JENKINS-12457/TestSuite_b_duplicate.xml, JENKINS-12457/TestSuite_b_nonduplicate.xml}`,
    kind: 'deliberate',
    expected: { tests: 2 },
    reason:
      FOLD_REASON +
      'TestFoo.bar is in two of the files, TestFoo.bar2 in the third: two tests. Jenkins counts three.',
  },
  {
    source: 'junit-plugin',
    name: `${JUNIT_PLUGIN}/{JENKINS-48583/TEST-com.sample.test.TestMessage.xml, JENKINS-48583/TEST-com.sample.test.TestMessage2.xml, JENKINS-48583/TESTS-TestSuites.xml, JENKINS-48583/TEST-com.sample.test.TestMessage.xml}`,
    kind: 'deliberate',
    expected: { tests: 3 },
    reason:
      FOLD_REASON +
      "Ant's per-class files, its TESTS-TestSuites.xml aggregate of the same 3 cases, and one file read twice: " +
      '3 tests. Jenkins counts every element it reads, 7.',
  },
];

const BY_KEY = new Map(DIFFERENCES.map((d) => [`${d.source}\u0000${d.name}`, d]));

/** The documented difference for a case, if any. */
export function differenceFor(source: OracleId, name: string): Difference | undefined {
  return BY_KEY.get(`${source}\u0000${name}`);
}
