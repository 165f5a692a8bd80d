/**
 * Small artifact uploads straight to GitHub's Results service: the three requests `@actions/artifact`
 * makes for an upload (Twirp `CreateArtifact` → the zip to the signed blob URL → Twirp `FinalizeArtifact`,
 * reference/providers.md §3.1), with one Azure *Put Blob* instead of the library's staged blocks.
 *
 * Why not the library for these: `@actions/artifact` brings `@azure/storage-blob`, `archiver` and their
 * dependencies, 3.8 MB of bundle that costs a step about 100 ms of compiling and initialising before its
 * first request. The plan job uploads one small JSON file and gates the whole matrix, so that was a third
 * of its cold start (BENCHMARKS.md). Uploads up to {@link DIRECT_UPLOAD_MAX_BYTES} (one of the library's
 * own 8 MiB blocks) come here: the plan, shard bundles, the history; larger ones, listing, downloads and
 * deletions stay with the library (artifact-store.ts).
 *
 * The requests are the library's, field for field: snake_case JSON, `version` 7 with the zip's MIME type,
 * the backend ids from the runtime token's `Actions.Results:<run>:<job>` scope, `size` as a string and
 * `hash` as `sha256:<hex>`, so an artifact uploaded here downloads through the library like any other
 * (the end-to-end test reads plans uploaded here with `@actions/artifact`). The signed URL carries a
 * secret signature: it never reaches a log or an error message.
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import {
  ArtifactExistsError,
  parseRetryAfter,
  realSleep,
  withRetries,
  type Env,
  type Logger,
} from '../../src/ci/index.js';
import { TesseraError } from '../../src/model/errors.js';

/** The largest upload (the files' bytes, before zipping) sent as one request here. */
export const DIRECT_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;

const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';

/** Azure Storage REST version sent with the blob upload (the one `@azure/storage-blob` 12.30 speaks). */
const BLOB_SERVICE_VERSION = '2026-04-06';

/** Where and with what the Results service is reached: a JavaScript action step's runtime variables. */
export interface ResultsService {
  /** `ACTIONS_RESULTS_URL`; only its origin is used, as by the library. */
  readonly url: string;
  /** `ACTIONS_RUNTIME_TOKEN`, a JWT whose `scp` claim holds the backend ids. */
  readonly token: string;
}

/**
 * The Results service of this step, or undefined when the step has none (a `run:` step gets no runtime
 * token) or runs on GitHub Enterprise Server, where artifacts v4 do not exist and the library reports
 * that itself.
 */
export function resultsServiceOf(env: Env): ResultsService | undefined {
  const url = env.ACTIONS_RESULTS_URL?.trim();
  const token = env.ACTIONS_RUNTIME_TOKEN?.trim();
  if (!url || !token) return undefined;
  const server = env.GITHUB_SERVER_URL?.trim();
  if (server) {
    // The library's own test (shared/config.js isGhes): github.com, GHE.com and *.localhost serve v4.
    const host = URL.canParse(server) ? new URL(server).hostname.toLowerCase() : '';
    if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) return undefined;
  }
  return { url, token };
}

/** The workflow run's and the job's ids in the Results service. */
export interface BackendIds {
  readonly workflowRunBackendId: string;
  readonly workflowJobRunBackendId: string;
}

/**
 * The backend ids in the runtime token's `scp` claim (`Actions.Results:<run>:<job>`). The token is read,
 * not verified: the service verifies it.
 *
 * @throws TesseraError when the token is no JWT or has no such scope (the message never quotes the token)
 */
export function backendIdsOf(token: string): BackendIds {
  const payload = token.split('.')[1];
  let claims: unknown;
  try {
    claims = payload === undefined ? undefined : JSON.parse(Buffer.from(payload, 'base64url').toString());
  } catch {
    claims = undefined;
  }
  const scopes = (claims as { scp?: unknown } | undefined)?.scp;
  for (const scope of typeof scopes === 'string' ? scopes.split(' ') : []) {
    const [kind, run, job] = scope.split(':');
    if (kind === 'Actions.Results' && run && job)
      return { workflowRunBackendId: run, workflowJobRunBackendId: job };
  }
  throw new TesseraError(
    'ACTIONS_RUNTIME_TOKEN holds no Actions.Results scope, so no artifact can be uploaded',
    'Run Tessera as the action (`uses:`), which the runner gives a runtime token; a `run:` step gets none.',
  );
}

/** A failed request to the Results service or its blob storage; `status` is absent for network errors. */
export class ResultsServiceError extends TesseraError {
  override readonly name = 'ResultsServiceError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      message,
      'GitHub’s artifact service may be degraded (https://www.githubstatus.com); re-run the job.',
      options,
    );
  }

  /** Worth another try: a 5xx, a 429, or no answer at all. */
  get transient(): boolean {
    return this.status === undefined || this.status >= 500 || this.status === 429;
  }
}

/** One file of an upload: its path inside the artifact (`/`-separated) and its bytes. */
export interface UploadFile {
  readonly path: string;
  readonly data: Uint8Array;
}

/** What {@link uploadArtifactDirect} needs besides the files. */
export interface DirectUploadOptions {
  readonly service: ResultsService;
  /** Where retries are reported (as warnings). */
  readonly log: Logger;
  /** Days to keep the artifact; unset means the repository's default. */
  readonly retentionDays?: number;
  /** Tries per request, the first included (default 5, as the library). */
  readonly attempts?: number;
  /** Waits between tries; tests pass an instant one. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The HTTP client; the global `fetch` by default. */
  readonly fetch?: typeof fetch;
}

/** The uploaded artifact: its id, the zip's size and its SHA-256 (`sha256:<hex>`, as the service lists it). */
export interface DirectUpload {
  readonly id: string;
  readonly size: number;
  readonly digest: string;
}

/**
 * Zips `files` and uploads them as the artifact `name` of this job.
 *
 * @throws ArtifactExistsError when this run already has a finalized artifact of that name (409)
 * @throws ResultsServiceError when a request fails for good, after retrying transient failures
 */
export async function uploadArtifactDirect(
  name: string,
  files: readonly UploadFile[],
  options: DirectUploadOptions,
): Promise<DirectUpload> {
  const ids = backendIdsOf(options.service.token);
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.path, f.data])) as Zippable, { level: 6 });
  const digest = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
  const call = twirpCaller(options);
  const created = await call('CreateArtifact', {
    workflow_run_backend_id: ids.workflowRunBackendId,
    workflow_job_run_backend_id: ids.workflowJobRunBackendId,
    name,
    version: 7,
    mime_type: 'application/zip',
    ...(options.retentionDays ? { expires_at: expiry(options.retentionDays) } : {}),
  }).catch((error: unknown) => {
    if (error instanceof ResultsServiceError && error.status === 409)
      throw new ArtifactExistsError(name, { cause: error });
    throw error;
  });
  const uploadUrl = field(created, 'signed_upload_url', 'signedUploadUrl');
  if (created.ok !== true || uploadUrl === undefined)
    throw new ResultsServiceError(
      `CreateArtifact for ${name}: the service did not accept it`,
      undefined,
      undefined,
    );
  await retrying(options, `upload of ${name}`, () => putBlob(options, uploadUrl, zip, name));
  const finalized = await call('FinalizeArtifact', {
    workflow_run_backend_id: ids.workflowRunBackendId,
    workflow_job_run_backend_id: ids.workflowJobRunBackendId,
    name,
    size: String(zip.length),
    hash: digest,
  });
  const id = field(finalized, 'artifact_id', 'artifactId');
  if (finalized.ok !== true || id === undefined)
    throw new ResultsServiceError(
      `FinalizeArtifact for ${name}: the service did not accept it`,
      undefined,
      undefined,
    );
  return { id, size: zip.length, digest };
}

type Json = Record<string, unknown>;

/** A response field the service may spell in snake_case or camelCase (the library accepts both). */
function field(body: Json, snake: string, camel: string): string | undefined {
  const value = body[snake] ?? body[camel];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** `retentionDays` from now, as the RFC 3339 time CreateArtifact takes. */
function expiry(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}

function twirpCaller(options: DirectUploadOptions): (method: string, body: Json) => Promise<Json> {
  const fetcher = options.fetch ?? fetch;
  const origin = new URL(options.service.url).origin;
  return (method, body) =>
    retrying(options, method, async () => {
      const response = await send(fetcher, method, `${origin}/twirp/${ARTIFACT_SERVICE}/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.service.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw failure(method, response, serviceMessage(text));
      try {
        return JSON.parse(text) as Json;
      } catch (cause) {
        throw new ResultsServiceError(`${method}: the answer is not JSON`, response.status, undefined, {
          cause,
        });
      }
    });
}

/** The blob upload: one Azure Put Blob on the signed URL (which is the credential; it is never logged). */
async function putBlob(
  options: DirectUploadOptions,
  url: string,
  zip: Uint8Array,
  name: string,
): Promise<void> {
  const response = await send(options.fetch ?? fetch, `upload of ${name}`, url, {
    method: 'PUT',
    headers: {
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-version': BLOB_SERVICE_VERSION,
      'x-ms-blob-content-type': 'application/zip',
      'content-type': 'application/octet-stream',
    },
    body: zip,
  });
  await response.arrayBuffer();
  if (!response.ok) throw failure(`upload of ${name}`, response, undefined);
}

/** `fetch`, with a network failure turned into a transient {@link ResultsServiceError}. */
async function send(fetcher: typeof fetch, what: string, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetcher(url, init);
  } catch (cause) {
    const code = (cause as { cause?: { code?: string } }).cause?.code;
    throw new ResultsServiceError(
      `${what}: no answer (${code ?? (cause as Error).message})`,
      undefined,
      undefined,
      {
        cause,
      },
    );
  }
}

/** The `msg` of a Twirp error body, when it has one. */
function serviceMessage(text: string): string | undefined {
  try {
    const msg = (JSON.parse(text) as { msg?: unknown }).msg;
    return typeof msg === 'string' ? msg : undefined;
  } catch {
    return undefined;
  }
}

function failure(what: string, response: Response, message: string | undefined): ResultsServiceError {
  return new ResultsServiceError(
    `${what} failed (HTTP ${response.status}${message ? `: ${message}` : ''})`,
    response.status,
    parseRetryAfter(response.headers.get('retry-after') ?? undefined),
  );
}

function retrying<T>(options: DirectUploadOptions, what: string, operation: () => Promise<T>): Promise<T> {
  return withRetries(operation, {
    attempts: options.attempts ?? 5,
    baseDelayMs: 2000,
    sleep: options.sleep ?? realSleep,
    isRetryable: (error) => error instanceof ResultsServiceError && error.transient,
    requestedDelayMs: (error) => (error instanceof ResultsServiceError ? error.retryAfterMs : undefined),
    onRetry: (error, attempt, delay) =>
      options.log.warn(
        `${what}: ${(error as Error).message}; try ${attempt + 1} in ${Math.round(delay / 1000)} s`,
      ),
  });
}
