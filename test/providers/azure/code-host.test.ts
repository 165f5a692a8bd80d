/**
 * The Azure Repos code host against the fake Azure DevOps, in-process, through the real client library:
 * the thread's status follows the report, duplicates left by racing reporters are retired, and a refused
 * write is a permission error that names the permission.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AzureReposCodeHost } from '../../../providers/azure/code-host.js';
import { CodeHostPermissionError, createLogger, PLAIN_DIALECT } from '../../../src/ci/index.js';
import { BUILD_TOKEN, FakeAzureDevOps, PROJECT, REPOSITORY_ID } from '../../fake-servers/azure/server.js';

const MARKER = '<!-- tessera:report -->';
let fake: FakeAzureDevOps;
let log: string[];

function host(): AzureReposCodeHost {
  log = [];
  return new AzureReposCodeHost(
    {
      kind: 'azure-repos',
      apiUrl: fake.collectionUrl,
      webUrl: fake.collectionUrl,
      repo: `${PROJECT}/${REPOSITORY_ID}`,
    },
    BUILD_TOKEN,
    { log: createLogger((t) => log.push(t), PLAIN_DIALECT), sleep: async () => {} },
  );
}

beforeAll(async () => {
  fake = await new FakeAzureDevOps().start();
});
afterAll(async () => fake?.stop());
afterEach(() => {
  expect(fake.problems).toEqual([]);
  expect(log.join('')).not.toContain(BUILD_TOKEN);
});

describe('AzureReposCodeHost', () => {
  it('creates one thread, then resolves it (Fixed) when nothing fails and reactivates it when something does', async () => {
    const h = host();
    const created = await h.upsertComment(40, MARKER, `${MARKER}\n1 failed`);
    expect(created.action).toBe('created');
    expect(fake.liveThreads(40).map((t) => t.status)).toEqual(['active']);
    const resolved = await h.upsertComment(40, MARKER, `${MARKER}\nall passed`, { resolved: true });
    expect(resolved).toMatchObject({ id: created.id, action: 'updated' });
    expect(fake.liveThreads(40).map((t) => t.status)).toEqual(['fixed']);
    expect((await h.upsertComment(40, MARKER, `${MARKER}\nall passed`, { resolved: true })).action).toBe(
      'unchanged',
    );
    await h.upsertComment(40, MARKER, `${MARKER}\nfailed again`);
    expect(fake.liveThreads(40).map((t) => t.status)).toEqual(['active']);
    expect(fake.liveThreads(40)).toHaveLength(1);
  });

  it('two reporters at once converge on the oldest thread; the other is deleted and closed', async () => {
    const [a, b] = await Promise.all([
      host().upsertComment(41, MARKER, `${MARKER}\nreporter A`),
      host().upsertComment(41, MARKER, `${MARKER}\nreporter B`),
    ]);
    const live = fake.liveThreads(41);
    expect(live).toHaveLength(1);
    expect([a.id, b.id]).toContain(String(live[0]?.id));
    for (const retired of fake.threads.filter((t) => t.pr === 41 && t.id !== live[0]?.id))
      expect(retired.status).toBe('closed');
  });

  it('a thread of another tool (no marker) is left alone', async () => {
    await host().upsertComment(42, '<!-- other -->', '<!-- other -->\nlint');
    await host().upsertComment(42, MARKER, `${MARKER}\nreport`);
    expect(fake.liveThreads(42)).toHaveLength(2);
  });

  it('without Contribute to pull requests: a CodeHostPermissionError that says what to grant', async () => {
    fake.noContribute = true;
    try {
      const error = await host()
        .upsertComment(43, MARKER, `${MARKER}\nx`)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CodeHostPermissionError);
      expect((error as CodeHostPermissionError).message).toMatch(/403.*TF401027/);
      expect((error as CodeHostPermissionError).hint).toMatch(/Contribute to pull requests/);
    } finally {
      fake.noContribute = false;
    }
  });

  it('a 500 on the listing and a dropped connection on the create are retried', async () => {
    fake.fail({ match: /^GET .*\/pullRequests\/44\/threads$/, status: 500, times: 1 });
    fake.fail({ match: /^POST .*\/pullRequests\/44\/threads$/, status: 0, times: 1 });
    const result = await host().upsertComment(44, MARKER, `${MARKER}\nx`);
    expect(result.action).toBe('created');
    expect(fake.liveThreads(44).length).toBeGreaterThanOrEqual(1);
    expect(log.join('')).toMatch(/try 2/);
  });
});
