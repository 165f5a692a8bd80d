/**
 * jenkinsci/junit-plugin: Jenkins' own parser corpus. The expected counts live in its Java tests, which are
 * not in the corpus; the counts (only) are transcribed here as data from
 * src/test/java/hudson/tasks/junit/TestResultTest.java and SuiteResultTest.java at commit
 * 002534a5f33ed02cfe22b53ae0c32fc0b88b7d00 (the stored version; the corpus is at c64aedde). Only tests that
 * assert a total or a failure count over whole files are used; several files read together are one run.
 *
 * Jenkins has no flaky outcome: a test that passed in one file and failed in another counts as a failure.
 */
import type { ConformanceCase, ExpectedCounts } from '../types.js';
import { corpusFile } from '../../support/corpus.js';
import type { Oracle } from './oracle.js';

const ROOT = 'junit-plugin/src/test/resources/hudson/tasks/junit';

interface Row {
  readonly files: readonly string[];
  readonly expected: ExpectedCounts;
  /** The upstream test method that asserts the counts. */
  readonly upstream: string;
}

const ROWS: readonly Row[] = [
  {
    files: ['junit-report-6700.xml'],
    expected: { tests: 1, failed: 1 },
    upstream:
      'SuiteResultTest.testErrorInTestInitialization (JENKINS-6700: an error in set-up, no <testcase>)',
  },
  {
    files: ['junit-report-nested-testsuites.xml'],
    expected: { tests: 3 },
    upstream: 'SuiteResultTest.testParseNestedTestSuites (JENKINS-6545)',
  },
  {
    files: ['junit-report-time-aggregation.xml'],
    expected: { tests: 3 },
    upstream: 'TestResultTest.testMergeWithTime (JENKINS-37598)',
  },
  {
    files: ['junit-report-time-aggregation2.xml'],
    expected: { tests: 3 },
    upstream: 'TestResultTest.testMergeWithoutTime (JENKINS-37598)',
  },
  {
    files: ['JENKINS-42438/junit-report-1.xml'],
    expected: { tests: 11 },
    upstream: 'TestResultTest.testSuiteWithMultipleClasses (JENKINS-42438)',
  },
  {
    files: ['junit-report-empty-testcasename.xml'],
    expected: { tests: 1 },
    upstream: 'TestResultTest.testTestcaseWithEmptyName (JENKINS-63113)',
  },
  {
    files: ['JENKINS-13214/27449.xml', 'JENKINS-13214/27540.xml', 'JENKINS-13214/29734.xml'],
    expected: { tests: 3 },
    upstream:
      'TestResultTest.testDuplicateTestMethods (JENKINS-13214: parametrised methods repeated across files)',
  },
  {
    files: ['JENKINS-12457/TestSuite_a1.xml', 'JENKINS-12457/TestSuite_a2.xml'],
    expected: { tests: 2 },
    upstream: 'TestResultTest.testTestSuiteDistributedOverMultipleFilesIsCountedAsOne (JENKINS-12457)',
  },
  {
    files: [
      'JENKINS-12457/TestSuite_b.xml',
      'JENKINS-12457/TestSuite_b_duplicate.xml',
      'JENKINS-12457/TestSuite_b_nonduplicate.xml',
    ],
    expected: { tests: 3 },
    upstream: 'TestResultTest.testNonDuplicatedTestSuiteIsCounted (JENKINS-48583)',
  },
  {
    files: ['JENKINS-41134/TestSuite_first.xml', 'JENKINS-41134/TestSuite_second.xml'],
    expected: { failed: 1 },
    upstream: 'TestResultTest.testMerge (JENKINS-41134), first merge',
  },
  {
    files: ['JENKINS-41134/TestSuite_first.xml', 'JENKINS-41134/TestSuite_second_dup_first.xml'],
    expected: { failed: 1 },
    upstream: 'TestResultTest.testMerge (JENKINS-41134), second merge: the same test passed, then failed',
  },
  {
    files: [
      'JENKINS-48583/TEST-com.sample.test.TestMessage.xml',
      'JENKINS-48583/TEST-com.sample.test.TestMessage2.xml',
      'JENKINS-48583/TESTS-TestSuites.xml',
      'JENKINS-48583/TEST-com.sample.test.TestMessage.xml',
    ],
    expected: { tests: 7 },
    upstream:
      'TestResultTest.testMergeOriginalAntOutput (JENKINS-48583: Ant per-class files plus the aggregate)',
  },
  {
    files: ['old-reports/junit-report-1.xml', 'old-reports/junit-report-2.xml'],
    expected: { tests: 6 },
    upstream: 'TestResultTest.parseOldReports',
  },
];

/** The junit-plugin oracle. */
export const junitPluginOracle: Oracle = {
  id: 'junit-plugin',
  title: 'jenkinsci/junit-plugin TestResultTest / SuiteResultTest (transcribed)',
  async load() {
    const cases: ConformanceCase[] = ROWS.map((row) => {
      const files = row.files.map((f) => `${ROOT}/${f}`);
      for (const f of files) corpusFile(f);
      return {
        source: 'junit-plugin',
        name: files.length === 1 ? (files[0] ?? '') : `${ROOT}/{${row.files.join(', ')}}`,
        files,
        expected: row.expected,
        flaky: 'as-failed',
        note: `upstream ${row.upstream}`,
      };
    });
    return { cases, omitted: [] };
  },
};
