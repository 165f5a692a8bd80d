/**
 * Real headless Chromium for the HTML report and Mermaid tests, driven by playwright-core. Which Chromium is
 * test/support/browser.ts's choice: CHROMIUM_PATH, else a system one, else the one `npm ci` brought
 * (test/support/bundled-chromium.ts), so the tests run on a machine with only Node and npm. A browser that
 * cannot start is a failure with the fix in the message, never a skip: a skipped browser test would let a
 * broken report through unnoticed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chooseBrowser } from '../support/browser.js';
import { bundledChromium } from '../support/bundled-chromium.js';

/** Flags for a quiet, offline, sandbox-less headless browser (the tests run as root in a container). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The executable to launch and what its environment needs beyond ours. */
async function executable(): Promise<{ path: string; env: Readonly<Record<string, string>> }> {
  const choice = chooseBrowser();
  if (choice.kind !== 'bundled') return { path: choice.path, env: {} };
  const bundled = await bundledChromium();
  return { path: bundled.executable, env: bundled.env };
}

/** A browser with a fresh profile, and how to close it (removing the profile). */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh user-data directory.
 *
 * @throws Error saying what to set or install when no browser can be found or unpacked
 */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const browser = await executable();
  const profile = mkdtempSync(join(tmpdir(), 'tessera-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.path,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...browser.env },
    viewport,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page opened by {@link openReport}, with what it did wrong while loading and after. */
export interface OpenedReport {
  readonly page: Page;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests for anything but the file itself and data: URLs (a self-contained report makes none). */
  readonly network: string[];
}

/**
 * Opens the HTML report at `file` in a new page of `browser`, recording console errors, uncaught exceptions
 * and network requests from the start, and waits until the report's script marks the page ready.
 */
export async function openReport(browser: Browser, file: string): Promise<OpenedReport> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const network: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) network.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, errors, network };
}
