/**
 * The contract every {@link ArtifactStore} keeps, as a reusable suite: the in-memory fake, the staged
 * store, the local provider's store and the GitHub store (against the fake Results service) all run it.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ArtifactExistsError,
  ArtifactNotFoundError,
  DEFAULT_ARTIFACT_LIMITS,
  UnsafeArchiveError,
  type ArtifactEntry,
  type ArtifactLimits,
  type ArtifactStore,
} from '../../src/ci/index.js';
import { UsageError } from '../../src/model/index.js';

/** How the suite reaches a store under test. */
export interface ArtifactStoreSubject {
  /** A fresh, empty store with the given limits. */
  create(limits: ArtifactLimits): Promise<ArtifactStore> | ArtifactStore;
  /**
   * Stores, by the back door, an artifact whose content tries to escape its folder (`../escaped.txt`, or a
   * link for stores that hold folders), and resolves with the name it used.
   */
  plantEscaping(store: ArtifactStore): Promise<string>;
}

/** Writes a small bundle-like folder and returns its path. */
async function makeFolder(root: string, files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(root, 'src-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(folder, path, '..'), { recursive: true });
    await writeFile(join(folder, path), text);
  }
  return folder;
}

/** Every file under `folder`, as relative path → text. */
async function readTree(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const d of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (d.isFile())
      out[join(d.parentPath, d.name).slice(folder.length + 1)] = await readFile(
        join(d.parentPath, d.name),
        'utf8',
      );
  }
  return out;
}

/** Registers the contract suite for one store implementation. */
export function artifactStoreContract(name: string, subject: ArtifactStoreSubject): void {
  describe(`ArtifactStore contract: ${name}`, () => {
    let work: string;
    beforeEach(async () => {
      work = await mkdtemp(join(tmpdir(), 'tessera-artifacts-'));
    });
    afterEach(async () => {
      await rm(work, { recursive: true, force: true });
    });

    const bundle = { 'bundle.json': '{"version":1}', 'results/try-1/junit.xml': '<testsuites/>' };

    it('lists nothing before the first put', async () => {
      const store = await subject.create(DEFAULT_ARTIFACT_LIMITS);
      expect(await store.list()).toEqual([]);
    });

    it('gives back every file of a folder, nested paths kept, under <into>/<name>', async () => {
      const store = await subject.create(DEFAULT_ARTIFACT_LIMITS);
      const put = await store.put('tessera-shard-1-of-2', await makeFolder(work, bundle));
      expect(put.name).toBe('tessera-shard-1-of-2');
      const listed = await store.list();
      expect(listed.map((e) => e.name)).toEqual(['tessera-shard-1-of-2']);
      const into = join(work, 'downloads');
      const folder = await store.get(listed[0] as ArtifactEntry, into);
      expect(folder).toBe(join(into, 'tessera-shard-1-of-2'));
      expect(await readTree(folder)).toEqual({
        'bundle.json': '{"version":1}',
        [join('results', 'try-1', 'junit.xml')]: '<testsuites/>',
      });
    });

    it('keeps artifacts apart and lists each once', async () => {
      const store = await subject.create(DEFAULT_ARTIFACT_LIMITS);
      await store.put('tessera-shard-1-of-2', await makeFolder(work, { 'a.txt': 'one' }));
      await store.put('tessera-shard-2-of-2', await makeFolder(work, { 'a.txt': 'two' }));
      const listed = [...(await store.list())].sort((a, b) => a.name.localeCompare(b.name));
      expect(listed.map((e) => e.name)).toEqual(['tessera-shard-1-of-2', 'tessera-shard-2-of-2']);
      expect(new Set(listed.map((e) => e.id)).size).toBe(2);
      const second = await store.get(listed[1] as ArtifactEntry, join(work, 'out'));
      expect(await readFile(join(second, 'a.txt'), 'utf8')).toBe('two');
    });

    it('refuses a second artifact of the same name in one run', async () => {
      const store = await subject.create(DEFAULT_ARTIFACT_LIMITS);
      await store.put('tessera-plan', await makeFolder(work, { 'plan.json': '{}' }));
      await expect(
        store.put('tessera-plan', await makeFolder(work, { 'plan.json': '[]' })),
      ).rejects.toBeInstanceOf(ArtifactExistsError);
    });

    it('refuses invalid names and empty folders with a usage error', async () => {
      const store = await subject.create(DEFAULT_ARTIFACT_LIMITS);
      const folder = await makeFolder(work, { 'a.txt': 'x' });
      for (const bad of ['../escape', 'a/b', 'with space', 'colon:name', ''])
        await expect(store.put(bad, folder), bad).rejects.toBeInstanceOf(UsageError);
      await expect(store.put('empty', await makeFolder(work, {}))).rejects.toBeInstanceOf(UsageError);
      expect(await store.list()).toEqual([]);
    });

    it('says "not found" for an artifact that is not there', async () => {
      const store = await subject.create(DEFAULT_ARTIFACT_LIMITS);
      await expect(
        store.get({ name: 'tessera-history', id: '999' }, join(work, 'out')),
      ).rejects.toBeInstanceOf(ArtifactNotFoundError);
    });

    it('refuses content that would escape its folder, writing nothing outside it', async () => {
      const store = await subject.create(DEFAULT_ARTIFACT_LIMITS);
      const planted = await subject.plantEscaping(store);
      const entry = (await store.list()).find((e) => e.name === planted) as ArtifactEntry;
      const into = join(work, 'deep', 'out');
      await expect(store.get(entry, into)).rejects.toBeInstanceOf(UnsafeArchiveError);
      expect(await readdir(join(work, 'deep')).catch(() => [])).not.toContain('escaped.txt');
      expect(await readdir(work)).not.toContain('escaped.txt');
    });

    it('refuses an artifact larger than its limits', async () => {
      const small: ArtifactLimits = { maxArchiveBytes: 1_000_000, maxExtractedBytes: 1000, maxEntries: 10 };
      const store = await subject.create(small);
      await store.put('tessera-history', await makeFolder(work, { 'history.json': 'x'.repeat(5000) }));
      const [entry] = await store.list();
      await expect(store.get(entry as ArtifactEntry, join(work, 'out'))).rejects.toBeInstanceOf(
        UnsafeArchiveError,
      );
    });
  });
}
