/**
 * The GitHub artifact store, through the real `@actions/artifact` client, against the fake Results service
 * and blob storage on 127.0.0.1.
 */
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createLogger,
  fetchShardBundles,
  PLAIN_DIALECT,
  putShardBundle,
  UnsafeArchiveError,
  type ArtifactEntry,
  type ArtifactLimits,
} from '../../../src/ci/index.js';
import { TesseraError } from '../../../src/model/index.js';
import { GithubArtifactStore } from '../../../providers/github/artifact-store.js';
import { resultsServiceOf } from '../../../providers/github/results-upload.js';
import { artifactStoreContract } from '../../contract/artifact-store.contract.js';
import {
  compressBackoff,
  FakeGithubToken,
  runnerEnv,
  setProcessEnv,
} from '../../fake-servers/github/runner-env.js';
import { FakeGithub } from '../../fake-servers/github/server.js';
import { writeZip } from '../../fake-servers/github/zip-writer.js';

let server: FakeGithub;
let restoreEnv: () => void;
let backoff: ReturnType<typeof compressBackoff>;
let log = '';
const sleeps: number[] = [];

beforeAll(async () => {
  server = await new FakeGithub().start();
  restoreEnv = setProcessEnv(runnerEnv(server, await mkdtemp(join(tmpdir(), 'tessera-ws-'))));
  backoff = compressBackoff();
});
afterAll(async () => {
  backoff.restore();
  restoreEnv();
  await server.stop();
});
afterEach(() => {
  // Whatever a test did, the token must not have reached our log.
  expect(log).not.toContain(FakeGithubToken.value);
  expect(server.problems).toEqual([]);
});

/** A store on the fake; `direct` gives it the Results service, so small uploads skip the library. */
function store(limits?: ArtifactLimits, direct = false): GithubArtifactStore {
  server.reset();
  backoff.delays.length = 0;
  sleeps.length = 0;
  const logger = createLogger((text) => (log += text), PLAIN_DIALECT, { secrets: [FakeGithubToken.value] });
  const service = direct ? resultsServiceOf(process.env) : undefined;
  if (direct && !service) throw new Error('runnerEnv gives no Results service');
  return new GithubArtifactStore({
    log: logger,
    limits,
    ...(service ? { resultsService: service } : {}),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
}

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bundle-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

/** An artifact whose zip holds a path out of its folder, as a hostile run could upload. */
async function plantEscaping(): Promise<string> {
  server.seedArtifact(
    'tessera-shard-1-of-1',
    writeZip([
      { name: 'bundle.json', data: '{}' },
      { name: '../escaped.txt', data: 'x' },
    ]),
  );
  return 'tessera-shard-1-of-1';
}

artifactStoreContract('GitHub (@actions/artifact against the fake Results service)', {
  create: (limits) => store(limits),
  plantEscaping,
});

// The same contract with small uploads going straight to the Results service (results-upload.ts); the
// library still lists and downloads them, so this also proves the two agree on the artifact format.
artifactStoreContract('GitHub (direct uploads, @actions/artifact downloads, against the fake)', {
  create: (limits) => store(limits, true),
  plantEscaping,
});

describe('GitHub artifact store', () => {
  it('uploads through CreateArtifact, blob upload and FinalizeArtifact', async () => {
    const s = store();
    server.requests.length = 0;
    const entry = await s.put('tessera-plan', await folder({ 'plan.json': '{"version":1}' }));
    expect(entry.name).toBe('tessera-plan');
    const twirp = server.requests.filter((r) => r.includes('/twirp/')).map((r) => r.split('/').pop());
    expect(twirp).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    expect((await s.list()).map((e) => e.id)).toEqual([entry.id]);
    expect(server.requests.some((r) => r.startsWith('PUT /blob/'))).toBe(true);
    expect(server.authorizations).toContain(`Bearer ${FakeGithubToken.value}`);
  });

  it('reads the latest attempt of each shard, downloading concurrently', async () => {
    const s = store();
    await putShardBundle(
      s,
      await folder({ 'bundle.json': '"1 of 3, attempt 1"' }),
      { index: 1, total: 3 },
      1,
    );
    await putShardBundle(
      s,
      await folder({ 'bundle.json': '"2 of 3, attempt 1"' }),
      { index: 2, total: 3 },
      1,
    );
    await putShardBundle(
      s,
      await folder({ 'bundle.json': '"3 of 3, attempt 1"' }),
      { index: 3, total: 3 },
      1,
    );
    server.attempt = 2;
    await putShardBundle(
      s,
      await folder({ 'bundle.json': '"2 of 3, attempt 2"' }),
      { index: 2, total: 3 },
      2,
    );
    // The fake answers no blob download until all three are in flight: sequential downloads cannot pass.
    server.holdDownloadsUntil(3);
    const into = await mkdtemp(join(tmpdir(), 'tessera-report-'));
    const fetched = await fetchShardBundles(s, into);
    expect(server.barrierResult).toBe('all-arrived');
    expect(fetched.chosen.map((c) => c.entry.name)).toEqual([
      'tessera-shard-1-of-3',
      'tessera-shard-2-of-3-attempt-2',
      'tessera-shard-3-of-3',
    ]);
    const contents = await Promise.all(fetched.folders.map((f) => readFile(join(f, 'bundle.json'), 'utf8')));
    expect(contents).toEqual(['"1 of 3, attempt 1"', '"2 of 3, attempt 2"', '"3 of 3, attempt 1"']);
  });

  it.each([
    ['500', { status: 500 }],
    ['502', { status: 502 }],
    ['429 with Retry-After', { status: 429, headers: { 'retry-after': '1' } }],
  ])('recovers from a %s on every Twirp call and on the blob download', async (_label, fault) => {
    const s = store();
    for (const method of ['CreateArtifact', 'FinalizeArtifact', 'ListArtifacts', 'GetSignedArtifactURL'])
      server.fail({ match: new RegExp(`${method}$`), times: 1, ...fault });
    server.fail({ match: /^GET \/blob\//, times: 1, ...fault });
    await s.put('tessera-plan', await folder({ 'plan.json': '{"ok":true}' }));
    const [entry] = await s.list();
    const out = await s.get(entry as ArtifactEntry, await mkdtemp(join(tmpdir(), 'out-')));
    expect(await readFile(join(out, 'plan.json'), 'utf8')).toBe('{"ok":true}');
    // Each call was made twice: the fault, then the retry that succeeded.
    const count = (m: string) => server.requests.filter((r) => r.endsWith(m)).length;
    expect([count('CreateArtifact'), count('FinalizeArtifact'), count('GetSignedArtifactURL')]).toEqual([
      2, 2, 2,
    ]);
    expect(server.requests.filter((r) => r.startsWith('GET /blob/'))).toHaveLength(2);
    // The library backed off before each retry (3 s Twirp base, 5 s between blob downloads), compressed here.
    expect(backoff.delays.filter((d) => d >= 3000).length).toBeGreaterThanOrEqual(5);
  });

  it('retries a dropped connection, which the library gives up on at once', async () => {
    const s = store();
    server.fail({ match: /ListArtifacts$/, status: 0, times: 1 });
    await s.put('tessera-plan', await folder({ 'plan.json': '{}' }));
    expect((await s.list()).map((e) => e.name)).toEqual(['tessera-plan']);
    expect(sleeps).toEqual([2000]);
    expect(log).toMatch(/listing the run’s artifacts failed \(.*ECONNRESET.*\); try 2/s);
  });

  it('names the artifact when a download fails for good', async () => {
    const s = store();
    await putShardBundle(s, await folder({ 'bundle.json': '{}' }), { index: 1, total: 2 }, 1);
    await putShardBundle(s, await folder({ 'bundle.json': '{}' }), { index: 2, total: 2 }, 1);
    server.fail({ match: /GetSignedArtifactURL$/, status: 503, times: 100 });
    const into = await mkdtemp(join(tmpdir(), 'tessera-report-'));
    const error = (await fetchShardBundles(s, into).then(
      () => new Error('expected a failure'),
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(TesseraError);
    expect(error.message).toMatch(/2 shard bundles could not be downloaded/);
    expect(error.message).toMatch(
      /shard 1\/2 \(artifact tessera-shard-1-of-2\): download of tessera-shard-1-of-2 failed.*503/,
    );
    expect(error.message).toMatch(/shard 2\/2 \(artifact tessera-shard-2-of-2\)/);
  });

  it('keeps the runtime token out of the library’s own output too', async () => {
    const s = store();
    const printed: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      await s.put('tessera-plan', await folder({ 'plan.json': '{}' }));
      const [entry] = await s.list();
      await s.get(entry as ArtifactEntry, await mkdtemp(join(tmpdir(), 'out-')));
    } finally {
      process.stdout.write = original;
    }
    // The library did talk (info and ::debug:: lines), and never printed the token.
    expect(printed.join('')).toContain('Artifact tessera-plan successfully finalized');
    expect(printed.join('')).not.toContain(FakeGithubToken.value);
  });

  it('refuses an archive over the size cap before downloading it', async () => {
    const s = store({ maxArchiveBytes: 100, maxExtractedBytes: 1e9, maxEntries: 100 });
    server.seedArtifact('tessera-history', writeZip([{ name: 'history.json', data: 'y'.repeat(500) }]));
    const [entry] = await s.list();
    server.requests.length = 0;
    await expect(s.get(entry as ArtifactEntry, await mkdtemp(join(tmpdir(), 'out-')))).rejects.toBeInstanceOf(
      UnsafeArchiveError,
    );
    expect(server.requests.filter((r) => r.startsWith('GET /blob/'))).toEqual([]);
  });

  it('refuses a link and a deflate bomb that lies about its size', async () => {
    const s = store({ maxArchiveBytes: 1e6, maxExtractedBytes: 10_000, maxEntries: 100 });
    server.seedArtifact(
      'tessera-shard-1-of-2',
      writeZip([{ name: 'bundle.json', data: '/etc/passwd', symlink: true }]),
    );
    server.seedArtifact(
      'tessera-shard-2-of-2',
      writeZip([{ name: 'bundle.json', data: Buffer.alloc(1_000_000), deflate: true, declaredSize: 100 }]),
    );
    const out = await mkdtemp(join(tmpdir(), 'out-'));
    const [link, bomb] = await s.list();
    await expect(s.get(link as ArtifactEntry, out)).rejects.toThrow(/symbolic link/);
    await expect(s.get(bomb as ArtifactEntry, out)).rejects.toThrow(/cannot be inflated|checksum/);
  });
});

describe('GitHub artifact store: links and the triggering run (workflow_run)', () => {
  const RUN_URL = 'https://github.com/octo-org/octo-repo/actions/runs/4242';
  const SOURCE_URL = 'https://github.com/octo-org/octo-repo/actions/runs/777';
  const TOKEN = 'ghs_workflowRunTokenNeverLogged0123456';

  function linkedStore(readFrom?: { token?: string }, limits?: ArtifactLimits): GithubArtifactStore {
    server.reset();
    const logger = createLogger((text) => (log += text), PLAIN_DIALECT, {
      secrets: [FakeGithubToken.value, TOKEN],
    });
    return new GithubArtifactStore({
      log: logger,
      limits,
      sleep: async () => {},
      runUrl: RUN_URL,
      readFrom: readFrom && {
        runId: 777,
        repositoryOwner: 'octo-org',
        repositoryName: 'octo-repo',
        token: readFrom.token,
        runUrl: SOURCE_URL,
      },
    });
  }

  it('gives every entry the link of its page on the run', async () => {
    const s = linkedStore();
    const put = await s.put('tessera-report', await folder({ 'report.html': '<p>ok</p>' }));
    expect(put.url).toBe(`${RUN_URL}/artifacts/${put.id}`);
    expect((await s.list()).map((e) => e.url)).toEqual([`${RUN_URL}/artifacts/${put.id}`]);
  });

  it('lists and downloads the triggering run’s artifacts through the REST API, and uploads to this run', async () => {
    const s = linkedStore({ token: TOKEN });
    const theirs = server.seedArtifact(
      'tessera-shard-1-of-1',
      writeZip([{ name: 'bundle.json', data: '"from the fork’s run"' }]),
      { runId: 777 },
    );
    server.seedArtifact('tessera-plan', writeZip([{ name: 'plan.json', data: '{}' }]), { runId: 4242 });
    const listed = await s.list();
    expect(listed).toEqual([
      expect.objectContaining({
        name: 'tessera-shard-1-of-1',
        id: String(theirs.id),
        url: `${SOURCE_URL}/artifacts/${theirs.id}`,
      }),
    ]);
    const out = await s.get(listed[0] as ArtifactEntry, await mkdtemp(join(tmpdir(), 'out-')));
    expect(await readFile(join(out, 'bundle.json'), 'utf8')).toBe('"from the fork’s run"');
    expect(server.requests).toContain('GET /repos/octo-org/octo-repo/actions/runs/777/artifacts');
    expect(server.requests).toContain(`GET /repos/octo-org/octo-repo/actions/artifacts/${theirs.id}/zip`);
    expect(server.authorizations).toContain(`token ${TOKEN}`);
    // The Results service (this run) was not asked to list or download anything.
    expect(server.requests.filter((r) => /ListArtifacts|GetSignedArtifactURL/.test(r))).toEqual([]);

    const mine = await s.put('tessera-report', await folder({ 'report.html': '<p>ok</p>' }));
    expect(server.artifacts.find((a) => String(a.id) === mine.id)?.runId).toBe(4242);
    expect(mine.url).toBe(`${RUN_URL}/artifacts/${mine.id}`);
  });

  it('treats the triggering run’s artifacts as untrusted: zip-slip and oversize are refused', async () => {
    const s = linkedStore(
      { token: TOKEN },
      { maxArchiveBytes: 10_000, maxExtractedBytes: 10_000, maxEntries: 10 },
    );
    server.seedArtifact(
      'tessera-shard-1-of-2',
      writeZip([
        { name: 'bundle.json', data: '{}' },
        { name: '../../escaped.txt', data: 'x' },
      ]),
      { runId: 777 },
    );
    server.seedArtifact(
      'tessera-shard-2-of-2',
      writeZip([{ name: 'bundle.json', data: 'y'.repeat(20_000) }]),
      {
        runId: 777,
      },
    );
    const out = await mkdtemp(join(tmpdir(), 'out-'));
    const [slip, big] = [...(await s.list())].sort((a, b) => a.name.localeCompare(b.name));
    await expect(s.get(slip as ArtifactEntry, out)).rejects.toBeInstanceOf(UnsafeArchiveError);
    server.requests.length = 0;
    await expect(s.get(big as ArtifactEntry, out)).rejects.toThrow(/more than the 10000 allowed/);
    expect(server.requests.filter((r) => r.endsWith('/zip'))).toEqual([]);
    await expect(readFile(join(out, '..', 'escaped.txt'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('says what to do when no token can read the triggering run', async () => {
    const s = linkedStore({ token: undefined });
    await expect(s.list()).rejects.toThrow(
      /cannot read the artifacts of run 777, the run this workflow_run job reports on: no token is set/,
    );
  });
});
