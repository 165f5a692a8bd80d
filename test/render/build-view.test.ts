/**
 * The adapter from the real documents (Report, trend analysis, baseline history) to the ReportView, on a
 * realistic run built through the real history update and trend analysis. It also renders the README's
 * sample comment from that run (test-output/sample-comment.md; docs/ with TESSERA_UPDATE_DOCS=1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportView, describeEvidence } from '../../src/render/build-view.js';
import { GITHUB_COMMENT_BUDGET, renderComment } from '../../src/render/comment/index.js';
import { countNewFailures } from '../../src/render/view.js';
import { sampleReport } from './fixtures.js';
import { fences, headings } from './markdown-check.js';
import { realisticRun } from './realistic-run.js';

describe('buildReportView', () => {
  const { view, history } = realisticRun();

  it('groups the new failures by cluster, with each failure’s message and place', () => {
    expect(view.newFailures.map((g) => [g.signature, g.tests.length])).toEqual([
      ['Error: connect ECONNREFUSED 127.0.0.1:<n>', 8],
      ['AssertionError: expected <n> to equal <n>', 1],
    ]);
    const cart = view.newFailures[1]?.tests[0];
    expect(cart).toMatchObject({
      title: 'Cart › totals with tax',
      file: 'tests/cart.test.ts',
      line: 54,
      category: 'assertion',
      message: 'AssertionError: expected 107.99 to equal 108.00',
    });
    expect(countNewFailures(view)).toBe(9);
  });

  it('lists still failing with runs in a row, flaky with evidence, and slower tests', () => {
    expect(view.stillFailing.map((s) => [s.title, s.runsInARow])).toEqual([
      ['Checkout › retries a declined card', 5],
    ]);
    expect(view.flaky.map((f) => [f.title, f.evidence])).toEqual([
      ['Search › suggests as you type', 'retried in 4 runs'],
      ['Users API (US) › logs in', 'retried in 3 runs'],
    ]);
    expect(view.slower.length).toBeGreaterThan(0);
    for (const s of view.slower) expect(s.currentMs).toBeGreaterThan(s.baselineMs * 1.5);
  });

  it('computes the delta against the baseline’s last run', () => {
    const last = history.runs[history.runs.length - 1];
    expect(view.delta).toMatchObject({
      branch: 'main',
      sha: last?.sha,
      failed: view.summary.failed - (last?.summary.failed ?? 0),
      passed: view.summary.passed - (last?.summary.passed ?? 0),
      wallMs: (view.summary.wallMs ?? 0) - (last?.wallMs ?? 0),
    });
  });

  it('builds the trend from the baseline’s runs plus this one, and each test’s status squares', () => {
    expect(view.trend).toHaveLength(12);
    expect(view.trend.map((p) => p.current)).toEqual([...Array<boolean>(11).fill(false), true]);
    expect(view.trend[11]?.label).toBe('#12');
    const still = view.tests.find((t) => t.title === 'Checkout › retries a declined card');
    expect(still?.history).toBe('PPPPPPPFFFFF');
    for (const t of view.tests) expect(t.history).toHaveLength(12);
  });

  it('measures shard balance as mean over max of the actual shard times', () => {
    const actual = (view.shards?.shards ?? []).map((s) => s.actualMs ?? 0);
    const mean = actual.reduce((a, b) => a + b, 0) / actual.length;
    expect(view.shards?.balance).toBeCloseTo(mean / Math.max(...actual), 10);
    expect(view.shards?.lowerBoundMs).toBe(94_500);
  });

  it('without trend or history, calls every failure new and lists nothing else', () => {
    const bare = buildReportView(sampleReport());
    expect(bare.delta).toBeNull();
    expect(bare.trend).toEqual([]);
    expect(countNewFailures(bare)).toBe(bare.summary.failed);
    expect(bare.status).toBe('failed');
    expect(bare.tests.map((t) => t.history)).toEqual(
      bare.tests.map((t) => ({ passed: 'P', failed: 'F', flaky: 'K', skipped: 'S' })[t.outcome]),
    );
  });

  it('describes flake evidence strongest first', () => {
    expect(
      describeEvidence({ retriedNow: true, retriedRuns: 1, sameCommitConflicts: 2, flips: 3, observed: 9 }),
    ).toBe('retried in this run · passed and failed on 2 commits · 3 pass/fail flips in 9 runs');
  });

  it('renders the README’s sample comment under the GitHub budget', () => {
    const { markdown } = renderComment(view, { budget: GITHUB_COMMENT_BUDGET });
    expect(headings(markdown)).toContain('❌ New failures (9)');
    expect(fences(markdown).filter((f) => f.info === 'mermaid')).toHaveLength(3);
    mkdirSync(resolve('test-output'), { recursive: true });
    writeFileSync(resolve('test-output/sample-comment.md'), markdown);
    // The README's copy changes only on request, so a test run never dirties the tree.
    if (process.env.TESSERA_UPDATE_DOCS === '1') writeFileSync(resolve('docs/sample-comment.md'), markdown);
  });
});
