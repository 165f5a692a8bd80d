import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeHistory } from '../../src/history/codec.js';
import { makeTestCase } from '../../src/model/index.js';
import { runBundleReport } from '../../src/report/bundle-report.js';
import { bundleFolderName, toBundleTest, TOOL, writeBundle, type ShardBundle } from '../../src/run/bundle.js';

/** Shard `index` of 2, finishing `index` seconds after the start, with one file and one test per item. */
function bundle(index: number, items: string[], outcome: 'passed' | 'failed' = 'passed'): ShardBundle {
  return {
    version: 1,
    tool: TOOL,
    run: { provider: 'local', runId: 'r7', sha: 'abc1234', branch: 'main' },
    shard: { index, total: 2 },
    items,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: `2026-01-01T00:00:0${index}.000Z`,
    wallMs: index * 1000,
    exitCode: outcome === 'failed' ? 1 : 0,
    tries: [],
    files: items.map((path) => ({ path, wallMs: 300 * index, source: 'process' as const })),
    tests: items.map((file) =>
      toBundleTest(
        makeTestCase({
          file,
          suite: [],
          name: `${file} works`,
          attempts: [
            outcome === 'failed'
              ? { status: 'failed', durationMs: 5, failure: { category: 'assertion', message: 'no' } }
              : { status: 'passed', durationMs: 5 },
          ],
        }),
      ),
    ),
  };
}

async function folderWith(bundles: ShardBundle[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bundle-history-'));
  for (const b of bundles) await writeBundle(join(dir, 'download', bundleFolderName(b.shard)), b);
  return dir;
}

describe('runBundleReport with a history', () => {
  it("records the run at the last shard's finish, with the bundles' shard and file times", async () => {
    const dir = await folderWith([bundle(1, ['a.test.ts']), bundle(2, ['b.test.ts'])]);
    const history = join(dir, 'history.json.gz');
    const sink = new PassThrough().resume();
    const { verdict } = await runBundleReport({
      from: join(dir, 'download'),
      outputs: {},
      failOn: 'failures',
      allowUnreadable: false,
      history: { kind: 'file', path: history },
      now: () => new Date('2030-05-05T00:00:00.000Z'),
      stdout: sink,
      stderr: sink,
      color: false,
    });
    expect(verdict).toBe('ok');
    const read = decodeHistory(await readFile(history));
    if (!read.ok) throw new Error(read.problem.message);
    const [run] = read.doc.runs;
    expect(run).toMatchObject({
      at: '2026-01-01T00:00:02.000Z',
      runId: 'r7',
      sha: 'abc1234',
      shards: [
        { index: 1, setupMs: 0, wallMs: 1000 },
        { index: 2, setupMs: 0, wallMs: 2000 },
      ],
    });
    expect(read.doc.branch).toBe('main');
    expect(read.doc.files['a.test.ts']?.w).toEqual([300]);
    expect(read.doc.files['b.test.ts']?.w).toEqual([600]);
  });

  it('with --fail-on new-failures, passes a shard failure the baseline already had', async () => {
    const dir = await folderWith([bundle(1, ['a.test.ts'], 'failed'), bundle(2, ['b.test.ts'])]);
    const history = join(dir, 'history.json.gz');
    const sink = new PassThrough().resume();
    const options = {
      from: join(dir, 'download'),
      outputs: {},
      allowUnreadable: false,
      history: { kind: 'file' as const, path: history },
      stdout: sink,
      stderr: sink,
      color: false,
    };
    expect((await runBundleReport({ ...options, failOn: 'new-failures' })).verdict).toBe('testsFailed');
    const second = await runBundleReport({ ...options, failOn: 'new-failures' });
    expect(second.verdict).toBe('ok');
    expect(second.report.comparison?.stillFailing).toHaveLength(1);
    expect((await runBundleReport({ ...options, failOn: 'failures' })).verdict).toBe('testsFailed');
  });
});
