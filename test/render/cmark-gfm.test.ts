/**
 * The PR comment and the job summary rendered as users see them (issue 20, "Rendered as users see it"):
 * through `cmark-gfm`, the C library GitHub's Markdown renderer is built on, with GitHub's extensions
 * (table, strikethrough, autolink, tagfilter) and raw HTML on (GitHub keeps `<details>`). The run is built
 * the real way (Report → view, with the checkout root, code-host links, shards and reproduce commands) and
 * holds a test whose name attacks the renderer. The HTML is checked: every table row has its header's
 * column count and the title it should, every link is https and points where it should, no markup from a
 * test name survives (cmark's own AST lists every raw HTML node), and `<details>` blocks balance.
 * Screenshots of the rendered comment at a narrow and a wide width go to test-output/; with
 * TESSERA_UPDATE_DOCS=1 to docs/ too (the README shows them).
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { displayTitle } from '../../src/model/index.js';
import { renderComment, renderJobSummary } from '../../src/render/comment/index.js';
import { failureAnchor } from '../../src/render/view.js';
import { describeWithTools } from '../support/system-tools.js';
import { REPO_ROOT } from '../support/corpus.js';
import { launchChromium, type Browser } from './chromium.js';
import { HTML_REPORT, jobUrl, REPO_URL, RUN_URL, SHA, sampleView } from './actionable-run.js';

const exec = promisify(execFile);
const OUTPUT = resolve(REPO_ROOT, 'test-output');
const DOCS = resolve(REPO_ROOT, 'docs');

/** cmark-gfm as GitHub runs it: its extensions, raw HTML kept (tagfilter still disarms the dangerous tags). */
async function cmark(markdown: string, to: 'html' | 'xml'): Promise<string> {
  const child = exec(
    'cmark-gfm',
    [
      '--unsafe',
      '--to',
      to,
      ...['table', 'strikethrough', 'autolink', 'tagfilter'].flatMap((e) => ['-e', e]),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  child.child.stdin?.end(markdown);
  return (await child).stdout;
}

/** HTML entities back to text, for comparing a cell's text with a title. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u200B/g, '');
}

/** Cells of each row of each table in cmark's HTML: header cells first. */
function tablesOf(html: string): { header: string[]; rows: string[][] }[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table = '']) => {
    const cells = (row: string, tag: string): string[] =>
      [...row.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? '';
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
    return {
      header: cells(head, 'th'),
      rows: [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1] ?? '', 'td')),
    };
  });
}

/** The table lines of the markdown with their count of cell separators (unescaped `|`). */
function pipeCounts(markdown: string): number[][] {
  const tables: number[][] = [];
  let current: number[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      current ??= [];
      current.push((line.match(/(?<!\\)\|/g) ?? []).length);
    } else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

/** Raw HTML that cmark kept as HTML (not text): the only markup that is not Markdown's own. */
function rawHtmlNodes(xml: string): string[] {
  return [...xml.matchAll(/<html_(?:inline|block)[^>]*>([\s\S]*?)<\/html_(?:inline|block)>/g)].map((m) =>
    textOf(m[1] ?? '').trim(),
  );
}

describeWithTools(['cmark-gfm'], 'the comment and the job summary through cmark-gfm', () => {
  const { report, view } = sampleView();
  const surfaces = {
    comment: renderComment(view).markdown,
    summary: renderJobSummary(view).markdown,
  };
  let browser: Browser | undefined;

  beforeAll(() => {
    mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const [surface, markdown] of Object.entries(surfaces)) {
    it(`${surface}: every table row has its header's columns and the whole title`, async () => {
      const html = await cmark(markdown, 'html');
      for (const counts of pipeCounts(markdown)) for (const c of counts) expect(c).toBe(counts[0]);
      const tables = tablesOf(html);
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
      const titles = tables.flatMap((t) => t.rows.map((r) => textOf(r[0] ?? '')));
      for (const test of report.tests.filter((t) => t.outcome === 'failed'))
        expect(titles).toContain(displayTitle(test));
      // The mocha full title reads once: no repeated suite.
      expect(titles).toContain('Async behaviour › passes an error to done()');
    });

    it(`${surface}: every link is https and points where it should`, async () => {
      const html = await cmark(markdown, 'html');
      const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
      expect(hrefs).toContain(`${REPO_URL}/blob/${SHA}/test/async.spec.js#L22`);
      expect(hrefs).toContain(`${REPO_URL}/blob/${SHA}/test/checkout.spec.js#L41`);
      expect(hrefs).toContain(jobUrl(2));
      expect(hrefs).toContain(jobUrl(3));
      expect(hrefs).toContain(`${HTML_REPORT}#${failureAnchor('00000000000000a1')}`);
      expect(hrefs).toContain(RUN_URL);
      // The hostile file is repo-relative, so it is linked, encoded: its `|` and brackets stay in the URL.
      expect(
        hrefs.filter((h) => h.includes('javascript')).every((h) => h.startsWith(`${REPO_URL}/blob/`)),
      ).toBe(true);
      // Every link the page has is one of these kinds.
      for (const href of hrefs)
        expect(
          href.startsWith(`${REPO_URL}/blob/${SHA}/`) ||
            href.startsWith(`${RUN_URL}/job/`) ||
            href.startsWith(`${HTML_REPORT}#t-`) ||
            href === RUN_URL,
          href,
        ).toBe(true);
    });

    it(`${surface}: no markup from a test name survives, and <details> blocks balance`, async () => {
      const [html, xml] = await Promise.all([cmark(markdown, 'html'), cmark(markdown, 'xml')]);
      // cmark's AST: every raw HTML node is one of ours.
      const ours =
        /^(?:<!-- tessera:report -->|<details><summary>Reproduce locally \(from the repository root\)<\/summary>|<\/details>)$/;
      for (const node of rawHtmlNodes(xml)) expect(node).toMatch(ours);
      expect(html).not.toMatch(/<(?:script|img|b|iframe)[\s>]/i);
      let depth = 0;
      for (const tag of html.matchAll(/<(\/?)details>/g)) {
        depth += tag[1] === '/' ? -1 : 1;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      expect(html).toContain('<details>');
      // The reproduce command is in a code block inside the details, as text.
      expect(html).toMatch(/<details><summary>[^<]*<\/summary>\s*<pre><code class="language-sh">npx mocha/);
    });
  }

  it('screenshots of the rendered comment, narrow and wide', async () => {
    const body = await cmark(surfaces.comment, 'html');
    browser = await launchChromium({ width: 1012, height: 800 });
    for (const [name, width] of [
      ['comment-narrow', 420],
      ['comment-wide', 1012],
    ] as const) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.setContent(githubLikePage(body));
      // Open the reproduce blocks, as a reviewer would.
      for (const details of await page.locator('details').all())
        await details.evaluate((d) => d.setAttribute('open', ''));
      // Nothing in the page ran script: the hostile name's <script> and onerror stayed text.
      expect(
        await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: true });
      if (process.env.TESSERA_UPDATE_DOCS === '1')
        await page.screenshot({ path: join(DOCS, `${name}.png`), fullPage: true });
      await page.close();
    }
  });
});

/** A page styled like a GitHub comment (system fonts, bordered tables, grey code blocks) around the HTML. */
function githubLikePage(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><style>
body { margin: 0; padding: 16px; background: #fff; color: #1f2328;
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px; max-width: 980px; overflow-wrap: break-word; }
h3 { font-size: 1.25em; margin: 0 0 16px; } h4 { font-size: 1em; margin: 24px 0 16px; }
a { color: #0969da; text-decoration: none; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; margin: 0 0 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; font-size: 85%; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
details summary { cursor: pointer; }
</style></head><body><div class="comment">${body}</div></body></html>`;
}
