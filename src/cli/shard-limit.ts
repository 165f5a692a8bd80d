/**
 * How many shards a plan may have: as many as the CI it is for runs in one matrix (GitHub 256, GitLab
 * 200, Azure 99; see each provider's `maxShards`), and never more than Tessera's own ceiling. The CI is the
 * one `--ci` would use: `--provider` or `TESSERA_PROVIDER`, else the one detected, else local. A count over
 * the limit is refused before anything is planned, so `--shards 99999999` answers at once instead of
 * building a matrix nobody can run.
 */
import { MAX_SHARDS_ANY_HOST, type Env } from '../ci/provider.js';
import { UsageError } from '../model/errors.js';
import type { CiFlags } from './ci-options.js';

/** The most shards, and the CI that sets that limit. */
export interface ShardLimit {
  readonly max: number;
  /** The CI's display name, e.g. "GitHub Actions". */
  readonly host: string;
}

/** The limit of the CI these flags (and the environment) choose. */
export async function shardLimitFor(flags: CiFlags, env: Env = process.env): Promise<ShardLimit> {
  const { selectProvider } = await import('../../providers/index.js');
  const provider = selectProvider(env, flags.provider);
  return { max: Math.min(provider.maxShards, MAX_SHARDS_ANY_HOST), host: provider.displayName };
}

/**
 * Refuses a shard count above the limit.
 *
 * @param what how the count was given, for the message: `--shards 300`, `shards: 300 in the config file`
 * @throws UsageError naming the count, the CI and its limit
 */
export function checkShardCount(what: string, count: number, limit: ShardLimit): void {
  if (count <= limit.max) return;
  const why =
    limit.max < MAX_SHARDS_ANY_HOST
      ? `${limit.host} runs at most ${limit.max} jobs in one matrix`
      : `Tessera plans at most ${limit.max} shards`;
  throw new UsageError(
    `${what}: too many shards; ${why}`,
    `Use ${limit.max} or fewer, or --target <duration> to let the timings choose the count.`,
  );
}
