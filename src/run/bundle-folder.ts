/** Where a shard's bundle goes: a name shared by the bundle writers and the CI artifact names. */
import type { ShardRef } from '../model/run.js';

/**
 * The bundle folder's name: `tessera-shard-<i>-of-<N>`, with `-attempt-<a>` for a CI re-run (attempt 2 and
 * later) so a re-run's bundle lands beside the first one instead of over it.
 */
export function bundleFolderName(shard: ShardRef, attempt?: number): string {
  const base = `tessera-shard-${shard.index}-of-${shard.total}`;
  return attempt !== undefined && attempt > 1 ? `${base}-attempt-${attempt}` : base;
}
