/**
 * The fake GitHub's Results service (the Twirp API `@actions/artifact` calls, reference/providers.md §3.1
 * and Appendix A: JSON, snake_case, int64 as strings) and the blob storage its signed URLs address.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeGithub } from './server.js';

/** Answers one Twirp call of the Results service. */
export function handleTwirp(
  fake: FakeGithub,
  name: string,
  body: Buffer,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const json = (status: number, payload: object): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  };
  if (!req.headers.authorization?.startsWith('Bearer '))
    return json(401, { code: 'unauthenticated', msg: 'missing runtime token' });
  const request = JSON.parse(body.toString() || '{}') as Record<string, string | undefined>;
  for (const problem of twirpRequestProblems(fake, name, request)) fake.problems.push(`${name}: ${problem}`);
  const base = `http://${req.headers.host}`;
  // The Results service sees only the current run's artifacts.
  const finalized = fake.artifacts.filter((a) => a.finalized && !a.expired && a.runId === fake.runId);
  switch (name) {
    case 'CreateArtifact': {
      if (finalized.some((a) => a.name === request.name && a.attempt === fake.attempt))
        return json(409, {
          code: 'already_exists',
          msg: 'an artifact with this name already exists on the workflow run',
        });
      const artifact = fake.seedArtifact(request.name ?? '', Buffer.alloc(0));
      artifact.finalized = false;
      return json(200, { ok: true, signed_upload_url: `${base}/blob/${artifact.id}?sig=secret-signature` });
    }
    case 'FinalizeArtifact': {
      const artifact = fake.artifacts.findLast((a) => a.name === request.name && !a.finalized);
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
      fake.artifacts.splice(fake.artifacts.indexOf(artifact), 1);
      return json(200, { ok: true, artifact_id: String(artifact.id) });
    }
    default:
      return json(404, { code: 'bad_route', msg: `no such method ${name}` });
  }
}

/** The backend ids of the fake runtime token's scope (runner-env.ts `FakeGithubToken`). */
const BACKEND_IDS = {
  workflow_run_backend_id: 'run-backend-1',
  workflow_job_run_backend_id: 'job-backend-1',
};

/**
 * What is wrong with a Twirp request, by the contract of reference/providers.md §3.1 (the library's generated
 * JSON client): snake_case fields, the backend ids of the token's `Actions.Results` scope, `version` 7 with
 * a MIME type on CreateArtifact, and on FinalizeArtifact a `size` (int64 as a decimal string) and `hash`
 * (`sha256:<hex>`) that match the bytes the blob storage received. Every client that uploads here (the
 * library and our direct uploader) is held to it.
 */
function twirpRequestProblems(fake: FakeGithub, name: string, request: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(BACKEND_IDS))
    if (request[key] !== value) problems.push(`${key} is ${JSON.stringify(request[key])}, not ${value}`);
  for (const key of Object.keys(request))
    if (/[A-Z]/.test(key)) problems.push(`field ${key} is not snake_case`);
  if (name === 'CreateArtifact') {
    if (typeof request.name !== 'string' || request.name === '') problems.push('no name');
    if (request.version !== 7) problems.push(`version is ${JSON.stringify(request.version)}, not 7`);
    if (typeof request.mime_type !== 'string') problems.push('mime_type is not a string');
    if (request.expires_at !== undefined && Number.isNaN(Date.parse(String(request.expires_at))))
      problems.push('expires_at is not an RFC 3339 time');
  }
  if (name === 'FinalizeArtifact') {
    const pending = fake.artifacts.findLast((a) => a.name === request.name && !a.finalized);
    if (typeof request.size !== 'string' || !/^\d+$/.test(request.size))
      problems.push(`size ${JSON.stringify(request.size)} is not an int64 string`);
    else if (pending && Number(request.size) !== pending.data.length)
      problems.push(`size ${request.size} is not the ${pending.data.length} bytes uploaded`);
    if (request.hash !== undefined) {
      const digest = pending && `sha256:${createHash('sha256').update(pending.data).digest('hex')}`;
      if (pending && request.hash !== digest)
        problems.push(`hash ${String(request.hash)} is not the upload's ${digest}`);
    }
  }
  return problems;
}

/** Answers one Azure Blob request on a signed URL: Put Block, Put Block List, Put Blob, Get Blob. */
export function handleBlob(
  fake: FakeGithub,
  method: string,
  url: URL,
  body: Buffer,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const artifact = fake.artifacts.find((a) => String(a.id) === url.pathname.slice('/blob/'.length));
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
    // Put Blob: Azure refuses it without the blob type (400 MissingRequiredHeader).
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
      fake.problems.push('Put Blob without x-ms-blob-type: BlockBlob');
      res.writeHead(400);
      res.end();
      return;
    }
    artifact.data = body;
    res.writeHead(201, { etag: '"1"' });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.data.length });
  res.end(artifact.data);
}
