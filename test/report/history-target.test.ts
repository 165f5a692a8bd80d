import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryHistoryStore } from '../../src/history/memory-store.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import { loadHistories, saveHistory } from '../../src/report/history-target.js';
import { historyFrom } from '../history/generate.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'tessera-history-target-'));

describe('loadHistories from a file', () => {
  it('has no baseline and no warning when the file does not exist yet', async () => {
    expect(await loadHistories({ kind: 'file', path: join(tmp(), 'none.json.gz') })).toEqual({
      warnings: [],
    });
  });

  it('warns and starts afresh for a history written by a newer Tessera', async () => {
    const path = join(tmp(), 'h.json');
    writeFileSync(path, JSON.stringify({ version: 99, branch: 'main', runs: [], tests: {}, files: {} }));
    const loaded = await loadHistories({ kind: 'file', path });
    expect(loaded.baseline).toBeUndefined();
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toContain(path);
    expect(loaded.warnings[0]).toMatch(/starting a fresh history$/);
  });

  it('reads a valid file as both the baseline and the history the run is added to', async () => {
    const path = join(tmp(), 'h.json.gz');
    const doc = historyFrom([{ a: 'passed' }]);
    await saveHistory({ kind: 'file', path }, doc);
    const loaded = await loadHistories({ kind: 'file', path });
    expect(loaded.baseline).toEqual(doc);
    expect(loaded.own).toEqual(doc);
  });
});

describe('loadHistories from a store', () => {
  it("for a pull request, compares with the base branch and adds to the PR branch's own history", async () => {
    const store = new MemoryHistoryStore();
    const main = historyFrom([{ a: 'passed' }]);
    const pr = historyFrom([{ a: 'failed' }]);
    await store.save('main', main);
    await store.save('feature', pr);
    const loaded = await loadHistories({ kind: 'store', store, branch: 'feature', baseBranch: 'main' });
    expect(loaded.baseline).toEqual(main);
    expect(loaded.own).toEqual(pr);
    const push = await loadHistories({ kind: 'store', store, branch: 'main' });
    expect(push.baseline).toEqual(main);
    expect(push.own).toEqual(main);
  });
});

describe('saveHistory', () => {
  it('writes --history-out rather than in place, and refuses an unwritable path with a usage error', async () => {
    const dir = tmp();
    const doc = historyFrom([{ a: 'passed' }]);
    const where = await saveHistory(
      { kind: 'file', path: join(dir, 'in.json.gz'), out: join(dir, 'o', 'out.json.gz') },
      doc,
    );
    expect(where).toBe(join(dir, 'o', 'out.json.gz'));
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'not a folder');
    const save = saveHistory({ kind: 'file', path: join(blocker, 'h.json.gz') }, doc);
    await expect(save).rejects.toThrow(UsageError);
    await expect(saveHistory({ kind: 'file', path: join(blocker, 'h.json.gz') }, doc)).rejects.toThrow(
      /cannot write the history to '.*h\.json\.gz' \(E[A-Z]+\)/,
    );
  });
});

describe('loadHistories from a store that cannot be reached', () => {
  it('warns and carries on without a baseline', async () => {
    const store = new MemoryHistoryStore();
    store.load = () => Promise.reject(new TesseraError('the history service answered 503', 'Retry the job.'));
    const loaded = await loadHistories({ kind: 'store', store, branch: 'main' });
    expect(loaded.baseline).toBeUndefined();
    expect(loaded.warnings).toEqual([
      expect.stringMatching(
        /branch "main" cannot be loaded \(the history service answered 503.*starting a fresh history/,
      ),
    ]);
  });
});
