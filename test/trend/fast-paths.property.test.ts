/**
 * The trend checks skip work for tests that cannot be listed (no failure or retry in the window, too few
 * samples, a duration not far enough above the smallest sample or under `minDeltaMs`) and read the columns of
 * the test table directly. These properties check that the shortcuts never change a result: each is compared
 * with the plain definition, built from `observationsOf`, on random windows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  observationsOf,
  passingDurations,
  type HistoryDocument,
  type HistoryRun,
} from '../../src/history/history-document.js';
import type { TestWindow } from '../../src/history/history-document.js';
import { tableOfWindows } from '../../src/history/table-of-windows.js';
import type { Outcome, TestCase } from '../../src/model/index.js';
import { compareWithBaseline } from '../../src/trend/compare.js';
import { findFlakyTests, flakeEvidence, flakeEvidenceOfRow, flakeScore } from '../../src/trend/flaky.js';
import { checkRegression, findTestRegressions } from '../../src/trend/regressions.js';
import { testCase } from '../history/generate.js';

const outcomes: readonly Outcome[] = ['passed', 'failed', 'flaky', 'skipped'];
const window = fc.array(fc.tuple(fc.constantFrom('P', 'F', 'K', 'S', '-'), fc.nat(400)), { maxLength: 20 });
const cases = fc.array(fc.tuple(window, fc.constantFrom(...outcomes), fc.nat(600)), {
  minLength: 1,
  maxLength: 12,
});

/** A document whose i-th test has the i-th window; runs alternate between two shas, so re-runs exist. */
function documentOf(spec: readonly (readonly [readonly (readonly [string, number])[], Outcome, number])[]): {
  doc: HistoryDocument;
  tests: TestCase[];
} {
  const runs: HistoryRun[] = Array.from({ length: 20 }, (_, i) => ({
    seq: i + 1,
    at: '2026-01-01T00:00:00.000Z',
    provider: 'local',
    sha: `sha${i % 2}`,
    summary: { tests: 0, passed: 0, failed: 0, skipped: 0, flaky: 0 },
    durationMs: 0,
    wallMs: 0,
    shards: [],
  }));
  const windows: TestWindow[] = [];
  const tests = spec.map(([statuses, outcome, ms], i) => {
    const test = testCase('a.test.ts', `test ${i}`, outcome, ms);
    windows.push({
      id: test.id,
      title: `suite › test ${i}`,
      statuses: statuses.map(([s]) => s).join(''),
      durations: statuses.map(([, d]) => d),
      seen: 20,
    });
    return test;
  });
  return { doc: { version: 2, branch: 'main', runs, tests: tableOfWindows(windows, 20), files: {} }, tests };
}

describe('trend fast paths', () => {
  it('passingDurations is the passing observations’ durations', () => {
    fc.assert(
      fc.property(cases, (spec) => {
        const { doc } = documentOf(spec);
        for (let row = 0; row < doc.tests.size; row++) {
          const plain = observationsOf(doc, row)
            .filter((o) => o.status === 'P' || o.status === 'K')
            .map((o) => o.durationMs);
          expect(passingDurations(doc, row)).toEqual(plain);
        }
      }),
    );
  });

  it('findFlakyTests lists exactly the tests whose evidence scores at least minScore', () => {
    fc.assert(
      fc.property(cases, fc.constantFrom(0.01, 0.3, 0.5), (spec, minScore) => {
        const { doc, tests } = documentOf(spec);
        const listed = new Set(findFlakyTests(tests, doc, { minScore, sha: 'sha1' }).map((f) => f.id));
        for (const test of tests) {
          const score = flakeScore(flakeEvidence(test.outcome, doc, test.id, 'sha1'));
          const expected = test.outcome !== 'skipped' && score >= minScore && score > 0;
          expect(listed.has(test.id)).toBe(expected);
        }
      }),
    );
  });

  it('flakeEvidenceOfRow reads the same evidence off the columns as flakeEvidence', () => {
    fc.assert(
      fc.property(cases, fc.constantFrom(undefined, 'sha0', 'sha1', 'other'), (spec, sha) => {
        const { doc, tests } = documentOf(spec);
        for (const test of tests)
          expect(flakeEvidenceOfRow(test.outcome, doc, doc.tests.rowOf(test.id), sha)).toEqual(
            flakeEvidence(test.outcome, doc, test.id, sha),
          );
      }),
    );
  });

  it('compareWithBaseline skips no fixed, new or still-failing test', () => {
    fc.assert(
      fc.property(cases, (spec) => {
        const { doc, tests } = documentOf(spec);
        const comparison = compareWithBaseline(tests, doc);
        const lastSeen = (id: string): string | undefined =>
          observationsOf(doc, doc.tests.rowOf(id)).at(-1)?.status;
        const ids = (refs: readonly { id: string }[]) => new Set(refs.map((r) => r.id));
        const fixed = ids(comparison.fixed);
        const still = ids(comparison.stillFailing);
        const fresh = ids(comparison.newFailures);
        for (const test of tests) {
          const before = lastSeen(test.id);
          expect(fixed.has(test.id)).toBe(test.outcome === 'passed' && before === 'F');
          expect(still.has(test.id)).toBe(test.outcome === 'failed' && before === 'F');
          expect(fresh.has(test.id)).toBe(test.outcome === 'failed' && before !== 'F');
        }
      }),
    );
  });

  it('findTestRegressions lists exactly the tests checkRegression judges regressed', () => {
    fc.assert(
      fc.property(
        cases,
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(0, 50, 100),
        (spec, minSamples, minDeltaMs) => {
          const { doc, tests } = documentOf(spec);
          const options = { minSamples, minDeltaMs };
          const listed = new Set(findTestRegressions(tests, doc, options).map((s) => s.id));
          for (const test of tests) {
            const samples = observationsOf(doc, doc.tests.rowOf(test.id))
              .filter((o) => o.status === 'P' || o.status === 'K')
              .map((o) => o.durationMs);
            const judged = test.outcome === 'passed' || test.outcome === 'flaky';
            const current = test.attempts[test.attempts.length - 1]?.durationMs ?? 0;
            expect(listed.has(test.id)).toBe(judged && checkRegression(samples, current, options).regressed);
          }
        },
      ),
    );
  });
});
