/**
 * Artifacts the GitLab way: files move between the jobs of a pipeline because the template declares them
 * (`artifacts: paths:` in the job that writes them, `needs:` in the job that reads them), and GitLab
 * extracts every needed job's artifacts into the same `CI_PROJECT_DIR`. So the store is the staged folder
 * `.tessera/artifacts/` of the workspace (src/ci/staged-artifact-store.ts), one sub-folder per artifact,
 * named per shard (`tessera-shard-<i>-of-<N>`) so that the shards' artifacts never collide.
 *
 * What it adds: the link to a stored artifact in the job's artifact browser
 * (`<job url>/artifacts/file/<path>` for a single file such as the HTML report, `…/artifacts/browse/<path>`
 * otherwise), which the merge request note links to. GitLab serves those pages once the job has finished
 * and uploaded its artifacts.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { StagedArtifactStore, type ArtifactEntry } from '../../src/ci/index.js';

/** Where the staged artifacts live, relative to `CI_PROJECT_DIR` (the template declares this path). */
export const GITLAB_ARTIFACTS_DIR = '.tessera/artifacts';

/** The staged store of a GitLab job, with links into the job's artifact browser. */
export class GitlabArtifactStore extends StagedArtifactStore {
  /**
   * @param workspace `CI_PROJECT_DIR`: artifact paths are relative to it
   * @param jobUrl `CI_JOB_URL`, for links; without it entries have none
   */
  constructor(
    private readonly workspace: string,
    private readonly jobUrl: string | undefined,
  ) {
    super(join(workspace, GITLAB_ARTIFACTS_DIR));
  }

  override async put(name: string, folder: string): Promise<ArtifactEntry> {
    const entry = await super.put(name, folder);
    if (!this.jobUrl) return entry;
    const stored = join(this.root, name);
    const files = await readdir(stored, { recursive: true, withFileTypes: true });
    const only = files.filter((f) => f.isFile());
    const path = (absolute: string): string =>
      relative(this.workspace, absolute).split(sep).map(encodeURIComponent).join('/');
    const [single] = only;
    const url =
      only.length === 1 && single
        ? `${this.jobUrl}/artifacts/file/${path(join(single.parentPath, single.name))}`
        : `${this.jobUrl}/artifacts/browse/${path(stored)}/`;
    return { ...entry, url };
  }
}
