/**
 * The GitHub code host through the real Octokit of @actions/github, against the fake GitHub REST API
 * (requests and responses checked against GitHub's OpenAPI description).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, PLAIN_DIALECT, type CodeHost } from '../../../src/ci/index.js';
import { TesseraError } from '../../../src/model/index.js';
import { GithubCodeHost } from '../../../providers/github/code-host.js';
import { github } from '../../../providers/github/index.js';
import { codeHostContract } from '../../contract/code-host.contract.js';
import { FakeGithub } from '../../fake-servers/github/server.js';

const TOKEN = 'ghs_codeHostTokenNeverToBeLogged0123456789';
let server: FakeGithub;
let log = '';
const sleeps: number[] = [];

beforeAll(async () => {
  server = await new FakeGithub().start();
});
afterAll(async () => {
  await server.stop();
});
afterEach(() => {
  expect(server.problems).toEqual([]);
  expect(log).not.toContain(TOKEN);
});

function host(): CodeHost {
  server.reset();
  sleeps.length = 0;
  log = '';
  return github.createCodeHost?.({ kind: 'github', apiUrl: server.url, repo: 'octo-org/octo-repo' }, TOKEN, {
    cwd: '.',
    write: () => {},
    sleep: async (ms) => void sleeps.push(ms),
    log: createLogger((t) => (log += t), PLAIN_DIALECT),
  }) as CodeHost;
}

codeHostContract('GitHub (Octokit against the fake REST API)', async () => {
  const h = host();
  return {
    host: h,
    comments: async (pr) =>
      server.comments.filter((c) => c.issue === pr).map((c) => ({ id: String(c.id), body: c.body })),
    addForeignComment: async (pr, body) => {
      const now = new Date();
      server.comments.push({
        id: 10_000 + server.comments.length,
        issue: pr,
        body,
        createdAt: now,
        updatedAt: now,
      });
    },
    makeReadOnly: () => {
      server.readOnlyToken = true;
    },
  };
});

const MARKER = '<!-- tessera:report -->';

describe('GitHub code host', () => {
  it('finds its comment on a later page and returns its link', async () => {
    const h = host();
    const now = new Date();
    for (let i = 1; i <= 130; i++)
      server.comments.push({ id: i, issue: 5, body: `chatter ${i}`, createdAt: now, updatedAt: now });
    server.comments.push({ id: 131, issue: 5, body: `${MARKER}\nold`, createdAt: now, updatedAt: now });
    const result = await h.upsertComment(5, MARKER, `${MARKER}\nnew`);
    expect(result).toEqual({
      id: '131',
      url: 'https://github.com/octo-org/octo-repo/pull/5#issuecomment-131',
      action: 'updated',
    });
    expect(
      server.requests.filter((r) => r === 'GET /repos/octo-org/octo-repo/issues/5/comments'),
    ).toHaveLength(2);
    expect(server.authorizations).toContain(`token ${TOKEN}`);
  });

  it('resolves a real race: both reporters create, both converge on the oldest comment', async () => {
    const h = host();
    const [a, b] = await Promise.all([
      h.upsertComment(12, MARKER, `${MARKER}\nreporter A`),
      h.upsertComment(12, MARKER, `${MARKER}\nreporter B`),
    ]);
    // Both found nothing and both created: the race did happen …
    expect(
      server.requests.filter((r) => r === 'POST /repos/octo-org/octo-repo/issues/12/comments'),
    ).toHaveLength(2);
    // … and one comment is left, the oldest, which both results point at.
    expect(server.comments.filter((c) => c.issue === 12).map((c) => c.id)).toEqual([Number(a.id)]);
    expect(b.id).toBe(a.id);
  });

  it('cleans up duplicates an earlier race left behind, keeping the oldest', async () => {
    const h = host();
    const now = new Date();
    server.comments.push({ id: 1, issue: 6, body: `${MARKER}\na`, createdAt: now, updatedAt: now });
    server.comments.push({ id: 2, issue: 6, body: `${MARKER}\nb`, createdAt: now, updatedAt: now });
    expect(await h.upsertComment(6, MARKER, `${MARKER}\nc`)).toMatchObject({ id: '1', action: 'updated' });
    expect(server.comments.map((c) => [c.id, c.body])).toEqual([[1, `${MARKER}\nc`]]);
  });

  it.each([
    ['500', 500, {}, [1000]],
    ['502', 502, {}, [1000]],
    ['429 with Retry-After', 429, { 'retry-after': '7' }, [7000]],
    ['403 rate limit', 403, { 'x-ratelimit-remaining': '0', 'retry-after': '3' }, [3000]],
  ] as const)(
    'retries a %s, honouring the delay GitHub asks for',
    async (_label, status, headers, expected) => {
      const h = host();
      server.fail({
        match: /^POST .*\/comments$/,
        status,
        headers,
        times: 1,
        body: JSON.stringify({ message: 'slow down' }),
      });
      expect((await h.upsertComment(7, MARKER, `${MARKER}\nx`)).action).toBe('created');
      expect(sleeps).toEqual(expected);
      expect(log).toMatch(new RegExp(`could not create a comment \\(${status}\\); try 2`));
    },
  );

  it('gives up after its attempts with an error naming the repository', async () => {
    const h = host();
    server.fail({ match: /^GET .*\/comments$/, status: 503, times: 10 });
    const error = await h.upsertComment(8, MARKER, `${MARKER}\nx`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TesseraError);
    expect((error as Error).message).toMatch(
      /could not list the comments on octo-org\/octo-repo \(HTTP 503\)/,
    );
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('refuses bodies without the marker or over 65,536 characters, before calling GitHub', async () => {
    const h = host();
    await expect(h.upsertComment(9, MARKER, 'no marker')).rejects.toThrow(/marker/);
    await expect(h.upsertComment(9, MARKER, `${MARKER}${'x'.repeat(65_536)}`)).rejects.toThrow(/65536/);
    expect(server.requests).toEqual([]);
    expect(
      () => new GithubCodeHost({ kind: 'github', apiUrl: server.url, repo: 'not-a-repo' }, TOKEN),
    ).toThrow(/invalid GitHub repository "not-a-repo"/);
  });
});
