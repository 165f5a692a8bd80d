/**
 * End to end: `tessera report` runs in-process (main()) over generated JUnit results, sharing one history
 * file. Each category of the comparison has known members, so the third run's JSON must name exactly them.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { decodeHistory } from '../../src/history/codec.js';
import type { HistoryDocument } from '../../src/history/history-document.js';
import { historyFileName } from '../../src/history/local-store.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { parseReport, type Report } from '../../src/report/report-document.js';
import { junitXml, type GenCase } from './junit-gen.js';

type Step = 'P' | 'F' | 'K' | '-';

/** One test across the three runs: its outcome per run, its duration per run, its failure message per run. */
interface Track {
  readonly file: string;
  readonly name: string;
  readonly runs: readonly [Step, Step, Step];
  readonly ms?: readonly [number, number, number];
  readonly messages?: readonly [string?, string?, string?];
}

const API = 'test/api.test.ts';
const CART = 'test/cart.test.ts';
const UTIL = 'test/util.test.ts';

/** The scenario: the expected category of each test is in its name. */
const TRACKS: readonly Track[] = [
  ...[1, 2, 3, 4].map((i): Track => ({ file: UTIL, name: `stable ${i}`, runs: ['P', 'P', 'P'] })),
  // Three new failures with one message once ports are stripped, and one with another message.
  ...(
    [
      ['new failure users', 54321],
      ['new failure orders', 54322],
      ['new failure items', 40001],
    ] as const
  ).map(([name, port]): Track => ({
    file: API,
    name,
    runs: ['P', 'P', 'F'],
    messages: [undefined, undefined, `connect ECONNREFUSED 127.0.0.1:${port}`],
  })),
  {
    file: API,
    name: 'new failure timeout',
    runs: ['P', 'P', 'F'],
    messages: [undefined, undefined, 'Timeout of 5000ms exceeded'],
  },
  {
    file: CART,
    name: 'still failing totals',
    runs: ['F', 'F', 'F'],
    messages: ['expected 4050 to be 4500', 'expected 4050 to be 4500', 'expected 4050 to be 4500'],
  },
  {
    file: CART,
    name: 'fixed coupon',
    runs: ['F', 'F', 'P'],
    messages: ['expected 1 to be 2', 'expected 1 to be 2'],
  },
  {
    file: CART,
    name: 'flaky checkout',
    runs: ['P', 'P', 'K'],
    messages: [undefined, undefined, 'socket hang up'],
  },
  { file: UTIL, name: 'slower parse', runs: ['P', 'P', 'P'], ms: [200, 210, 900] },
  { file: UTIL, name: 'removed legacy', runs: ['P', 'P', '-'] },
  { file: UTIL, name: 'added helper', runs: ['-', '-', 'P'] },
];

const OUTCOME: Record<Exclude<Step, '-'>, GenCase['outcome']> = { P: 'passed', F: 'failed', K: 'flaky' };

/** The JUnit results of run `run` (0, 1, 2). */
function resultsOf(run: 0 | 1 | 2): string {
  const cases: GenCase[] = [];
  for (const t of TRACKS) {
    const step = t.runs[run];
    if (step === '-') continue;
    const message = t.messages?.[run];
    cases.push({
      file: t.file,
      name: t.name,
      outcome: OUTCOME[step],
      ms: t.ms?.[run] ?? 50,
      ...(message !== undefined ? { message } : {}),
    });
  }
  return junitXml(cases);
}

let dir: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-e2e-history-'));
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    stderr += `${args.join(' ')}\n`;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Writes run `run`'s results and reports them with `args`; returns the exit code. */
async function report(run: 0 | 1 | 2, args: readonly string[]): Promise<number> {
  const results = join(dir, `run-${run}.xml`);
  writeFileSync(results, resultsOf(run));
  return main(['report', results, ...args]);
}

function readJson(path: string): Report {
  return parseReport(JSON.parse(readFileSync(path, 'utf8')), path);
}

function readHistory(path: string): HistoryDocument {
  const read = decodeHistory(readFileSync(path));
  if (!read.ok) throw new Error(`${path}: ${read.problem.message}`);
  return read.doc;
}

/** Test names of a list of ids, sorted, via the report's own tests. */
/**
 * The names of tests by id, from the report's tests; a comparison entry names itself, and its name must be
 * the report's name for that id.
 */
function names(report: Report, refs: readonly (string | { id: string; name: string })[]): string[] {
  const byId = new Map(report.tests.map((t) => [t.id, t.name]));
  return refs
    .map((ref) => {
      const id = typeof ref === 'string' ? ref : ref.id;
      const name = byId.get(id) ?? `unknown ${id}`;
      if (typeof ref !== 'string') expect(ref.name).toBe(name);
      return name;
    })
    .sort();
}

describe('three tessera report runs sharing one history', () => {
  it('names exactly the new failures, fixed, still failing, flaky, slower tests and clusters', async () => {
    const history = join(dir, 'history.json.gz');
    const common = ['--history', history, '--fail-on', 'new-failures', '--regression-min-samples', '2'];

    // Run 1: no baseline yet, so both failures are new and fail the run.
    expect(await report(0, [...common, '--json', join(dir, 'r1.json')])).toBe(1);
    expect(readJson(join(dir, 'r1.json')).comparison).toBeNull();
    // Run 2: the same two tests fail again: nothing new, the run passes.
    expect(await report(1, [...common, '--json', join(dir, 'r2.json')])).toBe(0);
    expect(readHistory(history).runs).toHaveLength(2);

    // Run 3, with every output.
    const out = (name: string) => join(dir, 'out', name);
    const code = await report(2, [
      ...common,
      '--json',
      out('r3.json'),
      '--markdown',
      out('comment.md'),
      '--summary',
      out('summary.md'),
      '--html',
      out('report.html'),
    ]);
    expect(code).toBe(1);
    expect(stderr).not.toContain('warning');

    const r3 = readJson(out('r3.json'));
    const c = r3.comparison;
    if (!c) throw new Error('run 3 has no comparison');
    expect(names(r3, c.newFailures)).toEqual([
      'new failure items',
      'new failure orders',
      'new failure timeout',
      'new failure users',
    ]);
    expect(names(r3, c.fixed)).toEqual(['fixed coupon']);
    expect(names(r3, c.stillFailing)).toEqual(['still failing totals']);
    expect(
      names(
        r3,
        r3.flaky.map((f) => f.id),
      ),
    ).toEqual(['flaky checkout']);
    expect(
      names(
        r3,
        c.slower.map((s) => s.id),
      ),
    ).toEqual(['slower parse']);
    expect(c.slower[0]).toMatchObject({ baselineMs: 205, currentMs: 900 });
    expect(names(r3, c.added)).toEqual(['added helper']);
    // A removed test is in no other list of the report: its entry names it, from the history's title.
    expect(c.removed).toHaveLength(1);
    expect(c.removed[0]).toMatchObject({
      name: 'removed legacy',
      title: 'util › removed legacy',
      suite: ['util'],
    });
    expect(c.removed[0]?.file).toBeDefined();
    expect((c.clusters ?? []).map((k) => ({ signature: k.signature, tests: names(r3, k.tests) }))).toEqual([
      {
        signature: 'connect ECONNREFUSED 127.0.0.1:<n>',
        tests: ['new failure items', 'new failure orders', 'new failure users'],
      },
      { signature: 'Timeout of <n>ms exceeded', tests: ['new failure timeout'] },
      { signature: 'expected <n> to be <n>', tests: ['still failing totals'] },
    ]);

    const doc = readHistory(history);
    expect(doc.runs.map((r) => r.summary.failed)).toEqual([2, 2, 5]);

    const comment = readFileSync(out('comment.md'), 'utf8');
    expect(comment.startsWith('<!-- tessera:report -->')).toBe(true);
    expect(comment).toContain('New failures (4)');
    // The group's headline is the real message of its first failure, not the normalised signature.
    expect(comment).toMatch(/connect ECONNREFUSED 127\.0\.0\.1:\d+/);
    expect(readFileSync(out('summary.md'), 'utf8')).toContain('New failures (4)');
    expect(readFileSync(out('report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('lets quarantined failures through and writes --history-out, leaving the baseline file as it was', async () => {
    const history = join(dir, 'history.json.gz');
    const common = ['--history', history, '--fail-on', 'new-failures'];
    expect(await report(0, common)).toBe(1);
    expect(await report(1, common)).toBe(0);
    const before = readFileSync(history);

    const next = join(dir, 'next', 'history.json.gz');
    const args = [...common, '--history-out', next, '--quarantine', `${API}`, '--json', join(dir, 'q.json')];
    expect(await report(2, args)).toBe(0);
    const r = readJson(join(dir, 'q.json'));
    expect(names(r, r.comparison?.quarantined ?? [])).toEqual([
      'new failure items',
      'new failure orders',
      'new failure timeout',
      'new failure users',
    ]);
    expect(readFileSync(history).equals(before)).toBe(true);
    expect(readHistory(next).runs).toHaveLength(3);

    // Without the quarantine the same run fails.
    expect(await report(2, [...common, '--history-out', next])).toBe(1);
  });

  it('keeps one history per branch with --history-dir: a PR compares with its base branch', async () => {
    const store = join(dir, 'store');
    const push = ['--history-dir', store, '--branch', 'main'];
    expect(await report(0, [...push, '--fail-on', 'never'])).toBe(0);
    expect(await report(1, [...push, '--fail-on', 'never'])).toBe(0);

    const pr = ['--history-dir', store, '--branch', 'feature/x', '--base-branch', 'main'];
    expect(await report(2, [...pr, '--fail-on', 'new-failures', '--json', join(dir, 'pr.json')])).toBe(1);
    const r = readJson(join(dir, 'pr.json'));
    expect(r.comparison?.baseline.branch).toBe('main');
    expect(names(r, r.comparison?.fixed ?? [])).toEqual(['fixed coupon']);

    expect(readHistory(join(store, historyFileName('main'))).runs).toHaveLength(2);
    const feature = readHistory(join(store, historyFileName('feature/x')));
    expect(feature.branch).toBe('feature/x');
    expect(feature.runs).toHaveLength(1);
  });

  it('warns about a corrupt history, still writes the report, keeps the exit code, and starts afresh', async () => {
    const history = join(dir, 'history.json.gz');
    writeFileSync(history, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    const plain = await report(2, ['--json', join(dir, 'plain.json')]);
    const code = await report(2, [
      '--history',
      history,
      '--json',
      join(dir, 'r.json'),
      '--markdown',
      join(dir, 'c.md'),
    ]);

    expect(code).toBe(plain);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /warning: .*history\.json\.gz: the history cannot be decompressed.*starting a fresh history/,
    );
    expect(readJson(join(dir, 'r.json')).summary.failed).toBe(5);
    expect(existsSync(join(dir, 'c.md'))).toBe(true);
    expect(readHistory(history).runs).toHaveLength(1);
  });

  it('writes a history that tessera plan --history reads', async () => {
    const history = join(dir, 'history.json.gz');
    expect(await report(0, ['--history', history, '--fail-on', 'never'])).toBe(0);
    expect(await report(1, ['--history', history, '--fail-on', 'never'])).toBe(0);

    const list = join(dir, 'tests.txt');
    writeFileSync(list, [API, CART, UTIL, 'test/unknown.test.ts'].join('\n'));
    const planPath = join(dir, 'plan.json');
    const code = await main([
      'plan',
      '--tests-from',
      list,
      '--history',
      history,
      '--shards',
      '2',
      '--format',
      'json',
      '--out',
      planPath,
    ]);
    expect(code).toBe(0);
    const plan = parsePlan(readFileSync(planPath, 'utf8'), planPath);
    // Only the file the history has never seen is without timing.
    expect(plan.unknownItems).toBe(1);
    expect(plan.total).toBe(4);
  });
});

/** A number as lower-case letters (0 → a, 26 → ba): distinct words that message normalisation keeps. */
function letters(n: number): string {
  let text = '';
  do {
    text = String.fromCharCode(97 + (n % 26)) + text;
    n = Math.floor(n / 26);
  } while (n > 0);
  return text;
}

describe('the PR comment of a large failing run', () => {
  it('stays under 65,536 characters with 10,000 failing tests, each with its own message', async () => {
    const cases: GenCase[] = Array.from({ length: 10_000 }, (_, i) => ({
      file: `test/module-${i % 200}.test.ts`,
      name: `case ${i} handles input ${'x'.repeat(i % 40)}`,
      outcome: 'failed',
      ms: 10 + (i % 90),
      // Distinct once numbers are stripped: 10,000 clusters, far more than the comment can hold.
      message: `expected ${letters(i)} to equal ${letters(i + 1)} | <b>\`tick\`</b>`,
    }));
    const results = join(dir, 'big.xml');
    writeFileSync(results, junitXml(cases));
    const comment = join(dir, 'comment.md');
    const args = ['report', results, '--markdown', comment, '--json', join(dir, 'big.json')];
    expect(await main(args)).toBe(1);
    const markdown = readFileSync(comment, 'utf8');
    expect(markdown.length).toBeGreaterThan(30_000);
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).toContain('### ❌ Tessera: 10,000 failed');
    expect(markdown).toMatch(/\*\*[\d,]+ more failures\*\* — see the full report/);
    expect(readJson(join(dir, 'big.json')).summary.failed).toBe(10_000);
  });
});
