/**
 * The retried-job port: how a CI that gives a retried job a new id and numbers no attempts (GitLab) finds
 * the job this one retries. GitHub and Azure need none: their context says the attempt, and every
 * attempt's artifacts are in the run's {@link ArtifactStore}. A CI with this port hands back the earlier
 * job's artifacts as an artifact store of their own, so the re-run is found in them exactly as on GitHub
 * (src/run/rerun-source.ts, `findEarlierAttempt`), and decided by the same pure code (src/run/rerun.ts).
 */
import type { ArtifactStore } from './artifact-store.js';

/** What a retried-job lookup found. */
export type PreviousAttempt =
  /** This job retries none: it is the first of its name in the run. */
  | { readonly kind: 'first' }
  /** The job this one retries, and its artifacts. */
  | { readonly kind: 'found'; readonly job: string; readonly artifacts: ArtifactStore }
  /** Whether this job is a retry, or what it retries, cannot be known: why, in one line (no secret in it). */
  | { readonly kind: 'unavailable'; readonly reason: string };

/** Finds the job this one retries, through the CI's API. */
export interface PreviousAttemptSource {
  /**
   * Looks the earlier attempt up and brings its artifacts into `into` (a scratch folder). Never rejects
   * for a refusal or a missing artifact: those are `unavailable`, and the shard then runs whole.
   */
  find(into: string): Promise<PreviousAttempt>;
}
