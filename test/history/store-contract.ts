/**
 * The contract every {@link HistoryStore} keeps, as a reusable suite: the local and in-memory stores run it
 * here, and each provider's store (GitHub artifacts, GitLab/Jenkins staged files, Azure) runs it in its own
 * tests, so the fakes cannot drift from the real thing.
 */
import { describe, expect, it } from 'vitest';
import { encodeBinary } from '../../src/history/binary-format.js';
import type { HistoryStore } from '../../src/history/store.js';
import { historyFrom } from './generate.js';

/** How the suite reaches a store under test. */
export interface StoreUnderTest {
  /** A fresh, empty store. */
  create(): Promise<HistoryStore> | HistoryStore;
  /** Replaces the stored bytes of a branch with `bytes` (to test damaged data). */
  corrupt(store: HistoryStore, branch: string, bytes: Uint8Array): Promise<void> | void;
}

/** Registers the contract suite for one store implementation. */
export function historyStoreContract(name: string, subject: StoreUnderTest): void {
  describe(`HistoryStore contract: ${name}`, () => {
    const main = historyFrom([{ a: 'passed' }, { a: 'failed', b: 'passed' }]);
    const other = historyFrom([{ c: 'passed' }], () => ({ branch: 'feature/x', sha: 'f' }));

    it('has no baseline and no warning before the first save', async () => {
      const store = await subject.create();
      expect(await store.load('main')).toEqual({ warnings: [] });
    });

    it('gives back what was saved, byte for byte once serialised', async () => {
      const store = await subject.create();
      await store.save('main', main);
      const loaded = await store.load('main');
      expect(loaded.warnings).toEqual([]);
      expect(loaded.doc && encodeBinary(loaded.doc)).toEqual(encodeBinary(main));
    });

    it('replaces on save and keeps branches apart, whatever their names', async () => {
      const store = await subject.create();
      await store.save('main', other);
      await store.save('main', main);
      await store.save('feature/x', other);
      await store.save('../main', other);
      expect((await store.load('main')).doc?.runs).toHaveLength(2);
      expect((await store.load('feature/x')).doc?.runs).toHaveLength(1);
      expect((await store.load('../main')).doc?.runs).toHaveLength(1);
    });

    it('turns damaged data into one warning and no baseline, without throwing', async () => {
      const store = await subject.create();
      await store.save('main', main);
      await subject.corrupt(store, 'main', Buffer.from('{"version": 1, "runs": "oops"'));
      const loaded = await store.load('main');
      expect(loaded.doc).toBeUndefined();
      expect(loaded.warnings).toHaveLength(1);
      expect(loaded.warnings[0]).toMatch(/fresh history/);
    });
  });
}
