/**
 * The GitHub {@link ArtifactStore}: artifacts of the current workflow run, through `@actions/artifact`
 * (the Results service, with the job's `ACTIONS_RUNTIME_TOKEN`), except small uploads, which go to the
 * Results service directly with the same requests (results-upload.ts: the library costs a step ~100 ms
 * to load, a third of the plan job's cold start). The library reads `ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_RESULTS_URL` and `GITHUB_SERVER_URL` from `process.env` itself, not from the env the host was
 * given. Every job of a run sees every artifact
 * of the run, earlier attempts included, so the report job can list all shard bundles.
 *
 * Downloads are taken raw (`skipDecompress`) and extracted here by src/ci/zip-archive.ts, which checks
 * every path and size first: the library's own extraction writes entries as they stream in, before a
 * zip-slip path or a bomb could be refused.
 *
 * Retries: @actions/artifact 6 already retries the Twirp calls (500, 502, 503, 504, 429 and network errors;
 * 5 tries, about 30 s of backoff, Retry-After not honoured) and blob downloads (5 tries, 5 s apart). Retrying
 * those again here would multiply a genuine outage into minutes, so this layer retries only failures the
 * library gave up on at once, and adds the artifact's name to the final error.
 *
 * The fork pattern: a `workflow_run` job reports on the run that triggered it, so with
 * {@link GithubArtifactStoreOptions.readFrom} `list` and `get` read that run's artifacts through the REST API
 * (`findBy`, a token with `actions: read`), while `put` still uploads to the current run. Those artifacts
 * were written by a fork's code: they get exactly the checks every download gets (the size caps before and
 * after the download, zip-slip and links refused before a file is written).
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import {
  ArtifactExistsError,
  ArtifactNotFoundError,
  DEFAULT_ARTIFACT_LIMITS,
  extractZip,
  isValidArtifactName,
  realSleep,
  UnsafeArchiveError,
  withRetries,
  type ArtifactEntry,
  type ArtifactLimits,
  type ArtifactStore,
  type Logger,
} from '../../src/ci/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import { DIRECT_UPLOAD_MAX_BYTES, uploadArtifactDirect, type ResultsService } from './results-upload.js';

/** Which run of which repository to read from, and the token to read with (`@actions/artifact`'s FindOptions). */
export interface FindBy {
  readonly token: string;
  readonly workflowRunId: number;
  readonly repositoryOwner: string;
  readonly repositoryName: string;
}

/** Another run of the repository whose artifacts `list` and `get` read (the fork pattern). */
export interface ReadFromRun {
  /** The run's id, owner and name of its repository, and the token; `token` undefined when none is set. */
  readonly runId: number;
  readonly repositoryOwner: string;
  readonly repositoryName: string;
  readonly token: string | undefined;
  /** The run's page, `${GITHUB_SERVER_URL}/${repo}/actions/runs/${runId}`, for the entries' links. */
  readonly runUrl?: string;
}

/** Options of {@link GithubArtifactStore}. */
export interface GithubArtifactStoreOptions {
  readonly log: Logger;
  /**
   * This run's page, `${GITHUB_SERVER_URL}/${repo}/actions/runs/${runId}`: entries then carry a `url`,
   * the artifact's own page under it (`…/artifacts/<id>`), where a person can download it.
   */
  readonly runUrl?: string;
  /** Read another run's artifacts with `list` and `get` (a `workflow_run` job); `put` stays on this run. */
  readonly readFrom?: ReadFromRun;
  /**
   * The step's Results service: uploads up to {@link DIRECT_UPLOAD_MAX_BYTES} then go to it directly
   * (results-upload.ts), without loading `@actions/artifact`. Unset, every call goes through the library.
   */
  readonly resultsService?: ResultsService;
  /** The client; by default `@actions/artifact`'s, loaded on first use to keep start-up light. */
  readonly client?: ArtifactClient;
  /** Bounds on downloads. */
  readonly limits?: ArtifactLimits;
  /** Days to keep uploads; unset means the repository's default. */
  readonly retentionDays?: number;
  /** Where raw downloads wait to be extracted; the OS temp folder by default (`RUNNER_TEMP` on a runner). */
  readonly tempDir?: string;
  /** Tries per call here, the first included, on top of the library's own (default 2). */
  readonly attempts?: number;
  /** Waits between our own retries; tests pass an instant one. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The HTTP status quoted in an @actions/artifact error message (`Failed request: (500) …`), if any. */
export function statusInMessage(error: unknown): number | undefined {
  const match = /\((\d{3})\)/.exec(error instanceof Error ? error.message : String(error));
  return match ? Number(match[1]) : undefined;
}

/**
 * Worth one more try here: a 5xx or 429, or a network failure, that the library did not already retry
 * (its exhausted retries say "after N attempts" or "after N retries").
 */
export function isTransient(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  if (/after \d+ (?:attempts|retries)/i.test(message)) return false;
  const status = statusInMessage(error);
  if (status !== undefined) return status >= 500 || status === 429;
  // The library throws its NetworkError at once, without retrying, for a dropped or refused connection.
  if (error instanceof Error && error.name === 'NetworkError') return true;
  return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|EPIPE|socket hang up/i.test(message);
}

/** The `url` of an artifact of the run at `runUrl`: its page, where GitHub offers the download. */
function linkTo(runUrl: string | undefined, id: string): { url?: string } {
  return runUrl && /^\d+$/.test(id) ? { url: `${runUrl}/artifacts/${id}` } : {};
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const links = entries.filter((e) => e.isSymbolicLink());
  if (links.length > 0)
    throw new UsageError(
      `${folder} contains a symbolic link (${links[0]?.name}); artifacts hold regular files only`,
    );
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The bytes of `files` together. */
async function totalSize(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return sizes.reduce((a, b) => a + b, 0);
}

/** The artifacts of the current GitHub Actions run. */
export class GithubArtifactStore implements ArtifactStore {
  readonly kind = 'api';
  private client: ArtifactClient | undefined;
  private readonly limits: ArtifactLimits;

  constructor(private readonly options: GithubArtifactStoreOptions) {
    this.client = options.client;
    this.limits = options.limits ?? DEFAULT_ARTIFACT_LIMITS;
  }

  async put(name: string, folder: string): Promise<ArtifactEntry> {
    if (!isValidArtifactName(name))
      throw new UsageError(
        `invalid artifact name ${JSON.stringify(name)}`,
        'Use letters, digits, ".", "_" and "-" only.',
      );
    const root = resolve(folder);
    const files = await listFiles(root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
        throw new UsageError(`cannot upload artifact ${name}: ${folder} is not a folder`);
      throw error;
    });
    if (files.length === 0) throw new UsageError(`cannot upload artifact ${name}: ${folder} holds no file`);
    const service = this.options.resultsService;
    const uploaded =
      service && (await totalSize(files)) <= DIRECT_UPLOAD_MAX_BYTES
        ? await this.putDirect(service, name, root, files)
        : await this.putThroughLibrary(name, root, files);
    const size = uploaded.size !== undefined ? `, ${uploaded.size} bytes` : '';
    this.options.log.debug(
      `uploaded artifact ${name} (${files.length} files from ${relative(process.cwd(), root) || '.'}${size})`,
    );
    return {
      name,
      id: uploaded.id,
      size: uploaded.size,
      createdAt: new Date(),
      ...linkTo(this.options.runUrl, uploaded.id),
    };
  }

  /** A small upload, straight to the Results service (results-upload.ts says why). */
  private async putDirect(
    service: ResultsService,
    name: string,
    root: string,
    files: readonly string[],
  ): Promise<{ id: string; size: number | undefined }> {
    const contents = await Promise.all(
      files.map(async (file) => ({
        path: relative(root, file).split(sep).join('/'),
        data: await readFile(file),
      })),
    );
    return uploadArtifactDirect(name, contents, {
      service,
      log: this.options.log,
      ...(this.options.retentionDays !== undefined ? { retentionDays: this.options.retentionDays } : {}),
      ...(this.options.sleep ? { sleep: this.options.sleep } : {}),
    });
  }

  private async putThroughLibrary(
    name: string,
    root: string,
    files: string[],
  ): Promise<{ id: string; size: number | undefined }> {
    const client = await this.loadClient();
    const uploaded = await this.retrying(`upload of ${name}`, async () => {
      try {
        return await client.uploadArtifact(name, files, root, {
          ...(this.options.retentionDays !== undefined ? { retentionDays: this.options.retentionDays } : {}),
        });
      } catch (error) {
        if (statusInMessage(error) === 409) throw new ArtifactExistsError(name, { cause: error });
        throw error;
      }
    });
    return { id: String(uploaded.id ?? ''), size: uploaded.size };
  }

  /** This run's artifacts, or with `readFrom` the other run's. */
  async list(): Promise<readonly ArtifactEntry[]> {
    const client = await this.loadClient();
    const source = this.options.readFrom;
    const findBy = source && this.findByOf(source);
    const { artifacts } = await this.retrying(
      source ? `listing the artifacts of run ${source.runId}` : 'listing the run’s artifacts',
      () => client.listArtifacts(findBy ? { findBy } : {}),
    );
    const runUrl = source ? source.runUrl : this.options.runUrl;
    return artifacts.map((a) => ({
      name: a.name,
      id: String(a.id),
      size: a.size,
      createdAt: a.createdAt,
      ...linkTo(runUrl, String(a.id)),
    }));
  }

  /**
   * Uploads `folder` as `name`, deleting an artifact of that name this run already has (a re-run of the
   * report job replacing its history), as `actions/upload-artifact` does with `overwrite: true`.
   */
  async replace(name: string, folder: string): Promise<ArtifactEntry> {
    try {
      return await this.put(name, folder);
    } catch (error) {
      if (!(error instanceof ArtifactExistsError)) throw error;
      const client = await this.loadClient();
      await this.retrying(`deletion of the earlier ${name}`, () => client.deleteArtifact(name));
      return this.put(name, folder);
    }
  }

  /** Downloads an entry {@link list} gave: of this run, or with `readFrom` of the other run. */
  async get(entry: ArtifactEntry, into: string): Promise<string> {
    const source = this.options.readFrom;
    return this.download(entry, into, source && this.findByOf(source));
  }

  private findByOf(source: ReadFromRun): FindBy {
    if (!source.token)
      throw new TesseraError(
        `cannot read the artifacts of run ${source.runId}, the run this workflow_run job reports on: no token is set`,
        'Give the step a token with `actions: read` (the action’s `token` input defaults to `github.token`; add `permissions: { actions: read }`).',
      );
    return {
      token: source.token,
      workflowRunId: source.runId,
      repositoryOwner: source.repositoryOwner,
      repositoryName: source.repositoryName,
    };
  }

  /**
   * Downloads an artifact of another workflow run (a baseline history) through the REST API, with a token
   * that has `actions: read` on the repository. Same checks as {@link get}.
   */
  getFromRun(entry: ArtifactEntry, into: string, findBy: FindBy): Promise<string> {
    return this.download(entry, into, findBy);
  }

  private async download(entry: ArtifactEntry, into: string, findBy?: FindBy): Promise<string> {
    if (!isValidArtifactName(entry.name))
      throw new UnsafeArchiveError(entry.name, 'its name could not be used as a folder name');
    if (entry.size !== undefined && entry.size > this.limits.maxArchiveBytes)
      throw new UnsafeArchiveError(
        entry.name,
        `it is ${entry.size} bytes, more than the ${this.limits.maxArchiveBytes} allowed`,
      );
    const id = Number(entry.id);
    if (!Number.isSafeInteger(id) || id <= 0)
      throw new ArtifactNotFoundError(
        entry.name,
        `the store gave it no usable id (${JSON.stringify(entry.id)})`,
      );
    const client = await this.loadClient();
    const temp = await mkdtemp(join(this.options.tempDir ?? tmpdir(), 'tessera-download-'));
    try {
      await this.retrying(`download of ${entry.name}`, async () => {
        // A retried download must not find the half-written file of the failed try.
        await rm(temp, { recursive: true, force: true });
        try {
          await client.downloadArtifact(id, {
            path: temp,
            skipDecompress: true,
            ...(findBy ? { findBy } : {}),
          });
        } catch (error) {
          if (error instanceof Error && error.name === 'ArtifactNotFoundError')
            throw new ArtifactNotFoundError(entry.name, undefined, { cause: error });
          throw error;
        }
      });
      const [file] = await readdir(temp);
      if (file === undefined) throw new TesseraError(`artifact ${entry.name}: the download wrote no file`);
      const path = join(temp, file);
      const size = (await stat(path)).size;
      if (size > this.limits.maxArchiveBytes)
        throw new UnsafeArchiveError(
          entry.name,
          `it is ${size} bytes, more than the ${this.limits.maxArchiveBytes} allowed`,
        );
      const target = join(resolve(into), entry.name);
      await rm(target, { recursive: true, force: true });
      await extractZip(await readFile(path), target, this.limits, entry.name);
      return target;
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  private async loadClient(): Promise<ArtifactClient> {
    if (!this.client) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      this.client = new DefaultArtifactClient();
    }
    return this.client;
  }

  private retrying<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return withRetries(operation, {
      attempts: this.options.attempts ?? 2,
      baseDelayMs: 2000,
      sleep: this.options.sleep ?? realSleep,
      isRetryable: (error) => !(error instanceof TesseraError) && isTransient(error),
      onRetry: (error, attempt, delay) =>
        this.options.log.warn(
          `${what} failed (${error instanceof Error ? error.message : String(error)}); try ${attempt + 1} in ${Math.round(delay / 1000)} s`,
        ),
    }).catch((error: unknown) => {
      if (error instanceof TesseraError) throw error;
      throw new TesseraError(
        `${what} failed: ${error instanceof Error ? error.message : String(error)}`,
        'GitHub’s artifact service may be degraded (https://www.githubstatus.com); re-run the job.',
        { cause: error },
      );
    });
  }
}
