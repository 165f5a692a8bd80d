/**
 * The fake GitHub's Results service (the Twirp API `@actions/artifact` calls, reference/providers.md §3.1
 * and Appendix A: JSON, snake_case, int64 as strings) and the blob storage its signed URLs address.
 */
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

/** Answers one Azure Blob request on a signed URL: Put Block, Put Block List, Put Blob, Get Blob. */
export function handleBlob(
  fake: FakeGithub,
  method: string,
  url: URL,
  body: Buffer,
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
    artifact.data = body;
    res.writeHead(201, { etag: '"1"' });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.data.length });
  res.end(artifact.data);
}
