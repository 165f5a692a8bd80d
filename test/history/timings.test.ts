import { describe, expect, it } from 'vitest';
import { estimateDurations } from '../../src/plan/estimate.js';
import { fileTimingSamples, historyTimingSamples, testTimingSamples } from '../../src/history/timings.js';
import { historyFrom, idOf } from './generate.js';

const doc = historyFrom([
  { 'b.test.ts::x': ['passed', 100], 'a.test.ts::y': ['passed', 10] },
  { 'b.test.ts::x': ['failed', 5000], 'a.test.ts::y': ['flaky', 20] },
  { 'b.test.ts::x': ['passed', 120] },
]);

describe('timings from history', () => {
  it('gives each file’s wall times, oldest first, sorted by path', () => {
    expect(fileTimingSamples(doc)).toEqual([
      { path: 'a.test.ts', samples: [10, 40] },
      { path: 'b.test.ts', samples: [100, 5000, 120] },
    ]);
  });

  it('gives each test’s passing durations only (a failure’s time is not a duration)', () => {
    expect(testTimingSamples(doc)).toEqual(
      [
        { id: idOf('a.test.ts::y'), file: 'a.test.ts', samples: [10, 20] },
        { id: idOf('b.test.ts::x'), file: 'b.test.ts', samples: [100, 120] },
      ].sort((p, q) => (p.id < q.id ? -1 : 1)),
    );
  });

  it('turns file wall times into the planner’s wall samples, one source per run depth', () => {
    const samples = historyTimingSamples(doc);
    expect(samples.filter((s) => s.file === 'b.test.ts')).toEqual([
      { file: 'b.test.ts', ms: 100, kind: 'wall', source: 'history:main#-3' },
      { file: 'b.test.ts', ms: 5000, kind: 'wall', source: 'history:main#-2' },
      { file: 'b.test.ts', ms: 120, kind: 'wall', source: 'history:main#-1' },
    ]);
    expect(samples).toHaveLength(5);
  });
});

describe('history timings in the planner', () => {
  it('feed the estimator as one wall sample per run, oldest first (median by default, newest with last)', () => {
    const estimates = estimateDurations(['a.test.ts', 'b.test.ts', 'c.test.ts'], historyTimingSamples(doc));
    expect(estimates.durations.get('b.test.ts')).toBe(120);
    expect(estimates.durations.get('a.test.ts')).toBe(25);
    expect(estimates.unknown).toEqual(['c.test.ts']);
    expect(
      estimateDurations(['a.test.ts'], historyTimingSamples(doc), [], { estimator: 'last' }).durations.get(
        'a.test.ts',
      ),
    ).toBe(40);
  });
});
