/**
 * Histories as `tessera-history` artifacts, through the real @actions/artifact and Octokit clients against
 * the fake GitHub: the shared HistoryStore contract, plus how the baseline is found among many runs.
 */
import { tmpdir } from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, PLAIN_DIALECT } from '../../../src/ci/index.js';
import {
  emptyHistory,
  encodeHistory,
  historyFileName,
  type HistoryStore,
} from '../../../src/history/index.js';
import { GithubArtifactStore } from '../../../providers/github/artifact-store.js';
import { GithubHistoryStore } from '../../../providers/github/history-store.js';
import { GithubRestClient } from '../../../providers/github/rest-client.js';
import { historyFrom } from '../../history/generate.js';
import { historyStoreContract } from '../../history/store-contract.js';
import { compressBackoff, runnerEnv, setProcessEnv } from '../../fake-servers/github/runner-env.js';
import { fastRestOptions } from '../../fake-servers/github/octokit-test-options.js';
import { FakeGithub } from '../../fake-servers/github/server.js';
import { writeZip } from '../../fake-servers/github/zip-writer.js';

const TOKEN = 'ghs_historyTokenNeverLogged0123456789';
let server: FakeGithub;
let restore: () => void;
let backoff: ReturnType<typeof compressBackoff>;
let log = '';

beforeAll(async () => {
  server = await new FakeGithub().start();
  // @actions/github reads GITHUB_API_URL when first imported, so it is set before any client exists.
  restore = setProcessEnv(runnerEnv(server, tmpdir()));
  backoff = compressBackoff();
});
afterAll(async () => {
  backoff.restore();
  restore();
  await server.stop();
});
afterEach(() => {
  expect(server.problems).toEqual([]);
  expect(log).not.toContain(TOKEN);
});

function historyStore(runId = '4242'): GithubHistoryStore {
  const logger = createLogger((t) => (log += t), PLAIN_DIALECT);
  return new GithubHistoryStore({
    artifacts: new GithubArtifactStore({ log: logger, sleep: async () => {} }),
    rest: new GithubRestClient({ kind: 'github', apiUrl: server.url, repo: 'octo-org/octo-repo' }, TOKEN, {
      log: logger,
      ...fastRestOptions(),
    }),
    token: TOKEN,
    runId,
    log: logger,
  });
}

let nextRun = 5000;
/** Each save happens in a run of that branch, as on GitHub: the artifact records the run's branch. */
function asRunOf(store: HistoryStore): HistoryStore {
  return {
    load: (branch) => store.load(branch),
    save: async (branch, doc) => {
      server.runId = nextRun++;
      server.headBranch = branch;
      await store.save(branch, doc);
    },
  };
}

historyStoreContract('GitHub tessera-history artifacts', {
  create: () => {
    server.reset();
    return asRunOf(historyStore('the-current-run'));
  },
  corrupt: (_store, branch, bytes) => {
    server.seedArtifact(
      'tessera-history',
      writeZip([{ name: historyFileName(branch), data: Buffer.from(bytes) }]),
      {
        runId: nextRun++,
        headBranch: branch,
        createdAt: new Date(Date.now() + 60_000),
      },
    );
  },
});

describe('GitHub history store', () => {
  const main = historyFrom([{ a: 'passed' }]);
  const seed = (
    branch: string,
    runId: number,
    extra: { minutesAgo?: number; fork?: boolean; expired?: boolean } = {},
  ) =>
    server.seedArtifact(
      'tessera-history',
      writeZip([
        {
          name: historyFileName(branch),
          data: encodeHistory(
            historyFrom(Array.from({ length: Math.max(1, runId % 10) }, () => ({ a: 'passed' }))),
          ),
        },
      ]),
      {
        runId,
        headBranch: branch,
        createdAt: new Date(Date.now() - (extra.minutesAgo ?? 0) * 60_000),
        headRepositoryId: extra.fork ? 2 : 1,
        expired: extra.expired ?? false,
      },
    );

  it('takes the newest history of the branch from one name-filtered list call, skipping forks and this run', async () => {
    server.reset();
    seed('main', 101, { minutesAgo: 30 }); // 1 run
    const newestUsable = seed('main', 102, { minutesAgo: 10 }); // 2 runs
    seed('main', 103, { minutesAgo: 5, fork: true }); // a fork's branch named main
    seed('main', 104, { minutesAgo: 1 }); // this very run
    seed('feature', 105, { minutesAgo: 0 });
    seed('main', 106, { minutesAgo: 0, expired: true });
    const loaded = await historyStore('104').load('main');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.doc?.runs).toHaveLength(2);
    expect(
      server.requests.filter((r) => r === 'GET /repos/octo-org/octo-repo/actions/artifacts'),
    ).toHaveLength(1);
    // One REST call to find it, and no walk over runs: every other request is its download.
    expect(server.requests.filter((r) => r.startsWith('GET /repos/') && !r.endsWith('/zip'))).toHaveLength(1);
    expect(server.requests).toContain(
      `GET /repos/octo-org/octo-repo/actions/artifacts/${newestUsable.id}/zip`,
    );
  });

  it('looks at a second page at most', async () => {
    server.reset();
    seed('main', 201, { minutesAgo: 999 });
    for (let i = 0; i < 250; i++) seed('feature', 300 + i);
    const loaded = await historyStore().load('main');
    expect(loaded.doc).toBeUndefined();
    expect(server.requests.filter((r) => r.endsWith('/actions/artifacts'))).toHaveLength(2);
  });

  it('has no baseline, no warning and no error when the branch has no history, after one REST call', async () => {
    server.reset();
    seed('feature', 301);
    seed('main', 302, { expired: true });
    const loaded = await historyStore().load('main');
    expect(loaded).toEqual({ warnings: [] });
    expect(server.requests).toEqual(['GET /repos/octo-org/octo-repo/actions/artifacts']);
  });

  it.each([
    [410, 'Artifact has expired'],
    [404, 'Not Found'],
  ])(
    'has no baseline, and no error, when the history is gone (%i) between listing and download',
    async (status, message) => {
      server.reset();
      const artifact = seed('main', 401);
      server.fail({
        match: new RegExp(`/actions/artifacts/${artifact.id}/zip$`),
        status,
        times: 1,
        body: JSON.stringify({ message, documentation_url: 'https://docs.github.com/rest' }),
      });
      const loaded = await historyStore().load('main');
      expect(loaded.doc).toBeUndefined();
      expect(loaded.warnings).toEqual([
        expect.stringMatching(/expired before it could be read; starting a fresh history/),
      ]);
    },
  );

  it('saves only the branch GitHub files the run under, so no other branch’s history passes for it', async () => {
    server.reset();
    const logger = createLogger((t) => (log += t), PLAIN_DIALECT);
    const store = new GithubHistoryStore({
      artifacts: new GithubArtifactStore({ log: logger, sleep: async () => {} }),
      rest: new GithubRestClient({ kind: 'github', apiUrl: server.url, repo: 'octo-org/octo-repo' }, TOKEN, {
        log: logger,
        ...fastRestOptions(),
      }),
      token: TOKEN,
      runId: '4242',
      runBranch: 'main',
      log: logger,
    });
    await store.save('contributor:main', emptyHistory('contributor:main'));
    expect(server.artifacts).toEqual([]);
    expect(log).toMatch(
      /history of contributor:main is not kept: GitHub files this run's artifacts under main/,
    );
    await store.save('main', emptyHistory('main'));
    expect(server.artifacts.map((a) => [a.name, a.runId])).toEqual([['tessera-history', 4242]]);
  });

  it('replaces the history an earlier attempt of the report job uploaded', async () => {
    server.reset();
    const store = historyStore('other');
    await store.save('main', historyFrom([{ a: 'failed' }]));
    await store.save('main', main);
    expect(server.requests.filter((r) => r.endsWith('/DeleteArtifact'))).toHaveLength(1);
    expect(server.artifacts.filter((a) => a.name === 'tessera-history')).toHaveLength(1);
    expect((await store.load('main')).doc?.runs[0]).toEqual(main.runs[0]);
  });
});
