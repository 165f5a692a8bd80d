/**
 * The HTML report's failures (issue 20, "The HTML report"): an anchor per failure, which the comment's rows
 * link to, with the same links as the comment (the file at the head commit, the shard's job log) and the
 * reproduce commands; in Chromium the anchor is the element a comment link lands on.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/render/html/index.js';
import { failureAnchor } from '../../src/render/view.js';
import { jobUrl, REPO_URL, SHA, sampleView } from './actionable-run.js';
import { launchChromium, type Browser } from './chromium.js';

describe('the HTML report of a sharded run with failures', () => {
  const { view } = sampleView();
  const html = renderHtmlReport(view);
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-html-failures-'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has an anchor per failure, with its code link, its shard link and the reproduce command', () => {
    for (const group of view.newFailures)
      for (const test of group.tests) expect(html).toContain(`id="${failureAnchor(test.id)}"`);
    expect(html).toContain(`href="${REPO_URL}/blob/${SHA}/test/async.spec.js#L22"`);
    expect(html).toContain(`href="${jobUrl(2)}"`);
    expect(html).toContain('Reproduce locally');
    // Mocha reads the files after a `--` (the guard the run's command lines use too).
    expect(html).toContain('npx mocha --reporter mocha-junit-reporter');
    expect(html).toContain(' -- test/async.spec.js');
  });

  it('lands a comment link on its failure, and links the rows of the test table', async () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const anchor = failureAnchor('00000000000000a1');
    await page.goto(`${pathToFileURL(file).href}#${anchor}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(anchor);
    expect(await page.locator(':target .name').textContent()).toBe(
      'Async behaviour › passes an error to done()',
    );
    // The table's failed rows link their location and shard; every link of the page is https.
    await page.click('.chip[data-status="failed"]');
    const rowLinks = await page
      .locator('#tests td.where a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(rowLinks).toContain(`${REPO_URL}/blob/${SHA}/test/checkout.spec.js#L41`);
    expect(rowLinks).toContain(jobUrl(3));
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(errors).toEqual([]);
    await page.close();
  });
});
