/**
 * A fake GitLab on 127.0.0.1 speaking the slice of the REST API v4 that Tessera uses, as GitLab's REST
 * reference documents it (gitlabhq/gitlabhq `doc/api/notes.md`, `doc/api/job_artifacts.md`,
 * `doc/api/rest/_index.md`):
 *
 * - merge request notes: `GET|POST /projects/:id/merge_requests/:iid/notes`,
 *   `GET|PUT|DELETE …/notes/:note_id`, with offset pagination (`page`, `per_page` default 20 and at most
 *   100, `sort`, `order_by`) answered with `X-Total`, `X-Total-Pages`, `X-Per-Page`, `X-Page`,
 *   `X-Next-Page`, `X-Prev-Page` and a `Link` header (rel prev/next/first/last);
 * - job artifacts of the latest successful pipeline of a ref: `GET /projects/:id/jobs/artifacts/:ref_name/
 *   download?job=` (the zip) and `…/raw/*artifact_path?job=` (one file);
 * - a pipeline's jobs (`doc/api/jobs.md`, "List pipeline jobs"): `GET /projects/:id/pipelines/:pipeline_id/
 *   jobs`, newest first (by id, as GitLab orders them since 13.5), the latest job of each name only unless
 *   `include_retried=true`, `scope[]` filtering by status, with the same offset pagination; a job's
 *   artifacts by id (`doc/api/job_artifacts.md`): `GET /projects/:id/jobs/:job_id/artifacts` (the zip, 404
 *   when the job kept none) and `…/artifacts/*artifact_path` (one file). The jobs API refuses the job token
 *   (`doc/ci/jobs/ci_job_token.md`: the jobs and pipelines endpoints are not in its allowlist);
 * - `:id` as the numeric id or the URL-encoded path (`group%2Fproject`);
 * - authentication by `PRIVATE-TOKEN` (access tokens, with scopes) or `JOB-TOKEN` (the job token, which may
 *   read notes but not write them, and reads artifacts only when {@link FakeGitlab.jobTokenReadsArtifacts});
 * - errors as GitLab answers them: `{"message":"401 Unauthorized"}`, `{"message":"403 Forbidden"}`,
 *   `{"message":"404 Not found"}`, an insufficient scope as `{"error":"insufficient_scope",…,"scope":"api"}`,
 *   a 429 as `Retry later` with `Retry-After` and `RateLimit-*` headers (Rack::Attack), a 502 as HTML.
 *
 * Faults are injected per route for the next N matching requests; a barrier holds requests until N are in
 * flight at once, to make two report jobs really race.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';

// Taken at load, so tests that compress back-off timers do not shorten the barrier's own.
const realSetTimeout = globalThis.setTimeout;

/** A project the fake knows. */
export interface FakeProject {
  readonly id: number;
  readonly path: string;
}

/** A merge request note as the fake stores it. */
export interface FakeNote {
  readonly id: number;
  readonly projectId: number;
  readonly mrIid: number;
  body: string;
  readonly system: boolean;
  readonly author: string;
  readonly createdAt: Date;
  updatedAt: Date;
}

/** The artifacts archive of one job of a successful pipeline. */
export interface FakeJobArtifacts {
  readonly projectId: number;
  readonly ref: string;
  readonly job: string;
  readonly pipelineId: number;
  readonly zip: Buffer;
}

/** A job of a pipeline (a shard job, a retried one), and the artifacts archive it uploaded, if any. */
export interface FakePipelineJob {
  readonly projectId: number;
  readonly pipelineId: number;
  readonly id: number;
  readonly name: string;
  status: 'created' | 'pending' | 'running' | 'failed' | 'success' | 'canceled' | 'skipped' | 'manual';
  readonly stage: string;
  readonly ref: string;
  /** The `artifacts:` archive, once the runner has uploaded it. */
  zip?: Buffer;
}

/** What a token may do. */
export interface FakeToken {
  /** `api` writes; `read_api` only reads. */
  readonly scopes: readonly ('api' | 'read_api')[];
  /** The user the token acts as. */
  readonly username: string;
}

/** A fault: answer `status` to the next `times` requests matching `match` (`METHOD /path`). */
export interface Fault {
  readonly match: RegExp;
  /** 0 drops the connection without an answer. */
  readonly status: number;
  readonly times: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

const API = '/api/v4';

/** The fake server. */
export class FakeGitlab {
  /** Every request, as `METHOD /path?query` (the query keeps pagination visible in assertions). */
  readonly requests: string[] = [];
  /** What the fake could not answer; tests assert it empty. */
  readonly problems: string[] = [];
  readonly notes: FakeNote[] = [];
  readonly jobArtifacts: FakeJobArtifacts[] = [];
  readonly pipelineJobs: FakePipelineJob[] = [];
  readonly projects: FakeProject[] = [{ id: 4242, path: 'acme/shop' }];
  readonly tokens = new Map<string, FakeToken>();
  /** The job token of the running job, if any; it may read notes but never write them. */
  jobToken: string | undefined;
  /** Whether the job token may download artifacts (GitLab: Premium and Ultimate only). */
  jobTokenReadsArtifacts = false;
  /** Every value of the auth headers seen, to prove the token was sent (and to look for leaks). */
  readonly credentialsSeen = new Set<string>();
  private readonly faults: (Fault & { left: number })[] = [];
  private barrier: { match: RegExp; size: number; waiting: (() => void)[]; done?: boolean } | undefined;
  private nextId = 1000;
  private server: Server | undefined;
  /** The base URL, e.g. `http://127.0.0.1:41234`, once started. */
  url = '';

  /** The API root, `<url>/api/v4`. */
  get apiUrl(): string {
    return `${this.url}${API}`;
  }

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

  /** Forgets notes, artifacts, faults and requests. Tokens and projects stay. */
  reset(): void {
    this.notes.length = 0;
    this.jobArtifacts.length = 0;
    this.pipelineJobs.length = 0;
    this.faults.length = 0;
    this.requests.length = 0;
    this.problems.length = 0;
    this.barrier = undefined;
  }

  /** Injects a fault for the next `times` requests matching `match`. */
  fail(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times });
  }

  /**
   * Holds requests matching `match` until `size` of them are in flight at once, then answers them all (or
   * after 5 s, so that a client that never gets there fails instead of hanging).
   */
  holdUntil(match: RegExp, size: number): void {
    this.barrier = { match, size, waiting: [] };
  }

  /** Adds a note directly (someone else's comment, a system note). */
  addNote(projectId: number, mrIid: number, body: string, extra: Partial<FakeNote> = {}): FakeNote {
    const now = new Date();
    const note: FakeNote = {
      id: this.nextId++,
      projectId,
      mrIid,
      body,
      system: false,
      author: 'reviewer',
      createdAt: now,
      updatedAt: now,
      ...extra,
    };
    this.notes.push(note);
    return note;
  }

  /** Records a job's artifacts archive as part of a successful pipeline of `ref` (the newest wins). */
  storeJobArtifacts(entry: FakeJobArtifacts): void {
    this.jobArtifacts.push(entry);
  }

  /** Adds a job to a pipeline (a retry is a new job of the same name); returns it, to finish it later. */
  addJob(
    job: Omit<FakePipelineJob, 'projectId' | 'stage' | 'ref'> & Partial<FakePipelineJob>,
  ): FakePipelineJob {
    const added: FakePipelineJob = { projectId: 4242, stage: 'test', ref: 'main', ...job };
    this.pipelineJobs.push(added);
    return added;
  }

  /** The notes of one merge request, oldest first. */
  notesOf(mrIid: number, projectId = 4242): FakeNote[] {
    return this.notes.filter((n) => n.projectId === projectId && n.mrIid === mrIid);
  }

  private async passBarrier(key: string): Promise<void> {
    const barrier = this.barrier;
    if (!barrier || barrier.done || !barrier.match.test(key)) return;
    await new Promise<void>((done) => {
      barrier.waiting.push(done);
      const release = (): void => {
        if (barrier.done) return;
        barrier.done = true;
        for (const waiter of barrier.waiting) waiter();
      };
      if (barrier.waiting.length >= barrier.size) release();
      else realSetTimeout(release, 5000).unref();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const key = `${method} ${url.pathname}`;
    this.requests.push(`${key}${url.search}`);
    const fault = this.faults.find((f) => f.left > 0 && f.match.test(key));
    if (fault) {
      fault.left--;
      if (fault.status === 0) {
        req.socket.destroy();
        return;
      }
      return sendError(res, fault.status, fault.headers, fault.body);
    }
    await this.passBarrier(key);
    if (!url.pathname.startsWith(`${API}/`)) return sendError(res, 404);
    const auth = this.authenticate(req);
    if (auth.kind === 'none') return sendError(res, 401);
    handleApi(this, auth, method, url, body, req, res);
  }

  private authenticate(req: IncomingMessage): Auth {
    const privateToken = header(req, 'private-token');
    const jobToken = header(req, 'job-token');
    for (const value of [privateToken, jobToken]) if (value) this.credentialsSeen.add(value);
    if (privateToken) {
      const token = this.tokens.get(privateToken);
      return token ? { kind: 'token', token } : { kind: 'none' };
    }
    if (jobToken && jobToken === this.jobToken) return { kind: 'job' };
    return { kind: 'none' };
  }

  /** A fresh id for a note. */
  newId(): number {
    return this.nextId++;
  }
}

type Auth = { kind: 'token'; token: FakeToken } | { kind: 'job' } | { kind: 'none' };

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The answer GitLab gives each error status (bodies as GitLab's API and its front ends send them). */
function sendError(
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
  body?: string,
): void {
  if (status === 429) {
    // Rack::Attack's throttle response (docs.gitlab.com/user/gitlab_com/#rate-limits-on-gitlabcom).
    res.writeHead(429, { 'content-type': 'text/plain', ...headers });
    res.end(body ?? 'Retry later\n');
    return;
  }
  if (status === 502) {
    res.writeHead(502, { 'content-type': 'text/html', ...headers });
    res.end(body ?? '<html><body><h1>502 Bad Gateway</h1></body></html>\n');
    return;
  }
  const messages: Record<number, string> = {
    400: '400 Bad request',
    401: '401 Unauthorized',
    403: '403 Forbidden',
    404: '404 Not found',
    500: '500 Internal Server Error',
    503: '503 Service Unavailable',
  };
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body ?? JSON.stringify({ message: messages[status] ?? `${status}` }));
}

function sendJson(res: ServerResponse, status: number, payload: unknown, headers = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}

/** The project an `:id` path segment names: a number or a URL-encoded path. */
function projectOf(fake: FakeGitlab, id: string): FakeProject | undefined {
  const decoded = decodeURIComponent(id);
  return fake.projects.find((p) => String(p.id) === decoded || p.path === decoded);
}

function noteJson(fake: FakeGitlab, note: FakeNote): object {
  return {
    id: note.id,
    type: null,
    body: note.body,
    attachment: null,
    author: {
      id: note.author === 'reviewer' ? 1 : 99,
      username: note.author,
      name: note.author,
      state: 'active',
      avatar_url: `${fake.url}/uploads/-/system/user/avatar/1/avatar.png`,
      web_url: `${fake.url}/${note.author}`,
    },
    created_at: note.createdAt.toISOString(),
    updated_at: note.updatedAt.toISOString(),
    system: note.system,
    noteable_id: 9000 + note.mrIid,
    noteable_type: 'MergeRequest',
    project_id: note.projectId,
    resolvable: false,
    confidential: false,
    internal: false,
    imported: false,
    imported_from: 'none',
    noteable_iid: note.mrIid,
    commands_changes: {},
  };
}

/** Offset pagination as GitLab answers it: a slice plus the X-* headers and a Link header. */
function paginate<T>(
  items: readonly T[],
  url: URL,
  base: string,
): { slice: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 20) || 20));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number): string => {
    const next = new URL(`${base}${url.pathname}${url.search}`);
    next.searchParams.set('page', String(p));
    next.searchParams.set('per_page', String(perPage));
    return next.toString();
  };
  const links = [
    page > 1 ? `<${link(page - 1)}>; rel="prev"` : undefined,
    page < totalPages ? `<${link(page + 1)}>; rel="next"` : undefined,
    `<${link(1)}>; rel="first"`,
    `<${link(totalPages)}>; rel="last"`,
  ].filter((l) => l !== undefined);
  return {
    slice: items.slice((page - 1) * perPage, page * perPage),
    headers: {
      'x-total': String(items.length),
      'x-total-pages': String(totalPages),
      'x-per-page': String(perPage),
      'x-page': String(page),
      'x-next-page': page < totalPages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
      link: links.join(', '),
    },
  };
}

const NOTE_LIMIT = 1_000_000;

function handleApi(
  fake: FakeGitlab,
  auth: Auth,
  method: string,
  url: URL,
  body: Buffer,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const path = url.pathname.slice(API.length);
  const base = `http://${req.headers.host}${API}`;
  const writes = method !== 'GET';
  let match: RegExpExecArray | null;

  if ((match = /^\/projects\/([^/]+)\/merge_requests\/(\d+)\/notes(?:\/(\d+))?$/.exec(path))) {
    const project = projectOf(fake, match[1] ?? '');
    if (!project) return sendError(res, 404, {}, JSON.stringify({ message: '404 Project Not Found' }));
    if (writes && auth.kind === 'job') return sendError(res, 403);
    if (writes && auth.kind === 'token' && !auth.token.scopes.includes('api'))
      return sendJson(res, 403, {
        error: 'insufficient_scope',
        error_description: 'The request requires higher privileges than provided by the access token.',
        scope: 'api',
      });
    const iid = Number(match[2]);
    const author = auth.kind === 'token' ? auth.token.username : 'job';
    const noteId = match[3] === undefined ? undefined : Number(match[3]);
    const parsed = body.length > 0 ? (JSON.parse(body.toString()) as { body?: unknown }) : {};
    if (noteId === undefined) {
      if (method === 'GET') {
        const asc = url.searchParams.get('sort') === 'asc';
        const byUpdated = url.searchParams.get('order_by') === 'updated_at';
        const all = fake
          .notesOf(iid, project.id)
          .slice()
          .sort((a, b) => {
            const diff = byUpdated
              ? a.updatedAt.getTime() - b.updatedAt.getTime()
              : a.createdAt.getTime() - b.createdAt.getTime();
            return (diff || a.id - b.id) * (asc ? 1 : -1);
          });
        const { slice, headers } = paginate(all, url, base);
        return sendJson(
          res,
          200,
          slice.map((n) => noteJson(fake, n)),
          headers,
        );
      }
      if (method === 'POST') {
        if (typeof parsed.body !== 'string' || parsed.body === '')
          return sendJson(res, 400, { error: 'body is missing' });
        if (parsed.body.length > NOTE_LIMIT)
          return sendJson(res, 400, {
            message: 'Note {:note=>["is too long (maximum is 1000000 characters)"]}',
          });
        const note = fake.addNote(project.id, iid, parsed.body, { author, id: fake.newId() });
        return sendJson(res, 201, noteJson(fake, note));
      }
    } else {
      const note = fake.notes.find((n) => n.id === noteId && n.projectId === project.id && n.mrIid === iid);
      if (!note) return sendJson(res, 404, { message: '404 Note Not Found' });
      if (method === 'GET') return sendJson(res, 200, noteJson(fake, note));
      if (method === 'PUT') {
        if (typeof parsed.body !== 'string') return sendJson(res, 400, { error: 'body is missing' });
        note.body = parsed.body;
        note.updatedAt = new Date();
        return sendJson(res, 200, noteJson(fake, note));
      }
      if (method === 'DELETE') {
        fake.notes.splice(fake.notes.indexOf(note), 1);
        res.writeHead(204);
        res.end();
        return;
      }
    }
  }

  if (
    method === 'GET' &&
    (match = /^\/projects\/([^/]+)\/jobs\/artifacts\/(.+?)\/(download|raw\/(.+))$/.exec(path))
  ) {
    const project = projectOf(fake, match[1] ?? '');
    if (!project) return sendError(res, 404, {}, JSON.stringify({ message: '404 Project Not Found' }));
    if (auth.kind === 'job' && !fake.jobTokenReadsArtifacts) return sendError(res, 403);
    const ref = decodeURIComponent(match[2] ?? '');
    const job = url.searchParams.get('job');
    if (!job) return sendJson(res, 400, { error: 'job is missing' });
    const found = fake.jobArtifacts
      .filter((a) => a.projectId === project.id && a.ref === ref && a.job === job)
      .sort((a, b) => b.pipelineId - a.pipelineId)[0];
    if (!found) return sendError(res, 404);
    if (match[3] === 'download') {
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-disposition': 'attachment; filename="artifacts.zip"',
      });
      res.end(found.zip);
      return;
    }
    const file = decodeURIComponent(match[4] ?? '');
    const data = unzipSync(new Uint8Array(found.zip))[file];
    if (!data) return sendError(res, 404);
    // The raw endpoint streams the file "with the `plain/text` content type" (job_artifacts.md).
    res.writeHead(200, { 'content-type': 'plain/text' });
    res.end(Buffer.from(data));
    return;
  }

  if (method === 'GET' && (match = /^\/projects\/([^/]+)\/pipelines\/(\d+)\/jobs$/.exec(path))) {
    const project = projectOf(fake, match[1] ?? '');
    if (!project) return sendError(res, 404, {}, JSON.stringify({ message: '404 Project Not Found' }));
    if (auth.kind === 'job') return sendError(res, 401);
    const pipelineId = Number(match[2]);
    const inPipeline = fake.pipelineJobs.filter(
      (j) => j.projectId === project.id && j.pipelineId === pipelineId,
    );
    if (inPipeline.length === 0) return sendError(res, 404, {}, JSON.stringify({ message: '404 Not found' }));
    const retried = url.searchParams.get('include_retried') === 'true';
    const scopes = [...url.searchParams.getAll('scope[]'), ...url.searchParams.getAll('scope')];
    const latest = new Map<string, number>();
    for (const j of inPipeline) latest.set(j.name, Math.max(latest.get(j.name) ?? 0, j.id));
    const listed = inPipeline
      .filter((j) => retried || latest.get(j.name) === j.id)
      .filter((j) => scopes.length === 0 || scopes.includes(j.status))
      .sort((a, b) => b.id - a.id);
    const { slice, headers } = paginate(listed, url, base);
    return sendJson(
      res,
      200,
      slice.map((j) => jobJson(fake, j)),
      headers,
    );
  }

  if (method === 'GET' && (match = /^\/projects\/([^/]+)\/jobs\/(\d+)\/artifacts(?:\/(.+))?$/.exec(path))) {
    const project = projectOf(fake, match[1] ?? '');
    if (!project) return sendError(res, 404, {}, JSON.stringify({ message: '404 Project Not Found' }));
    if (auth.kind === 'job' && !fake.jobTokenReadsArtifacts) return sendError(res, 403);
    const job = fake.pipelineJobs.find((j) => j.projectId === project.id && j.id === Number(match?.[2]));
    if (!job?.zip) return sendError(res, 404);
    if (match[3] === undefined) {
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-disposition': 'attachment; filename="artifacts.zip"',
      });
      res.end(job.zip);
      return;
    }
    const data = unzipSync(new Uint8Array(job.zip))[decodeURIComponent(match[3])];
    if (!data) return sendError(res, 404);
    res.writeHead(200, { 'content-type': 'plain/text' });
    res.end(Buffer.from(data));
    return;
  }

  fake.problems.push(`unhandled ${method} ${url.pathname}`);
  sendError(res, 404);
}

/** A job as the jobs API answers it (`doc/api/jobs.md`, the example response, trimmed of user and runner). */
function jobJson(fake: FakeGitlab, job: FakePipelineJob): object {
  const created = new Date(Date.UTC(2026, 11, 4, 10, 0, 0) + (job.id % 1000) * 1000).toISOString();
  const ended = job.status === 'failed' || job.status === 'success' || job.status === 'canceled';
  const projectPath = fake.projects.find((p) => p.id === job.projectId)?.path ?? 'acme/shop';
  return {
    id: job.id,
    name: job.name,
    stage: job.stage,
    status: job.status,
    ref: job.ref,
    tag: false,
    coverage: null,
    allow_failure: false,
    created_at: created,
    started_at: created,
    finished_at: ended ? created : null,
    erased_at: null,
    duration: ended ? 12.5 : null,
    queued_duration: 0.4,
    ...(job.status === 'failed' ? { failure_reason: 'script_failure' } : {}),
    web_url: `${fake.url}/${projectPath}/-/jobs/${job.id}`,
    pipeline: {
      id: job.pipelineId,
      project_id: job.projectId,
      ref: job.ref,
      sha: '0ff3ae198f8601a285adcf5c0fff204ee6fba5fd',
      status: 'running',
    },
    artifacts: job.zip
      ? [{ file_type: 'archive', size: job.zip.length, filename: 'artifacts.zip', file_format: 'zip' }]
      : [],
    ...(job.zip ? { artifacts_file: { filename: 'artifacts.zip', size: job.zip.length } } : {}),
    artifacts_expire_at: null,
    tag_list: [],
  };
}
