import { describe, expect, it } from 'vitest';
import { makeTestCase, ParseError, VersionError } from '../../src/model/index.js';
import { checkVersion } from '../../src/model/versioned.js';
import { buildReport, NO_SHARDS } from '../../src/report/build-report.js';
import { mergeResults } from '../../src/report/merge.js';
import { parseReport, REPORT_VERSION, type Report } from '../../src/report/report-document.js';

function sampleReport(): Report {
  const run = mergeResults([
    {
      source: 'r.xml',
      results: {
        source: 'r.xml',
        format: 'junit',
        suites: [],
        warnings: [],
        tests: [
          makeTestCase({
            file: 'a.ts',
            suite: [],
            name: 'ok',
            attempts: [{ status: 'passed', durationMs: 3, stdout: 'noise' }],
          }),
          makeTestCase({
            file: 'a.ts',
            line: 9,
            suite: ['S'],
            name: 'bad',
            attempts: [
              {
                status: 'failed',
                durationMs: 4,
                failure: { category: 'error', message: 'x' },
                stdout: 'why',
              },
            ],
          }),
          makeTestCase({
            suite: [],
            name: 'later',
            attempts: [{ status: 'skipped', durationMs: 0, skipMessage: 'todo' }],
          }),
        ],
      },
    },
    { source: 'broken.xml', error: new ParseError('broken.xml', 'truncated', { line: 3, column: 1 }) },
  ]);
  return buildReport(run, { now: new Date('2026-11-21T14:00:00Z') });
}

describe('buildReport', () => {
  it('fills the contract: summary, failed tests first, empty later-issue fields, inputs both ways', () => {
    const report = sampleReport();
    expect(report.version).toBe(REPORT_VERSION);
    expect(report.generatedAt).toBe('2026-11-21T14:00:00.000Z');
    expect(report.summary).toEqual({
      tests: 3,
      passed: 1,
      failed: 1,
      skipped: 1,
      flaky: 0,
      durationMs: 7,
      wallMs: null,
    });
    expect(report.tests.map((t) => t.name)).toEqual(['bad', 'ok', 'later']);
    expect(report.tests[0]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{16}$/),
      file: 'a.ts',
      line: 9,
      suite: ['S'],
    });
    // Output is kept for failed attempts only.
    expect(report.tests[0]?.attempts[0]?.stdout).toBe('why');
    expect(report.tests[1]?.attempts[0]).toEqual({ status: 'passed', durationMs: 3 });
    expect(report.shards).toEqual(NO_SHARDS);
    expect([report.comparison, report.plan, report.flaky]).toEqual([null, null, []]);
    expect(report.inputs.unreadable).toEqual([
      { file: 'broken.xml', line: 3, column: 1, message: 'truncated' },
    ]);
  });
});

describe('parseReport', () => {
  it('accepts a report written by buildReport after a JSON round trip', () => {
    const report = sampleReport();
    expect(parseReport(JSON.parse(JSON.stringify(report)), 'report.json')).toEqual(report);
  });

  it('refuses a newer version with a VersionError that says to upgrade', () => {
    const doc = { ...sampleReport(), version: REPORT_VERSION + 1 };
    expect(() => parseReport(doc, 'report.json')).toThrow(VersionError);
    expect(() => parseReport(doc, 'report.json')).toThrow(
      /report\.json: this report has version 3, but this Tessera reads up to version 2/,
    );
  });

  it('refuses a document without a version, and names the first bad field of a broken one', () => {
    expect(() => parseReport({ summary: {} }, 'x.json')).toThrow(ParseError);
    const broken = JSON.parse(JSON.stringify(sampleReport())) as { summary: { failed: unknown } };
    broken.summary.failed = -1;
    expect(() => parseReport(broken, 'x.json')).toThrow(/summary\.failed/);
  });
});

describe('checkVersion', () => {
  it('reads versions between the oldest and the current one', () => {
    const spec = { kind: 'history', current: 3, oldest: 2 };
    expect(checkVersion({ version: 2 }, spec, 'h.json')).toBe(2);
    expect(() => checkVersion({ version: 1 }, spec, 'h.json')).toThrow(/older than the oldest/);
    expect(() => checkVersion({ version: 4 }, spec, 'h.json')).toThrow(VersionError);
    expect(() => checkVersion([], spec, 'h.json')).toThrow(ParseError);
    expect(() => checkVersion({ version: '3' }, spec, 'h.json')).toThrow(ParseError);
  });
});
