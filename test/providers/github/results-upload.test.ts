/**
 * The direct upload to the Results service (providers/github/results-upload.ts), against the fake Results
 * service and blob storage on 127.0.0.1, which checks every Twirp field and the uploaded bytes' size and
 * digest (`server.problems`). What it uploads is read back by the real `@actions/artifact` client.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactExistsError, createLogger, PLAIN_DIALECT } from '../../../src/ci/index.js';
import { TesseraError } from '../../../src/model/index.js';
import {
  backendIdsOf,
  ResultsServiceError,
  resultsServiceOf,
  uploadArtifactDirect,
  type DirectUploadOptions,
  type ResultsService,
} from '../../../providers/github/results-upload.js';
import { FakeGithubToken, runnerEnv, setProcessEnv } from '../../fake-servers/github/runner-env.js';
import { FakeGithub } from '../../fake-servers/github/server.js';

let server: FakeGithub;
let service: ResultsService;
let restoreEnv: () => void;
let log = '';
const sleeps: number[] = [];

beforeAll(async () => {
  server = await new FakeGithub().start();
  const env = runnerEnv(server, await mkdtemp(join(tmpdir(), 'tessera-ws-')));
  // The library (used here to read back) takes its runtime variables from process.env.
  restoreEnv = setProcessEnv(env);
  service = resultsServiceOf(env) as ResultsService;
});
afterAll(async () => {
  restoreEnv();
  await server.stop();
});
afterEach(() => {
  expect(log).not.toContain(FakeGithubToken.value);
  expect(log).not.toContain('secret-signature');
  expect(server.problems).toEqual([]);
});

function options(extra: Partial<DirectUploadOptions> = {}): DirectUploadOptions {
  server.reset();
  sleeps.length = 0;
  log = '';
  return {
    service,
    log: createLogger((text) => (log += text), PLAIN_DIALECT, { debug: true }),
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  };
}

const file = (path: string, text: string) => ({ path, data: Buffer.from(text) });

describe('uploadArtifactDirect', () => {
  it('uploads with CreateArtifact, one Put Blob and FinalizeArtifact; the library downloads it', async () => {
    const uploaded = await uploadArtifactDirect(
      'tessera-plan',
      [file('plan.json', '{"version":1}'), file('nested/notes.txt', 'a\nb')],
      options(),
    );
    expect(server.requests).toEqual([
      'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
      `PUT /blob/${uploaded.id}`,
      'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
    ]);
    const stored = server.artifacts.find((a) => String(a.id) === uploaded.id);
    expect(stored?.finalized).toBe(true);
    expect(stored?.digest).toBe(uploaded.digest);
    expect(uploaded.size).toBe(stored?.data.length);

    const client = new DefaultArtifactClient();
    const { artifact } = await client.getArtifact('tessera-plan');
    const into = await mkdtemp(join(tmpdir(), 'tessera-download-'));
    const { digestMismatch } = await client.downloadArtifact(artifact.id, {
      path: into,
      ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
    });
    expect(digestMismatch).toBe(false);
    expect(await readFile(join(into, 'plan.json'), 'utf8')).toBe('{"version":1}');
    expect(await readFile(join(into, 'nested/notes.txt'), 'utf8')).toBe('a\nb');
  });

  it('asks for the retention it is given', async () => {
    const bodies: Record<string, unknown>[] = [];
    const recording: typeof fetch = async (url, init) => {
      if (String(url).endsWith('/CreateArtifact')) bodies.push(JSON.parse(String(init?.body)));
      return fetch(url, init);
    };
    const before = Date.now();
    await uploadArtifactDirect(
      'tessera-plan',
      [file('plan.json', '{}')],
      options({ retentionDays: 3, fetch: recording }),
    );
    const expires = Date.parse(String(bodies[0]?.expires_at));
    const threeDays = 3 * 24 * 60 * 60 * 1000;
    expect(expires - before).toBeGreaterThanOrEqual(threeDays);
    expect(expires - Date.now()).toBeLessThanOrEqual(threeDays);
  });

  it('refuses a second artifact of the same name with ArtifactExistsError (409)', async () => {
    const opts = options();
    await uploadArtifactDirect('tessera-shard-1-of-2', [file('bundle.json', '{}')], opts);
    await expect(
      uploadArtifactDirect('tessera-shard-1-of-2', [file('bundle.json', '{}')], opts),
    ).rejects.toBeInstanceOf(ArtifactExistsError);
    // A conflict is final: no retry.
    expect(sleeps).toEqual([]);
  });

  it.each([
    ['500', { status: 500 }, 2000],
    ['502', { status: 502 }, 2000],
    ['429 with Retry-After', { status: 429, headers: { 'retry-after': '7' } }, 7000],
  ])('retries a %s on each of its three requests', async (_label, fault, wait) => {
    const opts = options();
    for (const match of [/CreateArtifact$/, /^PUT \/blob\//, /FinalizeArtifact$/])
      server.fail({ match, times: 1, ...fault });
    const uploaded = await uploadArtifactDirect('tessera-plan', [file('plan.json', '{}')], opts);
    expect(server.artifacts.find((a) => String(a.id) === uploaded.id)?.finalized).toBe(true);
    expect(server.requests).toHaveLength(6);
    // Backed off before each retry: exponentially, or as long as the service asked.
    expect(sleeps).toEqual([wait, wait, wait]);
    expect(log).toMatch(/CreateArtifact failed \(HTTP \d{3}.*\); try 2/);
  });

  it('retries a dropped connection', async () => {
    const opts = options();
    server.fail({ match: /FinalizeArtifact$/, status: 0, times: 1 });
    await uploadArtifactDirect('tessera-plan', [file('plan.json', '{}')], opts);
    expect(sleeps).toEqual([2000]);
  });

  it('gives up after its tries, naming the artifact, without the signed URL', async () => {
    const opts = options({ attempts: 3 });
    server.fail({ match: /^PUT \/blob\//, status: 503, times: 100 });
    const error = (await uploadArtifactDirect('tessera-shard-2-of-4', [file('b.json', '{}')], opts).then(
      () => new Error('expected a failure'),
      (e: unknown) => e,
    )) as ResultsServiceError;
    expect(error).toBeInstanceOf(ResultsServiceError);
    expect(error.message).toBe('upload of tessera-shard-2-of-4 failed (HTTP 503)');
    expect(error.status).toBe(503);
    expect(error.describe()).toMatch(/re-run the job/);
    expect(`${error.message}${error.describe()}`).not.toContain('secret-signature');
    expect(sleeps).toEqual([2000, 4000]);
    // Not finalized: nothing half-uploaded is listed.
    expect(server.artifacts.filter((a) => a.finalized)).toEqual([]);
  });

  it('does not retry a refusal (400): it would fail the same way', async () => {
    const opts = options();
    server.fail({
      match: /CreateArtifact$/,
      status: 400,
      times: 1,
      body: JSON.stringify({ code: 'invalid_argument', msg: 'name is not valid' }),
    });
    await expect(uploadArtifactDirect('tessera-plan', [file('p.json', '{}')], opts)).rejects.toThrow(
      'CreateArtifact failed (HTTP 400: name is not valid)',
    );
    expect(sleeps).toEqual([]);
  });
});

describe('the runtime token and the service', () => {
  it('reads the backend ids from the Actions.Results scope', () => {
    expect(backendIdsOf(FakeGithubToken.value)).toEqual({
      workflowRunBackendId: 'run-backend-1',
      workflowJobRunBackendId: 'job-backend-1',
    });
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const multi = `${part({})}.${part({ scp: 'Actions.GenericRead:1 Actions.Results:r9:j9' })}.sig`;
    expect(backendIdsOf(multi)).toEqual({ workflowRunBackendId: 'r9', workflowJobRunBackendId: 'j9' });
  });

  it.each([
    ['no JWT', 'not-a-jwt'],
    ['no scope', `e30.${Buffer.from('{"sub":"x"}').toString('base64url')}.sig`],
    ['unreadable claims', 'e30.%%%.sig'],
  ])('refuses a token with %s, saying what to do and not quoting it', (_label, token) => {
    const error = (() => {
      try {
        backendIdsOf(token);
      } catch (e) {
        return e as TesseraError;
      }
      throw new Error('expected a failure');
    })();
    expect(error).toBeInstanceOf(TesseraError);
    expect(error.describe()).toMatch(/uses:/);
    expect(error.describe()).not.toContain(token);
  });

  it('is there only in a JavaScript action step on github.com, GHE.com or a *.localhost server', () => {
    const step = { ACTIONS_RESULTS_URL: 'https://results.example/', ACTIONS_RUNTIME_TOKEN: 't' };
    expect(resultsServiceOf(step)).toEqual({ url: 'https://results.example/', token: 't' });
    expect(resultsServiceOf({ ...step, GITHUB_SERVER_URL: 'https://github.com' })).toBeDefined();
    expect(resultsServiceOf({ ...step, GITHUB_SERVER_URL: 'https://acme.ghe.com' })).toBeDefined();
    // GitHub Enterprise Server has no artifacts v4: the library's own error says so.
    expect(resultsServiceOf({ ...step, GITHUB_SERVER_URL: 'https://git.acme.internal' })).toBeUndefined();
    // A `run:` step gets no runtime token.
    expect(resultsServiceOf({ ACTIONS_RESULTS_URL: 'https://results.example/' })).toBeUndefined();
  });
});
