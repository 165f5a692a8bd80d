import { describe, expect, it } from 'vitest';
import { renderHeadline, renderMarkdown } from '../../src/render/markdown.js';
import { sampleReport } from './fixtures.js';

describe('renderMarkdown', () => {
  const report = sampleReport();
  const md = renderMarkdown(report);

  it('opens with the verdict and the counts', () => {
    expect(renderHeadline(report)).toBe(
      '❌ **1 failed**, 1 flaky, 1 passed, 1 skipped (4 tests, 2.8 s), **1 unreadable input**',
    );
    expect(md.startsWith('## Test report\n\n❌ **1 failed**')).toBe(true);
  });

  it('lists failed tests with location and an escaped one-line message excerpt', () => {
    const row = md.split('\n').find((l) => l.startsWith('| Cart'));
    expect(row).toBe(
      '| Cart › totals \\| @\u200Bteam #\u200B7 &lt;b&gt; | src/cart.test.ts:42 | expected 3 to be 4 \\[see\\]\u200B(http://x) |',
    );
    // One row per failure: the escaped pipe did not add a column.
    expect(row?.split(/(?<!\\)\|/).length).toBe(5);
  });

  it('lists flaky tests and unreadable inputs', () => {
    expect(md).toContain('### Flaky tests (1)\n\n- API › retries (src/api.test.ts): failed 1 of 2 attempts');
    expect(md).toContain('### Unreadable inputs (1)\n\n- e2e.xml:12:5: unclosed tag &lt;testcase&gt;');
  });

  it('caps the failures table and says how many were left out', () => {
    const capped = renderMarkdown(report, { maxFailures: 0 });
    expect(capped).toContain('…and 1 more failed test.');
    expect(capped).not.toContain('| Cart');
  });

  it('has no failure or flaky sections when everything passed', () => {
    const green = {
      ...report,
      tests: report.tests.filter((t) => t.outcome === 'passed'),
      inputs: { read: report.inputs.read, unreadable: [] },
    };
    const out = renderMarkdown({
      ...green,
      summary: { ...report.summary, failed: 0, flaky: 0, skipped: 0, tests: 1 },
    });
    expect(out).toMatch(/^## Test report\n\n✅ 0 failed, 1 passed/);
    expect(out).not.toContain('###');
  });
});
