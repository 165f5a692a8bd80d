/**
 * Branch histories on GitLab, kept as an artifact of the report job: the report job writes the history of
 * its branch to `.tessera/history/<branch>.json.gz` in the workspace, which the template declares in that
 * job's `artifacts: paths:` (with a long `expire_in`).
 *
 * The baseline is read with one API call: the report job's artifacts archive from the latest successful
 * pipeline of the baseline branch, `GET /projects/:id/jobs/artifacts/:ref_name/download?job=<report job>`
 * (https://docs.gitlab.com/api/job_artifacts/#download-the-artifacts-archive), searched in parent pipelines
 * first and then in child pipelines, so a report job in a dynamic child pipeline is found too. The zip is
 * read as untrusted input (src/ci/zip-archive.ts) and only the branch's history file is taken from it.
 *
 * A history already in the job's workspace (saved earlier in the job, or brought by `needs:`) is read first.
 * Nothing here ever fails a job for want of a baseline: no successful pipeline yet (404) is no baseline; a
 * token that may not read artifacts (401/403: the job token on GitLab Free, a fork MR's pipeline) is no
 * baseline with a warning that says which token to set.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CodeHostPermissionError,
  DEFAULT_ARTIFACT_LIMITS,
  extractZip,
  UnsafeArchiveError,
  type Logger,
} from '../../src/ci/index.js';
import {
  decodeHistory,
  historyFileName,
  type HistoryDocument,
  type HistoryLoad,
  type HistoryStore,
  type LocalHistoryStore,
} from '../../src/history/index.js';
import { downloadJobArchive, statusOf, type GitlabApi } from './rest-client.js';

/** Where histories live, relative to `CI_PROJECT_DIR` (the template declares this path). */
export const GITLAB_HISTORY_DIR = '.tessera/history';

/** The report job's name when the template does not say (`TESSERA_REPORT_JOB`). */
export const DEFAULT_REPORT_JOB = 'tessera-report';

/** How to read baselines from earlier pipelines. */
export interface BaselineSource {
  /** The API client, made on first use (gitbeaker loads then). */
  readonly api: () => Promise<GitlabApi>;
  /** The project whose pipelines hold the baseline: the merge request's target project. */
  readonly project: string;
  /** The name of the job that keeps the history (the template's report job). */
  readonly job: string;
  /** Which credential the API client carries, for the warning when it is refused. */
  readonly credential: 'token' | 'job-token';
}

/** Options of {@link GitlabHistoryStore}. */
export interface GitlabHistoryStoreOptions {
  /** The workspace's `.tessera/history/`: where `save` writes for the job's artifacts. */
  readonly local: LocalHistoryStore;
  /** Undefined when there is no credential at all: every load is then no baseline, with a warning. */
  readonly baseline?: BaselineSource;
  readonly log: Logger;
  /** Where downloads are unpacked; the OS temp folder by default. */
  readonly tempDir?: string;
}

/** Histories as an artifact of the report job, read back by branch and job name. */
export class GitlabHistoryStore implements HistoryStore {
  constructor(private readonly options: GitlabHistoryStoreOptions) {}

  async load(branch: string): Promise<HistoryLoad> {
    // This job's own workspace first: a history saved earlier in the job, or brought by `needs:`.
    const local = await this.options.local.load(branch);
    if (local.doc || local.warnings.length > 0) return local;
    const source = this.options.baseline;
    // A fork's branch (`group/fork:branch`) is never a ref of this project.
    if (branch.includes(':')) return { warnings: [] };
    if (!source)
      return {
        warnings: [
          `no token to read the history of ${JSON.stringify(branch)} from earlier pipelines (neither GITLAB_TOKEN nor CI_JOB_TOKEN is set); no baseline`,
        ],
      };
    const where = `the ${source.job} job's artifacts of the latest successful pipeline of ${JSON.stringify(branch)} in ${source.project}`;
    let zip: Buffer | undefined;
    try {
      const api = await source.api();
      zip = await downloadJobArchive(api, source.project, { ref: branch, job: source.job }, where);
    } catch (error) {
      if (error instanceof UnsafeArchiveError)
        return { warnings: [`${where}: ${error.message}; starting a fresh history`] };
      if (error instanceof CodeHostPermissionError)
        return {
          warnings: [
            `GitLab refused to give ${where} (HTTP ${statusOf(error.cause) ?? '?'}): no baseline. ${
              source.credential === 'job-token'
                ? 'CI_JOB_TOKEN may download artifacts only on GitLab Premium and Ultimate: set GITLAB_TOKEN (a masked variable with a read_api or api token) to compare with earlier pipelines.'
                : 'Give the token the read_api (or api) scope and at least the Reporter role in the project; a fork’s pipeline cannot read its parent’s artifacts.'
            }`,
          ],
        };
      throw error;
    }
    if (!zip) {
      this.options.log.info(`no history of ${JSON.stringify(branch)} yet: GitLab has no ${where}`);
      return { warnings: [] };
    }
    return this.readFromArchive(zip, branch, where);
  }

  /** Writes the history into the workspace, where the template's `artifacts: paths:` picks it up. */
  async save(branch: string, doc: HistoryDocument): Promise<void> {
    await this.options.local.save(branch, doc);
    this.options.log.info(
      `kept the history of ${JSON.stringify(branch)} in ${GITLAB_HISTORY_DIR}/${historyFileName(branch)}, an artifact of this job`,
    );
  }

  private async readFromArchive(zip: Buffer, branch: string, where: string): Promise<HistoryLoad> {
    const temp = await mkdtemp(join(this.options.tempDir ?? tmpdir(), 'tessera-gitlab-history-'));
    try {
      try {
        await extractZip(zip, temp, DEFAULT_ARTIFACT_LIMITS, 'artifacts.zip');
      } catch (error) {
        return { warnings: [`${where}: ${(error as Error).message}; starting a fresh history`] };
      }
      const file = `${GITLAB_HISTORY_DIR}/${historyFileName(branch)}`;
      const bytes = await readFile(join(temp, file)).catch(() => undefined);
      if (!bytes) return { warnings: [`${where} hold no ${file}; starting a fresh history`] };
      const result = decodeHistory(bytes);
      if (result.ok) return { doc: result.doc, warnings: [] };
      return { warnings: [`${where}: ${result.problem.message}; starting a fresh history`] };
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }
}
