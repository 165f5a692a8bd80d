/**
 * The HTML report in real headless Chromium (Debian's `chromium`, driven by playwright-core): it loads from
 * a file:// URL without console errors or any network request, filters and sorts, shows failure details,
 * keeps the DOM bounded at 100,000 tests, and never runs script from a test name. Screenshots go to
 * test-output/ (html-report.png, report-screenshot.png); with TESSERA_UPDATE_DOCS=1 the README's
 * docs/report-screenshot.png is refreshed too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/render/html/client-script.js';
import { renderHtmlReport } from '../../src/render/html/index.js';
import type { ReportView, ViewTestRow } from '../../src/render/view.js';
import { launchChromium, openReport, type Browser, type OpenedReport } from './chromium.js';
import { HOSTILE_TITLE, hostileView } from './hostile.js';
import { realisticRun } from './realistic-run.js';
import { makeView } from './view-fixtures.js';

const OUTPUT = resolve('test-output');
const DOCS = resolve('docs');

/** What the tests read from the page's globals (the test code is typed for Node, without the DOM lib). */
interface BrowserGlobals {
  readonly document: { getElementById(id: string): { readonly textContent: string | null } | null };
  readonly __pwned?: unknown;
}

let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Writes the report of `view` to test-output and opens it. */
async function open(view: ReportView, name: string): Promise<OpenedReport> {
  const file = join(OUTPUT, `${name}.html`);
  writeFileSync(file, renderHtmlReport(view));
  return openReport(browser, file);
}

function rows(page: Page): Promise<string[]> {
  return page.locator('#tests tbody tr.row td.title').allTextContents();
}

/** Types into the filter box and waits until the table has re-rendered for it. */
async function filter(page: Page, text: string): Promise<void> {
  const before = await page.locator('#shown').textContent();
  await page.fill('#search', text);
  await page.waitForFunction(
    (old) => (globalThis as unknown as BrowserGlobals).document.getElementById('shown')?.textContent !== old,
    before,
  );
}

function titlesOf(tests: readonly ViewTestRow[]): string[] {
  return tests.slice(0, PAGE_SIZE).map((t) => t.title);
}

describe('the HTML report in Chromium', () => {
  const { view } = realisticRun();

  it('loads from a file with no console error and no network request, one page of rows', async () => {
    const { page, errors, network } = await open(view, 'html-report');
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe(`${view.summary.failed} failed`);
    expect(await rows(page)).toEqual(titlesOf(view.tests));
    expect(await page.locator('#shown').textContent()).toBe(`1–${PAGE_SIZE} of ${view.tests.length} tests`);
    expect(await page.locator('svg.chart').count()).toBe(3);
    await page.close();
  });

  it('filters by status and by text', async () => {
    const { page, errors } = await open(view, 'html-report');
    await page.click('.chip[data-status="failed"]');
    const failed = view.tests.filter((t) => t.outcome === 'failed');
    expect(await rows(page)).toEqual(titlesOf(failed));
    expect(await page.locator('#tests tbody tr.row:not(.failed)').count()).toBe(0);

    await page.click('.chip[data-status="all"]');
    await filter(page, 'ORDERS API (us)');
    const matching = view.tests.filter((t) => t.title.toLowerCase().includes('orders api (us)'));
    expect(matching.length).toBeGreaterThan(0);
    expect(await rows(page)).toEqual(titlesOf(matching));

    await filter(page, 'no test is called this');
    expect(await rows(page)).toEqual([]);
    expect(await page.locator('#tests tbody tr.empty').textContent()).toBe('No tests match.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by name and by duration when a column header is clicked', async () => {
    const { page } = await open(view, 'html-report');
    const byTitle = [...view.tests].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
    await page.click('th[data-sort="title"]');
    expect(await rows(page)).toEqual(titlesOf(byTitle));
    await page.click('th[data-sort="title"]');
    expect(await rows(page)).toEqual(titlesOf([...byTitle].reverse()));

    await page.click('th[data-sort="duration"]');
    const slowest = view.tests
      .map((t, i) => ({ t, i }))
      .sort((a, b) => b.t.durationMs - a.t.durationMs || a.i - b.i)
      .map((x) => x.t);
    expect(await rows(page)).toEqual(titlesOf(slowest));
    expect(await page.locator('th[data-sort="duration"]').getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('pages through the tests and shows a failure’s message and trace on expanding its row', async () => {
    const { page } = await open(view, 'html-report');
    await page.click('#next');
    expect(await rows(page)).toEqual(titlesOf(view.tests.slice(PAGE_SIZE)));
    await page.click('#prev');

    const first = view.tests[0];
    await page.locator('#tests tbody tr.row button.expand').first().click();
    // Its trace repeats its message (as JUnit's do), so the trace is shown once, styled as the message.
    expect(first?.trace).toContain(first?.message);
    expect(await page.locator('#tests tbody tr.details pre').allTextContents()).toEqual([first?.trace]);
    expect(await page.locator('#tests tbody tr.details pre.message').count()).toBe(1);
    expect(await page.locator('button.expand').first().getAttribute('aria-expanded')).toBe('true');
    // One square per run of the history, this run's last.
    const squares = await page.locator('#tests tbody tr.row').first().locator('.sq').count();
    expect(squares).toBe(first?.history.length);
    await page.screenshot({ path: join(OUTPUT, 'html-report.png'), fullPage: true });
    await page.close();
  });

  it('shows only the failures, one expanded, for the README screenshot', async () => {
    const { page } = await open(view, 'html-report');
    await page.click('.chip[data-status="failed"]');
    await page.locator('#tests tbody tr.row button.expand').nth(0).click();
    expect(await page.locator('#tests tbody tr.row').count()).toBe(view.summary.failed);
    expect(await page.locator('#tests tbody tr.details').isVisible()).toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'report-screenshot.png'), fullPage: true });
    // The README's copy changes only on request, so a test run never dirties the tree.
    if (process.env.TESSERA_UPDATE_DOCS === '1') {
      mkdirSync(DOCS, { recursive: true });
      await page.screenshot({ path: join(DOCS, 'report-screenshot.png'), fullPage: true });
    }
    await page.close();
  });
});

describe('hostile test names in Chromium', () => {
  it('run no script, from the summary, the table or the expanded details', async () => {
    const { page, errors, network } = await open(hostileView(), 'html-hostile');
    const buttons = page.locator('#tests tbody tr.row button.expand');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await buttons.nth(i).click();
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__pwned)).toBeUndefined();
    expect(await page.locator('#tests tbody tr.row td.title').first().textContent()).toBe(
      `${HOSTILE_TITLE} 0`,
    );
    expect(await page.locator('img, details, b').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });
});

describe('100,000 tests in Chromium', () => {
  it('keep the DOM to one page of rows while filtering and paging stay correct', async () => {
    const big = makeView({ passed: 100_000, newFailures: 20 });
    const { page, errors } = await open(big, 'html-100k');
    const total = big.tests.length.toLocaleString('en-US');
    expect(await page.locator('#shown').textContent()).toBe(`1–100 of ${total} tests`);
    expect(await page.locator('tr').count()).toBeLessThanOrEqual(PAGE_SIZE + 1);

    await filter(page, 'works case 4242');
    const matching = big.tests.filter((t) => t.title.includes('works case 4242'));
    expect(await rows(page)).toEqual(titlesOf(matching));

    await filter(page, '');
    await page.click('th[data-sort="duration"]');
    expect(await page.locator('tr').count()).toBeLessThanOrEqual(PAGE_SIZE + 1);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
