/**
 * Branch histories on Jenkins, kept as build artifacts: the report writes the branch's history to
 * `.tessera/history/<branch file>` in the workspace and the shared-library step archives it
 * (`archiveArtifacts`). The baseline of a build is the history archived by the **last successful build**
 * (Jenkins counts UNSTABLE as successful) of the branch's job, read through Jenkins' remote API with the
 * `jenkins` client in two GET requests:
 *
 * 1. `GET <job>/lastSuccessfulBuild/api/json?tree=number,artifacts[relativePath]` (`build.get`), which says
 *    whether that build archived the history file, and its number;
 * 2. `GET <job>/<number>/artifact/<relativePath>`, the file itself (the client has no download helper).
 *
 * Which job holds a branch: a multibranch project has one job per branch beside this build's job
 * (`org/repo/PR-12` builds a PR; `org/repo/main` is `main`), so a branch's job is this job's sibling named
 * after the branch, and this build's own branch is this job. `TESSERA_JENKINS_BASELINE_JOB` names the
 * baseline's job outright (a freestyle or single-branch pipeline that keeps `main` in another job).
 *
 * Credentials: a Jenkins user and API token (`TESSERA_JENKINS_USER`, `TESSERA_JENKINS_TOKEN`, bound with
 * `withCredentials`), sent as Basic auth. GET requests need no CSRF crumb; the client fetches one
 * (`/crumbIssuer/api/json`) for any POST. Without a credential there is no baseline, with one warning; a
 * refused credential (401, 403) is a warning too: the history is worth a comparison, not a failed build.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  decodeHistoryAsync,
  encodeHistory,
  historyFileName,
  type HistoryDocument,
  type HistoryLoad,
  type HistoryStore,
} from '../../src/history/index.js';
import { TesseraError } from '../../src/model/index.js';
import type { Logger } from '../../src/ci/index.js';

/** Where the report leaves the history for the step to archive, relative to the workspace. */
export const JENKINS_HISTORY_DIR = '.tessera/history';

/** The largest history file downloaded (histories are bounded far below this). */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

/** Requests wait at most this long: a Jenkins that hangs must not hold the report. */
const REQUEST_TIMEOUT_MS = 30_000;

/** A Jenkins user and API token. */
export interface JenkinsCredential {
  readonly user: string;
  readonly token: string;
}

/** Options of {@link JenkinsHistoryStore}. */
export interface JenkinsHistoryStoreOptions {
  /** `JENKINS_URL`, the root of the remote API. */
  readonly jenkinsUrl?: string;
  /** This build's job, as `JOB_NAME` spells it: folder segments joined by `/`. */
  readonly jobName?: string;
  /** The branch this build records its history under: its own job holds it. */
  readonly ownBranch?: string;
  /** A job to read every other branch's baseline from, instead of the multibranch sibling. */
  readonly baselineJob?: string;
  readonly credential?: JenkinsCredential;
  /** The workspace: `save` writes under `<workspace>/.tessera/history/`. */
  readonly workspace: string;
  readonly log: Logger;
}

/** The part of `build.get`'s answer we read (`tree=number,artifacts[relativePath]`). */
interface BuildJson {
  readonly number?: number;
  readonly artifacts?: readonly { readonly relativePath?: string }[];
}

/** The `jenkins` client, as much of it as we use (its published types predate the options argument). */
interface JenkinsClient {
  build: {
    get(opts: { name: string[]; number: string; tree: string }): Promise<unknown>;
  };
}
type JenkinsConstructor = new (opts: {
  baseUrl: string;
  headers: Record<string, string>;
  crumbIssuer: boolean;
  timeout: number;
}) => JenkinsClient;

/**
 * A multibranch item name for a branch: the branch API plugin escapes `%` and `/` (`feature/x` is the job
 * `feature%2Fx`, addressed as `feature%252Fx` in URLs, which the client's own encoding produces).
 */
export function branchJobName(branch: string): string {
  return branch.replace(/%/g, '%25').replace(/\//g, '%2F');
}

/** The HTTP status of a client or fetch failure, when it had one. */
function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; res?: { statusCode?: unknown } } | undefined;
  const status = e?.statusCode ?? e?.res?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Histories archived by Jenkins builds; saved into the workspace for the step to archive. */
export class JenkinsHistoryStore implements HistoryStore {
  private client: JenkinsClient | undefined;
  private warnedNoCredential = false;
  /** Histories saved by this process: a load after a save reads its own write, as every store does. */
  private readonly saved = new Map<string, HistoryDocument>();

  constructor(private readonly options: JenkinsHistoryStoreOptions) {}

  /** The job (folder segments) whose builds hold `branch`'s history; undefined when it cannot be known. */
  jobFor(branch: string): string[] | undefined {
    const own = this.options.jobName?.split('/').filter(Boolean);
    if (!own || own.length === 0) return undefined;
    if (branch === this.options.ownBranch) return own;
    if (this.options.baselineJob) return this.options.baselineJob.split('/').filter(Boolean);
    return [...own.slice(0, -1), branchJobName(branch)];
  }

  async load(branch: string): Promise<HistoryLoad> {
    const own = this.saved.get(branch);
    if (own) return { doc: own, warnings: [] };
    const { credential, jenkinsUrl } = this.options;
    const job = this.jobFor(branch);
    if (!jenkinsUrl || !job) return { warnings: [] };
    if (!credential) {
      // Once per build, however many branches the report asks for.
      if (this.warnedNoCredential) return { warnings: [] };
      this.warnedNoCredential = true;
      return {
        warnings: [
          'no Jenkins credential to read earlier builds with (TESSERA_JENKINS_USER and TESSERA_JENKINS_TOKEN): no baseline to compare with. Pass `jenkinsCredentials:` to the tessera step',
        ],
      };
    }
    const where = `the last successful build of ${job.join('/')}`;
    let build: BuildJson;
    try {
      build = (await (
        await this.jenkins()
      ).build.get({
        name: job,
        number: 'lastSuccessfulBuild',
        tree: 'number,artifacts[relativePath]',
      })) as BuildJson;
    } catch (error) {
      return this.failure(error, where);
    }
    const relativePath = `${JENKINS_HISTORY_DIR}/${historyFileName(branch)}`;
    const archived = build.artifacts?.some((a) => a.relativePath === relativePath) === true;
    if (!archived || typeof build.number !== 'number') {
      this.options.log.info(`${where} (#${build.number}) archived no history of branch ${branch}`);
      return { warnings: [] };
    }
    const from = `${relativePath} of build #${build.number} of ${job.join('/')}`;
    let bytes: Buffer;
    try {
      bytes = await this.download(job, build.number, relativePath);
    } catch (error) {
      return this.failure(error, from);
    }
    const read = await decodeHistoryAsync(bytes);
    if (read.ok) {
      this.options.log.info(`history of ${branch}: ${from}`);
      return { doc: read.doc, warnings: [] };
    }
    return { warnings: [`${from}: ${read.problem.message}; starting a fresh history`] };
  }

  /** Writes the history where the step archives it from, atomically. */
  async save(branch: string, doc: HistoryDocument): Promise<void> {
    const dir = resolve(this.options.workspace, JENKINS_HISTORY_DIR);
    const path = join(dir, historyFileName(branch));
    await mkdir(dir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, encodeHistory(doc));
    await rename(temp, path);
    this.saved.set(branch, doc);
  }

  /** A refused or missing build is no baseline with a warning (or none, for a first build); the rest rejects. */
  private failure(error: unknown, where: string): HistoryLoad {
    const status = statusOf(error);
    if (status === 404 || (error as { notFound?: boolean }).notFound === true) return { warnings: [] };
    if (status === 401 || status === 403)
      return {
        warnings: [
          `Jenkins refused to show ${where} (HTTP ${status}): check the user and API token in TESSERA_JENKINS_USER/TESSERA_JENKINS_TOKEN and that the user may read the job; no baseline to compare with`,
        ],
      };
    throw new TesseraError(
      `cannot read ${where} from Jenkins: ${(error as Error).message}`,
      'Check that JENKINS_URL is reachable from the agent.',
      { cause: error },
    );
  }

  private authorization(): string {
    const { user, token } = this.options.credential ?? { user: '', token: '' };
    return `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
  }

  private async jenkins(): Promise<JenkinsClient> {
    if (!this.client) {
      // CommonJS, loaded only when a history is read; a static specifier, so the CLI bundle includes it.
      const { default: Jenkins } = (await import('jenkins')) as { default: JenkinsConstructor };
      this.client = new Jenkins({
        baseUrl: (this.options.jenkinsUrl ?? '').replace(/\/+$/, ''),
        headers: { authorization: this.authorization() },
        crumbIssuer: true,
        timeout: REQUEST_TIMEOUT_MS,
      });
    }
    return this.client;
  }

  /**
   * One archived file. The URL is built from `JENKINS_URL` (never from a URL in an answer), so the
   * credential only ever goes to the Jenkins the build runs on.
   */
  private async download(job: readonly string[], build: number, relativePath: string): Promise<Buffer> {
    const base = (this.options.jenkinsUrl ?? '').replace(/\/+$/, '');
    const jobPath = job.map((segment) => `/job/${encodeURIComponent(segment)}`).join('');
    const file = relativePath.split('/').map(encodeURIComponent).join('/');
    const response = await fetch(`${base}${jobPath}/${build}/artifact/${file}`, {
      headers: { authorization: this.authorization() },
      redirect: 'error',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok)
      throw Object.assign(new Error(`HTTP ${response.status} ${response.statusText}`), {
        statusCode: response.status,
      });
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_HISTORY_BYTES) throw new Error(`the file is ${length} bytes, over the 64 MiB allowed`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > MAX_HISTORY_BYTES)
      throw new Error(`the file is ${bytes.length} bytes, over the 64 MiB allowed`);
    return bytes;
  }
}
