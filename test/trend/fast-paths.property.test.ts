/**
 * The trend checks skip work for tests that cannot be listed (no failure or retry in the window, too few
 * samples, a duration not far enough above the smallest sample) and read durations straight off the window
 * strings. These properties check that the shortcuts never change a result: each is compared with the plain
 * definition, built from `observationsOf`, on random windows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  observationsOf,
  passingDurations,
  type HistoryDocument,
  type HistoryRun,
  type TestHistory,
} from '../../src/history/history-document.js';
import type { Outcome, TestCase } from '../../src/model/index.js';
import { findFlakyTests, flakeEvidence, flakeScore } from '../../src/trend/flaky.js';
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
  const entries: Record<string, TestHistory> = Object.create(null);
  const tests = spec.map(([statuses, outcome, ms], i) => {
    const test = testCase('a.test.ts', `test ${i}`, outcome, ms);
    entries[test.id] = {
      t: `suite › test ${i}`,
      s: statuses.map(([s]) => s).join(''),
      d: statuses.map(([, d]) => d).join(' '),
      seen: 20,
    };
    return test;
  });
  return { doc: { version: 1, branch: 'main', runs, tests: entries, files: {} }, tests };
}

describe('trend fast paths', () => {
  it('passingDurations is the passing observations’ durations', () => {
    fc.assert(
      fc.property(cases, (spec) => {
        const { doc } = documentOf(spec);
        for (const entry of Object.values(doc.tests)) {
          const plain = observationsOf(doc, entry)
            .filter((o) => o.status === 'P' || o.status === 'K')
            .map((o) => o.durationMs);
          expect(passingDurations(doc, entry)).toEqual(plain);
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
            const entry = doc.tests[test.id] as TestHistory;
            const samples = observationsOf(doc, entry)
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
