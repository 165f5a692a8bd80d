/**
 * The GitHub REST calls Tessera makes, through the Octokit of `@actions/github` (loaded on first use), with
 * one retry policy and one error mapping for all of them:
 *
 * - 429, 5xx, network errors and 403s that are rate limits are retried, honouring `Retry-After` (else
 *   `x-ratelimit-reset`), with exponential back-off otherwise;
 * - a 403 that is not a rate limit ("Resource not accessible by integration": a fork PR's read-only token,
 *   a missing permission) becomes a {@link CodeHostPermissionError};
 * - anything else, after the retries, a `TesseraError` naming the repository and the HTTP status.
 */
import {
  CodeHostPermissionError,
  parseRetryAfter,
  realSleep,
  withRetries,
  type CodeHostRef,
  type Logger,
} from '../../src/ci/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';

/** The slice of Octokit used here: a request function and pagination. */
export interface OctokitLike {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ data: unknown; status: number }>;
  paginate(route: string, parameters?: Record<string, unknown>): Promise<unknown[]>;
}

/** Options of {@link GithubRestClient}. */
export interface GithubRestOptions {
  readonly log?: Logger;
  /** Waits between retries; tests pass an instant one that records the delays. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Tries per request, the first included (default 4). */
  readonly attempts?: number;
  /** The Octokit to use; by default `@actions/github`'s `getOctokit(token, { baseUrl: ref.apiUrl })`. */
  readonly octokit?: OctokitLike;
}

interface HttpError {
  readonly status?: number;
  readonly message?: string;
  readonly response?: {
    readonly headers?: Record<string, string | undefined>;
    readonly data?: { message?: string };
  };
}

/** The HTTP status of an Octokit error, if it has one. */
export const statusOf = (error: unknown): number | undefined => (error as HttpError | undefined)?.status;
const headersOf = (error: unknown): Record<string, string | undefined> =>
  (error as HttpError | undefined)?.response?.headers ?? {};

/** A 403 that is a rate limit, not a permission problem. */
function isRateLimited(error: unknown): boolean {
  const headers = headersOf(error);
  return (
    statusOf(error) === 403 &&
    (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined)
  );
}

/** Retry-After, else the rate-limit reset time, in ms from now. */
function requestedDelay(error: unknown): number | undefined {
  const headers = headersOf(error);
  const after = parseRetryAfter(headers['retry-after']);
  if (after !== undefined) return after;
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : undefined;
}

/** REST calls on one repository. */
export class GithubRestClient {
  readonly owner: string;
  readonly repo: string;
  private octokit: OctokitLike | undefined;

  constructor(
    readonly ref: CodeHostRef,
    private readonly token: string,
    private readonly options: GithubRestOptions = {},
  ) {
    const [owner, repo, ...rest] = ref.repo.split('/');
    if (!owner || !repo || rest.length > 0)
      throw new UsageError(`invalid GitHub repository ${JSON.stringify(ref.repo)}`, 'Expected owner/name.');
    this.owner = owner;
    this.repo = repo;
    this.octokit = options.octokit;
    options.log?.mask(token);
  }

  /** One request on this repository (`owner` and `repo` filled in); resolves with the response data. */
  async request(what: string, route: string, parameters: Record<string, unknown> = {}): Promise<unknown> {
    const octokit = await this.client();
    const response = await this.retrying(what, () =>
      octokit.request(route, { owner: this.owner, repo: this.repo, ...parameters }),
    );
    return response.data;
  }

  /** Every page of a list on this repository. */
  async paginate(what: string, route: string, parameters: Record<string, unknown> = {}): Promise<unknown[]> {
    const octokit = await this.client();
    return this.retrying(what, () =>
      octokit.paginate(route, { owner: this.owner, repo: this.repo, per_page: 100, ...parameters }),
    );
  }

  private retrying<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return withRetries(operation, {
      attempts: this.options.attempts ?? 4,
      baseDelayMs: 1000,
      sleep: this.options.sleep ?? realSleep,
      isRetryable: (error) => {
        const status = statusOf(error);
        return status === undefined || status >= 500 || status === 429 || isRateLimited(error);
      },
      requestedDelayMs: requestedDelay,
      onRetry: (error, attempt, delay) =>
        this.options.log?.warn(
          `GitHub: could not ${what} (${statusOf(error) ?? 'network'}); try ${attempt + 1} in ${Math.ceil(delay / 1000)} s`,
        ),
    }).catch((error: unknown) => {
      const status = statusOf(error);
      const message = (error as HttpError).response?.data?.message ?? (error as Error).message;
      if (status === 403 && !isRateLimited(error))
        throw new CodeHostPermissionError(
          `GitHub refused to ${what} on ${this.ref.repo}: ${message}`,
          'A pull request from a fork gets a read-only token; otherwise grant the workflow the permission (`pull-requests: write` to comment, `actions: read` for earlier runs’ artifacts).',
          { cause: error },
        );
      throw new TesseraError(
        `GitHub: could not ${what} on ${this.ref.repo}${status ? ` (HTTP ${status})` : ''}: ${message}`,
        status === 404
          ? 'Check the repository name and that the token can read it.'
          : 'GitHub may be degraded (https://www.githubstatus.com); re-run the job.',
        { cause: error },
      );
    });
  }

  private async client(): Promise<OctokitLike> {
    if (!this.octokit) {
      const { getOctokit } = await import('@actions/github');
      this.octokit = getOctokit(this.token, { baseUrl: this.ref.apiUrl }) as unknown as OctokitLike;
    }
    return this.octokit;
  }
}
