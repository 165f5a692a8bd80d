import { describe, expect, it } from 'vitest';
import { renderConsoleSummary } from '../../src/render/console-summary.js';
import { sampleReport } from './fixtures.js';

describe('renderConsoleSummary', () => {
  const report = sampleReport();

  it('shows counts, time, failures with location and message, flaky, unreadable and outputs, without colour', () => {
    const text = renderConsoleSummary(report, {
      color: false,
      outputs: [
        { label: 'JSON', path: '.tessera/report/report.json' },
        { label: 'JUnit XML', path: 'out/junit.xml' },
      ],
    });
    expect(text).toBe(
      [
        'Tessera report: 4 tests from 1 result file',
        '  1 failed, 1 flaky, 1 passed, 1 skipped',
        '  2.8 s of tests',
        '',
        'Failed (1):',
        '  ✗ Cart › totals | @team #7 <b>  src/cart.test.ts:42',
        '      expected 3 to be 4 [see](http://x)',
        '',
        'Flaky (1):',
        '  ~ API › retries',
        '',
        'Unreadable inputs (1):',
        '  ! e2e.xml:12:5: unclosed tag <testcase>',
        '',
        'Wrote:',
        '  JSON       .tessera/report/report.json',
        '  JUnit XML  out/junit.xml',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('\u001b');
  });

  it('colours only when asked, and never passes control characters from test names to the terminal', () => {
    const hostile = {
      ...report,
      tests: report.tests.map((t) => (t.outcome === 'failed' ? { ...t, name: 'evil\u001b[2J\u0007' } : t)),
    };
    const coloured = renderConsoleSummary(hostile, { color: true });
    expect(coloured).toContain('\u001b[31m');
    // The escape sequence is removed whole; the bell shows as U+FFFD.
    expect(coloured).toContain('evil\uFFFD');
    expect(coloured).not.toContain('\u001b[2J');
  });
});
