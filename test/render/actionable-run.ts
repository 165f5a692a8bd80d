/**
 * A sharded mocha run as the report builds it, for the tests of actionable failures (issue 20): absolute
 * paths under the checkout, full-title names, failures on three shards with their job links and test
 * command, and one test whose name and file attack every renderer.
 */
import { sourceContextOf } from '../../src/ci/code-links.js';
import type { Report, ReportTest } from '../../src/model/index.js';
import { buildReportView } from '../../src/render/build-view.js';
import type { ReportView } from '../../src/render/view.js';
import { HOSTILE_MESSAGE, HOSTILE_TITLE } from './hostile.js';

export const ROOT = '/home/runner/work/app/app';
export const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
export const REPO_URL = 'https://github.com/acme/app';
export const RUN_URL = `${REPO_URL}/actions/runs/4242`;
export const HTML_REPORT = 'https://acme.github.io/app/tessera/report.html';
export const jobUrl = (index: number): string => `${RUN_URL}/job/${9000 + index}`;
export const COMMAND = ['npx', 'mocha', '--reporter', 'mocha-junit-reporter', '{files}'];

function failed(
  id: string,
  suite: string[],
  name: string,
  file: string,
  message: string,
  trace: string,
  shard: number,
): ReportTest {
  return {
    id,
    file,
    suite,
    name,
    outcome: 'failed',
    durationMs: 12,
    attempts: [{ status: 'failed', durationMs: 12, failure: { category: 'assertion', message, trace } }],
    shard,
  };
}

function passed(id: string, file: string, name: string): ReportTest {
  return {
    id,
    file,
    suite: ['misc'],
    name,
    outcome: 'passed',
    durationMs: 3,
    attempts: [{ status: 'passed', durationMs: 3 }],
  };
}

/** A sharded mocha run as the report builds it: absolute paths, full-title names, one hostile test. */
export function sampleReport(): Report {
  const refused = 'expected 402 to equal 200';
  const tests: ReportTest[] = [
    failed(
      '00000000000000a1',
      ['Async behaviour'],
      'Async behaviour passes an error to done()',
      `${ROOT}/test/async.spec.js`,
      refused,
      `AssertionError: ${refused}\n    at Context.<anonymous> (test/async.spec.js:22:26)\n    at process.processImmediate (node:internal/timers:483:21)`,
      2,
    ),
    failed(
      '00000000000000a2',
      ['checkout'],
      'checkout charges the card',
      `${ROOT}/test/checkout.spec.js`,
      refused,
      `AssertionError: ${refused}\n    at Context.<anonymous> (${ROOT}/test/checkout.spec.js:41:9)`,
      3,
    ),
    failed(
      '00000000000000a3',
      ['parser'],
      HOSTILE_TITLE,
      'test/we|ird [x](javascript:alert(1)).spec.js',
      HOSTILE_MESSAGE,
      HOSTILE_MESSAGE,
      1,
    ),
    ...Array.from({ length: 5 }, (_, i) =>
      passed(`00000000000000b${i}`, `${ROOT}/test/misc.spec.js`, `works ${i}`),
    ),
  ];
  return {
    version: 2,
    generatedAt: '2026-12-04T12:00:00.000Z',
    summary: {
      tests: tests.length,
      passed: 5,
      failed: 3,
      skipped: 0,
      flaky: 0,
      durationMs: 400,
      wallMs: 61_000,
    },
    shards: {
      expected: 3,
      present: [1, 2, 3],
      missing: [],
      duplicated: [],
      jobs: [1, 2, 3].map((index) => ({ index, total: 3, url: jobUrl(index), command: COMMAND })),
    },
    tests,
    comparison: null,
    flaky: [],
    plan: null,
    inputs: { read: [], unreadable: [] },
  };
}

export function sampleView(): { report: Report; view: ReportView } {
  const report = sampleReport();
  const view = buildReportView(report, undefined, undefined, {
    source: sourceContextOf(ROOT, { kind: 'github', repositoryUrl: REPO_URL, sha: SHA }),
    links: { run: RUN_URL, htmlReport: HTML_REPORT },
  });
  return { report, view };
}
