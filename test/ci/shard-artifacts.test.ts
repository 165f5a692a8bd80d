import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArtifactNotFoundError,
  fetchPlan,
  fetchShardBundles,
  mapConcurrently,
  putPlan,
  putShardBundle,
} from '../../src/ci/index.js';
import { TesseraError } from '../../src/model/index.js';
import { MemoryArtifactStore } from '../fakes/memory-artifact-store.js';

async function bundleFolder(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bundle-'));
  await writeFile(join(dir, 'bundle.json'), text);
  return dir;
}

describe('shard bundles through an artifact store', () => {
  it('uploads under the shard name and downloads the latest attempts with bounded concurrency', async () => {
    const store = new MemoryArtifactStore();
    for (let i = 1; i <= 6; i++)
      await putShardBundle(store, await bundleFolder(`"${i}"`), { index: i, total: 6 }, 1);
    await putShardBundle(store, await bundleFolder('"4 again"'), { index: 4, total: 6 }, 2);
    const into = await mkdtemp(join(tmpdir(), 'tessera-into-'));
    const fetched = await fetchShardBundles(store, into, { concurrency: 3 });
    expect(fetched.folders.map((f) => f.slice(into.length + 1))).toEqual([
      'tessera-shard-1-of-6',
      'tessera-shard-2-of-6',
      'tessera-shard-3-of-6',
      'tessera-shard-4-of-6-attempt-2',
      'tessera-shard-5-of-6',
      'tessera-shard-6-of-6',
    ]);
    expect(await readFile(join(fetched.folders[3] ?? '', 'bundle.json'), 'utf8')).toBe('"4 again"');
    expect(store.maxInFlight).toBe(3);
  });

  it('tries every download, then names each shard that failed for good', async () => {
    const store = new MemoryArtifactStore();
    for (let i = 1; i <= 3; i++)
      await putShardBundle(store, await bundleFolder('{}'), { index: i, total: 3 }, 1);
    store.failGets.add('tessera-shard-2-of-3');
    const error = await fetchShardBundles(store, await mkdtemp(join(tmpdir(), 'x-'))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TesseraError);
    expect((error as Error).message).toBe(
      '1 shard bundle could not be downloaded:\n  shard 2/3 (artifact tessera-shard-2-of-3): connection reset while downloading tessera-shard-2-of-3',
    );
  });

  it('returns nothing when no shard uploaded (completeness is checked on the bundles)', async () => {
    expect(await fetchShardBundles(new MemoryArtifactStore(), tmpdir())).toEqual({ folders: [], chosen: [] });
  });
});

describe('the plan artifact', () => {
  it('travels as tessera-plan holding plan.json', async () => {
    const store = new MemoryArtifactStore();
    const dir = await mkdtemp(join(tmpdir(), 'tessera-plan-src-'));
    await writeFile(join(dir, 'my-plan.json'), '{"version":1}');
    expect((await putPlan(store, join(dir, 'my-plan.json'))).name).toBe('tessera-plan');
    const path = await fetchPlan(store, await mkdtemp(join(tmpdir(), 'tessera-into-')));
    expect(path.endsWith(join('tessera-plan', 'plan.json'))).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('{"version":1}');
  });

  it('says where the plan should have come from when there is none', async () => {
    const error = await fetchPlan(new MemoryArtifactStore(), tmpdir()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArtifactNotFoundError);
    expect((error as ArtifactNotFoundError).hint).toMatch(/tessera plan/);
  });
});

describe('mapConcurrently', () => {
  it('keeps input order and settles every item', async () => {
    const results = await mapConcurrently([3, 1, 2], 2, async (n) => {
      if (n === 1) throw new Error('one');
      return n * 10;
    });
    expect(results).toEqual([
      { ok: true, value: 30 },
      { ok: false, error: new Error('one') },
      { ok: true, value: 20 },
    ]);
  });
});
