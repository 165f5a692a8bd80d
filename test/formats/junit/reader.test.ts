import { describe, expect, it } from 'vitest';
import { SUITE_FAILURE_NAME } from '../../../src/formats/junit/collector.js';
import { junitReader } from '../../../src/formats/junit/reader.js';
import type { TestCase } from '../../../src/model/index.js';
import { countsOf, enricoMiCounts, generatedGroundTruth, readCorpus, readInline } from '../reader-helpers.js';

const ROOT = '/repo';
const read = (xml: string, options: Parameters<typeof readInline>[2] = {}) =>
  readInline(junitReader, xml, { root: ROOT, ...options }, 'inline.xml');

function byName(tests: readonly TestCase[], name: string): TestCase {
  const test = tests.find((t) => t.name === name);
  if (!test) throw new Error(`no test named ${name}: ${tests.map((t) => t.name).join(', ')}`);
  return test;
}

describe('junitReader: results', () => {
  it('reads failure as an assertion, error as an error, skipped with its message', async () => {
    const { tests } = await read(`<testsuite name="s">
      <testcase classname="c" name="ok" time="0.25"/>
      <testcase classname="c" name="asserts" time="1"><failure message="expected 2 to be 3" type="AssertionError">AssertionError: expected 2 to be 3
    at x.js:1:1</failure></testcase>
      <testcase classname="c" name="throws"><error message="boom" type="Error">Error: boom</error></testcase>
      <testcase classname="c" name="skips"><skipped message="not on windows"/></testcase>
    </testsuite>`);
    expect(tests.map((t) => [t.name, t.outcome])).toEqual([
      ['ok', 'passed'],
      ['asserts', 'failed'],
      ['throws', 'failed'],
      ['skips', 'skipped'],
    ]);
    expect(byName(tests, 'ok').durationMs).toBe(250);
    expect(byName(tests, 'asserts').attempts[0]?.failure).toEqual({
      category: 'assertion',
      message: 'expected 2 to be 3',
      type: 'AssertionError',
      trace: 'AssertionError: expected 2 to be 3\n    at x.js:1:1',
    });
    expect(byName(tests, 'throws').attempts[0]?.failure?.category).toBe('error');
    expect(byName(tests, 'skips').attempts[0]?.skipMessage).toBe('not on windows');
  });

  it('takes the message from the first line of the text when there is no message attribute (jest-junit)', async () => {
    const { tests } = await read(
      `<testsuite name="s"><testcase name="t"><failure>\n  Error: expect(received).toBe(expected)\n  at a.js:1\n</failure></testcase></testsuite>`,
    );
    expect(tests[0]?.attempts[0]?.failure?.message).toBe('Error: expect(received).toBe(expected)');
  });

  it.each([
    ['a timeout message on <failure>', '<failure message="Timed out after 5000ms"/>'],
    ['a timeout message on <error>', '<error message="thrown: Exceeded timeout of 5000 ms for a test."/>'],
    ['a timeout type (node:test)', '<failure type="testTimeoutFailure" message="test timed"/>'],
    ['a Java TimeoutException', '<error type="java.util.concurrent.TimeoutException" message="x"/>'],
  ])('categorises %s as timeout', async (_what, element) => {
    const { tests } = await read(`<testsuite name="s"><testcase name="t">${element}</testcase></testsuite>`);
    expect(tests[0]?.attempts[0]?.failure?.category).toBe('timeout');
  });

  it('keeps system-out and system-err per testcase, CDATA included', async () => {
    const { tests } = await read(`<testsuite name="s"><testcase name="t">
      <system-out><![CDATA[line <1>
]]>line 2</system-out><system-err>warn &amp; more</system-err></testcase></testsuite>`);
    expect(tests[0]?.attempts[0]).toMatchObject({ stdout: 'line <1>\nline 2', stderr: 'warn & more' });
  });

  it('bounds output and failure text and says so in a warning', async () => {
    const big = 'x'.repeat(5000);
    const { tests, warnings } = await read(
      `<testsuite name="s"><testcase name="t"><failure message="m">${big}</failure><system-out>${big}</system-out></testcase></testsuite>`,
      { maxOutputChars: 100, maxMessageChars: 50 },
    );
    const attempt = tests[0]?.attempts[0];
    expect(attempt?.stdout?.startsWith('x'.repeat(100) + '\n…')).toBe(true);
    expect(attempt?.stdout).toContain('4900 more characters cut');
    expect(attempt?.failure?.trace?.startsWith('x'.repeat(50) + '\n…')).toBe(true);
    expect(warnings.join('\n')).toMatch(/2 output or failure text\(s\) were cut/);
  });

  it('bounds a skip message given as an attribute too', async () => {
    const { tests } = await read(
      `<testsuite name="s"><testcase name="t"><skipped message="${'m'.repeat(500)}"/></testcase></testsuite>`,
      { maxMessageChars: 40 },
    );
    expect(tests[0]?.attempts[0]?.skipMessage).toBe(`${'m'.repeat(40)}…`);
  });

  it('treats testcase status="disabled" (Catch2, tst) without a result element as skipped', async () => {
    const { tests } = await read(
      `<testsuite name="s"><testcase name="a" status="disabled"/><testcase name="b" status="run"/></testsuite>`,
    );
    expect(tests.map((t) => t.outcome)).toEqual(['skipped', 'passed']);
  });

  it('reads a testcase with several result elements as one failed run (EnricoMi multi-result)', async () => {
    const input = 'publish-unit-test-result-action/python/test/files/junit-xml/junit.multiresult.xml';
    const results = await readCorpus(junitReader, input);
    expect(countsOf(results)).toEqual(enricoMiCounts(input));
    const errors = byName(results.tests, 'test that errors');
    expect(errors.attempts).toHaveLength(1);
    expect(errors.attempts[0]?.failure?.message).toBe('test failure');
  });

  it('turns a suite-level <error> (set-up failed, no testcase: JENKINS-6700) into a failed test', async () => {
    const results = await readCorpus(
      junitReader,
      'junit-plugin/src/test/resources/hudson/tasks/junit/junit-report-6700.xml',
    );
    expect(countsOf(results)).toEqual({ tests: 1, passed: 0, failed: 1, skipped: 0, flaky: 0 });
    expect(results.tests[0]).toMatchObject({
      name: SUITE_FAILURE_NAME,
      file: 'gda.device.detector.XHDetectorTest',
    });
    expect(results.tests[0]?.attempts[0]?.failure).toMatchObject({
      category: 'error',
      type: 'java.lang.NoClassDefFoundError',
    });
  });

  it('keeps the testcases of a suite beside its suite-level failure, in nested suites too', async () => {
    const results = await readCorpus(
      junitReader,
      'junit-plugin/src/test/resources/hudson/tasks/junit/junit-report-nested-testsuites.xml',
    );
    expect(results.tests.map((t) => [t.name, t.outcome])).toEqual([
      ['testPrefix', 'passed'],
      [SUITE_FAILURE_NAME, 'failed'],
      ['testTable', 'passed'],
    ]);
  });

  it('names testcases without a name after their position, so they stay distinct', async () => {
    const input = 'publish-unit-test-result-action/python/test/files/junit-xml/no-attributes.xml';
    const results = await readCorpus(junitReader, input);
    expect(countsOf(results)).toEqual(enricoMiCounts(input));
    expect(results.tests.map((t) => t.name)).toEqual([
      '(unnamed testcase 1)',
      '(unnamed testcase 2)',
      '(unnamed testcase 3)',
      '(unnamed testcase 4)',
    ]);
  });
});

describe('junitReader: Surefire and Gradle reruns', () => {
  it('turns flakyFailure/flakyError into failed attempts before the final pass', async () => {
    const { tests } =
      await read(`<testsuite name="com.acme.T"><testcase classname="com.acme.T" name="t" time="0.5">
      <flakyFailure message="first" type="java.lang.AssertionError" time="0.1"><stackTrace>trace one</stackTrace><system-out>out one</system-out></flakyFailure>
      <flakyError message="second" type="java.lang.IllegalStateException"><stackTrace>trace two</stackTrace></flakyError>
    </testcase></testsuite>`);
    const [test] = tests;
    expect(test?.outcome).toBe('flaky');
    expect(test?.attempts.map((a) => [a.status, a.failure?.category, a.failure?.message])).toEqual([
      ['failed', 'assertion', 'first'],
      ['failed', 'error', 'second'],
      ['passed', undefined, undefined],
    ]);
    expect(test?.attempts[0]).toMatchObject({ durationMs: 100, stdout: 'out one' });
    expect(test?.attempts[0]?.failure?.trace).toBe('trace one');
    expect(test?.attempts[2]?.durationMs).toBe(500);
  });

  it('turns rerunFailure/rerunError into further failed attempts after the first failure', async () => {
    const results = await readCorpus(
      junitReader,
      'junit-plugin/src/test/resources/hudson/tasks/junit/gh-237/TEST-io.olamy.AlwaysFailTest.xml',
    );
    const [test] = results.tests;
    expect(results.tests).toHaveLength(1);
    expect(test?.outcome).toBe('failed');
    expect(test?.attempts).toHaveLength(4);
    expect(test?.attempts.every((a) => a.status === 'failed' && a.failure?.message === 'built to fail')).toBe(
      true,
    );
    expect(test?.attempts[1]?.stdout).toBe('this will fail for real');
  });

  it('reads the Surefire flaky report of the Jenkins plugin as one flaky test', async () => {
    const results = await readCorpus(
      junitReader,
      'junit-plugin/src/test/resources/hudson/tasks/junit/gh-237/TEST-io.olamy.FlakyTest.xml',
    );
    expect(countsOf(results)).toMatchObject({ tests: 1, flaky: 1 });
    const attempts = results.tests[0]?.attempts ?? [];
    expect(attempts[attempts.length - 1]?.status).toBe('passed');
  });

  it('folds a testcase repeated in one file into attempts (pytest-rerunfailures style)', async () => {
    const results = await readCorpus(
      junitReader,
      'action-junit-report/test_results/flaky_retries/flaky_with_classname_file.xml',
    );
    expect(countsOf(results)).toEqual({ tests: 3, passed: 2, failed: 0, skipped: 0, flaky: 1 });
    const flaky = results.tests.find((t) => t.outcome === 'flaky');
    expect(flaky?.attempts.map((a) => a.failure?.category ?? a.status)).toEqual([
      'assertion',
      'error',
      'passed',
    ]);
  });
});

describe('junitReader: Playwright projects', () => {
  const playwright = (rootAttributes: string) => `<testsuites ${rootAttributes} name="" tests="4">
    <testsuite name="login.spec.ts" hostname="chromium" tests="2">
      <testcase name="login › works" classname="login.spec.ts"/>
    </testsuite>
    <testsuite name="login.spec.ts" hostname="firefox" tests="2">
      <testcase name="login › works" classname="login.spec.ts"><failure message="boom"/></testcase>
    </testsuite>
  </testsuites>`;

  it('keeps the same test in two projects apart: Playwright writes the project as hostname', async () => {
    const { tests } = await read(playwright('id=""'));
    expect(tests.map((t) => [t.project, t.outcome])).toEqual([
      ['chromium', 'passed'],
      ['firefox', 'failed'],
    ]);
    expect(tests[0]?.id).not.toBe(tests[1]?.id);
  });

  it('never takes a machine hostname from other reporters into the id', async () => {
    const { tests } = await read(playwright('name="vitest tests"').replace('name="" ', ''));
    expect(tests).toHaveLength(1);
    expect(tests[0]?.project).toBeUndefined();
    expect(tests[0]?.outcome).toBe('flaky');
  });

  it('reads the generated Playwright file without projects as before', async () => {
    const results = await readCorpus(junitReader, 'generated/playwright/playwright-junit.xml');
    expect(results.tests.every((t) => t.project === undefined)).toBe(true);
  });
});

describe('junitReader: suites and timings', () => {
  it('grows the suite path through nested testsuites and keeps the innermost file', async () => {
    const input = 'publish-unit-test-result-action/python/test/files/junit-xml/testsuite-in-testsuite.xml';
    const results = await readCorpus(junitReader, input, { root: '/' });
    expect(countsOf(results)).toEqual(enricoMiCounts(input));
    const t3 = byName(results.tests, 'TestCase3');
    expect(t3.suite).toEqual(['Project Test Suite', 'TestSuite2', 'TestSuite2.1', 'someName']);
    expect(t3.file).toBe('somepath');
    expect(t3.line).toBe(40);
  });

  it('joins the Ant aggregate package and name so TESTS-TestSuites.xml matches the TEST-*.xml files', async () => {
    const dir = 'junit-plugin/src/test/resources/hudson/tasks/junit/JENKINS-48583/';
    const aggregate = await readCorpus(junitReader, dir + 'TESTS-TestSuites.xml');
    const single = await readCorpus(junitReader, dir + 'TEST-com.sample.test.TestMessage.xml');
    const ids = new Set(aggregate.tests.map((t) => t.id));
    expect(single.tests.length).toBeGreaterThan(0);
    for (const t of single.tests) expect(ids.has(t.id)).toBe(true);
  });

  it('reports suite times in ms with their file, once per suite that has testcases', async () => {
    const { suites } = await read(`<testsuites name="run" time="9">
      <testsuite name="dir" time="3">
        <testsuite name="a" file="src/a.test.ts" time="1,5"><testcase name="x"/></testsuite>
        <testsuite name="b.test.ts" time="1.25"><testcase classname="b.test.ts" name="y"/></testsuite>
      </testsuite>
      <testsuite name="c" time="2"><testcase classname="c" name="z"><skipped/></testcase>
        <testsuite name="c-inner" time="1"><testcase name="w"/></testsuite>
      </testsuite>
    </testsuites>`);
    expect(suites).toEqual([
      { name: 'a', file: 'src/a.test.ts', durationMs: 1500 },
      { name: 'b.test.ts', file: 'b.test.ts', durationMs: 1250 },
      { name: 'c', durationMs: 2000 },
    ]);
  });

  it('gives suite-level output to the only test of a Bazel suite', async () => {
    const results = await readCorpus(
      junitReader,
      'publish-unit-test-result-action/python/test/files/junit-xml/bazel/suite-logs.xml',
    );
    const attempt = results.tests[0]?.attempts[0];
    expect(attempt?.stdout).toContain("ModuleNotFoundError: No module named 'non_existent_package'");
    expect(attempt?.stderr).toBe('Generated test.err');
  });

  it('drops suite-level output it cannot attribute to one test', async () => {
    const { tests } = await read(
      `<testsuite name="s"><testcase name="a"/><testcase name="b"/><system-out>shared</system-out></testsuite>`,
    );
    expect(tests.every((t) => t.attempts[0]?.stdout === undefined)).toBe(true);
  });

  it('counts listed testcases only, and warns when a suite declares tests it does not list', async () => {
    const input = 'publish-unit-test-result-action/python/test/files/junit-xml/no-cases-but-tests.xml';
    const results = await readCorpus(junitReader, input);
    // EnricoMi counts the suite's attributes (6 tests); with no testcase there is no test to name.
    expect(enricoMiCounts(input).tests).toBe(6);
    expect(results.tests).toHaveLength(0);
    expect(results.warnings.join('\n')).toMatch(/1 testsuite\(s\) declare tests but list no testcase/);
  });

  it('warns about a time it cannot read and counts it as 0', async () => {
    const { tests, warnings } = await read(
      `<testsuite name="s"><testcase name="t" time="-345345"/></testsuite>`,
    );
    expect(tests[0]?.durationMs).toBe(0);
    expect(warnings.join('\n')).toMatch(/1 time attribute\(s\) were not a number/);
  });
});

describe('junitReader: every generated dialect gives the scenario ground truth', () => {
  const truth = generatedGroundTruth();
  it.each([
    'generated/jest/jest-junit.xml',
    'generated/jest/jest-junit-classname-file.xml',
    'generated/vitest/vitest-junit.xml',
    'generated/mocha/mocha-xunit-builtin.xml',
    'generated/node-test/node-test-junit.xml',
    'generated/playwright/playwright-junit.xml',
    'generated/pytest/pytest-xunit2.xml',
    'generated/pytest/pytest-xunit1-logging-all.xml',
    'generated/phpunit/phpunit-junit.xml',
    'generated/rspec/rspec-junit.xml',
  ])('%s', async (file) => {
    const results = await readCorpus(junitReader, file, { root: '/tmp/gen' });
    expect(countsOf(results)).toEqual(truth);
    const names = results.tests.map((t) => t.name).join('\n');
    // Entities are decoded exactly once (pytest and PHPUnit put the name's text in a parameter).
    expect(names).toMatch(/xml>? & /);
    expect(names).not.toContain('&amp;');
  });

  it('mocha-junit-reporter: pending tests are absent from the file, so one test fewer', async () => {
    const results = await readCorpus(junitReader, 'generated/mocha/mocha-junit-reporter.xml', {
      root: '/tmp/gen',
    });
    expect(countsOf(results)).toEqual({ ...truth, tests: truth.tests - 1, skipped: 0 });
  });

  it('gotestsum: Go reports the two parent tests too', async () => {
    const results = await readCorpus(junitReader, 'generated/gotestsum/gotestsum-junit.xml');
    expect(countsOf(results)).toEqual({
      ...truth,
      tests: truth.tests + 2,
      passed: truth.passed + 1,
      failed: truth.failed + 1,
    });
  });
});

describe('junitReader: other real dialects read with the counts their oracles expect', () => {
  it.each([
    'publish-unit-test-result-action/python/test/files/junit-xml/jest/jest-junit.xml',
    'publish-unit-test-result-action/python/test/files/junit-xml/mocha/latex-utensils.xml',
    'publish-unit-test-result-action/python/test/files/junit-xml/pytest/junit.fail.xml',
    'publish-unit-test-result-action/python/test/files/junit-xml/scalatest/TEST-uk.co.gresearch.spark.diff.DiffOptionsSuite.xml',
    'publish-unit-test-result-action/python/test/files/junit-xml/tst/disabled.xml',
    'publish-unit-test-result-action/python/test/files/junit-xml/xunit/xunit.xml',
    'publish-unit-test-result-action/python/test/files/junit-xml/minimal-attributes.xml',
    'publish-unit-test-result-action/python/test/files/junit-xml/empty-system-out-err.xml',
  ])('%s (EnricoMi)', async (file) => {
    expect(countsOf(await readCorpus(junitReader, file))).toEqual(enricoMiCounts(file));
  });

  it.each([
    ['action-junit-report/test_results/nextest/basic.xml', 3, 1],
    ['action-junit-report/test_results/catch2/report.xml', 1, 1],
    ['action-junit-report/test_results/cunit/testFailure.xml', 4, 1],
    ['action-junit-report/test_results/issues/testDisabled.xml', 22, 6],
    ['action-junit-report/test_results/multiple_failures/test_multiple_failures.xml', 4, 2],
  ])('%s has %i tests, %i failed (mikepenz EXPECTED.md)', async (file, tests, failed) => {
    const counts = countsOf(await readCorpus(junitReader, file));
    expect([counts.tests, counts.failed]).toEqual([tests, failed]);
  });

  it('keeps Catch2 file and line only where the testcase gives them', async () => {
    const results = await readCorpus(junitReader, 'action-junit-report/test_results/catch2/report.xml');
    expect(results.tests[0]).toMatchObject({
      name: 'is constant evaluated',
      suite: ['ut_detail_utility_is_constant_evaluated'],
    });
    expect(results.tests[0]?.attempts[0]?.failure?.message).toBe('REQUIRE(v == 1) expands to 0 == 10');
  });
});

describe('junitReader: pytest teardown errors', () => {
  it('reads a passing body followed by its teardown error (pytest-rerunfailures) as one failed run', async () => {
    const xml =
      '<testsuites><testsuite name="pytest">' +
      '<testcase classname="tests.test_a" name="test_x" file="tests/test_a.py" time="0.1"/>' +
      '<testcase classname="tests.test_a" name="test_x" file="tests/test_a.py" time="0.2">' +
      '<error message="failed on teardown with &quot;RuntimeError: boom&quot;">trace</error></testcase>' +
      '</testsuite></testsuites>';
    const results = await readInline(junitReader, xml);
    expect(results.tests).toHaveLength(1);
    expect(results.tests[0]?.attempts.map((a) => a.status)).toEqual(['failed']);
    expect(results.tests[0]?.outcome).toBe('failed');
    expect(results.tests[0]?.durationMs).toBeCloseTo(300);
  });
});
