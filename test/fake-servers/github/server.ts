/**
 * A fake GitHub on 127.0.0.1 for the adapters' tests, speaking the real wire protocols:
 *
 * - the Results service's Twirp API that `@actions/artifact` calls (CreateArtifact, FinalizeArtifact,
 *   ListArtifacts, GetSignedArtifactURL, DeleteArtifact; JSON, snake_case, int64 as strings; see
 *   reference/providers.md §3.1 and Appendix A),
 * - Azure Blob storage as the signed URLs address it (Put Block, Put Block List, Put Blob, Get Blob),
 * - the REST endpoints Tessera uses (artifacts of a repository and of a run, artifact zip download with
 *   its 302, issue comments, the open pull requests of a branch), with every request and response checked
 *   against GitHub's OpenAPI subset;
 *   problems are collected in {@link FakeGithub.problems}, which tests assert empty.
 *
 * Faults are injected per route: a status (500, 502, 429 with Retry-After …) for the next N matching
 * requests. A REST fault without a body gets the body GitHub sends with that status (a 429 is a secondary
 * rate limit, a 403 with `x-ratelimit-remaining: 0` a primary one), so that clients see what they would. Re-run attempts are simulated with {@link FakeGithub.attempt}: a name is refused (409) only
 * when this attempt already has it, and listing shows every attempt's artifacts. Whether GitHub refuses a
 * name an earlier attempt used is not documented; Tessera's names carry the attempt, so it never relies on
 * either behaviour.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GithubOpenApi } from './openapi.js';
import { handleRest } from './rest-api.js';
import { handleBlob, handleTwirp } from './results-service.js';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

// Taken at load, so that tests compressing the clients' back-off timers do not shorten the barrier's own.
const realSetTimeout = globalThis.setTimeout;

/** One stored artifact. */
export interface FakeArtifact {
  readonly id: number;
  readonly name: string;
  readonly attempt: number;
  readonly createdAt: Date;
  finalized: boolean;
  size: number;
  digest?: string;
  data: Buffer;
  readonly blocks: Map<string, Buffer>;
  /** The run this artifact belongs to (REST listings). */
  readonly runId: number;
  /** The repository the run's head commit came from: 1 is the repository itself, anything else a fork. */
  readonly headRepositoryId: number;
  headBranch: string;
  expired: boolean;
}

/** A PR comment as the fake stores it. */
export interface FakeComment {
  readonly id: number;
  readonly issue: number;
  body: string;
  readonly createdAt: Date;
  updatedAt: Date;
}

/** A pull request as the fake stores it: what the pulls list filters on and answers with. */
export interface FakePull {
  readonly number: number;
  state: 'open' | 'closed';
  /** The head repository's owner and `owner/name`; a fork's differ from the repository's. */
  readonly headOwner: string;
  readonly headRepository: string;
  readonly headRef: string;
  headSha: string;
  readonly baseRef: string;
}

/** A fault: answer `status` (with optional headers and body) to the next `times` matching requests. */
export interface Fault {
  /** Matched against `METHOD /path` (the Twirp method name is in the path). */
  readonly match: RegExp;
  /** The HTTP status; 0 drops the connection without an answer (a reset). */
  readonly status: number;
  readonly times: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** The fake server. */
export class FakeGithub {
  /** Every request, as `METHOD /path` (query strings dropped, so signatures never appear). */
  readonly requests: string[] = [];
  /** Schema violations seen on the REST API; a test asserts this is empty. */
  readonly problems: string[] = [];
  readonly artifacts: FakeArtifact[] = [];
  readonly comments: FakeComment[] = [];
  readonly pulls: FakePull[] = [];
  /** Answer comment writes as a fork PR's read-only token gets answered (403). */
  readOnlyToken = false;
  /** The run attempt uploads belong to; bump it to simulate a re-run. */
  attempt = 1;
  /** The run id REST listings attach to new artifacts. */
  runId = 4242;
  /** The branch REST listings attach to new artifacts. */
  headBranch = 'main';
  /** Authorization headers seen, to prove the token was sent (and not logged elsewhere). */
  readonly authorizations = new Set<string>();
  private readonly faults: (Fault & { left: number })[] = [];
  private barrier:
    { size: number; waiting: (() => void)[]; released?: 'all-arrived' | 'gave-up' } | undefined;
  private nextId = 1;

  /** A fresh id for an artifact or a comment (one sequence, as GitHub's ids never collide across kinds here). */
  newId(): number {
    return this.nextId++;
  }
  private server: Server | undefined;
  /** The OpenAPI checks REST traffic goes through. */
  readonly openapi = new GithubOpenApi();
  /** The base URL, e.g. `http://127.0.0.1:41234`, once started. */
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.problems.push(`fake server error: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    const server = this.server;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }

  /** Forgets every artifact, comment, fault and logged request, and goes back to attempt 1. */
  reset(): void {
    this.artifacts.length = 0;
    this.comments.length = 0;
    this.pulls.length = 0;
    this.faults.length = 0;
    this.requests.length = 0;
    this.problems.length = 0;
    this.attempt = 1;
    this.runId = 4242;
    this.headBranch = 'main';
    this.readOnlyToken = false;
    this.barrier = undefined;
  }

  /**
   * Holds blob downloads until `size` of them are in flight at once, then answers them all: downloads made
   * one after the other never get there. So that such a client fails fast instead of hanging, the barrier
   * gives up after 5 s; {@link barrierResult} then says `gave-up`.
   */
  holdDownloadsUntil(size: number): void {
    this.barrier = { size, waiting: [] };
  }

  /** How the download barrier ended, if one was set. */
  get barrierResult(): 'all-arrived' | 'gave-up' | 'pending' | undefined {
    return this.barrier ? (this.barrier.released ?? 'pending') : undefined;
  }

  private async passBarrier(): Promise<void> {
    const barrier = this.barrier;
    if (!barrier || barrier.released) return;
    await new Promise<void>((done) => {
      barrier.waiting.push(done);
      const release = (how: 'all-arrived' | 'gave-up'): void => {
        if (barrier.released) return;
        barrier.released = how;
        for (const waiter of barrier.waiting) waiter();
      };
      if (barrier.waiting.length >= barrier.size) release('all-arrived');
      else realSetTimeout(() => release('gave-up'), 5000).unref();
    });
  }

  /** Injects a fault for the next `times` requests matching `match`. */
  fail(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times });
  }

  /** Stores an artifact directly (for REST-only tests and crafted archives). */
  seedArtifact(
    name: string,
    data: Buffer,
    extra: Partial<
      Pick<FakeArtifact, 'attempt' | 'createdAt' | 'runId' | 'headBranch' | 'expired' | 'headRepositoryId'>
    > = {},
  ): FakeArtifact {
    const artifact: FakeArtifact = {
      id: this.newId(),
      name,
      attempt: extra.attempt ?? this.attempt,
      createdAt: extra.createdAt ?? new Date(),
      finalized: true,
      size: data.length,
      digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
      data,
      blocks: new Map(),
      runId: extra.runId ?? this.runId,
      headRepositoryId: extra.headRepositoryId ?? 1,
      headBranch: extra.headBranch ?? this.headBranch,
      expired: extra.expired ?? false,
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}`);
    if (req.headers.authorization) this.authorizations.add(req.headers.authorization);

    const fault = this.faults.find((f) => f.left > 0 && f.match.test(`${method} ${url.pathname}`));
    if (fault) {
      fault.left--;
      if (fault.status === 0) {
        req.socket.destroy();
        return;
      }
      const twirpOrBlob = url.pathname.startsWith(TWIRP) || url.pathname.startsWith('/blob/');
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(
        fault.body ??
          JSON.stringify(
            twirpOrBlob
              ? { code: 'internal', msg: `injected ${fault.status}` }
              : githubErrorBody(fault.status, fault.headers ?? {}),
          ),
      );
      return;
    }
    if (method === 'POST' && url.pathname.startsWith(TWIRP))
      return handleTwirp(this, url.pathname.slice(TWIRP.length), body, req, res);
    if (url.pathname.startsWith('/blob/')) {
      if (method === 'GET') await this.passBarrier();
      return handleBlob(this, method, url, body, req, res);
    }
    return handleRest(this, method, url, body, req, res);
  }
}

/** The body GitHub's REST API answers a failure with (a `basic-error`), as documented for rate limits. */
function githubErrorBody(status: number, headers: Record<string, string>): object {
  const docs = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
  if (status === 429 || (status === 403 && headers['retry-after'] !== undefined))
    return {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:1A2B:3C4D5E:6F7081:92A3B4C5.',
      documentation_url: `${docs}#about-secondary-rate-limits`,
    };
  if (status === 403 && headers['x-ratelimit-remaining'] === '0')
    return { message: 'API rate limit exceeded for installation ID 1234567.', documentation_url: docs };
  return {
    message: status >= 500 ? 'Server Error' : `HTTP ${status}`,
    documentation_url: 'https://docs.github.com/rest',
  };
}
