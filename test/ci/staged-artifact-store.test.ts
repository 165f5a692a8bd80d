import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagedArtifactStore, UnsafeArchiveError, type ArtifactEntry } from '../../src/ci/index.js';
import { artifactStoreContract } from '../contract/artifact-store.contract.js';

artifactStoreContract('staged directory', {
  create: async (limits) => new StagedArtifactStore(await mkdtemp(join(tmpdir(), 'tessera-staged-')), limits),
  // What another job left in the staging root: a folder with a link pointing out of it.
  plantEscaping: async (store) => {
    const folder = join((store as StagedArtifactStore).root, 'tessera-shard-1-of-1');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'bundle.json'), '{}');
    await symlink('../../escaped.txt', join(folder, 'escaped.txt'));
    return 'tessera-shard-1-of-1';
  },
});

describe('StagedArtifactStore', () => {
  it('moves nothing: put copies into the staging root, where the CI template picks it up', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tessera-staged-'));
    const store = new StagedArtifactStore(join(root, '.tessera', 'artifacts'));
    const source = await mkdtemp(join(tmpdir(), 'tessera-src-'));
    await writeFile(join(source, 'plan.json'), '{}');
    await store.put('tessera-plan', source);
    expect(await readdir(join(root, '.tessera', 'artifacts'))).toEqual(['tessera-plan']);
    expect(store.kind).toBe('staged');
  });

  it('checks but does not copy when asked to get into its own root', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tessera-staged-'));
    const store = new StagedArtifactStore(root);
    const source = await mkdtemp(join(tmpdir(), 'tessera-src-'));
    await writeFile(join(source, 'bundle.json'), '{}');
    const entry = await store.put('tessera-shard-1-of-1', source);
    expect(await store.get(entry, root)).toBe(join(root, 'tessera-shard-1-of-1'));
  });

  it('skips half-copied folders and stray names when listing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tessera-staged-'));
    await mkdir(join(root, '.tessera-plan.123.partial'));
    await mkdir(join(root, 'has space'));
    await writeFile(join(root, 'loose-file'), 'x');
    expect(await new StagedArtifactStore(root).list()).toEqual([]);
  });

  it('refuses a staged artifact with too many files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tessera-staged-'));
    const folder = join(root, 'tessera-plan');
    await mkdir(folder);
    for (const n of [1, 2, 3]) await writeFile(join(folder, `${n}.json`), '{}');
    const store = new StagedArtifactStore(root, {
      maxArchiveBytes: 1e9,
      maxExtractedBytes: 1e9,
      maxEntries: 2,
    });
    const [entry] = await store.list();
    await expect(store.get(entry as ArtifactEntry, join(root, 'out'))).rejects.toBeInstanceOf(
      UnsafeArchiveError,
    );
  });
});
