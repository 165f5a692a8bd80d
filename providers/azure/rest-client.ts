/**
 * Every Azure DevOps REST call Tessera makes, through the real client library (`azure-devops-node-api`):
 * one `WebApi` per collection with the build's bearer token, one retry policy and one error mapping.
 *
 * The library discovers routes before it calls them (an `OPTIONS {collection}/_apis/Location`, a
 * `GET _apis/resourceAreas`, an `OPTIONS _apis/<area>` per area), so those are retried with the call that
 * needed them. Its own retries are off: they cover only 502/503/504 on idempotent verbs and ignore
 * `Retry-After`. Here 5xx, 429 (waiting what `Retry-After` asks, up to a minute) and dropped connections
 * are retried, 5 tries in all; 401 and 403 are permission errors that name the permission to grant.
 */
import type { IncomingMessage } from 'node:http';
import type { IBuildApi } from 'azure-devops-node-api/BuildApi.js';
import type { IGitApi } from 'azure-devops-node-api/GitApi.js';
import type { WebApi } from 'azure-devops-node-api';
import {
  CodeHostPermissionError,
  parseRetryAfter,
  realSleep,
  withRetries,
  type Logger,
} from '../../src/ci/index.js';
import { TesseraError } from '../../src/model/index.js';

/** What a caller needs to say about a refused call. */
export type PermissionHint = string;

/** Options of {@link AzureDevOpsClient}. */
export interface AzureDevOpsClientOptions {
  readonly log: Logger;
  /** Waits between tries; tests pass an instant one. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Tries per call, the first included (default 5). */
  readonly attempts?: number;
}

/** An error carrying an HTTP status, as typed-rest-client throws them (`statusCode`, `responseHeaders`). */
interface HttpError {
  readonly statusCode?: number;
  readonly responseHeaders?: Readonly<Record<string, string | string[] | undefined>>;
  readonly code?: string;
}

/** The HTTP status an error of the client carries, if any. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as HttpError | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

const NETWORK = /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|socket hang up/i;

/** Worth another try: 5xx, 429, or a connection that dropped. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status >= 500 || status === 429;
  const code = (error as HttpError | undefined)?.code ?? '';
  return NETWORK.test(code) || NETWORK.test(error instanceof Error ? error.message : String(error));
}

function retryAfterOf(error: unknown): number | undefined {
  const header = (error as HttpError | undefined)?.responseHeaders?.['retry-after'];
  return parseRetryAfter(Array.isArray(header) ? header[0] : header);
}

/** An HTTP error built from a raw response (the zip download returns the response, not a parsed body). */
export async function responseError(message: IncomingMessage, what: string): Promise<Error> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message as AsyncIterable<Buffer>) {
    // An error body is short; a long one is cut, never buffered whole.
    if (size < 64 * 1024) chunks.push(chunk);
    size += chunk.length;
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let detail = text.slice(0, 500);
  try {
    detail = (JSON.parse(text) as { message?: string }).message ?? detail;
  } catch {
    // Not JSON: the text itself.
  }
  const error = new Error(`${what}: (${message.statusCode}) ${detail}`) as Error & {
    statusCode?: number;
    responseHeaders?: IncomingMessage['headers'];
  };
  error.statusCode = message.statusCode;
  error.responseHeaders = message.headers;
  return error;
}

/** REST calls on one Azure DevOps collection. */
export class AzureDevOpsClient {
  private webApi: Promise<WebApi> | undefined;
  private gitApi: Promise<IGitApi> | undefined;
  private buildApi: Promise<IBuildApi> | undefined;

  constructor(
    readonly collectionUrl: string,
    private readonly token: string,
    private readonly options: AzureDevOpsClientOptions,
  ) {
    options.log.mask(token);
  }

  /** The Git API (PR threads). */
  git(): Promise<IGitApi> {
    this.gitApi ??= this.call('reach the Git API', async () => (await this.connection()).getGitApi());
    this.gitApi.catch(() => (this.gitApi = undefined));
    return this.gitApi;
  }

  /** The Build API (builds, artifacts). */
  build(): Promise<IBuildApi> {
    this.buildApi ??= this.call('reach the Build API', async () => (await this.connection()).getBuildApi());
    this.buildApi.catch(() => (this.buildApi = undefined));
    return this.buildApi;
  }

  /**
   * Runs `operation` with retries; a refusal (401, 403) becomes a {@link CodeHostPermissionError} with
   * `permission` as its hint, anything else that fails for good a TesseraError naming `what`.
   */
  async call<T>(what: string, operation: () => Promise<T>, permission?: PermissionHint): Promise<T> {
    try {
      return await withRetries(operation, {
        attempts: this.options.attempts ?? 5,
        baseDelayMs: 1000,
        sleep: this.options.sleep ?? realSleep,
        isRetryable: isTransient,
        requestedDelayMs: retryAfterOf,
        onRetry: (error, attempt, delay) =>
          this.options.log.warn(
            `Azure DevOps: ${what} failed (${describe(error)}); try ${attempt + 1} in ${Math.round(delay / 1000)} s`,
          ),
      });
    } catch (error) {
      if (error instanceof TesseraError) throw error;
      const status = statusOf(error);
      if (status === 401 || status === 403)
        throw new CodeHostPermissionError(
          `Azure DevOps refused to ${what} (${status}): ${describe(error)}`,
          permission ??
            'The build’s token (System.AccessToken) lacks a permission; see providers/azure/README.md, "Permissions".',
          { cause: error },
        );
      throw new TesseraError(
        `Azure DevOps: could not ${what}: ${describe(error)}`,
        'Azure DevOps may be degraded (https://status.dev.azure.com); re-run the job.',
        { cause: error },
      );
    }
  }

  private connection(): Promise<WebApi> {
    this.webApi ??= (async () => {
      // Loaded on first use: the library and its HTTP client are most of a cold start.
      const azdev = await import('azure-devops-node-api');
      return new azdev.WebApi(this.collectionUrl, azdev.getBearerHandler(this.token), {
        allowRetries: false,
        socketTimeout: 60_000,
      });
    })();
    return this.webApi;
  }
}

/** An error's message without a stack, one line. */
export function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 500);
}
