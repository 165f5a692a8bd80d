/**
 * A realistic run for the renderers, built through the real pipeline: twelve runs of a web-shop suite go
 * through the history update, and the last one through buildReport, analyseRun and buildReportView. It
 * gives the README's screenshot and checks the adapter on real documents. Deterministic (seeded).
 */
import type { HistoryDocument } from '../../src/history/history-document.js';
import { summarizeTests } from '../../src/history/run-record.js';
import { updateHistory } from '../../src/history/update.js';
import { makeTestCase, type Attempt, type TestCase } from '../../src/model/index.js';
import { buildReportView } from '../../src/render/build-view.js';
import type { ReportView, ViewShard } from '../../src/render/view.js';
import { buildReport } from '../../src/report/build-report.js';
import { mergeResults } from '../../src/report/merge.js';
import { analyseRun } from '../../src/trend/analyse.js';
import { seededRandom } from '../history/generate.js';

const AREAS = [
  ['tests/cart.test.ts', 'Cart', ['adds an item', 'removes an item', 'applies a coupon', 'totals with tax']],
  [
    'tests/checkout.spec.ts',
    'Checkout',
    ['pays by card', 'pays by invoice', 'shows the receipt', 'retries a declined card'],
  ],
  [
    'tests/api/orders.test.ts',
    'Orders API',
    ['lists orders', 'creates an order', 'cancels an order', 'pages results'],
  ],
  [
    'tests/api/users.test.ts',
    'Users API',
    ['signs up', 'logs in', 'resets a password', 'deletes an account'],
  ],
  [
    'tests/search.test.ts',
    'Search',
    ['finds by name', 'filters by price', 'sorts by rating', 'suggests as you type'],
  ],
  [
    'tests/inventory.test.ts',
    'Inventory',
    ['reserves stock', 'releases stock', 'reorders', 'syncs the warehouse'],
  ],
] as const;

interface Spec {
  readonly file: string;
  readonly suite: string;
  readonly name: string;
  readonly line: number;
  readonly baseMs: number;
}

function specs(): Spec[] {
  const out: Spec[] = [];
  const random = seededRandom(7);
  for (const [file, suite, names] of AREAS)
    for (let variant = 0; variant < 12; variant++)
      for (const [i, name] of names.entries())
        out.push({
          file: variant < 6 ? file : file.replace('.t', `-${variant}.t`),
          suite:
            variant === 0
              ? suite
              : `${suite} (${['EU', 'US', 'APAC', 'guest', 'member', 'mobile', 'tablet', 'admin', 'legacy', 'beta', 'dark mode', 'a11y'][variant]})`,
          name,
          line: 12 + i * 14,
          baseMs: Math.round(40 + random() * (file.includes('spec') ? 2400 : 400)),
        });
  return out;
}

const REFUSED = (port: number): string =>
  `Error: connect ECONNREFUSED 127.0.0.1:${port}\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)\n    at OrdersClient.request (src/api/client.ts:88:11)`;

function attemptsFor(spec: Spec, run: number, last: boolean, random: () => number): Attempt[] {
  const ms = Math.round(spec.baseMs * (0.9 + random() * 0.2));
  const key = `${spec.suite} ${spec.name}`;
  const fail = (message: string, category: 'assertion' | 'error' | 'timeout' = 'error'): Attempt => ({
    status: 'failed',
    durationMs: ms,
    failure: { category, message: message.split('\n')[0] ?? message, trace: message },
  });
  if (last && (spec.suite === 'Orders API' || spec.suite === 'Orders API (US)'))
    return [fail(REFUSED(40000 + spec.line))];
  if (last && key === 'Cart totals with tax')
    return [
      fail('AssertionError: expected 107.99 to equal 108.00\n    at tests/cart.test.ts:54:22', 'assertion'),
    ];
  if (key === 'Checkout retries a declined card' && run >= 8)
    return [fail('Timeout of 5000ms exceeded waiting for "Payment declined"', 'timeout')];
  if (key === 'Inventory reorders' && run === 9)
    return [fail('AssertionError: expected 3 to equal 4\n    at tests/inventory.test.ts:40:9', 'assertion')];
  if (key === 'Search suggests as you type' && (run % 3 === 0 || last))
    return [fail('locator.click: element is not visible', 'timeout'), { status: 'passed', durationMs: ms }];
  if (key === 'Users API (US) logs in' && run % 4 === 1)
    return [fail('socket hang up'), { status: 'passed', durationMs: ms }];
  if (last && spec.name === 'pages results') return [{ status: 'passed', durationMs: ms * 3 + 400 }];
  if (spec.name === 'deletes an account' && spec.suite.includes('legacy'))
    return [{ status: 'skipped', durationMs: 0 }];
  return [{ status: 'passed', durationMs: ms }];
}

function runTests(run: number, last: boolean): TestCase[] {
  const random = seededRandom(100 + run);
  return specs().map((s) =>
    makeTestCase({
      file: s.file,
      line: s.line,
      suite: [s.suite],
      name: s.name,
      attempts: attemptsFor(s, run, last, random),
    }),
  );
}

function shardTimes(run: number, shards: number): ViewShard[] {
  const random = seededRandom(500 + run);
  return Array.from({ length: shards }, (_, i) => ({
    index: i + 1,
    predictedMs: 96_000 + Math.round(random() * 6000),
    actualMs: 88_000 + Math.round(random() * 22_000),
    setupMs: 18_000 + Math.round(random() * 6000),
  }));
}

/** The baseline history (eleven runs of `main`) and the view of the twelfth run, a pull request. */
export function realisticRun(): { view: ReportView; history: HistoryDocument } {
  let history: HistoryDocument | undefined;
  for (let run = 1; run <= 11; run++) {
    const tests = runTests(run, false);
    const shards = shardTimes(run, 6);
    const wallMs = Math.max(...shards.map((s) => (s.setupMs ?? 0) + (s.actualMs ?? 0)));
    history = updateHistory(history, {
      run: {
        provider: 'github',
        runId: String(7000 + run),
        sha: `${run}abc0def`.padEnd(40, '0'),
        branch: 'main',
      },
      at: new Date(Date.UTC(2026, 10, 10 + run, 9)).toISOString(),
      summary: summarizeTests(tests),
      wallMs,
      shards: shards.map((s) => ({
        index: s.index,
        setupMs: s.setupMs ?? 0,
        wallMs: (s.setupMs ?? 0) + (s.actualMs ?? 0),
      })),
      files: [],
      tests,
    });
  }
  const baseline = history as HistoryDocument;
  const tests = runTests(12, true);
  const shards = shardTimes(12, 6);
  const merged = mergeResults([
    {
      source: 'results.xml',
      results: { source: 'results.xml', format: 'junit', tests, suites: [], warnings: [] },
    },
  ]);
  const wallMs = Math.max(...shards.map((s) => (s.setupMs ?? 0) + (s.actualMs ?? 0)));
  const built = buildReport(merged, {
    now: new Date('2026-11-22T09:30:00Z'),
    wallMs,
    shards: { expected: 6, present: [1, 2, 3, 4, 5, 6], missing: [], duplicated: [] },
  });
  const report = {
    ...built,
    plan: {
      predictedMakespanMs: 102_000,
      actualMakespanMs: Math.max(...shards.map((s) => s.actualMs ?? 0)),
      lowerBoundMs: 94_500,
    },
  };
  const trend = analyseRun({ tests, baseline, sha: 'feedbeef'.padEnd(40, '0') });
  const view = buildReportView(report, trend, baseline, {
    shards,
    links: {
      fullReport: 'https://github.com/acme/shop/actions/runs/7012',
      run: 'https://github.com/acme/shop/actions/runs/7012',
    },
  });
  return { view, history: baseline };
}
