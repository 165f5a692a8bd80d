/**
 * The history issue's scenario, on the pure core: three runs share one history (each saved and read back
 * through the codec), and the third run's analysis names exactly the expected new failures, still-failing,
 * fixed, flaky, slower, added and removed tests and failure clusters.
 */
import { describe, expect, it } from 'vitest';
import { decodeHistory, encodeHistory } from '../../src/history/codec.js';
import type { HistoryDocument } from '../../src/history/history-document.js';
import { updateHistory } from '../../src/history/update.js';
import { analyseRun } from '../../src/trend/analyse.js';
import { at, idOf, runRecord, specTests, type RunSpec } from '../history/generate.js';

const refused = (port: number): string => `connect ECONNREFUSED 127.0.0.1:${port}`;
const TIMEOUT = 'Timeout of 5000ms exceeded';

/** Forty steady tests over four files, the same in every run. */
function fillers(run: number): RunSpec {
  const spec: Record<string, readonly ['passed', number]> = {};
  for (let i = 0; i < 40; i++)
    spec[`test/fill-${i % 4}.test.ts::filler ${i}`] = ['passed', 100 + ((i + run) % 3) * 5];
  return spec;
}

const RUNS: RunSpec[] = [
  {
    ...fillers(1),
    'test/db.test.ts::n1': ['passed', 200],
    'test/db.test.ts::n2': ['passed', 200],
    'test/api.test.ts::n3': ['passed', 200],
    'test/math.test.ts::n4': ['passed', 200],
    'test/slow.test.ts::s1': ['failed', 5000, TIMEOUT],
    'test/slow.test.ts::s2': ['passed', 200],
    'test/fix.test.ts::f1': ['passed', 200],
    'test/flaky.test.ts::k1': ['passed', 200],
    'test/flaky.test.ts::k2': ['flaky', 200, 'element not visible'],
    'test/perf.test.ts::w1': ['passed', 200],
    'test/perf.test.ts::w2': ['passed', 200],
    'test/old.test.ts::r1': ['passed', 200],
  },
  {
    ...fillers(2),
    'test/db.test.ts::n1': ['passed', 210],
    'test/db.test.ts::n2': ['passed', 210],
    'test/api.test.ts::n3': ['passed', 210],
    'test/math.test.ts::n4': ['passed', 210],
    'test/slow.test.ts::s1': ['failed', 5000, TIMEOUT],
    'test/slow.test.ts::s2': ['failed', 5000, TIMEOUT],
    'test/fix.test.ts::f1': ['failed', 200, 'expected "a" to equal "b"'],
    'test/flaky.test.ts::k1': ['passed', 210],
    'test/flaky.test.ts::k2': ['failed', 210, 'element not visible'],
    'test/perf.test.ts::w1': ['passed', 210],
    'test/perf.test.ts::w2': ['passed', 260],
    'test/old.test.ts::r1': ['passed', 210],
  },
  {
    ...fillers(3),
    'test/db.test.ts::n1': ['failed', 30, refused(5432)],
    'test/db.test.ts::n2': ['failed', 30, refused(6001)],
    'test/api.test.ts::n3': ['failed', 30, refused(38117)],
    'test/math.test.ts::n4': ['failed', 30, 'expected 5 to be 6'],
    'test/slow.test.ts::s1': ['failed', 5000, TIMEOUT],
    'test/slow.test.ts::s2': ['failed', 5000, TIMEOUT],
    'test/fix.test.ts::f1': ['passed', 200],
    'test/flaky.test.ts::k1': ['flaky', 200],
    'test/flaky.test.ts::k2': ['passed', 200],
    'test/perf.test.ts::w1': ['passed', 900],
    'test/perf.test.ts::w2': ['passed', 330],
    'test/new.test.ts::a1': ['failed', 10, "Cannot read properties of undefined (reading 'id')"],
    'test/new.test.ts::a2': ['passed', 10],
  },
];

const SHAS = ['1111111aaaa', '2222222bbbb', '3333333cccc'];

/** Runs 1 and 2 through update → encode → decode: the history a third run would load. */
function sharedHistory(): HistoryDocument {
  let doc: HistoryDocument | undefined;
  for (const [i, spec] of RUNS.slice(0, 2).entries()) {
    const updated = updateHistory(doc, runRecord(specTests(spec), { sha: SHAS[i], runId: String(100 + i) }));
    const read = decodeHistory(encodeHistory(updated));
    if (!read.ok) throw new Error(read.problem.message);
    doc = read.doc;
  }
  return doc as HistoryDocument;
}

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
const named = (...keys: string[]) => keys.map(idOf);

describe('three runs sharing one history', () => {
  const baseline = sharedHistory();
  const third = specTests(at(RUNS, 2));
  const record = runRecord(third, { sha: SHAS[2] });
  const analysis = analyseRun({
    tests: third,
    files: record.files,
    sha: SHAS[2],
    baseline,
    failOn: 'new-failures',
    quarantine: ['test/math.test.ts::*n4'],
    // Two earlier runs are all this history has; the default (5 samples) would wait for more.
    regression: { minSamples: 2 },
  });

  it('compares with the second run', () => {
    expect(analysis.comparison.baseline).toMatchObject({
      seq: 2,
      sha: SHAS[1],
      runId: '101',
      branch: 'main',
    });
  });

  it('names exactly the new failures, still failing, fixed, added and removed tests', () => {
    const c = analysis.comparison;
    expect(ids(c.newFailures)).toEqual(
      named(
        'test/api.test.ts::n3',
        'test/db.test.ts::n1',
        'test/db.test.ts::n2',
        'test/math.test.ts::n4',
        'test/new.test.ts::a1',
      ),
    );
    expect(c.stillFailing.map((s) => [s.id, s.runsInARow])).toEqual([
      [idOf('test/slow.test.ts::s1'), 3],
      [idOf('test/slow.test.ts::s2'), 2],
    ]);
    expect(ids(c.fixed)).toEqual(named('test/fix.test.ts::f1', 'test/flaky.test.ts::k2'));
    expect(ids(c.added)).toEqual(named('test/new.test.ts::a1', 'test/new.test.ts::a2'));
    expect(ids(c.removed)).toEqual(named('test/old.test.ts::r1'));
  });

  it('names exactly the flaky tests, with their evidence', () => {
    // k1 was retried in this run; k2 in the first run. f1 (pass, fail, pass) is a break and its fix over
    // too few runs to call it flaky.
    expect(analysis.flaky.map((f) => [f.id, f.score, f.reason])).toEqual([
      [idOf('test/flaky.test.ts::k1'), 0.5, 'retry'],
      [idOf('test/flaky.test.ts::k2'), 0.5, 'history'],
    ]);
    expect(analysis.flaky[1]?.evidence).toMatchObject({
      retriedNow: false,
      retriedRuns: 1,
      flips: 2,
      observed: 3,
    });
  });

  it('names exactly the slower tests and files, and not the noisy one', () => {
    expect(analysis.slowerTests.map((s) => [s.id, s.baselineMs, s.currentMs])).toEqual([
      [idOf('test/perf.test.ts::w1'), 205, 900],
    ]);
    expect(analysis.slowerFiles.map((s) => s.path)).toEqual(['test/perf.test.ts']);
  });

  it('groups the failures into the expected clusters', () => {
    expect(analysis.clusters.map((c) => [c.count, c.signature])).toEqual([
      [3, 'connect ECONNREFUSED 127.0.0.1:<n>'],
      [2, 'Timeout of <n>ms exceeded'],
      [1, "Cannot read properties of undefined (reading 'id')"],
      [1, 'expected <n> to be <n>'],
    ]);
    expect(analysis.newFailureClusters.map((c) => [c.count, c.signature])).toEqual([
      [3, 'connect ECONNREFUSED 127.0.0.1:<n>'],
      [1, "Cannot read properties of undefined (reading 'id')"],
      [1, 'expected <n> to be <n>'],
    ]);
  });

  it('fails on the new failures that are not quarantined, and says why', () => {
    expect(analysis.decision.fail).toBe(true);
    expect(analysis.decision.reason).toBe(
      '4 new failures against the baseline (run 101, 2222222) (1 quarantined failure ignored)',
    );
    expect(ids(analysis.decision.quarantined)).toEqual(named('test/math.test.ts::n4'));
  });

  it('is deterministic: the same inputs in another order give the same analysis', () => {
    const again = analyseRun({
      tests: [...third].reverse(),
      files: [...record.files].reverse(),
      sha: SHAS[2],
      baseline: sharedHistory(),
      failOn: 'new-failures',
      quarantine: ['test/math.test.ts::*n4'],
      regression: { minSamples: 2 },
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(analysis));
  });
});
