/**
 * Artifacts on Jenkins are folders in the workspace that the pipeline moves by declaration: each job's
 * `tessera` CLI stages them in `.tessera/artifacts/<name>/` (a {@link StagedArtifactStore}), and the
 * shared-library step moves them between the nodes of one build with `stash`/`unstash`:
 *
 * | artifact | staged by | stash |
 * | --- | --- | --- |
 * | `tessera-plan` | `tessera plan --ci` (tesseraPlan) | `tessera-plan`, unstashed by every shard and the report |
 * | `tessera-shard-<i>-of-<N>` | `tessera run --ci --shard i/N` (tesseraShard) | `tessera-shard-<i>`, unstashed by the report |
 * | `tessera-report` | `tessera report --ci --html …` (tesseraReport) | archived with `archiveArtifacts` |
 *
 * Nothing is uploaded from the Node process; what arrives by `unstash` is checked by `get` like any
 * downloaded artifact (no links, bounded size).
 */
import { join } from 'node:path';
import { StagedArtifactStore } from '../../src/ci/index.js';

/** The staging folder, relative to the workspace: what the step stashes and unstashes. */
export const JENKINS_ARTIFACTS_DIR = '.tessera/artifacts';

/** The staged store of a Jenkins workspace. */
export function jenkinsArtifactStore(workspace: string): StagedArtifactStore {
  return new StagedArtifactStore(join(workspace, JENKINS_ARTIFACTS_DIR));
}
