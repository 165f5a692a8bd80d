/**
 * The `npm start` demo end to end, as a user sees it: the package's own `start` script (with the CLI run
 * from source, since dist/ is built separately) runs twice against a copy of the example suite, so the
 * second run has a history to compare with. Its HTML report is then opened in real headless Chromium: it
 * must load without console errors or network requests and show the demo's counts. The screenshot goes to
 * test-output/demo-report.png; with TESSERA_UPDATE_DOCS=1 also to the README's docs/demo-report.png.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../src/report/report-document.js';
import { launchChromium, openReport, type Browser } from '../render/chromium.js';

const ROOT = resolve('.');
const OUTPUT = join(ROOT, 'test-output');
const DOCS = join(ROOT, 'docs');
/** How the built CLI is invoked in the start script, and how the test invokes it from source instead. */
const BUILT_CLI = 'node dist/cli/index.js ';
const SOURCE_CLI = `${join(ROOT, 'node_modules/.bin/tsx')} ${join(ROOT, 'src/cli/index.ts')} `;

interface DemoRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The `start` script of package.json, pointed at the source CLI. */
function startCommand(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const start = pkg.scripts.start;
  // Fail loudly, rather than test something else, if the script stops starting with the built CLI.
  expect(start.startsWith(BUILT_CLI)).toBe(true);
  return SOURCE_CLI + start.slice(BUILT_CLI.length);
}

/** Runs the demo in `cwd` as `npm start` would (a shell), and returns its exit code and output. */
async function runDemo(cwd: string): Promise<DemoRun> {
  // The shell environment of a user: no Tessera variables leaking in from whoever runs the tests.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TESSERA_')));
  try {
    const { stdout, stderr } = await promisify(execFile)('sh', ['-c', startCommand()], {
      cwd,
      env: { ...env, NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

function readReport(cwd: string): Report {
  const path = join(cwd, '.tessera/report/report.json');
  return parseReport(JSON.parse(readFileSync(path, 'utf8')), path);
}

let cwd: string;
let first: DemoRun;
let second: DemoRun;
let firstReport: Report;
let browser: Browser;

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'tessera-demo-'));
  cpSync(join(ROOT, 'examples/suite'), join(cwd, 'examples/suite'), { recursive: true });
  first = await runDemo(cwd);
  firstReport = readReport(cwd);
  second = await runDemo(cwd);
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchChromium({ width: 1280, height: 1000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (cwd) rmSync(cwd, { recursive: true, force: true });
});

describe('the npm start demo', () => {
  it('passes honestly twice: one flaky test, fixed by its retry, and nothing failed', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    for (const report of [firstReport, readReport(cwd)])
      expect(report.summary).toMatchObject({ tests: 117, failed: 0, flaky: 1, passed: 116, skipped: 0 });
  });

  it('prints the progress, the summary and every report path, the HTML and the history included', () => {
    // The second run has the first one's history: the flaky file runs first (fail fast), in the queue's
    // first batch, which worker 1 takes.
    expect(second.stdout).toMatch(/shard 1\/4 retrying the files that failed \(retry 1\)/);
    expect(second.stdout).toMatch(/Shards: 4 of 4 reported/);
    expect(second.stdout).toMatch(/0 failed, 1 flaky, 116 passed, 0 skipped/);
    for (const path of [
      '.tessera/report/report.json',
      '.tessera/report/junit.xml',
      '.tessera/report/ctrf.json',
      '.tessera/report/report.md',
      '.tessera/report/summary.md',
      '.tessera/report/report.html',
    ])
      expect(second.stdout).toContain(path);
    expect(first.stdout).toMatch(/History \(1 runs?\)/);
    expect(second.stdout).toMatch(/History \(2 runs\)/);
  });

  it('compares the second run with the first: no new failures, and the flaky test with its evidence', () => {
    const report = readReport(cwd);
    expect(firstReport.comparison?.baseline).toBeUndefined();
    expect(report.comparison?.baseline?.branch).toBe('main');
    expect(report.comparison?.newFailures).toEqual([]);
    const flakyTest = report.tests.find((t) => t.outcome === 'flaky');
    expect(flakyTest?.name).toMatch(/waits long enough for the debounced call/);
    expect(report.flaky?.map((f) => f.id)).toEqual([flakyTest?.id]);
  });

  it('writes an HTML report that loads offline in Chromium and shows the demo', async () => {
    const { page, errors, network } = await openReport(browser, join(cwd, '.tessera/report/report.html'));

    expect(await page.locator('h1').textContent()).toBe('All tests passed');
    expect(await page.locator('header .meta').textContent()).toMatch(/^117 tests · /);
    expect(await page.locator('.card.flaky .value').textContent()).toBe('1');
    expect(await page.locator('.card.passed .value').textContent()).toBe('116');
    expect(await page.locator('.note').first().textContent()).toMatch(/^Compared with main/);
    expect(await page.locator('.change.flaky').textContent()).toMatch(/waits long enough/);
    // Pass rate and wall time over the two runs, and the shard timeline.
    expect(await page.locator('svg.chart').count()).toBe(3);
    expect(await page.locator('svg.chart circle.dot').count()).toBe(2);
    expect(await page.locator('svg.chart rect.bar').count()).toBe(2);

    await page.screenshot({ path: join(OUTPUT, 'demo-report.png'), fullPage: false });
    // The README's copy changes only on request, so a test run never dirties the tree.
    if (process.env.TESSERA_UPDATE_DOCS === '1') {
      mkdirSync(DOCS, { recursive: true });
      await page.screenshot({ path: join(DOCS, 'demo-report.png'), fullPage: false });
    }
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });
});
