import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { estimateDurations } from '../../src/plan/estimate.js';
import { loadTimings } from '../../src/plan/load-timings.js';
import { serializeBundle, TOOL, type ShardBundle } from '../../src/run/bundle.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-timings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadTimings', () => {
  it('reads result files, and skips an unreadable one with a warning naming it', async () => {
    await writeFile(
      join(dir, 'good.xml'),
      '<testsuites><testsuite name="s" file="test/a.test.ts" time="1.5"><testcase name="t" time="0.5"/></testsuite></testsuites>',
    );
    await writeFile(join(dir, 'broken.xml'), '<testsuites><testsuite name="s"');
    const loaded = await loadTimings(['*.xml'], dir);
    expect(loaded.files).toEqual(['broken.xml', 'good.xml']);
    expect(loaded.samples).toContainEqual(
      expect.objectContaining({ file: 'test/a.test.ts', ms: 1500, kind: 'suite' }),
    );
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toMatch(/^timings from broken\.xml skipped: /);
  });

  it('warns, without failing, when a glob matches nothing (the first run of a pipeline)', async () => {
    const loaded = await loadTimings(['history/**/*.json'], dir);
    expect(loaded.samples).toEqual([]);
    expect(loaded.warnings).toEqual(['--timings "history/**/*.json" matches no file']);
  });
});

describe('loadTimings with shard bundles', () => {
  const bundle = (runId: string, index: number, startedAt: string, wallMs: number): ShardBundle => ({
    version: 1,
    tool: TOOL,
    run: { provider: 'github', runId, attempt: 1 },
    shard: { index, total: 2 },
    items: ['test/split.test.ts'],
    startedAt,
    finishedAt: startedAt,
    wallMs,
    exitCode: 0,
    tries: [],
    files: [{ path: 'test/split.test.ts', wallMs, source: 'runner' }],
    tests: [],
  });

  it('adds up a file split across the shards of one run, and orders runs oldest first', async () => {
    // Run 7 (newer) split the file 300 + 500; run 6 (older) ran it whole at 600. File names sort the other way.
    await writeFile(
      join(dir, 'a-run7-shard1.json'),
      serializeBundle(bundle('7', 1, '2026-02-02T00:00:00Z', 300)),
    );
    await writeFile(
      join(dir, 'a-run7-shard2.json'),
      serializeBundle(bundle('7', 2, '2026-02-02T00:00:01Z', 500)),
    );
    await writeFile(join(dir, 'b-run6.json'), serializeBundle(bundle('6', 1, '2026-02-01T00:00:00Z', 600)));
    const loaded = await loadTimings(['*.json'], dir);
    expect(loaded.warnings).toEqual([]);
    const items = ['test/split.test.ts'];
    expect(
      estimateDurations(items, loaded.samples, [], { estimator: 'last' }).durations.get(items[0] as string),
    ).toBe(800);
    expect(
      estimateDurations(items, loaded.samples, [], { estimator: 'median' }).durations.get(items[0] as string),
    ).toBe(700);
  });
});
