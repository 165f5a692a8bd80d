import { makeTestCase, ParseError, type Attempt } from '../../src/model/index.js';
import { buildReport } from '../../src/report/build-report.js';
import { mergeResults } from '../../src/report/merge.js';
import type { Report } from '../../src/report/report-document.js';

const pass: Attempt = { status: 'passed', durationMs: 1200 };

/** A small report with a hostile failure, a flaky test, a skip and an unreadable input. */
export function sampleReport(): Report {
  const tests = [
    makeTestCase({ file: 'src/cart.test.ts', suite: ['Cart'], name: 'adds items', attempts: [pass] }),
    makeTestCase({
      file: 'src/cart.test.ts',
      line: 42,
      suite: ['Cart'],
      name: 'totals | @team #7 <b>',
      attempts: [
        {
          status: 'failed',
          durationMs: 300,
          failure: {
            category: 'assertion',
            message: 'expected 3 to be 4 [see](http://x)\nsecond line',
            trace: 'at cart.test.ts:42',
          },
        },
      ],
    }),
    makeTestCase({
      file: 'src/api.test.ts',
      suite: ['API'],
      name: 'retries',
      attempts: [
        { status: 'failed', durationMs: 50, failure: { category: 'timeout', message: 'timed out' } },
        pass,
      ],
    }),
    makeTestCase({
      file: 'src/api.test.ts',
      suite: [],
      name: 'later',
      attempts: [{ status: 'skipped', durationMs: 0 }],
    }),
  ];
  const run = mergeResults([
    { source: 'unit.xml', results: { source: 'unit.xml', format: 'junit', tests, suites: [], warnings: [] } },
    {
      source: 'e2e.xml',
      error: new ParseError('e2e.xml', 'unclosed tag <testcase>', { line: 12, column: 5 }),
    },
  ]);
  return buildReport(run, { now: new Date('2026-11-21T14:00:00Z') });
}
