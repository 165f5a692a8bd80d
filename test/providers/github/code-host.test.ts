/**
 * The GitHub code host through the real Octokit of @actions/github and its retry and throttling plugins,
 * against the fake GitHub REST API (requests and responses checked against GitHub's OpenAPI description).
 * The plugins' waits are scaled to 1 ms per second asked (fastRestOptions), so no test waits for real.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeHostPermissionError,
  createLogger,
  PLAIN_DIALECT,
  type CodeHost,
} from '../../../src/ci/index.js';
import { TesseraError } from '../../../src/model/index.js';
import { GithubCodeHost } from '../../../providers/github/code-host.js';
import { github } from '../../../providers/github/index.js';
import { codeHostContract } from '../../contract/code-host.contract.js';
import { fastRestOptions } from '../../fake-servers/github/octokit-test-options.js';
import { FakeGithub } from '../../fake-servers/github/server.js';

const TOKEN = 'ghs_codeHostTokenNeverToBeLogged0123456789';
let server: FakeGithub;
let log = '';

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
  log = '';
  return new GithubCodeHost({ kind: 'github', apiUrl: server.url, repo: 'octo-org/octo-repo' }, TOKEN, {
    log: createLogger((t) => (log += t), PLAIN_DIALECT),
    ...fastRestOptions(),
  });
}
const requests = (pattern: RegExp): number => server.requests.filter((r) => pattern.test(r)).length;

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
    [
      '500',
      500,
      {},
      /POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments answered HTTP 500 \(try 1 of 4\)/,
    ],
    ['502', 502, {}, /answered HTTP 502 \(try 1 of 4\)/],
    [
      '429 secondary rate limit with Retry-After',
      429,
      { 'retry-after': '7' },
      /secondary rate limit on POST .*; try 2 in 7 s/,
    ],
    [
      '403 secondary rate limit with Retry-After',
      403,
      { 'retry-after': '3' },
      /secondary rate limit on POST .*; try 2 in 3 s/,
    ],
    [
      '403 primary rate limit',
      403,
      () => ({
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 20),
      }),
      // The plugin waits until one second after the reset.
      /primary rate limit on POST .*; try 2 in 2[01] s/,
    ],
  ] as const)(
    'retries a %s through the Octokit plugins, waiting as GitHub asks',
    async (_label, status, headers, logged) => {
      const h = host();
      server.fail({
        match: /^POST .*\/comments$/,
        status,
        headers: typeof headers === 'function' ? headers() : headers,
        times: 1,
      });
      expect((await h.upsertComment(7, MARKER, `${MARKER}\nx`)).action).toBe('created');
      expect(requests(/^POST .*\/issues\/7\/comments$/)).toBe(2);
      expect(log).toMatch(logged);
    },
  );

  it('gives up on a server error after 3 retries, with an error naming the repository and status', async () => {
    const h = host();
    server.fail({ match: /^GET .*\/comments$/, status: 503, times: 10 });
    const error = await h.upsertComment(8, MARKER, `${MARKER}\nx`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TesseraError);
    expect((error as Error).message).toMatch(
      /could not list the comments on octo-org\/octo-repo \(HTTP 503\)/,
    );
    expect(requests(/^GET .*\/issues\/8\/comments$/)).toBe(4);
    expect(log).toMatch(/answered HTTP 503 \(try 4 of 4\)/);
  });

  it('gives up on a rate limit that persists, and on one that asks for too long a wait', async () => {
    const h = host();
    server.fail({ match: /^POST .*\/comments$/, status: 429, headers: { 'retry-after': '1' }, times: 10 });
    const error = (await h.upsertComment(8, MARKER, `${MARKER}\nx`).catch((e: unknown) => e)) as TesseraError;
    expect(error).toBeInstanceOf(TesseraError);
    expect(error).not.toBeInstanceOf(CodeHostPermissionError);
    expect(error.message).toMatch(/could not create a comment on octo-org\/octo-repo \(HTTP 429\)/);
    expect(error.hint).toMatch(/rate limit/);
    expect(requests(/^POST /)).toBe(4);

    const patient = host();
    server.fail({ match: /^POST .*\/comments$/, status: 429, headers: { 'retry-after': '3600' }, times: 1 });
    await expect(patient.upsertComment(8, MARKER, `${MARKER}\nx`)).rejects.toThrow(/HTTP 429/);
    expect(requests(/^POST /)).toBe(1);
    expect(log).toMatch(/asks for 3600 s, too long to wait/);
  });

  it('maps a 403 that is no rate limit to a permission error at once, without retrying', async () => {
    const h = host();
    server.readOnlyToken = true;
    const error = await h.upsertComment(9, MARKER, `${MARKER}\nx`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodeHostPermissionError);
    expect((error as Error).message).toMatch(
      /GitHub refused to create a comment on octo-org\/octo-repo: Resource not accessible by integration/,
    );
    expect(requests(/^POST /)).toBe(1);
  });

  it('is what the provider module creates, with the token masked in the given log', () => {
    let written = '';
    const logger = createLogger((t) => (written += t), PLAIN_DIALECT);
    const created = github.createCodeHost?.(
      { kind: 'github', apiUrl: server.url, repo: 'octo-org/octo-repo' },
      TOKEN,
      { cwd: '.', write: () => {}, log: logger },
    );
    expect(created).toBeInstanceOf(GithubCodeHost);
    logger.info(`token ${TOKEN}`);
    expect(written).toBe('token ***\n');
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
