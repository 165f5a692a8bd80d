import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBinary } from '../../src/history/binary-format.js';
import { historyFileName, LocalHistoryStore } from '../../src/history/local-store.js';
import { historyFrom } from './generate.js';

function tempStore(): LocalHistoryStore {
  return new LocalHistoryStore(join(mkdtempSync(join(tmpdir(), 'tessera-history-')), 'history'));
}

const doc = historyFrom([{ a: 'passed' }, { a: 'failed' }]);

describe('LocalHistoryStore', () => {
  it('saves and loads a branch’s history as .json.gz, with no temporary file left', async () => {
    const store = tempStore();
    await store.save('main', doc);
    expect(readdirSync(store.dir)).toEqual(['main.json.gz']);
    const loaded = await store.load('main');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.doc && encodeBinary(loaded.doc)).toEqual(encodeBinary(doc));
  });

  it('gives no baseline and no warning when nothing is stored', async () => {
    expect(await tempStore().load('main')).toEqual({ warnings: [] });
  });

  it.each([
    ['corrupt bytes', Buffer.from('not a history'), /not valid JSON/],
    ['a newer version', gzipSync(JSON.stringify({ ...doc, version: 9 })), /newer Tessera/],
  ])('turns %s into a warning naming the file, and no baseline', async (_, bytes, message) => {
    const store = tempStore();
    await store.save('main', doc);
    writeFileSync(store.pathFor('main'), bytes);
    const loaded = await store.load('main');
    expect(loaded.doc).toBeUndefined();
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toContain(store.pathFor('main'));
    expect(loaded.warnings[0]).toMatch(message);
    expect(loaded.warnings[0]).toMatch(/starting a fresh history/);
  });

  it.each([
    '../../etc/passwd',
    '..',
    '.',
    '/abs/path',
    'a\\..\\b',
    'feature/x',
    'x\u0000y',
    '',
    '.hidden',
    'é'.repeat(200),
  ])('keeps branch %j inside its folder', (branch) => {
    const store = tempStore();
    const path = store.pathFor(branch);
    expect(dirname(path)).toBe(store.dir);
    expect(historyFileName(branch)).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*\.json\.gz$/);
    expect(historyFileName(branch).length).toBeLessThanOrEqual(100);
  });

  it('gives branches that sanitise alike different files', () => {
    const names = ['feature/x', 'feature_x', 'feature:x', 'feature x'].map(historyFileName);
    expect(new Set(names).size).toBe(4);
    expect(historyFileName('release-1.2')).toBe('release-1.2.json.gz');
  });

  it('keeps each branch apart', async () => {
    const store = tempStore();
    await store.save('main', doc);
    await store.save('feature/x', historyFrom([{ b: 'passed' }]));
    expect((await store.load('main')).doc?.runs).toHaveLength(2);
    expect((await store.load('feature/x')).doc?.runs).toHaveLength(1);
  });
});
