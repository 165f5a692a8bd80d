import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  tableOfWindows,
  type HistoryDocument,
  type HistoryRun,
} from '../../src/history/index.js';
import { buildPlan } from '../../src/plan/index.js';
import { RECENT_RUNS, recentFailures } from '../../src/plan/recent-failures.js';

const run = (seq: number): HistoryRun => ({
  seq,
  at: `2026-01-${String(seq).padStart(2, '0')}T00:00:00Z`,
  provider: 'local',
  summary: { tests: 0, passed: 0, failed: 0, skipped: 0, flaky: 0 },
  durationMs: 0,
  wallMs: 0,
  shards: [],
});

/** A history whose tests have these status windows (oldest first), one test per file. */
function historyOf(windows: Record<string, string>): HistoryDocument {
  const columns = Math.max(...Object.values(windows).map((w) => w.length));
  return {
    ...emptyHistory('main'),
    runs: Array.from({ length: columns }, (_, i) => run(i + 1)),
    tests: tableOfWindows(
      Object.entries(windows).map(([file, statuses]) => ({
        id: `id-${file}`,
        title: file,
        file,
        statuses,
        durations: [...statuses].map(() => 10),
        seen: columns,
      })),
    ),
  };
}

describe('recently failed files', () => {
  it(`count a failure in the last ${RECENT_RUNS} runs, and a flaky run only without one`, () => {
    const recent = recentFailures(
      historyOf({
        'old.test.ts': 'FPPPPPP', // failed 6 runs ago: out of the window
        'new.test.ts': 'PPPPPFF',
        'flaky.test.ts': 'PPPKPPK',
        'both.test.ts': 'PPPKFPP',
        'green.test.ts': 'PPPPPPP',
      }),
    );
    expect(recent.window).toBe(RECENT_RUNS);
    expect(Object.fromEntries(recent.files)).toEqual({
      'new.test.ts': { priority: 'failed', reason: 'failed in 2 of the last 5 runs' },
      'flaky.test.ts': { priority: 'flaky', reason: 'flaky in 2 of the last 5 runs' },
      'both.test.ts': { priority: 'failed', reason: 'failed in 1 of the last 5 runs' },
    });
  });
});

describe('the fail-fast order of a plan', () => {
  const durations = new Map([
    ['test/a.test.ts', 1000],
    ['test/b.test.ts', 5000],
    ['test/c.test.ts', 3000],
    ['test/setup.test.ts', 100],
    ['test/use.test.ts', 200],
    ['test/z.test.ts', 4000],
  ]);
  const items = [...durations.keys()];

  it('runs longest first without a history', () => {
    const plan = buildPlan({ items, durations, shards: 1 });
    expect(plan.shards[0]?.items).toEqual([
      'test/b.test.ts',
      'test/z.test.ts',
      'test/c.test.ts',
      'test/a.test.ts',
      'test/use.test.ts',
      'test/setup.test.ts',
    ]);
    expect(plan.runFirst).toBeUndefined();
  });

  it('moves failed, then flaky units first, whole: an order chain keeps its order', () => {
    const recent = recentFailures(
      historyOf({ 'test/use.test.ts': 'PF', 'test/a.test.ts': 'KP', 'test/b.test.ts': 'PP' }),
    );
    const plan = buildPlan({
      items,
      durations,
      shards: 1,
      recent,
      constraints: { order: [['test/setup.test.ts', 'test/use.test.ts']] },
    });
    // The chain setup > use failed (use did): it runs first, setup still before use.
    expect(plan.shards[0]?.items).toEqual([
      'test/setup.test.ts',
      'test/use.test.ts',
      'test/a.test.ts',
      'test/b.test.ts',
      'test/z.test.ts',
      'test/c.test.ts',
    ]);
    expect(plan.shards[0]?.units?.slice(0, 2)).toEqual([
      {
        items: ['test/setup.test.ts', 'test/use.test.ts'],
        predictedMs: 300,
        priority: 'failed',
        reason: 'failed in 1 of the last 2 runs (test/use.test.ts)',
      },
      {
        items: ['test/a.test.ts'],
        predictedMs: 1000,
        priority: 'flaky',
        reason: 'flaky in 1 of the last 2 runs (test/a.test.ts)',
      },
    ]);
    expect(plan.runFirst).toEqual({ window: 2, failed: 1, flaky: 1 });
  });
});
