/**
 * A fake Jenkins on 127.0.0.1 for the Jenkins provider's tests, serving the remote-API endpoints the
 * `jenkins` client (silas/node-jenkins 1.1) and Tessera use, the way a Jenkins with security on answers:
 *
 * - `GET /job/<a>/job/<b>/<number|lastSuccessfulBuild|lastCompletedBuild>/api/json[?tree=…]`: a build as
 *   `build.get` reads it (the field set of the client's own `test/fixtures/buildGet.json`, plus the `_class`
 *   Jenkins 2 adds), filtered by `tree` as Jenkins filters it; `lastSuccessfulBuild` is the newest build
 *   whose result is SUCCESS or UNSTABLE, as in Jenkins (`Job.getLastSuccessfulBuild`);
 * - `GET …/<number>/artifact/<relative path>`: an archived file;
 * - `GET /crumbIssuer/api/json`: a `DefaultCrumbIssuer` crumb with its session cookie; every POST must carry
 *   it (`Jenkins-Crumb`) or is refused with 403, as with CSRF protection on (the one POST served is
 *   `…/<number>/stop`, answered with Jenkins' redirect);
 * - authentication: HTTP Basic with a user's API token. No credentials: 403 with the
 *   `X-You-Are-Authenticated-As: anonymous` headers (anonymous may not read); a wrong token: 401.
 *
 * Item names are URL path segments decoded once: a multibranch job for branch `feature/x` is the item
 * `feature%2Fx`, requested as `feature%252Fx`. Every request is logged as `METHOD path?query`; anything the
 * fake does not serve is a problem a test asserts away ({@link FakeJenkins.problems}).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One build of a job, as the fake keeps it. */
export interface FakeBuild {
  readonly number: number;
  readonly result: 'SUCCESS' | 'UNSTABLE' | 'FAILURE' | 'ABORTED';
  readonly timestamp: number;
  /** Archived files by relative path (`.tessera/history/main.json.gz`). */
  readonly artifacts: Map<string, Buffer>;
}

const WORKFLOW_RUN = 'org.jenkinsci.plugins.workflow.job.WorkflowRun';

/** A field list of Jenkins' `tree` parameter: `a,b[c,d],e`. */
type Tree = Map<string, Tree | undefined>;

/** Parses `tree=` (the subset Jenkins documents: names, nested brackets; `{m,n}` ranges are ignored). */
export function parseTree(text: string): Tree {
  const tree: Tree = new Map();
  let i = 0;
  const parseLevel = (into: Tree): void => {
    while (i < text.length) {
      const match = /^[A-Za-z_$][\w$]*/.exec(text.slice(i));
      if (!match) throw new Error(`bad tree at ${i}: ${text}`);
      i += match[0].length;
      let children: Tree | undefined;
      if (text[i] === '[') {
        i++;
        children = new Map();
        parseLevel(children);
        if (text[i] !== ']') throw new Error(`unclosed [ in tree: ${text}`);
        i++;
      }
      if (text[i] === '{') i = text.indexOf('}', i) + 1;
      into.set(match[0], children);
      if (text[i] === ',') i++;
      else return;
    }
  };
  parseLevel(tree);
  return tree;
}

/** `value` reduced to the fields `tree` names; `_class` stays, as Jenkins keeps it on every object. */
export function applyTree(value: unknown, tree: Tree | undefined): unknown {
  if (tree === undefined) return value;
  if (Array.isArray(value)) return value.map((item) => applyTree(item, tree));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if ('_class' in source) out._class = source._class;
  for (const [key, children] of tree) if (key in source) out[key] = applyTree(source[key], children);
  return out;
}

/** The fake Jenkins. */
export class FakeJenkins {
  /** Every request as `METHOD /path?query`. */
  readonly requests: string[] = [];
  /** Requests the fake could not answer as Jenkins would; tests assert this stays empty. */
  readonly problems: string[] = [];
  /** Jobs by full name (item names joined with `/`). */
  readonly jobs = new Map<string, FakeBuild[]>();
  /** API tokens by user. */
  readonly users = new Map<string, string>();
  /** Authorization headers seen (to prove a credential was sent, not to print it). */
  readonly authorizations = new Set<string>();
  readonly crumb = randomBytes(16).toString('hex');
  /** Builds asked to stop (`POST …/<n>/stop`), the one POST served: it shows a client's crumb handling. */
  readonly stopped: string[] = [];
  private readonly session = randomBytes(8).toString('hex');
  private server: Server | undefined;
  /** The root URL without a trailing slash, once started. */
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      try {
        this.handle(req, res);
      } catch (error) {
        this.problems.push(`fake server error: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
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

  /** Records a finished build of `job` (full name) with its archived files; returns it. */
  addBuild(job: string, result: FakeBuild['result'], artifacts: Record<string, Buffer> = {}): FakeBuild {
    const builds = this.jobs.get(job) ?? [];
    const build: FakeBuild = {
      number: (builds.at(-1)?.number ?? 0) + 1,
      result,
      timestamp: Date.now(),
      artifacts: new Map(Object.entries(artifacts)),
    };
    builds.push(build);
    this.jobs.set(job, builds);
    return build;
  }

  /** The number the next build of `job` gets. */
  nextBuildNumber(job: string): number {
    return (this.jobs.get(job)?.at(-1)?.number ?? 0) + 1;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}${url.search}`);
    const auth = this.authenticate(req, res);
    if (auth === 'refused') return;
    if (method === 'POST' && req.headers['jenkins-crumb'] !== this.crumb) {
      return this.html(res, 403, 'No valid crumb was included in the request');
    }
    if (method === 'GET' && url.pathname === '/crumbIssuer/api/json') {
      res.setHeader('set-cookie', `JSESSIONID.fake=${this.session}; Path=/; HttpOnly`);
      return this.json(res, {
        _class: 'hudson.security.csrf.DefaultCrumbIssuer',
        crumb: this.crumb,
        crumbRequestField: 'Jenkins-Crumb',
      });
    }
    const stop = /^((?:\/job\/[^/]+)+)\/(\d+)\/stop$/.exec(url.pathname);
    if (method === 'POST' && stop) {
      // Stopping a finished build changes nothing; Jenkins answers with a redirect to the build.
      this.stopped.push(url.pathname);
      res.writeHead(302, { location: `${this.url}${stop[1]}/${stop[2]}/` });
      res.end();
      return;
    }
    const parsed = /^((?:\/job\/[^/]+)+)\/([^/]+)\/(api\/json|artifact\/(.+))$/.exec(url.pathname);
    if (method !== 'GET' || !parsed) {
      this.problems.push(`unhandled ${method} ${url.pathname}`);
      return this.html(res, 404, 'Not Found');
    }
    const job = (parsed[1] ?? '')
      .split('/job/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment))
      .join('/');
    const builds = this.jobs.get(job);
    if (!builds) return this.html(res, 404, 'Not Found');
    const build = this.findBuild(builds, parsed[2] ?? '');
    if (!build) return this.html(res, 404, 'Not Found');
    if (parsed[4] !== undefined) {
      const path = parsed[4].split('/').map(decodeURIComponent).join('/');
      const file = build.artifacts.get(path);
      if (!file) return this.html(res, 404, 'Not Found');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.length });
      res.end(file);
      return;
    }
    const tree = url.searchParams.get('tree');
    this.json(res, applyTree(this.buildJson(job, build), tree === null ? undefined : parseTree(tree)));
  }

  /** `lastSuccessfulBuild` and friends, or a number. */
  private findBuild(builds: readonly FakeBuild[], which: string): FakeBuild | undefined {
    const newestFirst = [...builds].reverse();
    if (which === 'lastSuccessfulBuild')
      return newestFirst.find((b) => b.result === 'SUCCESS' || b.result === 'UNSTABLE');
    if (which === 'lastStableBuild') return newestFirst.find((b) => b.result === 'SUCCESS');
    if (which === 'lastCompletedBuild' || which === 'lastBuild') return newestFirst[0];
    return builds.find((b) => String(b.number) === which);
  }

  /** A build as `api/json` answers it without `tree`. */
  private buildJson(job: string, build: FakeBuild): Record<string, unknown> {
    const jobUrl = `${this.url}${job
      .split('/')
      .map((name) => `/job/${encodeURIComponent(name)}`)
      .join('')}/`;
    return {
      _class: WORKFLOW_RUN,
      actions: [
        {
          _class: 'hudson.model.CauseAction',
          causes: [
            {
              _class: 'jenkins.branch.BranchIndexingCause',
              shortDescription: 'Branch indexing',
            },
          ],
        },
      ],
      artifacts: [...build.artifacts.keys()].map((relativePath) => ({
        displayPath: relativePath.split('/').at(-1),
        fileName: relativePath.split('/').at(-1),
        relativePath,
      })),
      building: false,
      description: null,
      displayName: `#${build.number}`,
      duration: 61_234,
      estimatedDuration: 60_000,
      executor: null,
      fullDisplayName: `${job.split('/').join(' » ')} #${build.number}`,
      id: String(build.number),
      keepLog: false,
      number: build.number,
      queueId: 1000 + build.number,
      result: build.result,
      timestamp: build.timestamp,
      url: `${jobUrl}${build.number}/`,
      changeSets: [],
      culprits: [],
      inProgress: false,
      nextBuild: null,
      previousBuild: null,
    };
  }

  /** Basic auth with an API token, as a secured Jenkins checks it. */
  private authenticate(req: IncomingMessage, res: ServerResponse): 'ok' | 'refused' {
    const header = req.headers.authorization;
    if (header === undefined) {
      // Anonymous may not read: Jenkins answers 403 and says who it thinks the caller is.
      res.setHeader('x-you-are-authenticated-as', 'anonymous');
      res.setHeader(
        'x-you-are-in-group-disabled',
        'JENKINS-39402: use -Dhudson.security.AccessDeniedException2.REPORT_GROUP_HEADERS=true or use /whoAmI to diagnose',
      );
      res.setHeader('x-required-permission', 'hudson.model.Hudson.Read');
      this.html(res, 403, 'Authentication required');
      return 'refused';
    }
    this.authorizations.add(header);
    const decoded = Buffer.from(header.replace(/^Basic /, ''), 'base64').toString();
    const colon = decoded.indexOf(':');
    const user = decoded.slice(0, colon);
    if (colon < 0 || this.users.get(user) !== decoded.slice(colon + 1)) {
      res.setHeader('www-authenticate', 'Basic realm="Jenkins"');
      this.html(res, 401, `Invalid password/token for user: ${user}`);
      return 'refused';
    }
    return 'ok';
  }

  private json(res: ServerResponse, body: unknown): void {
    res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'x-jenkins': '2.492.3' });
    res.end(JSON.stringify(body));
  }

  private html(res: ServerResponse, status: number, message: string): void {
    res.writeHead(status, { 'content-type': 'text/html;charset=iso-8859-1', 'x-jenkins': '2.492.3' });
    res.end(
      `<html><head><title>Error ${status} ${message}</title></head><body><h2>HTTP ERROR ${status} ${message}</h2></body></html>`,
    );
  }
}
