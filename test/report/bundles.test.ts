import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeTestCase, VersionError } from '../../src/model/index.js';
import { buildPlan } from '../../src/plan/index.js';
import { bundleRunFacts, runBundleReport, viewShardsOf } from '../../src/report/bundle-report.js';
import {
  checkShards,
  loadBundleRun,
  loadBundles,
  mergeBundles,
  type LoadedBundle,
} from '../../src/report/bundles.js';
import {
  bundleFolderName,
  serializeBundle,
  toBundleTest,
  TOOL,
  writeBundle,
  type ShardBundle,
} from '../../src/run/bundle.js';

function bundle(
  index: number,
  total: number,
  items: string[],
  extra: Partial<ShardBundle> = {},
): ShardBundle {
  return {
    version: 1,
    tool: TOOL,
    run: { provider: 'local' },
    shard: { index, total },
    items,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: `2026-01-01T00:00:0${index}.000Z`,
    wallMs: index * 1000,
    exitCode: 0,
    tries: [],
    files: [],
    tests: items.map((file) =>
      toBundleTest(
        makeTestCase({
          file,
          suite: [],
          name: `${file} works`,
          attempts: [{ status: 'passed', durationMs: 5 }],
        }),
      ),
    ),
    ...extra,
  };
}

const loaded = (
  b: ShardBundle,
  path = `${bundleFolderName(b.shard, b.run.attempt)}/bundle.json`,
): LoadedBundle => ({ path, bundle: b });

describe('checkShards', () => {
  it('names a missing shard and fails the check', () => {
    const check = checkShards([loaded(bundle(1, 3, ['a'])), loaded(bundle(3, 3, ['c']))]);
    expect(check.shards).toEqual({ expected: 3, present: [1, 3], missing: [2], duplicated: [] });
    expect(check.problems.join('\n')).toMatch(/shard 2\/3 is missing/);
  });

  it('does not count a shard that is empty by plan as missing', () => {
    const check = checkShards([loaded(bundle(1, 2, ['a', 'b'])), loaded(bundle(2, 2, []))]);
    expect(check.shards.missing).toEqual([]);
    expect(check.problems).toEqual([]);
  });

  describe('a shard the plan gave nothing to run', () => {
    // A plan whose shards hold these items: `--skip-unchanged` leaves shards empty when few files remain.
    const planOf = (items: string[][]) => {
      const base = buildPlan({ items: items.flat(), shards: items.length });
      return {
        ...base,
        shards: base.shards.map((s, i) => ({ ...s, items: items[i] ?? [], predictedMs: 0 })),
      };
    };

    it('is accounted for by the plan when its bundle is absent, in one note', () => {
      const plan = planOf([['a'], ['b'], [], []]);
      const check = checkShards([loaded(bundle(1, 4, ['a'])), loaded(bundle(2, 4, ['b']))], { plan });
      expect(check.problems).toEqual([]);
      expect(check.shards).toEqual({
        expected: 4,
        present: [1, 2],
        missing: [],
        duplicated: [],
        emptyByPlan: [3, 4],
      });
      expect(check.notes).toEqual(['shards 3/4, 4/4 had nothing to run by plan']);
    });

    it('still fails the check when a shard with planned items is missing, naming only that one', () => {
      const plan = planOf([['a'], ['b'], []]);
      const check = checkShards([loaded(bundle(1, 3, ['a']))], { plan });
      expect(check.shards.missing).toEqual([2]);
      expect(check.shards.emptyByPlan).toEqual([3]);
      expect(check.problems.join('\n')).toMatch(/^shard 2\/3 is missing: no bundle was found/);
      expect(check.notes).toEqual(['shard 3/3 had nothing to run by plan']);
    });

    it('is missing without a plan: nothing else tells "empty" from "died before uploading"', () => {
      const check = checkShards([loaded(bundle(1, 2, ['a']))], { expectShards: 2 });
      expect(check.shards.missing).toEqual([2]);
      expect(check.shards.emptyByPlan).toBeUndefined();
      expect(check.problems.join('\n')).toMatch(/shard 2\/2 is missing/);
    });

    it('needs no bundle at all when the plan left every shard empty (every file reused)', () => {
      const plan = planOf([[], [], []]);
      const check = checkShards([], { plan });
      expect(check.problems).toEqual([]);
      expect(check.shards).toMatchObject({ expected: 3, present: [], missing: [], emptyByPlan: [1, 2, 3] });
      expect(check.notes).toEqual(['none of the 3 shards had anything to run by plan, so none reported']);
    });

    it('needs no folder either then, and still names a folder that is missing when files were planned', async () => {
      const absent = join(tmpdir(), 'tessera-no-such-folder-for-bundles');
      const run = await loadBundleRun(absent, { plan: planOf([[], []]) });
      expect(run.check.problems).toEqual([]);
      expect(run.check.shards.emptyByPlan).toEqual([1, 2]);
      await expect(loadBundleRun(absent, { plan: planOf([['a'], []]) })).rejects.toThrow(
        /the folder does not exist/,
      );
    });

    it('still takes an empty bundle that was written, as before', () => {
      const plan = planOf([['a'], []]);
      const check = checkShards([loaded(bundle(1, 2, ['a'])), loaded(bundle(2, 2, []))], { plan });
      expect(check.problems).toEqual([]);
      expect(check.shards.present).toEqual([1, 2]);
      expect(check.shards.emptyByPlan).toBeUndefined();
      expect(check.notes).toEqual([]);
    });

    it('may be an absent queue worker; the queue then answers for its items, not its workers', () => {
      const plan = planOf([['a', 'b'], ['c'], []]);
      const queued = (index: number, items: string[]) =>
        loaded(
          bundle(index, 3, items, {
            queue: { kind: 'redis', batches: [{ sequence: index, items, startMs: 0, wallMs: 1 }] },
          }),
        );
      const whole = checkShards([queued(1, ['a', 'c']), queued(2, ['b'])], { plan });
      expect(whole.problems).toEqual([]);
      expect(whole.notes).toEqual(['shard 3/3 had nothing to run by plan']);
      // Its absence hides nothing: a planned file no worker ran still fails the report.
      const short = checkShards([queued(1, ['a']), queued(2, ['b'])], { plan });
      expect(short.shards.missing).toEqual([]);
      expect(short.problems.join('\n')).toMatch(/the queue's workers did not run 1 planned items: c/);
    });

    it('keeps the rules on extra and duplicated shards', () => {
      const plan = planOf([['a'], []]);
      const check = checkShards(
        [
          loaded(bundle(1, 2, ['a'])),
          loaded(bundle(1, 2, ['a']), 'again/bundle.json'),
          loaded(bundle(3, 2, [])),
        ],
        { plan },
      );
      expect(check.shards.emptyByPlan).toEqual([2]);
      expect(check.problems.join('\n')).toMatch(/shards 3 are beyond the expected 2 shards/);
      expect(check.problems.join('\n')).toMatch(/shard 1 reported more than once/);
    });
  });

  it('uses --expect-shards over the size the bundles state', () => {
    const check = checkShards([loaded(bundle(1, 2, ['a'])), loaded(bundle(2, 2, ['b']))], {
      expectShards: 3,
    });
    expect(check.shards.missing).toEqual([3]);
    expect(check.problems.length).toBeGreaterThan(0);
  });

  it('picks the latest CI attempt of a shard, which is not a duplicate', () => {
    const first = bundle(1, 1, ['a'], { run: { provider: 'local', attempt: 1 }, exitCode: 1 });
    const rerun = bundle(1, 1, ['a'], { run: { provider: 'local', attempt: 2 } });
    const check = checkShards([loaded(rerun), loaded(first)]);
    expect(check.chosen.map((c) => c.bundle)).toEqual([rerun]);
    expect(check.shards.duplicated).toEqual([]);
    expect(check.problems).toEqual([]);
  });

  it('names a shard reported twice in the same attempt', () => {
    const check = checkShards([
      loaded(bundle(1, 2, ['a']), 'x/bundle.json'),
      loaded(bundle(1, 2, ['a']), 'y/bundle.json'),
      loaded(bundle(2, 2, ['b'])),
    ]);
    expect(check.shards.duplicated).toEqual([1]);
    expect(check.problems.join('\n')).toMatch(
      /shard 1 reported more than once \(x\/bundle.json, y\/bundle.json\)/,
    );
  });

  it('checks that each shard ran exactly its planned items, and no item ran twice', () => {
    const plan = buildPlan({ items: ['a', 'b', 'c', 'd'], shards: 2 });
    const [s1, s2] = plan.shards;
    const check = checkShards(
      [
        loaded(bundle(1, 2, [...(s1?.items ?? []), 'z'])),
        loaded(bundle(2, 2, [...(s2?.items ?? []).slice(1), 'z'])),
      ],
      { plan },
    );
    const text = check.problems.join('\n');
    expect(text).toContain(`shard 2 did not run 1 planned items: ${s2?.items[0]}`);
    expect(text).toContain('shard 1 ran 1 items not planned for it: z');
    expect(text).toMatch(/1 items ran on two shards: z \(shards 1 and 2\)/);
  });

  it('checks queue workers against the whole plan, not a shard each, and names what no worker ran', () => {
    const plan = buildPlan({ items: ['a', 'b', 'c', 'd'], shards: 2 });
    const queued = (index: number, items: string[]) =>
      loaded(
        bundle(index, 2, items, {
          queue: { kind: 'local', batches: [{ sequence: index, items, startMs: 0, wallMs: 1 }] },
        }),
      );
    // Any split of the items between the workers is fine when together they ran the plan.
    expect(checkShards([queued(1, ['d', 'a', 'b']), queued(2, ['c'])], { plan }).problems).toEqual([]);
    const short = checkShards([queued(1, ['a']), queued(2, ['c'])], { plan });
    expect(short.problems.join('\n')).toMatch(/did not run 2 planned items: b, d/);
    const doubled = checkShards([queued(1, ['a', 'b']), queued(2, ['b', 'c', 'd'])], { plan });
    expect(doubled.problems.join('\n')).toMatch(/b \(shards 1 and 2\)/);
  });

  it('takes a requeued attempt for what it is, not a doubled item, and refuses one nobody requeued', () => {
    const plan = buildPlan({ items: ['a', 'b', 'c'], shards: 2 });
    const worker1 = loaded(
      bundle(1, 2, ['a', 'b'], {
        queue: {
          kind: 'redis',
          batches: [
            { sequence: 1, items: ['a'], startMs: 0, wallMs: 1, failed: ['a'], requeued: ['a'] },
            { sequence: 3, items: ['b'], startMs: 1, wallMs: 1 },
          ],
        },
      }),
    );
    const worker2 = (requeueOf: { attempt: number; worker: number; sequence: number }) =>
      loaded(
        bundle(2, 2, ['c', 'a'], {
          queue: {
            kind: 'redis',
            batches: [
              { sequence: 2, items: ['c'], startMs: 0, wallMs: 1 },
              { sequence: 4, items: ['a'], startMs: 1, wallMs: 1, failed: ['a'], requeueOf },
            ],
          },
        }),
      );
    const check = checkShards([worker1, worker2({ attempt: 2, worker: 1, sequence: 1 })], { plan });
    expect(check.problems).toEqual([]);
    expect(check.notes).toEqual([
      'a failed on worker 1/2 (batch 1) and was requeued: attempt 2 on worker 2/2 (batch 4) failed too',
    ]);
    // A bundle that names a batch which requeued nothing is a doubled item in disguise.
    const forged = checkShards([worker1, worker2({ attempt: 2, worker: 1, sequence: 3 })], { plan });
    expect(forged.problems.join('\n')).toMatch(
      /1 items ran again as a requeue that their first worker did not make: a \(shard 2, batch 4\)/,
    );
  });

  it('flags bundles of matrices of different sizes', () => {
    const check = checkShards([loaded(bundle(1, 2, ['a'])), loaded(bundle(2, 3, ['b']))]);
    expect(check.problems.join('\n')).toMatch(/different sizes/);
  });
});

describe('mergeBundles', () => {
  it('folds the tests of every shard into one run', () => {
    const merged = mergeBundles([loaded(bundle(1, 2, ['a', 'b'])), loaded(bundle(2, 2, ['c']))]);
    expect(merged.tests.map((t) => t.file)).toEqual(['a', 'b', 'c']);
  });
});

describe('loading bundles from a folder', () => {
  async function folderWith(bundles: ShardBundle[]): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-bundles-'));
    for (const b of bundles)
      await writeBundle(join(dir, 'download', bundleFolderName(b.shard, b.run.attempt)), b);
    return dir;
  }

  it('finds bundles at any depth, in path order', async () => {
    const dir = await folderWith([bundle(2, 2, ['b']), bundle(1, 2, ['a'])]);
    const { bundles } = await loadBundles(dir);
    expect(bundles.map((b) => b.bundle.shard.index)).toEqual([1, 2]);
  });

  it('refuses a bundle written by a newer Tessera, naming it', async () => {
    const dir = await folderWith([bundle(1, 1, ['a'])]);
    await mkdir(join(dir, 'new'), { recursive: true });
    await writeFile(
      join(dir, 'new', 'bundle.json'),
      serializeBundle(bundle(1, 1, ['a'])).replace('"version": 1', '"version": 7'),
    );
    await expect(loadBundles(dir)).rejects.toThrow(VersionError);
    await expect(loadBundles(dir)).rejects.toThrow(/new\/bundle\.json.*version 7/);
  });

  it('fails the report when a shard is missing, and names it', async () => {
    const dir = await folderWith([bundle(1, 3, ['a']), bundle(3, 3, ['c'])]);
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const { verdict, report } = await runBundleReport({
      from: dir,
      outputs: {},
      failOn: 'failures',
      allowUnreadable: false,
      stdout: out,
      stderr: out,
      color: false,
    });
    expect(verdict).toBe('testsFailed');
    expect(report.shards.missing).toEqual([2]);
    expect(report.summary.passed).toBe(2);
    expect(text).toMatch(/shard 2\/3 is missing/);
  });

  it('reports a run whose plan reused every file from no bundle at all, the reuse counted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-bundles-'));
    const base = buildPlan({ items: [], shards: 2 });
    const reused = ['test/a.test.ts', 'test/b.test.ts'].map((file, i) => ({
      file,
      key: `k${i}`,
      seq: 7,
      sha: 'abcdef0123456789',
      tests: 3,
      durationMs: 1000,
    }));
    const plan = { ...base, skip: { keys: {}, reused, unkeyed: 0 } };
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const ci = { provider: 'github', runId: '42', sha: 'f00d', branch: 'main' };
    const { verdict, report, run } = await runBundleReport({
      from: dir,
      plan,
      run: ci,
      outputs: {},
      failOn: 'failures',
      allowUnreadable: false,
      stdout: out,
      stderr: out,
      color: false,
    });
    expect(verdict).toBe('ok');
    expect(report.shards).toMatchObject({ expected: 2, present: [], missing: [], emptyByPlan: [1, 2] });
    expect(report.summary.tests).toBe(0);
    expect(report.reuse?.files.map((f) => f.file)).toEqual(['test/a.test.ts', 'test/b.test.ts']);
    expect(report.reuse?.reusedTests).toBe(6);
    expect(text).toContain('Shards: 0 of 2 reported, 2 had nothing to run by plan');
    expect(text).toContain('none of the 2 shards had anything to run by plan');
    expect(text).not.toMatch(/missing|incomplete/);
    // No bundle says who ran: the history records the CI's run; the charts have no shard row to draw.
    expect(bundleRunFacts(run, report, plan, undefined, ci).run).toEqual(ci);
    expect(viewShardsOf(run, plan)).toEqual([]);
  });

  it('passes a complete matrix whose tests passed', async () => {
    const dir = await folderWith([bundle(1, 2, ['a']), bundle(2, 2, [])]);
    const sink = new PassThrough().resume();
    const { verdict, report } = await runBundleReport({
      from: dir,
      outputs: {},
      failOn: 'failures',
      allowUnreadable: false,
      stdout: sink,
      stderr: sink,
      color: false,
    });
    expect(verdict).toBe('ok');
    expect(report.shards).toEqual({
      expected: 2,
      present: [1, 2],
      missing: [],
      duplicated: [],
      // Where each shard ran, as its bundle recorded it (these bundles name no job link nor command).
      jobs: [
        { index: 1, total: 2 },
        { index: 2, total: 2 },
      ],
    });
  });
});
