/**
 * The HTML report: one self-contained file that makes no network request. Styles and the table script are
 * inline, the charts are inline SVG, and the tests travel as JSON in a `<script type="application/json">`
 * (escaped so no test name can end it). A Content-Security-Policy forbids any fetch and any script but the
 * page's own, so even a mistake could neither load anything nor run injected script. Pure.
 */
import { createHash } from 'node:crypto';
import type { ReportView, ViewTestRow } from '../view.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { escapeHtml, jsonForScript } from './escape-html.js';
import { renderFailures } from './failures.js';
import { safeHttpsUrl } from '../safe-url.js';
import { STYLES } from './styles.js';
import { renderBanner, renderCards, renderChanges, renderCharts, renderNotes } from './summary.js';

/**
 * No network, no plugins, no frames. Only the page's own script runs: it is allowed by its SHA-256 hash,
 * which also forbids inline event handlers, so even text that became markup by mistake could not run.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(CLIENT_SCRIPT).digest('base64')}'`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * One test as the page carries it: one-letter keys, because at 100,000 tests the key names alone would be
 * several megabytes. The outcome is not repeated: it is the last character of the status history `h`.
 */
interface PageTest {
  /** Title. */
  readonly t: string;
  /** File. */
  readonly f?: string;
  /** Line. */
  readonly l?: number;
  /** Duration in whole milliseconds. */
  readonly d: number;
  /** Attempts, when more than one. */
  readonly a?: number;
  /** Status history, this run last (P, F, K, S, -). */
  readonly h: string;
  /** Failure category. */
  readonly c?: string;
  /** Message. */
  readonly m?: string;
  /** Trace. */
  readonly s?: string;
  /** The file's page on the code host (a checked https URL), for failed and flaky tests. */
  readonly u?: string;
  /** The shard that ran it, `i/N`. */
  readonly j?: string;
  /** That shard's job log (a checked https URL). */
  readonly k?: string;
}

const STATUS_OF_OUTCOME: Record<ViewTestRow['outcome'], string> = {
  passed: 'P',
  failed: 'F',
  flaky: 'K',
  skipped: 'S',
};

function pageTest(t: ViewTestRow): PageTest {
  return {
    t: t.title,
    ...(t.file !== undefined ? { f: t.file } : {}),
    ...(t.line !== undefined ? { l: t.line } : {}),
    d: Math.round(t.durationMs),
    ...(t.attempts > 1 ? { a: t.attempts } : {}),
    // The last status is this run's: set from the outcome, so the page can never disagree with it.
    h: t.history.slice(0, -1) + STATUS_OF_OUTCOME[t.outcome],
    ...(t.category !== undefined ? { c: t.category } : {}),
    ...(t.message !== undefined ? { m: t.message } : {}),
    ...(t.trace !== undefined ? { s: t.trace } : {}),
    ...linksOf(t),
  };
}

/** A row's links, checked here so the page's script only ever sets an https `href`. */
function linksOf(t: ViewTestRow): Pick<PageTest, 'u' | 'j' | 'k'> {
  const u = safeHttpsUrl(t.fileUrl);
  const k = safeHttpsUrl(t.shard?.url);
  return {
    ...(u !== undefined ? { u } : {}),
    ...(t.shard ? { j: `${t.shard.index}/${t.shard.total}` } : {}),
    ...(k !== undefined ? { k } : {}),
  };
}

function chip(status: string, label: string, n: number, pressed: boolean): string {
  return `<button type="button" class="chip" data-status="${status}" aria-pressed="${pressed}">${escapeHtml(label)}<span class="n">${n.toLocaleString('en-US')}</span></button>`;
}

function testsSection(view: ReportView): string {
  const s = view.summary;
  const chips = [
    chip('all', 'All', s.tests, true),
    chip('failed', 'Failed', s.failed, false),
    chip('flaky', 'Flaky', s.flaky, false),
    chip('passed', 'Passed', s.passed, false),
    chip('skipped', 'Skipped', s.skipped, false),
  ].join('');
  return [
    '<section class="tests">',
    `<div class="toolbar"><h2>Tests</h2>${chips}<input id="search" type="search" placeholder="Filter by name, file or message" aria-label="Filter tests"></div>`,
    '<table id="tests"><colgroup><col class="c-status"><col class="c-title"><col class="c-where"><col class="c-duration"><col class="c-history"></colgroup>',
    '<thead><tr><th data-sort="status" scope="col">Status</th><th data-sort="title" scope="col">Test</th><th data-sort="where" scope="col">Location</th><th data-sort="duration" scope="col" style="text-align:right">Duration</th><th scope="col">History</th></tr></thead>',
    '<tbody></tbody></table>',
    '<div class="pager"><span id="shown"></span><button type="button" id="prev">Previous</button><button type="button" id="next">Next</button></div>',
    '</section>',
  ].join('');
}

/** Renders the HTML report of a run. */
export function renderHtmlReport(view: ReportView): string {
  const s = view.summary;
  const title = s.failed > 0 ? `${s.failed} failed · Tessera report` : 'Tessera report';
  const data = jsonForScript({ tests: view.tests.map(pageTest) });
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style></head><body>`,
    renderBanner(view),
    '<main>',
    renderCards(view),
    renderNotes(view),
    renderCharts(view),
    renderChanges(view),
    renderFailures(view),
    testsSection(view),
    `<footer>Generated by Tessera at ${escapeHtml(view.generatedAt)}.</footer>`,
    '</main>',
    `<script type="application/json" id="tessera-data">${data}</script>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
