import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/render/comment/render-comment.js';
import { renderConsoleSummary } from '../../src/render/console-summary.js';
import { renderNotes } from '../../src/render/html/summary.js';
import { buildReportView } from '../../src/render/build-view.js';
import { reuseOf, skipRecordOf } from '../../src/report/bundle-report.js';
import type { BundleRun } from '../../src/report/bundles.js';
import { reportSchema } from '../../src/report/report-document.js';
import type { PlanSkip } from '../../src/plan/plan-document.js';
import { testCase } from '../history/generate.js';
import { sampleReport } from '../render/fixtures.js';

const SKIP: PlanSkip = {
  keys: {
    'test/a.test.ts': 'aaaaaaaaaaaaaaaa',
    'test/b.test.ts': 'bbbbbbbbbbbbbbbb',
    'test/c.test.ts': 'cccccccccccccccc',
  },
  reused: [
    {
      file: 'test/old.test.ts',
      key: 'dddddddddddddddd',
      seq: 4,
      sha: '0123456789abcdef0123',
      tests: 12,
      durationMs: 3000,
    },
    { file: 'test/<b>local</b>.test.ts', key: 'eeeeeeeeeeeeeeee', seq: 5, tests: 2, durationMs: 1000 },
  ],
  unkeyed: 0,
};

describe('reused results in the report', () => {
  it('are counted apart from what ran, with the hit rate and the time saved', () => {
    const reuse = reuseOf(SKIP, 3);
    expect(reuse).toMatchObject({ ranFiles: 3, reusedTests: 14, hitRate: 0.4, savedMs: 4000 });
    expect(reuse.files[0]).toEqual({
      file: 'test/old.test.ts',
      fromSha: '0123456789ab',
      fromRun: 4,
      tests: 12,
      durationMs: 3000,
    });
    const report = { ...sampleReport(), reuse };
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('say "reused from <short commit>" in the comment, the HTML and the console, escaped', () => {
    const report = { ...sampleReport(), reuse: reuseOf(SKIP, 3) };
    const view = buildReportView(report);
    const markdown = renderComment(view).markdown;
    expect(markdown).toContain('2 files reused (14 tests), 3 ran · hit rate 40% · 4.0 s saved');
    expect(markdown).toContain('test/old.test.ts: reused from 0123456 (12 tests)');
    expect(markdown).not.toContain('<b>');
    const html = renderNotes(view);
    expect(html).toContain('<code>test/old.test.ts</code> reused from <code>0123456</code>');
    expect(html).toContain('&lt;b&gt;local');
    expect(renderConsoleSummary(report, { color: false })).toContain('hit rate 40%');
  });

  it('teach the history the keys of the files that passed, not of those that failed or were flaky', () => {
    const run = {
      merged: {
        tests: [
          testCase('test/a.test.ts', 'one', 'passed'),
          testCase('test/a.test.ts', 'two', 'skipped'),
          testCase('test/b.test.ts', 'one', 'passed'),
          testCase('test/b.test.ts', 'two', 'failed'),
          testCase('test/c.test.ts', 'one', 'flaky'),
        ],
      },
    } as unknown as BundleRun;
    expect(skipRecordOf(run, SKIP)).toEqual({
      passed: [{ path: 'test/a.test.ts', key: 'aaaaaaaaaaaaaaaa' }],
      reused: ['test/old.test.ts', 'test/<b>local</b>.test.ts'],
    });
  });
});

describe('report.json', () => {
  it('carries the reuse section, and parses back', async () => {
    const { PassThrough } = await import('node:stream');
    const { writeReportJson } = await import('../../src/report/write-outputs.js');
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeReportJson({ ...sampleReport(), reuse: reuseOf(SKIP, 3) }, out);
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { reuse?: { hitRate: number } };
    expect(parsed.reuse?.hitRate).toBe(0.4);
    expect(reportSchema.safeParse(parsed).success).toBe(true);
  });
});
