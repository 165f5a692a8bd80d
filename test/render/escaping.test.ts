/**
 * Untrusted text renders inertly. In markdown (checked with markdown-it): no mention, no issue reference,
 * no link but ours, no raw HTML but the marker, every table row whole. In HTML: no element but ours, and
 * the embedded JSON gives back the exact text. (That no script runs is proven in Chromium by html.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { commentMarker, renderComment } from '../../src/render/comment/index.js';
import { escapeHtml, jsonForScript, renderHtmlReport } from '../../src/render/html/index.js';
import { renderPassRateChart } from '../../src/render/mermaid.js';
import { safeHttpUrl } from '../../src/render/safe-url.js';
import { HOSTILE_MESSAGE, HOSTILE_TITLE, hostileView } from './hostile.js';
import { fences, linkTargets, proseText, rawHtml, tables } from './markdown-check.js';

describe('untrusted text in the markdown comment', () => {
  const view = hostileView();
  const { markdown } = renderComment(view);

  it('keeps every table row whole, with the expected number of rows', () => {
    const found = tables(markdown);
    // Two failure groups (2 rows each), still failing (3), flaky (2), slower (2).
    expect(found.map((t) => t.rowCells.length)).toEqual([2, 2, 3, 2, 2]);
    for (const table of found) for (const cells of table.rowCells) expect(cells).toBe(table.header.length);
  });

  it('pings nobody and references no issue', () => {
    const prose = proseText(markdown);
    expect(prose).toContain('octocat');
    expect(prose).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
    expect(prose).not.toMatch(/#\d/);
  });

  it('links nothing but the full report, and never javascript:', () => {
    const targets = linkTargets(markdown);
    expect(targets.length).toBeGreaterThan(0);
    for (const href of targets) expect(href).toBe(view.links.fullReport);
  });

  it('passes no raw HTML through but the marker, so `-->` and `</details>` close nothing', () => {
    expect(rawHtml(markdown).map((h) => h.trim())).toEqual([commentMarker()]);
    expect(markdown.split('\n')[0]).toBe(commentMarker());
  });

  it('shows the message verbatim inside a fence its own backticks cannot close', () => {
    const messages = fences(markdown).filter((f) => f.info === 'text');
    expect(messages).toHaveLength(2);
    // The trace repeats the message with its type, so the trace is what the comment shows.
    for (const fence of messages) expect(fence.content).toBe(`Error: ${HOSTILE_MESSAGE}\n`);
  });
});

describe('untrusted text in the HTML report', () => {
  const view = hostileView();
  const html = renderHtmlReport(view);

  it('has no element but its own: two scripts, no img, no details', () => {
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<details|<\/details|<b>/i);
  });

  it('carries the exact text in the embedded JSON', () => {
    const json = /<script type="application\/json" id="tessera-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    const data = JSON.parse(json) as { tests: { t: string; m?: string }[] };
    expect(data.tests[0]?.t).toBe(`${HOSTILE_TITLE} 0`);
    expect(data.tests[0]?.m).toBe(HOSTILE_MESSAGE);
  });

  it('escapes for HTML and for a script element', () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
    const json = jsonForScript({ t: '</script><!-- \u2028' });
    expect(json).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(json)).toEqual({ t: '</script><!-- \u2028' });
  });
});

describe('links and chart labels', () => {
  it('accepts only absolute http(s) URLs, with quotes and parentheses encoded', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeHttpUrl('/relative')).toBeUndefined();
    expect(safeHttpUrl('https://ci.example.com/a(b)"c')).toBe('https://ci.example.com/a%28b%29%22c');
  });

  it('keeps Mermaid labels inside their quotes', () => {
    const chart = renderPassRateChart([
      { label: '"] \n line [0', tests: 1, failed: 0, passRate: 1, wallMs: 1, current: false },
      { label: '#1;', tests: 1, failed: 0, passRate: 1, wallMs: 1, current: true },
    ]);
    expect(chart?.split('\n')[2]).toBe('  x-axis ["line 0", "1"]');
  });
});
