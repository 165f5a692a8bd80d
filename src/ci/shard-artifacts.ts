/**
 * Moving shard bundles through an {@link ArtifactStore}: a shard job uploads its bundle folder, the report
 * job lists the run's artifacts, keeps the latest attempt of each shard and downloads them concurrently.
 * A download that fails for good names its shard; completeness (a shard that never uploaded) is checked
 * later, on the bundles themselves (src/report/bundles.ts).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShardRef } from '../model/index.js';
import { TesseraError } from '../model/index.js';
import { ArtifactNotFoundError } from './errors.js';
import type { ArtifactEntry, ArtifactStore } from './artifact-store.js';
import {
  chooseShardArtifacts,
  PLAN_ARTIFACT,
  shardArtifactName,
  type ChosenShardArtifact,
} from './artifact-names.js';

/** The plan's file name inside the `tessera-plan` artifact. */
export const PLAN_FILE = 'plan.json';

/** Uploads the plan file as the `tessera-plan` artifact (holding `plan.json`). */
export async function putPlan(store: ArtifactStore, planFile: string): Promise<ArtifactEntry> {
  const folder = await mkdtemp(join(tmpdir(), 'tessera-plan-'));
  try {
    await copyFile(planFile, join(folder, PLAN_FILE));
    return await store.put(PLAN_ARTIFACT, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Downloads the run's `tessera-plan` into `<into>/tessera-plan/` and resolves with the path of its
 * `plan.json`. The newest copy wins, should a re-run have uploaded the plan again.
 *
 * @throws ArtifactNotFoundError when the plan job uploaded no plan
 */
export async function fetchPlan(store: ArtifactStore, into: string): Promise<string> {
  const plans = (await store.list())
    .filter((e) => e.name === PLAN_ARTIFACT)
    .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  const [newest] = plans;
  if (!newest)
    throw new ArtifactNotFoundError(
      PLAN_ARTIFACT,
      'Run `tessera plan` in a job before the shard jobs, and make them depend on it (`needs:`).',
    );
  return join(await store.get(newest, into), PLAN_FILE);
}

/** Uploads a shard's bundle folder as `tessera-shard-<i>-of-<N>[-attempt-<a>]`. */
export function putShardBundle(
  store: ArtifactStore,
  folder: string,
  shard: ShardRef,
  attempt: number,
): Promise<ArtifactEntry> {
  return store.put(shardArtifactName(shard, attempt), folder);
}

/** The shard bundles a report downloaded. */
export interface FetchedShardBundles {
  /** One folder per shard, in shard order. */
  readonly folders: readonly string[];
  readonly chosen: readonly ChosenShardArtifact[];
}

/** Options of {@link fetchShardBundles}. */
export interface FetchOptions {
  /** Downloads in flight at once; 4 by default (each download is itself chunked by the client). */
  readonly concurrency?: number;
}

/**
 * Downloads the latest attempt of every shard of this run into `<into>/<artifact name>/`.
 *
 * @throws TesseraError naming every shard whose download failed for good (all downloads are tried first)
 */
export async function fetchShardBundles(
  store: ArtifactStore,
  into: string,
  options: FetchOptions = {},
): Promise<FetchedShardBundles> {
  const chosen = chooseShardArtifacts(await store.list());
  const results = await mapConcurrently(chosen, options.concurrency ?? 4, (c) => store.get(c.entry, into));
  const failures = chosen.flatMap((c, i) => {
    const result = results[i];
    return result && !result.ok ? [{ chosen: c, error: result.error }] : [];
  });
  if (failures.length > 0) {
    const lines = failures.map(
      ({ chosen: c, error }) =>
        `shard ${c.shard.index}/${c.shard.total} (artifact ${c.entry.name}): ${error instanceof Error ? error.message : String(error)}`,
    );
    throw new TesseraError(
      `${failures.length} shard bundle${failures.length === 1 ? '' : 's'} could not be downloaded:\n  ${lines.join('\n  ')}`,
      'Re-run the report job; if it fails again, re-run the named shard jobs.',
      { cause: failures[0]?.error },
    );
  }
  return { folders: results.map((r) => (r.ok ? r.value : '')), chosen };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs `work` over `items` with at most `limit` in flight, keeping input order in the results. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<Settled<R>[]> {
  const results: Settled<R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { ok: true, value: await work(items[i] as T) };
      } catch (error) {
        results[i] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
