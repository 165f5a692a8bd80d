/**
 * A fake Azure DevOps collection on 127.0.0.1 for the Azure provider's tests, driven by the real
 * `azure-devops-node-api`. It speaks what that client sends and reads:
 *
 * - route discovery: `OPTIONS {collection}/_apis/Location` and `GET _apis/resourceAreas` (the resource
 *   areas and where each lives), then `OPTIONS _apis/git` and `OPTIONS _apis/build` (each area's resource
 *   locations: id, route template, versions). The location ids and route templates are Azure DevOps's own,
 *   as the client library hard-codes the ids; every URL they produce is checked against the descriptions.
 * - Git: the threads of a pull request (list, create, update) and their comments (update, delete);
 * - Build: the builds of a pipeline (filters `definitions`, `statusFilter`, `resultFilter`, `branchName`,
 *   `queryOrder`, `$top`), a build's artifacts, and one artifact as a zip (`Accept: application/zip`).
 *
 * Every request and every 2xx response is checked against corpus azure-devops-rest-specs (rest-spec.ts);
 * problems are collected in {@link FakeAzureDevOps.problems}, which tests assert empty. Errors carry the
 * service's error body (`{"$id":"1","message":…,"typeName":…,"typeKey":…,"errorCode":0,"eventId":3000}`).
 * Faults are injected per route: a status for the next N matching requests (0 drops the connection).
 *
 * Artifacts are filed by the test's agent stand-in (agent.ts), as the real agent uploads them when a step
 * ends on `##vso[artifact.upload]`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeZip } from '../github/zip-writer.js';
import { AzureRestSpec } from './rest-spec.js';

/** The organisation, project and repository the fake serves. */
export const ORG = 'fabrikam';
export const PROJECT = 'Fabrikam-Fiber';
export const REPOSITORY_ID = '3411ebc1-d5aa-464f-9615-0b527bc66719';
export const DEFINITION_ID = 7;
/** The build token the fake accepts (the agent's System.AccessToken). */
export const BUILD_TOKEN = 'eyJ0eXAiOiJKV1Qi.azureBuildToken.e2eDoNotLog0123456789';

const GIT_AREA = '4e080c62-fa21-4fbc-8fef-2a10a2b38049';
const BUILD_AREA = '965220d5-5bb9-42cf-8d67-9b146df2a5a4';

/** A resource location as `OPTIONS _apis/<area>` lists it. */
interface Location {
  readonly id: string;
  readonly area: string;
  readonly resourceName: string;
  readonly routeTemplate: string;
  readonly resourceVersion: number;
  readonly minVersion: string;
  readonly maxVersion: string;
  readonly releasedVersion: string;
}

const location = (
  id: string,
  area: string,
  resourceName: string,
  routeTemplate: string,
  resourceVersion: number,
): Location => ({
  id,
  area,
  resourceName,
  routeTemplate,
  resourceVersion,
  minVersion: '1.0',
  maxVersion: '7.2',
  releasedVersion: '7.1',
});

const LOCATIONS: Record<string, Location[]> = {
  location: [
    location(
      'e81700f7-3be2-46de-8624-2eb35882fcaa',
      'Location',
      'ResourceAreas',
      '_apis/{resource}/{areaId}',
      1,
    ),
  ],
  git: [
    location(
      'ab6e2e5d-a0b7-4153-b64a-a4efe0d49449',
      'git',
      'threads',
      '{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/{resource}/{threadId}',
      1,
    ),
    location(
      '965a3ec7-5ed8-455a-bdcb-835a5ea7fe7b',
      'git',
      'comments',
      '{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads/{threadId}/{resource}/{commentId}',
      1,
    ),
  ],
  build: [
    location(
      '0cd358e1-9217-4d94-8269-1c1ee6f93dcf',
      'build',
      'builds',
      '{project}/_apis/{area}/{resource}/{buildId}',
      8,
    ),
    location(
      '1db06c96-014e-44e1-ac91-90b2d4b3e984',
      'build',
      'artifacts',
      '{project}/_apis/{area}/builds/{buildId}/{resource}',
      5,
    ),
  ],
};

/** A comment of a thread. */
export interface FakeComment {
  readonly id: number;
  content: string;
  isDeleted: boolean;
  readonly publishedDate: string;
  lastUpdatedDate: string;
}

/** A PR thread. */
export interface FakeThread {
  readonly id: number;
  readonly pr: number;
  status: string;
  readonly comments: FakeComment[];
}

/** A stored build artifact: files by container path (`<folder>/<relative path>`). */
export interface FakeBuildArtifact {
  readonly id: number;
  readonly name: string;
  readonly files: Map<string, Buffer>;
}

/** A build of the pipeline. */
export interface FakeBuild {
  readonly id: number;
  readonly definitionId: number;
  /** `refs/heads/main`, `refs/pull/12/merge`. */
  readonly sourceBranch: string;
  status: 'inProgress' | 'completed';
  result?: 'succeeded' | 'partiallySucceeded' | 'failed' | 'canceled';
  finishTime?: Date;
  readonly artifacts: FakeBuildArtifact[];
}

/** A fault: answer `status` to the next `times` requests matching `METHOD /path`. */
export interface Fault {
  readonly match: RegExp;
  readonly status: number;
  readonly times: number;
  readonly headers?: Record<string, string>;
}

const THREAD_STATUS = ['unknown', 'active', 'fixed', 'wontFix', 'closed', 'byDesign', 'pending'];
const statusName = (value: unknown): string =>
  typeof value === 'number' ? (THREAD_STATUS[value] ?? 'unknown') : String(value);

/** The fake collection. */
export class FakeAzureDevOps {
  readonly spec = new AzureRestSpec();
  readonly requests: string[] = [];
  readonly problems: string[] = [];
  readonly threads: FakeThread[] = [];
  readonly builds = new Map<number, FakeBuild>();
  /** When true, the token may read but not contribute to pull requests (403 TF401027 on thread writes). */
  noContribute = false;
  private faults: (Fault & { left: number })[] = [];
  private nextThread = 1;
  private nextArtifact = 1;
  private server: Server | undefined;
  url = '';

  /** `{url}/{ORG}/`, what `SYSTEM_COLLECTIONURI` holds. */
  get collectionUrl(): string {
    return `${this.url}/${ORG}/`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.problems.push(`fake server error: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()));
  }

  fail(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times });
  }

  /** A build of the pipeline (in progress until {@link finish}). */
  addBuild(id: number, sourceBranch: string, definitionId = DEFINITION_ID): FakeBuild {
    const build: FakeBuild = { id, definitionId, sourceBranch, status: 'inProgress', artifacts: [] };
    this.builds.set(id, build);
    return build;
  }

  /** Completes a build with a result. */
  finish(id: number, result: NonNullable<FakeBuild['result']>): void {
    const build = this.builds.get(id);
    if (!build) throw new Error(`no build ${id}`);
    build.status = 'completed';
    build.result = result;
    build.finishTime = new Date(Date.now() + id);
  }

  /** Files an artifact upload into build `id`, as the agent does after the step (`artifact.upload`). */
  upload(id: number, name: string, files: Map<string, Buffer>): void {
    const build = this.builds.get(id);
    if (!build) throw new Error(`no build ${id}`);
    if (build.artifacts.some((a) => a.name === name))
      throw new Error(`Artifact ${name} already exists for build ${id}.`);
    build.artifacts.push({ id: this.nextArtifact++, name, files });
  }

  /** The live (not deleted) threads of PR `pr` whose first comment is not deleted. */
  liveThreads(pr: number): FakeThread[] {
    return this.threads.filter((t) => t.pr === pr && t.comments[0] && !t.comments[0].isDeleted);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const key = `${method} ${url.pathname}`;
    this.requests.push(key);

    const fault = this.faults.find((f) => f.left > 0 && f.match.test(key));
    if (fault) {
      fault.left--;
      if (fault.status === 0) {
        req.socket.destroy();
        return;
      }
      return this.error(
        res,
        fault.status,
        `TF400898: An Internal Error Occurred (injected ${fault.status}).`,
        'InternalServerErrorException',
        fault.headers,
      );
    }
    if (req.headers.authorization !== `Bearer ${BUILD_TOKEN}`)
      return this.error(
        res,
        401,
        'TF400813: The user is not authorized to access this resource.',
        'UnauthorizedRequestException',
      );

    const prefix = `/${ORG}/`;
    if (!url.pathname.startsWith(prefix))
      return this.error(res, 404, `no collection at ${url.pathname}`, 'CollectionDoesNotExistException');
    const rest = url.pathname.slice(prefix.length);

    if (method === 'OPTIONS') {
      const area = /^_apis\/([^/]+)$/.exec(rest)?.[1]?.toLowerCase();
      const locations = area ? LOCATIONS[area] : undefined;
      if (!locations) return this.error(res, 404, `no area ${rest}`, 'ApiResourceNotFoundException');
      return this.json(res, 200, { count: locations.length, value: locations });
    }
    if (method === 'GET' && /^_apis\/resourceAreas\/?$/i.test(rest))
      return this.json(res, 200, {
        count: 2,
        value: [
          { id: GIT_AREA, name: 'git', locationUrl: this.collectionUrl },
          { id: BUILD_AREA, name: 'build', locationUrl: this.collectionUrl },
        ],
      });

    let body: unknown;
    try {
      body = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return this.error(res, 400, 'The request body is not JSON.', 'InvalidArgumentValueException');
    }
    this.problems.push(...this.spec.checkRequest(method, url, body, req.headers.accept ?? ''));
    const answer = (status: number, payload: unknown): void => {
      this.problems.push(...this.spec.checkResponse(method, url, payload));
      this.json(res, status, payload);
    };

    const projectPrefix = `${encodeURIComponent(PROJECT)}/_apis/`;
    if (!rest.startsWith(projectPrefix))
      return this.error(res, 404, `no project in ${rest}`, 'ProjectDoesNotExistException');
    const route = rest.slice(projectPrefix.length);

    const threads =
      /^git\/repositories\/([^/]+)\/pullRequests\/(\d+)\/threads(?:\/(\d+))?(?:\/comments\/(\d+))?$/.exec(
        route,
      );
    if (threads) {
      const [, repo, prText, threadText, commentText] = threads;
      if (repo !== REPOSITORY_ID)
        return this.error(
          res,
          404,
          `TF401019: The Git repository with name or identifier ${repo} does not exist or you do not have permissions for the operation you are attempting.`,
          'GitRepositoryNotFoundException',
        );
      const pr = Number(prText);
      if (method !== 'GET' && this.noContribute)
        return this.error(
          res,
          403,
          `TF401027: You need the Git 'PullRequestContribute' permission to perform this action. Details: identity 'Build\\${PROJECT} Build Service (${ORG})', scope 'repository'.`,
          'GitNeedsPermissionException',
        );
      if (method === 'GET' && !threadText)
        return answer(200, {
          count: 0,
          value: this.threads.filter((t) => t.pr === pr).map((t) => this.threadJson(t)),
        });
      if (method === 'POST' && !threadText) {
        const input = body as { comments?: { content?: string }[]; status?: unknown };
        const now = new Date().toISOString();
        const thread: FakeThread = {
          id: this.nextThread++,
          pr,
          status: statusName(input.status ?? 1),
          comments: (input.comments ?? []).map((c, i) => ({
            id: i + 1,
            content: c.content ?? '',
            isDeleted: false,
            publishedDate: now,
            lastUpdatedDate: now,
          })),
        };
        this.threads.push(thread);
        return answer(200, this.threadJson(thread));
      }
      const thread = this.threads.find((t) => t.pr === pr && t.id === Number(threadText));
      if (!thread)
        return this.error(
          res,
          404,
          `TF401180: The requested pull request thread ${threadText} was not found.`,
          'GitPullRequestCommentThreadNotFoundException',
        );
      if (method === 'PATCH' && !commentText) {
        const input = body as { status?: unknown };
        if (input.status !== undefined) thread.status = statusName(input.status);
        return answer(200, this.threadJson(thread));
      }
      const comment = thread.comments.find((c) => c.id === Number(commentText));
      if (!comment || comment.isDeleted)
        return this.error(
          res,
          404,
          `TF401181: The requested pull request comment ${commentText} was not found.`,
          'GitPullRequestCommentNotFoundException',
        );
      if (method === 'PATCH') {
        comment.content = (body as { content?: string }).content ?? comment.content;
        comment.lastUpdatedDate = new Date().toISOString();
        return answer(200, this.commentJson(comment));
      }
      if (method === 'DELETE') {
        comment.isDeleted = true;
        res.writeHead(200, { 'content-length': '0' });
        return void res.end();
      }
    }

    if (method === 'GET' && route === 'build/builds') {
      const q = url.searchParams;
      const definitions = (q.get('definitions') ?? '').split(',').filter(Boolean).map(Number);
      const asName = (value: string | null, names: readonly string[]): string | undefined =>
        value === null ? undefined : /^\d+$/.test(value) ? names[Math.log2(Number(value))] : value;
      // BuildStatus and BuildResult are flag enums, sent as numbers by the client: bit n names the n-th.
      const status = asName(q.get('statusFilter'), ['inProgress', 'completed', 'cancelling', 'postponed']);
      const result = asName(q.get('resultFilter'), [
        '',
        'succeeded',
        'partiallySucceeded',
        'failed',
        '',
        'canceled',
      ]);
      const branch = q.get('branchName');
      const top = Number(q.get('$top') ?? 1000);
      const found = [...this.builds.values()]
        .filter((b) => definitions.length === 0 || definitions.includes(b.definitionId))
        .filter((b) => !status || b.status === status)
        .filter((b) => !result || b.result === result)
        .filter((b) => !branch || b.sourceBranch === branch)
        .sort((a, b) => (b.finishTime?.getTime() ?? 0) - (a.finishTime?.getTime() ?? 0))
        .slice(0, top);
      return answer(200, { count: found.length, value: found.map((b) => this.buildJson(b)) });
    }

    const artifacts = /^build\/builds\/(\d+)\/artifacts$/.exec(route);
    if (method === 'GET' && artifacts) {
      const build = this.builds.get(Number(artifacts[1]));
      if (!build)
        return this.error(
          res,
          404,
          `The requested build ${artifacts[1]} could not be found.`,
          'BuildNotFoundException',
        );
      const name = url.searchParams.get('artifactName');
      if (name === null)
        return answer(200, {
          count: build.artifacts.length,
          value: build.artifacts.map((a) => this.artifactJson(build, a)),
        });
      const artifact = build.artifacts.find((a) => a.name === name);
      if (!artifact)
        return this.error(
          res,
          404,
          `Artifact ${name} was not found for build ${build.id}.`,
          'ArtifactNotFoundException',
        );
      if (!(req.headers.accept ?? '').includes('application/zip'))
        return answer(200, this.artifactJson(build, artifact));
      const zip = writeZip([...artifact.files].map(([path, data]) => ({ name: path, data, deflate: true })));
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) });
      return void res.end(zip);
    }
    return this.error(res, 404, `no route for ${key}`, 'ApiResourceNotFoundException');
  }

  private threadJson(t: FakeThread): unknown {
    return {
      id: t.id,
      status: t.status,
      isDeleted: t.comments.every((c) => c.isDeleted),
      publishedDate: t.comments[0]?.publishedDate,
      lastUpdatedDate: t.comments[0]?.lastUpdatedDate,
      properties: {},
      comments: t.comments.map((c) => this.commentJson(c)),
    };
  }

  private commentJson(c: FakeComment): unknown {
    return {
      id: c.id,
      parentCommentId: 0,
      content: c.content,
      isDeleted: c.isDeleted,
      commentType: 'text',
      publishedDate: c.publishedDate,
      lastUpdatedDate: c.lastUpdatedDate,
      author: {
        id: 'a9a4a1bc-4e9b-4b70-a0a4-cf6a1a6b5c1e',
        displayName: `${PROJECT} Build Service (${ORG})`,
        uniqueName: 'Build\\fabrikam',
      },
    };
  }

  private buildJson(b: FakeBuild): unknown {
    return {
      id: b.id,
      buildNumber: `20261204.${b.id}`,
      status: b.status,
      ...(b.result ? { result: b.result } : {}),
      ...(b.finishTime ? { finishTime: b.finishTime.toISOString() } : {}),
      sourceBranch: b.sourceBranch,
      definition: { id: b.definitionId, name: 'tessera-ci' },
      project: { id: '6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c', name: PROJECT },
    };
  }

  private artifactJson(b: FakeBuild, a: FakeBuildArtifact): unknown {
    const size = [...a.files.values()].reduce((s, f) => s + f.length, 0);
    return {
      id: a.id,
      name: a.name,
      source: '12f1170f-54f2-53f3-20dd-22fc7dff55f9',
      resource: {
        type: 'Container',
        data: `#/${1000 + b.id}/${a.name}`,
        properties: { localpath: `/home/vsts/work/1/a/${a.name}`, artifactsize: String(size) },
        url: `${this.collectionUrl}${encodeURIComponent(PROJECT)}/_apis/build/builds/${b.id}/artifacts?artifactName=${a.name}&api-version=7.2-preview.5`,
        downloadUrl: `${this.collectionUrl}${encodeURIComponent(PROJECT)}/_apis/build/builds/${b.id}/artifacts?artifactName=${a.name}&api-version=7.2-preview.5&%24format=zip`,
      },
    };
  }

  private json(res: ServerResponse, status: number, payload: unknown): void {
    const data = JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8; api-version=7.2',
      'content-length': String(Buffer.byteLength(data)),
    });
    res.end(data);
  }

  /** The service's error body. */
  private error(
    res: ServerResponse,
    status: number,
    message: string,
    type: string,
    headers: Record<string, string> = {},
  ): void {
    const data = JSON.stringify({
      $id: '1',
      innerException: null,
      message,
      typeName: `Microsoft.TeamFoundation.${type}, Microsoft.TeamFoundation`,
      typeKey: type,
      errorCode: 0,
      eventId: 3000,
    });
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(data)),
      ...headers,
    });
    res.end(data);
  }
}
