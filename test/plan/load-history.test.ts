import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyHistory,
  encodeHistory,
  type HistoryDocument,
  type HistoryRun,
} from '../../src/history/index.js';
import { estimateDurations } from '../../src/plan/estimate.js';
import { learnedSetupMs, loadHistoryInputs } from '../../src/plan/load-history.js';

const run = (seq: number, setups: number[]): HistoryRun => ({
  seq,
  at: `2026-01-0${seq}T00:00:00Z`,
  provider: 'github',
  summary: { tests: 1, passed: 1, failed: 0, skipped: 0, flaky: 0 },
  durationMs: 1000,
  wallMs: 2000,
  shards: setups.map((setupMs, i) => ({ index: i + 1, setupMs, wallMs: 2000 })),
});

const doc: HistoryDocument = {
  ...emptyHistory('main'),
  runs: [run(1, [60_000, 80_000]), run(2, []), run(3, [70_000, 90_000])],
  files: { 'test/a.test.ts': { w: [1000, 5000, 1200], seen: 3 } },
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-history-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('history as a planning input', () => {
  it('learns the set-up time as the median over recent sharded runs', () => {
    expect(learnedSetupMs(doc)).toBe(75_000);
    expect(learnedSetupMs(emptyHistory('main'))).toBeUndefined();
  });

  it('reads a gzipped history into wall samples, one source per run', async () => {
    await writeFile(join(dir, 'main.json.gz'), encodeHistory(doc));
    const inputs = await loadHistoryInputs(join(dir, 'main.json.gz'));
    expect(inputs.warnings).toEqual([]);
    expect(inputs.setupMs).toBe(75_000);
    const { durations, sources } = estimateDurations(['test/a.test.ts'], inputs.samples);
    expect(durations.get('test/a.test.ts')).toBe(1200); // the median ignores the one slow run
    expect(sources.wall).toBe(1);
  });

  it('turns an unusable history into a warning', async () => {
    await writeFile(join(dir, 'bad.json'), '{"version": 99}');
    const bad = await loadHistoryInputs(join(dir, 'bad.json'));
    expect(bad.samples).toEqual([]);
    expect(bad.warnings[0]).toMatch(
      /bad\.json: history version 99 was written by a newer Tessera.*planning without it/,
    );
    const missing = await loadHistoryInputs(join(dir, 'none.json'));
    expect(missing.warnings[0]).toMatch(/cannot read it \(ENOENT\)/);
  });
});
