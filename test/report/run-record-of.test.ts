import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { filesFromTests, runRecordOf } from '../../src/report/run-record-of.js';
import { testCase } from '../history/generate.js';

const tests = [
  testCase('test/a.test.ts', 'one', 'passed', 120),
  testCase('test/a.test.ts', 'two', 'failed', 30),
  testCase('test/b.test.ts', 'three', 'passed', 7),
];
const report = buildReport(
  { tests, suites: [], read: [], unreadable: [], warnings: [] },
  { now: new Date('2026-03-01T10:00:00.000Z') },
);

describe('runRecordOf', () => {
  it('sums each file’s test durations when the inputs measured no file times', () => {
    expect(filesFromTests(tests)).toEqual([
      { path: 'test/a.test.ts', wallMs: 150 },
      { path: 'test/b.test.ts', wallMs: 7 },
    ]);
    const record = runRecordOf(report, {
      run: { provider: 'local', branch: 'main' },
      at: report.generatedAt,
      tests,
    });
    expect(record).toMatchObject({
      at: '2026-03-01T10:00:00.000Z',
      summary: { tests: 3, passed: 2, failed: 1, skipped: 0, flaky: 0 },
      // Raw result files give no wall time: the tests' summed duration stands in.
      wallMs: 157,
      shards: [],
      files: filesFromTests(tests),
    });
  });

  it('keeps measured file and shard times and the plan', () => {
    const record = runRecordOf(report, {
      run: { provider: 'local' },
      at: '2026-03-01T09:59:00.000Z',
      tests,
      files: [{ path: 'test/a.test.ts', wallMs: 900 }],
      shards: [{ index: 1, wallMs: 1000, setupMs: 40 }],
      plan: { predictedMakespanMs: 950, lowerBoundMs: 900 },
    });
    expect(record.files).toEqual([{ path: 'test/a.test.ts', wallMs: 900 }]);
    expect(record.shards).toEqual([{ index: 1, setupMs: 40, wallMs: 1000 }]);
    expect(record.plan).toEqual({ predictedMakespanMs: 950, lowerBoundMs: 900 });
  });
});
