/**
 * The artifact port (DESIGN.md, "Ports"): how files travel between the jobs of one run. Two kinds of
 * implementation exist, and the difference between them is real, not faked:
 *
 * - **API stores** (GitHub, Azure) upload and download from this process through the CI's service.
 * - **Staged stores** (GitLab `artifacts:`/`needs:`, Jenkins `stash`/`unstash`, the local default) only
 *   place files in a folder; the CI moves that folder between jobs because the template or step declares
 *   it. See staged-artifact-store.ts.
 *
 * Artifacts are folders: `put` takes every file under a folder, `get` recreates it. Names are unique in a
 * run; re-runs use new names (`…-attempt-2`), which is why `list` can show several attempts of a shard.
 */

/** What a store says about one stored artifact. */
export interface ArtifactEntry {
  /** The artifact's name, e.g. `tessera-shard-2-of-4`. */
  readonly name: string;
  /**
   * The store's own id for it. A name can appear more than once (GitHub keeps an artifact of an earlier
   * attempt under the same name), so downloads go by id.
   */
  readonly id: string;
  /** Stored size in bytes (the archive, for API stores), when known. */
  readonly size?: number;
  /** When it was stored, when known: breaks ties between entries of the same name. */
  readonly createdAt?: Date;
  /**
   * A link a person can open to get the artifact (GitHub: the run's artifact page), when the store has one.
   * Staged stores have none: their CI shows the job's artifacts itself.
   */
  readonly url?: string;
}

/** Bounds on what `get` accepts; artifacts are untrusted input (a fork's job may have written them). */
export interface ArtifactLimits {
  /** The largest stored artifact (the archive, for API stores) `get` will download. */
  readonly maxArchiveBytes: number;
  /** The largest total of extracted file sizes. */
  readonly maxExtractedBytes: number;
  /** The most files one artifact may hold. */
  readonly maxEntries: number;
  /**
   * A zip bomb's mark: files adding up to more than this many times the archive's size (once past
   * {@link ZIP_RATIO_FLOOR_BYTES}) are refused. Default {@link MAX_COMPRESSION_RATIO}.
   */
  readonly maxCompressionRatio?: number;
}

/**
 * Text results compress 10–50 times, a repetitive log a few hundred; a thousand times is a bomb. Documented
 * in SECURITY.md.
 */
export const MAX_COMPRESSION_RATIO = 1_000;

/** Below this total, any ratio is accepted: a small file of repeated lines is no threat. */
export const ZIP_RATIO_FLOOR_BYTES = 16 * 1024 * 1024;

/** Defaults generous for shard bundles (a few MB) and histories (bounded), small enough to stop a bomb. */
export const DEFAULT_ARTIFACT_LIMITS: ArtifactLimits = {
  maxArchiveBytes: 256 * 1024 * 1024,
  maxExtractedBytes: 1024 * 1024 * 1024,
  maxEntries: 100_000,
};

/** Moves folders between the jobs of one run. */
export interface ArtifactStore {
  /** `api`: this process uploads and downloads; `staged`: the CI moves a folder by declaration. */
  readonly kind: 'api' | 'staged';
  /**
   * Stores every file under `folder` (recursively, relative paths kept) as artifact `name`.
   *
   * @param name letters, digits, `.`, `_` and `-` only: the intersection of what every CI accepts
   * @throws ArtifactExistsError when this run already has an artifact called `name`
   * @throws UsageError when the name is invalid or `folder` holds no file
   * @throws TesseraError when the service fails for good, after retries, naming the artifact
   */
  put(name: string, folder: string): Promise<ArtifactEntry>;
  /**
   * Every artifact of this run the job can see, every attempt included, in no promised order.
   *
   * @throws TesseraError when the store cannot be read, after retries: an unreachable service is never
   *   reported as an empty run
   */
  list(): Promise<readonly ArtifactEntry[]>;
  /**
   * Recreates the artifact's folder as `<into>/<entry.name>/` and resolves with that path. Anything that
   * would escape it (zip-slip, links) or exceed the store's {@link ArtifactLimits} is refused with an
   * `UnsafeArchiveError` before a file is written.
   *
   * @throws ArtifactNotFoundError when the entry is gone (expired, deleted)
   * @throws UnsafeArchiveError when the content is unsafe or too large
   * @throws TesseraError when the download fails for good, after retries, naming the artifact
   */
  get(entry: ArtifactEntry, into: string): Promise<string>;
}

/** Characters allowed in an artifact name (GitHub forbids `" : < > | * ? \r \n \ /`; Azure and GitLab less). */
const ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** Whether `name` is a valid artifact name on every provider. */
export function isValidArtifactName(name: string): boolean {
  return ARTIFACT_NAME.test(name) && !name.includes('..');
}
