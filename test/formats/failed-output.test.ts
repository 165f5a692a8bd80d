import { describe, expect, it } from 'vitest';
import { bufferInput, DEFAULT_READ_OPTIONS, readResults } from '../../src/formats/index.js';
import type { TestCase } from '../../src/model/index.js';

// `tessera report` reads with failedOutputOnly: only failed attempts' output reaches any of its outputs.
const ONLY_FAILED = { ...DEFAULT_READ_OPTIONS, failedOutputOnly: true };

const JUNIT = `<testsuites>
  <testsuite name="com.acme.CalcTest">
    <testcase classname="com.acme.CalcTest" name="adds"><system-out>passing log</system-out><system-err>passing err</system-err></testcase>
    <testcase classname="com.acme.CalcTest" name="divides"><failure message="boom">trace</failure><system-out>failing log</system-out></testcase>
    <testcase classname="com.acme.CalcTest" name="flakes">
      <flakyFailure message="first run"><system-out>first run log</system-out></flakyFailure>
      <system-out>final pass log</system-out>
    </testcase>
  </testsuite>
  <testsuite name="//pkg:passing_target"><testcase classname="//pkg:passing_target" name="passing_target"/><system-out>bazel log of a pass</system-out></testsuite>
  <testsuite name="//pkg:failing_target"><testcase classname="//pkg:failing_target" name="failing_target"><failure message="exit 1"/></testcase><system-out>bazel log of a failure</system-out></testsuite>
</testsuites>`;

const CTRF = JSON.stringify({
  results: {
    tool: { name: 'jest' },
    summary: { tests: 2, passed: 1, failed: 1, skipped: 0, pending: 0, other: 0, start: 0, stop: 1 },
    tests: [
      { name: 'passes', status: 'passed', duration: 1, stdout: ['passing log'] },
      { name: 'fails', status: 'failed', duration: 1, message: 'boom', stdout: ['failing log'] },
    ],
  },
});

/** name → each attempt's stdout/stderr. */
function outputs(tests: readonly TestCase[]): Record<string, (string | undefined)[][]> {
  return Object.fromEntries(tests.map((t) => [t.name, t.attempts.map((a) => [a.stdout, a.stderr])]));
}

describe('failedOutputOnly', () => {
  it('keeps JUnit output on failed attempts only, including flaky runs and Bazel suite output', async () => {
    const { tests } = await readResults(bufferInput('junit.xml', JUNIT), ONLY_FAILED);
    expect(outputs(tests)).toEqual({
      adds: [[undefined, undefined]],
      divides: [['failing log', undefined]],
      flakes: [
        ['first run log', undefined],
        [undefined, undefined],
      ],
      passing_target: [[undefined, undefined]],
      failing_target: [['bazel log of a failure', undefined]],
    });
  });

  it('is off by default: every attempt keeps its output', async () => {
    const { tests } = await readResults(bufferInput('junit.xml', JUNIT), DEFAULT_READ_OPTIONS);
    expect(outputs(tests).adds).toEqual([['passing log', 'passing err']]);
    expect(outputs(tests).flakes?.[1]).toEqual(['final pass log', undefined]);
    expect(outputs(tests).passing_target).toEqual([['bazel log of a pass', undefined]]);
  });

  it('applies to formats read whole as well (CTRF)', async () => {
    const { tests } = await readResults(bufferInput('ctrf.json', CTRF), ONLY_FAILED);
    expect(outputs(tests)).toEqual({ passes: [[undefined, undefined]], fails: [['failing log', undefined]] });
    const all = await readResults(bufferInput('ctrf.json', CTRF), DEFAULT_READ_OPTIONS);
    expect(outputs(all.tests).passes).toEqual([['passing log', undefined]]);
  });
});
