/**
 * The GitHub REST calls Tessera makes, through the Octokit of `@actions/github` (loaded on first use) with
 * Octokit's own retry and throttling plugins, and one error mapping for all of them. The plugins share the
 * work this way (the order Octokit itself uses: retry inside, throttling outside):
 *
 * - `@octokit/plugin-retry`: server errors (5xx) and network failures (which Octokit reports as 500),
 *   `retries` times, after 1, 4, 9 … × `retryAfterBaseMs`;
 * - `@octokit/plugin-throttling`: rate limits, which GitHub answers with 403 or 429 and marks either with
 *   `x-ratelimit-remaining: 0` (primary: wait for `x-ratelimit-reset`) or with a "secondary rate limit"
 *   message (wait `Retry-After`, else 60 s). It also paces writes as GitHub's best practices ask (one at a
 *   time, 1 s apart; 3 s apart for writes that notify people, like a new comment). 429 is therefore taken
 *   off the retry plugin's list: retrying a rate limit after 1 s, as it would, is what makes GitHub extend it.
 *
 * Nothing of our own retries any more; what stays here is the mapping of the final error:
 * a 403 that is not a rate limit ("Resource not accessible by integration": a fork PR's read-only token, a
 * missing permission) becomes a {@link CodeHostPermissionError}; anything else a `TesseraError` naming the
 * repository and the HTTP status.
 */
import type { Octokit } from '@octokit/core';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import {
  CodeHostPermissionError,
  MAX_REQUESTED_DELAY_MS,
  type CodeHostRef,
  type Logger,
} from '../../src/ci/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';

/** The slice of Octokit used here: a request function and pagination. */
export interface OctokitLike {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ data: unknown; status: number }>;
  paginate(route: string, parameters?: Record<string, unknown>): Promise<unknown[]>;
}

/** The throttling plugin's limiters for writes, which tests replace by ones that do not pace. */
export interface WriteLimiters {
  readonly write: NonNullable<ThrottlingOptions['write']>;
  readonly notifications: NonNullable<ThrottlingOptions['notifications']>;
}

/** Options of {@link GithubRestClient}. */
export interface GithubRestOptions {
  readonly log?: Logger;
  /** Retries per request after the first try, for server errors and rate limits alike (default 3). */
  readonly retries?: number;
  /**
   * Milliseconds per second of wait, for both plugins (their `retryAfterBaseValue`; default 1000). The waits
   * are the plugins' own timers; tests pass 1, so that a `Retry-After: 7` still goes through the throttling
   * plugin but costs 7 ms.
   */
  readonly retryAfterBaseMs?: number;
  /** Limiters for writes; by default the throttling plugin's own, which pace writes as GitHub asks. */
  readonly writeLimiters?: WriteLimiters;
  /** The Octokit to use; by default `@actions/github`'s `getOctokit` with the two plugins. */
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

/** Tries after the first, by default: the retry plugin's own default. */
const DEFAULT_RETRIES = 3;

/** The retry plugin's `doNotRetry` default, plus 429, which is the throttling plugin's (see the top). */
const NOT_RETRIED_BY_RETRY_PLUGIN = [400, 401, 403, 404, 410, 422, 429, 451];

/** The HTTP status of an Octokit error, if it has one. */
export const statusOf = (error: unknown): number | undefined => (error as HttpError | undefined)?.status;

/** A 403 or 429 that is a rate limit (primary or secondary), not a permission problem. */
export function isRateLimited(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return false;
  const headers = (error as HttpError).response?.headers ?? {};
  const message = (error as HttpError).response?.data?.message ?? (error as HttpError).message ?? '';
  return headers['x-ratelimit-remaining'] === '0' || /\bsecondary rate\b/i.test(message);
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
    const response = await this.mapErrors(what, () =>
      octokit.request(route, { owner: this.owner, repo: this.repo, ...parameters }),
    );
    return response.data;
  }

  /** Every page of a list on this repository. */
  async paginate(what: string, route: string, parameters: Record<string, unknown> = {}): Promise<unknown[]> {
    const octokit = await this.client();
    return this.mapErrors(what, () =>
      octokit.paginate(route, { owner: this.owner, repo: this.repo, per_page: 100, ...parameters }),
    );
  }

  private mapErrors<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return operation().catch((error: unknown) => {
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
          : isRateLimited(error)
            ? 'The token’s rate limit is used up; re-run the job later, or use a token of its own for Tessera.'
            : 'GitHub may be degraded (https://www.githubstatus.com); re-run the job.',
        { cause: error },
      );
    });
  }

  private async client(): Promise<OctokitLike> {
    if (!this.octokit) {
      const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        import('@actions/github'),
        import('@octokit/plugin-retry'),
        import('@octokit/plugin-throttling'),
      ]);
      const log = this.options.log;
      const retries = this.options.retries ?? DEFAULT_RETRIES;
      const baseMs = this.options.retryAfterBaseMs ?? 1000;
      // Returning true asks the throttling plugin to retry after `retryAfter` s (its own timer).
      const onLimit =
        (kind: string) =>
        (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
          const where = `${request.method} ${request.url}`;
          if (retryCount >= retries) {
            log?.warn(`GitHub: ${kind} rate limit on ${where}; giving up after ${retryCount + 1} tries`);
            return false;
          }
          if (retryAfter * 1000 > MAX_REQUESTED_DELAY_MS) {
            log?.warn(
              `GitHub: ${kind} rate limit on ${where}; it asks for ${retryAfter} s, too long to wait`,
            );
            return false;
          }
          log?.warn(`GitHub: ${kind} rate limit on ${where}; try ${retryCount + 2} in ${retryAfter} s`);
          return true;
        };
      this.octokit = getOctokit(
        this.token,
        {
          baseUrl: this.ref.apiUrl,
          // Octokit's own messages (deprecations) go to our log, not to the console.
          log: {
            debug: (m: string) => log?.debug(m),
            info: (m: string) => log?.debug(m),
            warn: (m: string) => log?.warn(m),
            error: (m: string) => log?.error(m),
          },
          retry: { retries, retryAfterBaseValue: baseMs, doNotRetry: NOT_RETRIED_BY_RETRY_PLUGIN },
          throttle: {
            retryAfterBaseValue: baseMs,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...this.options.writeLimiters,
          },
        },
        failedTryLog(log, retries),
        retry,
        throttling,
      ) as unknown as OctokitLike;
    }
    return this.octokit;
  }
}

/**
 * A plugin, innermost, that logs every try GitHub answered with a server error, so that a slow report
 * says why. It only observes: the retry plugin decides.
 */
function failedTryLog(log: Logger | undefined, retries: number) {
  return (octokit: Octokit): void => {
    octokit.hook.error('request', (error, options) => {
      const status = statusOf(error);
      if (status !== undefined && status >= 500) {
        const tries = Number((options.request as { retryCount?: number } | undefined)?.retryCount ?? 0);
        log?.warn(
          `GitHub: ${String(options.method)} ${String(options.url)} answered HTTP ${status} (try ${tries + 1} of ${retries + 1})`,
        );
      }
      throw error;
    });
  };
}
