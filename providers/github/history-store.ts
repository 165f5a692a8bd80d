/**
 * Branch histories on GitHub, kept as `tessera-history` artifacts: the report job of every run uploads the
 * history of its branch, and the baseline of a run is the newest `tessera-history` that a run of the
 * baseline branch uploaded. It is found with one REST call (two past 100 histories): the repository's
 * artifacts filtered by name, newest first, each naming the run and branch it came from. It is downloaded
 * with `@actions/artifact`'s `findBy` and checked like any other artifact.
 *
 * A history from a fork's run never counts, even if the fork's branch has the same name: only artifacts
 * whose run's head repository is the repository itself are read. Missing or expired histories are no
 * baseline, with at most a warning; only an unreachable API rejects.
 *
 * That lookup trusts GitHub's record of which branch a run built, so a history is only ever uploaded by a
 * run that GitHub files under the history's own branch: a `workflow_run` job (the fork pattern) is filed
 * under the default branch whatever PR it reports on, and its upload would pass a PR's history off as the
 * default branch's newest. Such a save is skipped, with a log line.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_ARTIFACT, type Logger } from '../../src/ci/index.js';
import {
  decodeHistory,
  encodeHistory,
  historyFileName,
  type HistoryDocument,
  type HistoryLoad,
  type HistoryStore,
} from '../../src/history/index.js';
import { TesseraError } from '../../src/model/index.js';
import type { GithubArtifactStore } from './artifact-store.js';
import type { GithubRestClient } from './rest-client.js';
import { statusOf } from './rest-client.js';

/** An artifact as the REST list returns it (only what we read). */
interface RestArtifact {
  readonly id: number;
  readonly name: string;
  readonly size_in_bytes: number;
  readonly expired: boolean;
  readonly created_at: string | null;
  readonly workflow_run?: {
    readonly id?: number;
    readonly repository_id?: number;
    readonly head_repository_id?: number;
    readonly head_branch?: string;
  } | null;
}

/** Options of {@link GithubHistoryStore}. */
export interface GithubHistoryStoreOptions {
  /** This run's artifacts: where `save` uploads, and the client `load` downloads with. */
  readonly artifacts: GithubArtifactStore;
  /** REST calls on the repository, with a token that has `actions: read`. */
  readonly rest: GithubRestClient;
  /** The token the REST client uses, for `findBy` downloads. */
  readonly token: string;
  /** This run's id: its own history is never its baseline. */
  readonly runId?: string;
  /**
   * The branch GitHub files this run's artifacts under (context.ts `runHeadBranch`); `save` skips any other
   * branch. Unset, every branch is saved: for callers that make sure of it themselves.
   */
  readonly runBranch?: string;
  readonly log: Logger;
  /** Where downloads are unpacked; the OS temp folder by default. */
  readonly tempDir?: string;
}

/** Histories as `tessera-history` artifacts of the repository's runs. */
export class GithubHistoryStore implements HistoryStore {
  constructor(private readonly options: GithubHistoryStoreOptions) {}

  async load(branch: string): Promise<HistoryLoad> {
    const newest = await this.findNewest(branch);
    if (!newest) return { warnings: [] };
    const where = `artifact ${HISTORY_ARTIFACT} (id ${newest.id}) of run ${newest.workflow_run?.id}`;
    const temp = await mkdtemp(join(this.options.tempDir ?? tmpdir(), 'tessera-history-'));
    try {
      let folder: string;
      try {
        folder = await this.options.artifacts.getFromRun(
          { name: newest.name, id: String(newest.id), size: newest.size_in_bytes },
          temp,
          {
            token: this.options.token,
            workflowRunId: newest.workflow_run?.id ?? 0,
            repositoryOwner: this.options.rest.owner,
            repositoryName: this.options.rest.repo,
          },
        );
      } catch (error) {
        const status = statusOf(error instanceof TesseraError ? error.cause : error);
        if (status === 410 || status === 404)
          return { warnings: [`${where} expired before it could be read; starting a fresh history`] };
        if (error instanceof TesseraError && error.name === 'UnsafeArchiveError')
          return { warnings: [`${where}: ${error.message}; starting a fresh history`] };
        throw error;
      }
      const bytes = await readFile(join(folder, historyFileName(branch))).catch(() => undefined);
      if (!bytes)
        return {
          warnings: [
            `${where} holds no history of branch ${JSON.stringify(branch)}; starting a fresh history`,
          ],
        };
      const result = decodeHistory(bytes);
      if (result.ok) return { doc: result.doc, warnings: [] };
      return { warnings: [`${where}: ${result.problem.message}; starting a fresh history`] };
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  /**
   * Uploads `doc` as this run's `tessera-history`, replacing one an earlier attempt of the job uploaded.
   * GitHub records the run's branch with the artifact, so `branch` should be this run's branch; it also
   * names the file inside, and `load` checks it.
   */
  async save(branch: string, doc: HistoryDocument): Promise<void> {
    const runBranch = this.options.runBranch;
    if (runBranch !== undefined && branch !== runBranch) {
      this.options.log.info(
        `The history of ${branch} is not kept: GitHub files this run's artifacts under ${runBranch}, where it would pass for ${runBranch}'s history.`,
      );
      return;
    }
    const folder = await mkdtemp(join(this.options.tempDir ?? tmpdir(), 'tessera-history-up-'));
    try {
      await writeFile(join(folder, historyFileName(branch)), encodeHistory(doc));
      await this.options.artifacts.replace(HISTORY_ARTIFACT, folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** The newest usable history artifact of `branch`, from at most two pages of the name-filtered list. */
  private async findNewest(branch: string): Promise<RestArtifact | undefined> {
    for (let page = 1; page <= 2; page++) {
      const data = (await this.options.rest.request(
        `list the ${HISTORY_ARTIFACT} artifacts`,
        'GET /repos/{owner}/{repo}/actions/artifacts',
        { name: HISTORY_ARTIFACT, per_page: 100, page },
      )) as { total_count: number; artifacts: RestArtifact[] };
      const usable = data.artifacts
        .filter(
          (a) =>
            a.name === HISTORY_ARTIFACT &&
            !a.expired &&
            a.workflow_run?.head_branch === branch &&
            a.workflow_run.head_repository_id === a.workflow_run.repository_id &&
            String(a.workflow_run.id) !== this.options.runId,
        )
        .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
      if (usable[0]) return usable[0];
      if (page * 100 >= data.total_count) return undefined;
    }
    this.options.log.debug(`no ${HISTORY_ARTIFACT} of branch ${branch} among the 200 newest`);
    return undefined;
  }
}
