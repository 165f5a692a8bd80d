/**
 * Branch histories on Azure Pipelines, kept as `tessera-history` build artifacts: the report job of every
 * build uploads the history of its branch (`tessera-history-attempt-<a>` when the job is re-run, since a
 * build's artifact names are unique), and the baseline of a run is the history that the **latest successful
 * build of the baseline branch** of the same pipeline uploaded.
 *
 * Three REST calls find and read it, whatever the number of builds: the builds of this pipeline on
 * `refs/heads/<branch>`, completed and succeeded, newest first, `$top=1`; that build's artifacts; the
 * history's zip. (The client's route discovery adds its `OPTIONS` calls once per process.) A build whose
 * report job uploaded no history, or an expired one, is no baseline, with a warning; only an unreachable
 * API rejects.
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
import type { AzureArtifactStore } from './artifact-store.js';
import type { AzureBuildRef } from './context.js';
import type { AzureDevOpsClient } from './rest-client.js';

/** `BuildStatus.Completed`, `BuildResult.Succeeded`, `BuildQueryOrder.FinishTimeDescending` of the Build API. */
const COMPLETED = 2;
const SUCCEEDED = 2;
const FINISH_TIME_DESCENDING = 2;

const HISTORY_NAME = /^tessera-history(?:-attempt-(\d{1,6}))?$/;

/** The history artifact's name for a job attempt. */
export function historyArtifactName(attempt: number): string {
  return attempt > 1 ? `${HISTORY_ARTIFACT}-attempt-${attempt}` : HISTORY_ARTIFACT;
}

/** Options of {@link AzureHistoryStore}. */
export interface AzureHistoryStoreOptions {
  readonly artifacts: AzureArtifactStore;
  readonly client: AzureDevOpsClient;
  readonly build: AzureBuildRef;
  /** The report job's attempt (`SYSTEM_JOBATTEMPT`). */
  readonly attempt: number;
  readonly log: Logger;
  readonly tempDir?: string;
}

/** Histories as `tessera-history` artifacts of the pipeline's builds. */
export class AzureHistoryStore implements HistoryStore {
  constructor(private readonly options: AzureHistoryStoreOptions) {}

  async load(branch: string): Promise<HistoryLoad> {
    const { client, build: ref } = this.options;
    if (ref.definitionId === undefined)
      return {
        warnings: [
          'SYSTEM_DEFINITIONID is not set, so no earlier build can be found; starting a fresh history',
        ],
      };
    const build = await client.build();
    const builds = (await client.call(`find the latest successful build of ${branch}`, () =>
      build.getBuilds(
        ref.project,
        [ref.definitionId as number],
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        COMPLETED,
        SUCCEEDED,
        undefined,
        undefined,
        1,
        undefined,
        undefined,
        undefined,
        FINISH_TIME_DESCENDING,
        `refs/heads/${branch}`,
      ),
    )) as { id?: number }[] | null;
    const baseline = builds?.[0]?.id;
    if (baseline === undefined || baseline === ref.buildId) return { warnings: [] };
    const histories = (await this.options.artifacts.artifactsOf(baseline))
      .map((a) => ({ artifact: a, match: HISTORY_NAME.exec(a.name ?? '') }))
      .filter((h) => h.match !== null)
      .sort((a, b) => Number(b.match?.[1] ?? 1) - Number(a.match?.[1] ?? 1));
    const newest = histories[0]?.artifact;
    const where = `the ${HISTORY_ARTIFACT} of build ${baseline}`;
    if (!newest?.name)
      return {
        warnings: [
          `build ${baseline}, the latest successful build of ${branch}, kept no ${HISTORY_ARTIFACT}; starting a fresh history`,
        ],
      };
    const temp = await mkdtemp(join(this.options.tempDir ?? tmpdir(), 'tessera-history-'));
    try {
      let folder: string;
      try {
        folder = await this.options.artifacts.getFromBuild(
          baseline,
          { name: newest.name, id: String(newest.id ?? newest.name) },
          temp,
        );
      } catch (error) {
        if (
          error instanceof TesseraError &&
          ['ArtifactNotFoundError', 'UnsafeArchiveError'].includes(error.name)
        )
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

  /** Uploads `doc` as this job's history artifact (the agent uploads it when the step ends). */
  async save(branch: string, doc: HistoryDocument): Promise<void> {
    const folder = await mkdtemp(join(this.options.tempDir ?? tmpdir(), 'tessera-history-up-'));
    try {
      await writeFile(join(folder, historyFileName(branch)), encodeHistory(doc));
      await this.options.artifacts.put(historyArtifactName(this.options.attempt), folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}
