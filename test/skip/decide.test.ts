import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeHistory, encodeHistory } from '../../src/history/codec.js';
import { PASSED_KEYS_PER_FILE, type HistoryDocument } from '../../src/history/history-document.js';
import { updateHistory } from '../../src/history/update.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { decideSkips, fullRunReason } from '../../src/skip/decide.js';
import { compileQuarantine } from '../../src/trend/quarantine.js';
import { runRecord, testCase } from '../history/generate.js';
import { TEST_FILES, writeProject } from './project.js';

const COMMAND = ['node', '--test', '{file}'];
const KEY = 'aaaaaaaaaaaaaaaa';

/** A history where `file` ran with `outcome` and, when it passed, key KEY was recorded. */
function historyOf(
  runs: { file: string; outcome: 'passed' | 'failed' | 'flaky'; key?: string }[][],
): HistoryDocument {
  let doc: HistoryDocument | undefined;
  runs.forEach((run, i) => {
    const tests = run.map((r) => testCase(r.file, 'works', r.outcome));
    doc = updateHistory(doc, {
      ...runRecord(tests, { sha: `${i + 1}`.repeat(40).slice(0, 40) }),
      skip: {
        passed: run.filter((r) => r.key).map((r) => ({ path: r.file, key: r.key as string })),
        reused: [],
      },
    });
  });
  return doc as HistoryDocument;
}

describe('decideSkips', () => {
  it('skips a file only when its key passed before, with the commit it passed on', () => {
    const history = historyOf([
      [
        { file: 'a.test.ts', outcome: 'passed', key: KEY },
        { file: 'b.test.ts', outcome: 'passed', key: KEY },
      ],
    ]);
    const decision = decideSkips({
      items: ['a.test.ts', 'b.test.ts', 'c.test.ts'],
      keys: new Map([
        ['a.test.ts', { key: KEY, modules: 1 }],
        ['b.test.ts', { key: 'bbbbbbbbbbbbbbbb', modules: 1 }],
        ['c.test.ts', { why: 'it has a dynamic import() of a computed name' }],
      ]),
      history,
    });
    expect(decision.run).toEqual(['b.test.ts', 'c.test.ts']);
    expect(decision.reused).toEqual([
      { file: 'a.test.ts', key: KEY, seq: 1, sha: '1'.repeat(40), tests: 1, durationMs: 50 },
    ]);
    expect(decision.unkeyed).toEqual([
      { file: 'c.test.ts', why: 'it has a dynamic import() of a computed name' },
    ]);
  });

  it('never skips a flaky or quarantined file, nor anything in a forced full run', () => {
    const history = historyOf([
      [
        { file: 'flaky.test.ts', outcome: 'flaky' },
        { file: 'q.test.ts', outcome: 'passed', key: KEY },
      ],
      [
        { file: 'flaky.test.ts', outcome: 'passed', key: KEY },
        { file: 'q.test.ts', outcome: 'passed', key: KEY },
      ],
    ]);
    const keys = new Map([
      ['flaky.test.ts', { key: KEY, modules: 1 }],
      ['q.test.ts', { key: KEY, modules: 1 }],
    ]);
    const items = ['flaky.test.ts', 'q.test.ts'];
    expect(decideSkips({ items, keys, history }).run).toEqual(['flaky.test.ts']);
    expect(decideSkips({ items, keys, history, quarantine: compileQuarantine(['q.test.ts']) }).run).toEqual(
      items,
    );
    expect(decideSkips({ items, keys, history, fullRun: '--no-cache' }).run).toEqual(items);
  });

  it('forces a full run with --no-cache, and on the default branch every N runs', () => {
    const policy = { noCache: false, branch: 'main', defaultBranch: 'main', every: 3 };
    const partial = (doc: HistoryDocument): HistoryDocument =>
      updateHistory(doc, {
        ...runRecord([testCase('a.test.ts', 'x', 'passed')]),
        skip: { passed: [], reused: ['b.test.ts'] },
      });
    const full = historyOf([[{ file: 'b.test.ts', outcome: 'passed', key: KEY }]]);
    expect(fullRunReason(full, policy)).toBeUndefined();
    expect(fullRunReason(partial(full), policy)).toBeUndefined();
    expect(fullRunReason(partial(partial(full)), policy)).toBe('every 3 runs of main run everything');
    expect(fullRunReason(partial(partial(full)), { ...policy, branch: 'feature' })).toBeUndefined();
    expect(fullRunReason(full, { ...policy, noCache: true })).toBe('--no-cache');
  });
});

describe('passed keys in the history', () => {
  it('survive encoding, stay bounded, are kept for reused files and ignored when absent', () => {
    let doc = historyOf([[{ file: 'a.test.ts', outcome: 'passed', key: KEY }]]);
    for (let i = 0; i < PASSED_KEYS_PER_FILE + 3; i++)
      doc = updateHistory(doc, {
        ...runRecord([testCase('a.test.ts', 'works', 'passed')]),
        skip: { passed: [{ path: 'a.test.ts', key: i.toString(16).padStart(16, '0') }], reused: [] },
      });
    doc = updateHistory(doc, { ...runRecord([]), skip: { passed: [], reused: ['a.test.ts'] } });
    const read = decodeHistory(encodeHistory(doc));
    if (!read.ok) throw new Error(read.problem.message);
    const entry = read.doc.files['a.test.ts'];
    expect(entry?.p).toHaveLength(PASSED_KEYS_PER_FILE);
    expect(entry?.p?.at(-1)).toMatchObject({ k: '000000000000000a' });
    expect(entry?.seen).toBe(read.doc.runs.at(-1)?.seq);
    expect(read.doc.runs.at(-1)?.reused).toBe(1);
    // A history written before --skip-unchanged has no keys: it reads, and skips nothing.
    const old = historyOf([[{ file: 'a.test.ts', outcome: 'passed' }]]);
    const oldRead = decodeHistory(encodeHistory(old));
    expect(oldRead.ok && oldRead.doc.files['a.test.ts']?.p).toBeUndefined();
  });

  it('a malformed key list makes the history corrupt, not a crash', () => {
    const doc = historyOf([[{ file: 'a.test.ts', outcome: 'passed', key: KEY }]]);
    const bad = { ...doc, files: { 'a.test.ts': { w: [50], seen: 1, p: [{ k: 'not-hex', seq: 1 }] } } };
    const read = decodeHistory(encodeHistory(bad as HistoryDocument));
    expect(read.ok ? 'ok' : read.problem.message).toMatch(/malformed passed keys/);
  });
});

describe('planning with --skip-unchanged', () => {
  let project: Awaited<ReturnType<typeof writeProject>>;
  beforeEach(async () => {
    project = await writeProject();
  });
  afterEach(() => project.remove());

  const plan = (history?: HistoryDocument) =>
    makePlan(
      { tests: ['test/**'], shards: 2, skip: { command: COMMAND, noCache: false, branch: 'main' } },
      { cwd: project.root, ...(history ? { historyDoc: history } : {}) },
    );

  /** The history after a run where every planned file passed with its key. */
  async function passedEverything(): Promise<HistoryDocument> {
    const first = (await plan()).plan;
    const tests = TEST_FILES.map((f) => testCase(f, 'works', 'passed'));
    const passed = Object.entries(first.skip?.keys ?? {}).map(([path, key]) => ({ path, key }));
    return updateHistory(undefined, { ...runRecord(tests), skip: { passed, reused: [] } });
  }

  it('plans only the files a change reaches; shards share what runs', async () => {
    const history = await passedEverything();
    const unchanged = (await plan(history)).plan;
    expect(unchanged.shards.flatMap((s) => s.items)).toEqual(['test/plugins.test.mjs']);
    expect(unchanged.skip?.reused).toHaveLength(TEST_FILES.length - 1);
    await project.write('src/math.mjs', 'export const add = (a, b) => b + a;\n');
    const changed = (await plan(history)).plan;
    expect(changed.shards.flatMap((s) => s.items).sort()).toEqual([
      'test/barrel.test.mjs',
      'test/math.test.mjs',
      'test/plugins.test.mjs',
    ]);
    expect(changed.shards.every((s) => s.items.length >= 1)).toBe(true);
    await project.write('package-lock.json', '{"lockfileVersion":3,"changed":true}\n');
    expect((await plan(history)).plan.total).toBe(TEST_FILES.length);
  });
});
