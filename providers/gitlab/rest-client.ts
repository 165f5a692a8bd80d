/**
 * The GitLab REST calls Tessera makes, through `@gitbeaker/rest` (its resource classes build the paths,
 * encode project ids, send the token header and follow the `Link: rel="next"` pagination), with one
 * request handler of our own plugged in as gitbeaker's documented `requesterFn`, and one error mapping.
 *
 * Why our own handler: gitbeaker's default one retries only 429 and 502, ten times within about a quarter
 * of a second, ignoring `Retry-After`, and gives up at once on 500, 503, 504 and a dropped connection.
 * GitLab asks rate-limited clients to wait (`Retry-After`, `RateLimit-Reset`: docs.gitlab.com
 * user/gitlab_com/#rate-limits-on-gitlabcom), so the handler makes one fetch per try and src/ci/retry.ts
 * decides: 5xx, 429 and network errors are retried with backoff, or after the delay GitLab asked for.
 *
 * gitbeaker loads on first use (`import()`): the CLI's start-up never pays for it.
 *
 * gitbeaker loads on first use (`import()`), so the CLI's start-up never pays for it.
 *
 * The final error is mapped once: a 401 or 403 becomes a {@link CodeHostPermissionError} naming the token
 * scope to add (`api`); anything else a `TesseraError` naming the project and the HTTP status.
 * https://docs.gitlab.com/api/rest/troubleshooting/#status-codes
 */
import type { GitbeakerRequestError, RequestOptions } from '@gitbeaker/requester-utils';
import type { Gitlab } from '@gitbeaker/rest';
import {
  CodeHostPermissionError,
  DEFAULT_ARTIFACT_LIMITS,
  parseRetryAfter,
  realSleep,
  UnsafeArchiveError,
  withRetries,
  type Logger,
} from '../../src/ci/index.js';
import { TesseraError } from '../../src/model/index.js';

/**
 * The gitbeaker resources Tessera uses: merge request notes, job artifacts, and a pipeline's jobs (a
 * retried shard job finds the job it retries among them, previous-attempt.ts).
 */
export type GitlabApi = Pick<Gitlab<false>, 'MergeRequestNotes' | 'JobArtifacts' | 'Jobs'>;

/** How to authenticate: a project, group or personal access token, or the job's own token. */
export type GitlabCredential = { readonly token: string } | { readonly jobToken: string };

/** Options of {@link createGitlabApi}. */
export interface GitlabRestOptions {
  readonly log?: Logger;
  /** Tries in all per request, the first included (default 4). */
  readonly attempts?: number;
  /** The first backoff delay in ms (default 1000; doubles each try). */
  readonly baseDelayMs?: number;
  /** Waits between tries; tests pass one that returns at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock `RateLimit-Reset` is measured against. */
  readonly now?: () => Date;
}

/** What a failed response carries, as gitbeaker's errors hold it in `cause`. */
interface ResponseCause {
  readonly description?: string;
  readonly response?: Response;
}

/** Statuses worth another try: GitLab's rate limit and the server errors of a busy or restarting GitLab. */
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);

/** The HTTP status of a failed gitbeaker request, if it got an answer. */
export function statusOf(error: unknown): number | undefined {
  const response = (error as { cause?: ResponseCause } | undefined)?.cause?.response;
  return response instanceof Response ? response.status : undefined;
}

/** The answer's header `name`, for a failed gitbeaker request. */
function headerOf(error: unknown, name: string): string | undefined {
  const cause = (error as { cause?: ResponseCause } | undefined)?.cause;
  return cause?.response?.headers.get(name) ?? undefined;
}

/** Whether `error` is a dropped or refused connection (fetch rejects with a TypeError for those). */
function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error as NodeJS.ErrnoException | undefined)?.code === 'ECONNRESET';
}

/** The wait GitLab asked for: `Retry-After` (seconds or a date), else `RateLimit-Reset` (epoch seconds). */
export function requestedDelayMs(error: unknown, now: Date = new Date()): number | undefined {
  const retryAfter = parseRetryAfter(headerOf(error, 'retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  const reset = Number(headerOf(error, 'ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now.getTime()) : undefined;
}

/** A response body as gitbeaker's own handler decodes it: JSON, text, or a Blob for anything else. */
async function decodeBody(response: Response, asStream: boolean | undefined): Promise<unknown> {
  if (asStream) return response.body;
  if (response.status === 204) return null;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (type === 'application/json') return ((await response.json()) as unknown) ?? {};
  if (type.startsWith('text/')) return response.text();
  return response.blob();
}

/** The failed response as the error gitbeaker throws (message: GitLab's `message` or `error`). */
async function requestError(
  ErrorClass: typeof GitbeakerRequestError,
  request: Request,
  response: Response,
): Promise<GitbeakerRequestError> {
  const text = await response.text().catch(() => '');
  let description = text;
  if (response.headers.get('content-type')?.includes('application/json')) {
    try {
      const body = JSON.parse(text) as { message?: unknown; error?: unknown; error_description?: unknown };
      const what = body.error_description ?? body.message ?? body.error ?? '';
      description = typeof what === 'string' ? what : JSON.stringify(what);
    } catch {
      // Not JSON after all: keep the text.
    }
  }
  return new ErrorClass(description.trim().slice(0, 500), {
    cause: { description, request, response },
  });
}

/**
 * A gitbeaker client for `host` (the instance's web root, e.g. `https://gitlab.example.com`). The token is
 * registered with `log` for masking before any request is made.
 */
export async function createGitlabApi(
  host: string,
  credential: GitlabCredential,
  options: GitlabRestOptions = {},
): Promise<GitlabApi> {
  const [{ createRequesterFn, GitbeakerRequestError }, { JobArtifacts, Jobs, MergeRequestNotes }] =
    await Promise.all([import('@gitbeaker/requester-utils'), import('@gitbeaker/rest')]);
  const secret = 'token' in credential ? credential.token : credential.jobToken;
  options.log?.mask(secret);
  const now = options.now ?? (() => new Date());
  const policy = {
    attempts: options.attempts ?? 4,
    baseDelayMs: options.baseDelayMs ?? 1000,
    sleep: options.sleep ?? realSleep,
    isRetryable: (error: unknown) => isNetworkError(error) || RETRIED_STATUSES.has(statusOf(error) ?? 0),
    requestedDelayMs: (error: unknown) => requestedDelayMs(error, now()),
    onRetry: (error: unknown, attempt: number, delayMs: number) => {
      const status = statusOf(error);
      const what = status !== undefined ? `HTTP ${status}` : `a network error (${(error as Error).message})`;
      options.log?.warn(
        `GitLab answered ${what}; try ${attempt + 1} of ${policy.attempts} in ${Math.round(delayMs / 100) / 10} s`,
      );
    },
  };

  const handler = async (endpoint: string, request?: RequestOptions): Promise<unknown> => {
    const { asStream, prefixUrl, searchParams, method, body, headers, signal } = request ?? {};
    const base = prefixUrl?.endsWith('/') ? prefixUrl : `${prefixUrl ?? ''}/`;
    const url = new URL(endpoint, base);
    url.search = searchParams ?? '';
    return withRetries(async () => {
      const fetched = new Request(url, {
        method,
        headers: headers as Record<string, string>,
        ...(body !== undefined ? { body: body as string | FormData } : {}),
        ...(signal ? { signal } : {}),
      });
      const response = await fetch(fetched);
      if (!response.ok) throw await requestError(GitbeakerRequestError, fetched, response);
      return {
        body: await decodeBody(response, asStream),
        headers: Object.fromEntries(response.headers.entries()),
        status: response.status,
      };
    }, policy);
  };
  const requesterFn = createRequesterFn(
    (_, requestOptions) => Promise.resolve(requestOptions),
    handler as never,
  );
  // gitbeaker's own rate limiter (3,000 requests a minute per endpoint) stays on; ours only handles answers.
  const config = { host, ...credential, requesterFn } as never;
  return {
    MergeRequestNotes: new MergeRequestNotes(config),
    JobArtifacts: new JobArtifacts(config),
    Jobs: new Jobs(config),
  };
}

/** The instance's web root for gitbeaker, from an API URL (`…/api/v4`) or the root itself. */
export function hostOfApiUrl(apiUrl: string): string {
  return apiUrl.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
}

/** The hint for a refused request: what the token needs. */
export const TOKEN_SCOPE_HINT =
  'Use a project or group access token (or a personal one) with the `api` scope and at least the Reporter role, stored as a masked CI/CD variable GITLAB_TOKEN; CI_JOB_TOKEN cannot write merge request notes.';

/**
 * Runs one GitLab call and maps its final error: 401/403 to a {@link CodeHostPermissionError} naming the
 * scope, anything else to a `TesseraError` naming `project` and the status.
 */
export async function gitlabCall<T>(what: string, project: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = statusOf(error);
    const message = (error as Error).message;
    if (status === 401 || status === 403)
      throw new CodeHostPermissionError(
        `GitLab refused to ${what} in ${project} (HTTP ${status}: ${message})`,
        TOKEN_SCOPE_HINT,
        { cause: error },
      );
    throw new TesseraError(
      `GitLab: could not ${what} in ${project}${status !== undefined ? ` (HTTP ${status})` : ''}: ${message}`,
      status === 404
        ? 'Check the project path and the merge request, and that the token can read them.'
        : status === 429
          ? 'The token’s rate limit is used up; re-run the job later.'
          : 'GitLab may be degraded; re-run the job.',
      { cause: error },
    );
  }
}

/**
 * A job's artifacts archive (`GET /projects/:id/jobs/:job_id/artifacts`, or the latest successful pipeline's
 * job of `ref` by name), or undefined when GitLab has none (404: expired, never uploaded, no such pipeline).
 * An archive over the artifact size bound is refused before it is read into memory: it is untrusted input.
 *
 * @throws CodeHostPermissionError (401/403), TesseraError (other failures), UnsafeArchiveError (too large)
 */
export async function downloadJobArchive(
  api: GitlabApi,
  project: string,
  job: { readonly jobId: number } | { readonly ref: string; readonly job: string },
  what: string,
): Promise<Buffer | undefined> {
  let archive: Blob;
  try {
    archive = (await gitlabCall(`download ${what}`, project, () =>
      api.JobArtifacts.downloadArchive(project, job),
    )) as Blob;
  } catch (error) {
    if (error instanceof TesseraError && statusOf(error.cause) === 404) return undefined;
    throw error;
  }
  const max = DEFAULT_ARTIFACT_LIMITS.maxArchiveBytes;
  if (archive.size > max)
    throw new UnsafeArchiveError(what, `it is ${archive.size} bytes, more than the ${max} allowed`);
  return Buffer.from(await archive.arrayBuffer());
}
