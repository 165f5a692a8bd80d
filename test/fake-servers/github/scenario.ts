/**
 * Multi-job scenarios on a {@link FakeGithub}: which workflow run and attempt the next uploads belong to,
 * and copies of a run's artifacts that a later test can plant again.
 *
 * The real Results service learns the run from the job's runtime token; the fake cannot, so a test that
 * plays several runs tells it, before each job, which run (id, attempt, head branch) is running. REST
 * listings then file the artifacts under that run and branch, as GitHub's `workflow_run` block does.
 */
import type { FakeArtifact, FakeGithub } from './server.js';

/** The workflow run a job belongs to, as GitHub files its artifacts. */
export interface FakeRun {
  /** `GITHUB_RUN_ID`. */
  readonly runId: number;
  /** `GITHUB_RUN_ATTEMPT`. */
  readonly attempt: number;
  /** The run's `head_branch`: a PR's head branch, or the pushed branch. */
  readonly headBranch: string;
}

/** Makes the next uploads and Twirp listings those of `run`. */
export function enterRun(fake: FakeGithub, run: FakeRun): void {
  fake.runId = run.runId;
  fake.attempt = run.attempt;
  fake.headBranch = run.headBranch;
}

/** A finalized artifact's content and filing, enough to store it again after {@link FakeGithub.reset}. */
export interface ArtifactCopy {
  readonly name: string;
  readonly data: Buffer;
  readonly attempt: number;
  readonly runId: number;
  readonly headBranch: string;
  readonly createdAt: Date;
}

/** Copies of the finalized artifacts of run `runId` (all attempts). */
export function copyRunArtifacts(fake: FakeGithub, runId: number): ArtifactCopy[] {
  return fake.artifacts
    .filter((a) => a.finalized && a.runId === runId)
    .map((a) => ({
      name: a.name,
      data: Buffer.from(a.data),
      attempt: a.attempt,
      runId: a.runId,
      headBranch: a.headBranch,
      createdAt: a.createdAt,
    }));
}

/** Stores `copies` again (fresh ids), e.g. after a reset; resolves with the new artifacts by name. */
export function plantArtifacts(fake: FakeGithub, copies: readonly ArtifactCopy[]): Map<string, FakeArtifact> {
  const planted = new Map<string, FakeArtifact>();
  for (const copy of copies) {
    const { name, data, ...filing } = copy;
    planted.set(name, fake.seedArtifact(name, data, filing));
  }
  return planted;
}

/** The finalized artifacts of run `runId`, by name (the newest of a name wins). */
export function runArtifacts(fake: FakeGithub, runId: number): Map<string, FakeArtifact> {
  return new Map(fake.artifacts.filter((a) => a.finalized && a.runId === runId).map((a) => [a.name, a]));
}
