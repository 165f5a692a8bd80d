/**
 * The names Tessera gives its artifacts, and the choice of which shard artifacts a report reads. Pure: the
 * same names on every provider, so a report can find the bundles whatever uploaded them.
 */
import type { ShardRef } from '../model/index.js';
import { bundleFolderName } from '../run/bundle-folder.js';
import type { ArtifactEntry } from './artifact-store.js';

/** The plan, uploaded once by the plan job. */
export const PLAN_ARTIFACT = 'tessera-plan';
/** A branch's history, uploaded by the report job. */
export const HISTORY_ARTIFACT = 'tessera-history';
/** The HTML report, uploaded by the report job. */
export const REPORT_ARTIFACT = 'tessera-report';

/** The HTML report's artifact name: `-attempt-<a>` from a run's second attempt on, as shard bundles. */
export function reportArtifactName(attempt: number): string {
  return attempt > 1 ? `${REPORT_ARTIFACT}-attempt-${attempt}` : REPORT_ARTIFACT;
}

/** `tessera-shard-<i>-of-<N>`, with `-attempt-<a>` from the second attempt on (the bundle folder's name). */
export function shardArtifactName(shard: ShardRef, attempt?: number): string {
  return bundleFolderName(shard, attempt);
}

/** A shard artifact's name, taken apart. */
export interface ShardArtifactName {
  readonly shard: ShardRef;
  /** 1 when the name has no attempt suffix. */
  readonly attempt: number;
}

const SHARD_NAME = /^tessera-shard-(\d{1,6})-of-(\d{1,6})(?:-attempt-(\d{1,6}))?$/;

/** Parses `tessera-shard-2-of-4-attempt-3`; undefined for any other name. */
export function parseShardArtifactName(name: string): ShardArtifactName | undefined {
  const match = SHARD_NAME.exec(name);
  if (!match) return undefined;
  const index = Number(match[1]);
  const total = Number(match[2]);
  const attempt = match[3] === undefined ? 1 : Number(match[3]);
  if (index < 1 || total < 1 || index > total || attempt < 1) return undefined;
  return { shard: { index, total }, attempt };
}

/** A shard artifact chosen for the report, and the ones it supersedes. */
export interface ChosenShardArtifact {
  readonly shard: ShardRef;
  readonly attempt: number;
  readonly entry: ArtifactEntry;
  /** Older attempts (or older copies of the same name) of the same shard, not read. */
  readonly superseded: readonly ArtifactEntry[];
}

const newer = (a: ArtifactEntry, b: ArtifactEntry): number =>
  (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) || (Number(a.id) || 0) - (Number(b.id) || 0);

/**
 * The latest attempt of each shard among `entries`: highest attempt suffix first, then (for the same name
 * stored twice, as a GitHub re-run can leave it) the newest, then the highest id. Shards of different
 * matrix sizes are kept apart, so a report can say the matrix changed. Sorted by total, then index.
 */
export function chooseShardArtifacts(entries: readonly ArtifactEntry[]): ChosenShardArtifact[] {
  const byShard = new Map<string, { parsed: ShardArtifactName; entry: ArtifactEntry }[]>();
  for (const entry of entries) {
    const parsed = parseShardArtifactName(entry.name);
    if (!parsed) continue;
    const key = `${parsed.shard.index}/${parsed.shard.total}`;
    byShard.set(key, [...(byShard.get(key) ?? []), { parsed, entry }]);
  }
  const chosen: ChosenShardArtifact[] = [];
  for (const candidates of byShard.values()) {
    const ordered = [...candidates].sort(
      (a, b) => b.parsed.attempt - a.parsed.attempt || newer(b.entry, a.entry),
    );
    const [latest, ...rest] = ordered;
    if (!latest) continue;
    chosen.push({
      shard: latest.parsed.shard,
      attempt: latest.parsed.attempt,
      entry: latest.entry,
      superseded: rest.map((r) => r.entry),
    });
  }
  return chosen.sort((a, b) => a.shard.total - b.shard.total || a.shard.index - b.shard.index);
}
