/**
 * A fake GitHub on 127.0.0.1 for the adapters' tests, speaking the real wire protocols:
 *
 * - the Results service's Twirp API that `@actions/artifact` calls (CreateArtifact, FinalizeArtifact,
 *   ListArtifacts, GetSignedArtifactURL, DeleteArtifact; JSON, snake_case, int64 as strings; see
 *   reference/providers.md §3.1 and Appendix A),
 * - Azure Blob storage as the signed URLs address it (Put Block, Put Block List, Put Blob, Get Blob),
 * - the REST endpoints Tessera uses (artifacts of a repository and of a run, artifact zip download with
 *   its 302, issue comments), with every request and response checked against GitHub's OpenAPI subset;
 *   problems are collected in {@link FakeGithub.problems}, which tests assert empty.
 *
 * Faults are injected per route: a status (500, 502, 429 with Retry-After …) for the next N matching
 * requests. Re-run attempts are simulated with {@link FakeGithub.attempt}: an artifact name is unique per
 * attempt, as on GitHub, and listing shows every attempt's artifacts.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GithubOpenApi } from './openapi.js';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

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
  private nextId = 1;
  private server: Server | undefined;
  private readonly openapi = new GithubOpenApi();
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
    this.faults.length = 0;
    this.requests.length = 0;
    this.problems.length = 0;
    this.attempt = 1;
    this.readOnlyToken = false;
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
      id: this.nextId++,
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
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(fault.body ?? JSON.stringify({ code: 'internal', msg: `injected ${fault.status}` }));
      return;
    }
    if (method === 'POST' && url.pathname.startsWith(TWIRP))
      return this.twirp(url.pathname.slice(TWIRP.length), body, req, res);
    if (url.pathname.startsWith('/blob/')) return this.blob(method, url, body, res);
    return this.rest(method, url, body, req, res);
  }

  private twirp(name: string, body: Buffer, req: IncomingMessage, res: ServerResponse): void {
    const json = (status: number, payload: object): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (!req.headers.authorization?.startsWith('Bearer '))
      return json(401, { code: 'unauthenticated', msg: 'missing runtime token' });
    const request = JSON.parse(body.toString() || '{}') as Record<string, string | undefined>;
    const base = `http://${req.headers.host}`;
    const finalized = this.artifacts.filter((a) => a.finalized && !a.expired);
    switch (name) {
      case 'CreateArtifact': {
        if (finalized.some((a) => a.name === request.name && a.attempt === this.attempt))
          return json(409, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run',
          });
        const artifact = this.seedArtifact(request.name ?? '', Buffer.alloc(0));
        artifact.finalized = false;
        return json(200, { ok: true, signed_upload_url: `${base}/blob/${artifact.id}?sig=secret-signature` });
      }
      case 'FinalizeArtifact': {
        const artifact = this.artifacts.findLast((a) => a.name === request.name && !a.finalized);
        if (!artifact) return json(404, { code: 'not_found', msg: 'no artifact to finalize' });
        artifact.finalized = true;
        artifact.size = Number(request.size);
        artifact.digest = request.hash;
        return json(200, { ok: true, artifact_id: String(artifact.id) });
      }
      case 'ListArtifacts': {
        const listed = finalized.filter(
          (a) =>
            (!request.name_filter || a.name === request.name_filter) &&
            (!request.id_filter || String(a.id) === String(request.id_filter)),
        );
        return json(200, {
          artifacts: listed.map((a) => ({
            workflow_run_backend_id: request.workflow_run_backend_id,
            workflow_job_run_backend_id: request.workflow_job_run_backend_id,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt.toISOString(),
            digest: a.digest,
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        // By name, as the real service does: the newest finalized artifact of that name.
        const artifact = finalized.findLast((a) => a.name === request.name);
        if (!artifact) return json(404, { code: 'not_found', msg: 'artifact not found' });
        return json(200, { signed_url: `${base}/blob/${artifact.id}?sig=secret-signature` });
      }
      case 'DeleteArtifact': {
        const artifact = finalized.findLast((a) => a.name === request.name);
        if (!artifact) return json(404, { code: 'not_found', msg: 'artifact not found' });
        this.artifacts.splice(this.artifacts.indexOf(artifact), 1);
        return json(200, { ok: true, artifact_id: String(artifact.id) });
      }
      default:
        return json(404, { code: 'bad_route', msg: `no such method ${name}` });
    }
  }

  private blob(method: string, url: URL, body: Buffer, res: ServerResponse): void {
    const artifact = this.artifacts.find((a) => String(a.id) === url.pathname.slice('/blob/'.length));
    if (!artifact || url.searchParams.get('sig') !== 'secret-signature') {
      res.writeHead(404);
      res.end();
      return;
    }
    const comp = url.searchParams.get('comp');
    if (method === 'PUT' && comp === 'block') {
      artifact.blocks.set(url.searchParams.get('blockid') ?? '', body);
      res.writeHead(201);
      res.end();
      return;
    }
    if (method === 'PUT' && comp === 'blocklist') {
      const ids = [...body.toString().matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map(
        (m) => m[1] ?? '',
      );
      artifact.data = Buffer.concat(ids.map((id) => artifact.blocks.get(id) ?? Buffer.alloc(0)));
      res.writeHead(201, { etag: '"1"' });
      res.end();
      return;
    }
    if (method === 'PUT') {
      artifact.data = body;
      res.writeHead(201, { etag: '"1"' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.data.length });
    res.end(artifact.data);
  }

  private rest(method: string, url: URL, body: Buffer, req: IncomingMessage, res: ServerResponse): void {
    const path = url.pathname;
    let parsed: unknown;
    if (body.length > 0) {
      try {
        parsed = JSON.parse(body.toString());
      } catch {
        parsed = body.toString();
      }
      this.problems.push(...this.openapi.checkRequest(method, path, parsed));
    }
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      this.problems.push(...this.openapi.checkResponse(method, path, status, payload));
      res.writeHead(
        status,
        payload === undefined ? headers : { 'content-type': 'application/json', ...headers },
      );
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const base = `http://${req.headers.host}`;
    const repo = /^\/repos\/([^/]+)\/([^/]+)/.exec(path);
    const rest = repo ? path.slice(repo[0].length) : path;
    const full = repo ? `${repo[1]}/${repo[2]}` : '';
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const paginate = <T>(items: T[]): { slice: T[]; link: Record<string, string> } => {
      const slice = items.slice((page - 1) * perPage, page * perPage);
      const next = new URL(url.toString().replace('http://fake', base));
      next.searchParams.set('page', String(page + 1));
      return {
        slice,
        link: page * perPage < items.length ? { link: `<${next.toString()}>; rel="next"` } : {},
      };
    };

    const artifactJson = (a: FakeArtifact): object => ({
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.size,
      url: `${base}/repos/${full}/actions/artifacts/${a.id}`,
      archive_download_url: `${base}/repos/${full}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.createdAt.toISOString(),
      expires_at: new Date(a.createdAt.getTime() + 90 * 86_400_000).toISOString(),
      updated_at: a.createdAt.toISOString(),
      digest: a.digest ?? null,
      workflow_run: {
        id: a.runId,
        repository_id: 1,
        head_repository_id: a.headRepositoryId,
        head_branch: a.headBranch,
        head_sha: '0'.repeat(40),
      },
    });

    let match: RegExpExecArray | null;
    if (method === 'GET' && rest === '/actions/artifacts') {
      const name = url.searchParams.get('name');
      // Newest first, as GitHub lists them.
      const all = this.artifacts.filter((a) => a.finalized && (!name || a.name === name)).reverse();
      const { slice, link } = paginate(all);
      return send(200, { total_count: all.length, artifacts: slice.map(artifactJson) }, link);
    }
    if (method === 'GET' && (match = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest))) {
      const name = url.searchParams.get('name');
      const all = this.artifacts
        .filter((a) => a.finalized && a.runId === Number(match?.[1]) && (!name || a.name === name))
        .reverse();
      const { slice, link } = paginate(all);
      return send(200, { total_count: all.length, artifacts: slice.map(artifactJson) }, link);
    }
    if (method === 'GET' && (match = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest))) {
      const artifact = this.artifacts.find((a) => a.id === Number(match?.[1]));
      if (!artifact || artifact.expired)
        return send(410, { message: 'Artifact has expired', documentation_url: 'https://docs.github.com' });
      return send(302, undefined, { location: `${base}/blob/${artifact.id}?sig=secret-signature` });
    }
    const forbidden = (): void =>
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      });
    if (this.readOnlyToken && method !== 'GET' && /^\/issues\//.test(rest)) return forbidden();
    if ((match = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(match[1]);
      if (method === 'GET') {
        const { slice, link } = paginate(this.comments.filter((c) => c.issue === issue));
        return send(
          200,
          slice.map((c) => this.commentJson(c, base, full)),
          link,
        );
      }
      if (method === 'POST') {
        const now = new Date();
        const comment: FakeComment = {
          id: this.nextId++,
          issue,
          body: (parsed as { body: string }).body,
          createdAt: now,
          updatedAt: now,
        };
        this.comments.push(comment);
        return send(201, this.commentJson(comment, base, full), {
          location: `${base}/repos/${full}/issues/comments/${comment.id}`,
        });
      }
    }
    if ((match = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = this.comments.find((c) => c.id === Number(match?.[1]));
      if (!comment) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com' });
      if (method === 'GET') return send(200, this.commentJson(comment, base, full));
      if (method === 'PATCH') {
        comment.body = (parsed as { body: string }).body;
        comment.updatedAt = new Date();
        return send(200, this.commentJson(comment, base, full));
      }
      if (method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(comment), 1);
        return send(204);
      }
    }
    this.problems.push(`unhandled ${method} ${path}`);
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
  }

  private commentJson(c: FakeComment, base: string, full: string): object {
    // github-actions[bot], with the URLs GitHub really returns for it.
    const api = 'https://api.github.com/users/github-actions%5Bbot%5D';
    const user = {
      login: 'github-actions[bot]',
      id: 41898282,
      node_id: 'MDM6Qm90NDE4OTgyODI=',
      avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
      gravatar_id: '',
      url: api,
      html_url: 'https://github.com/apps/github-actions',
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: 'Bot',
      site_admin: false,
    };
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${base}/repos/${full}/issues/comments/${c.id}`,
      html_url: `https://github.com/${full}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user,
      created_at: c.createdAt.toISOString(),
      updated_at: c.updatedAt.toISOString(),
      issue_url: `${base}/repos/${full}/issues/${c.issue}`,
      author_association: 'NONE',
    };
  }
}
