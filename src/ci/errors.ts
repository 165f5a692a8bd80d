/**
 * Errors of the CI ports. Each names the artifact, shard or permission involved and says what to check.
 */
import { TesseraError } from '../model/index.js';

/** An artifact name that is already taken in this run: names are unique per run on every provider. */
export class ArtifactExistsError extends TesseraError {
  override readonly name = 'ArtifactExistsError';
  constructor(
    readonly artifact: string,
    options?: { cause?: unknown },
  ) {
    super(
      `artifact ${artifact} already exists in this run`,
      'Two jobs wrote the same shard, or the job ran twice in one attempt: give every matrix job its own shard index.',
      options,
    );
  }
}

/** An artifact that is not (or no longer) in the store. */
export class ArtifactNotFoundError extends TesseraError {
  override readonly name = 'ArtifactNotFoundError';
  constructor(
    readonly artifact: string,
    hint?: string,
    options?: { cause?: unknown },
  ) {
    super(
      `artifact ${artifact} not found`,
      hint ?? 'Did the job that uploads it run, and is it within the retention period?',
      options,
    );
  }
}

/**
 * An archive that is refused before anything is written: an entry that would land outside the target
 * folder (zip-slip), a link, or a size over the cap (a zip bomb, or a history that outgrew its bounds).
 */
export class UnsafeArchiveError extends TesseraError {
  override readonly name = 'UnsafeArchiveError';
  constructor(
    readonly artifact: string,
    reason: string,
    hint?: string,
  ) {
    super(
      `artifact ${artifact} refused: ${reason}`,
      hint ?? 'Artifacts are read as untrusted input; re-create it with `tessera run` or `tessera collect`.',
    );
  }
}

/**
 * The token may not do what was asked (fork PRs get a read-only token; a workflow may lack
 * `pull-requests: write`). Callers turn it into a warning: the report is still in the job summary.
 */
export class CodeHostPermissionError extends TesseraError {
  override readonly name = 'CodeHostPermissionError';
}
