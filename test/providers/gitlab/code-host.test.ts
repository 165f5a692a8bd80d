/**
 * The GitLab code host through the real `@gitbeaker/rest` against the fake GitLab REST API: the sticky
 * merge request note found by its marker across pages, created once, edited later, never two (also when
 * two report jobs race), retries of 500/502/503/429 (honouring Retry-After and RateLimit-Reset) and
 * dropped connections, and a refused token as a permission error naming the `api` scope.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeHostPermissionError,
  createLogger,
  PLAIN_DIALECT,
  type CodeHost,
} from '../../../src/ci/index.js';
import { TesseraError } from '../../../src/model/index.js';
import { GitlabCodeHost } from '../../../providers/gitlab/code-host.js';
import { createCodeHostFor } from '../../../providers/index.js';
import { codeHostContract } from '../../contract/code-host.contract.js';
import { FakeGitlab } from '../../fake-servers/gitlab/server.js';

const TOKEN = 'glpat-codeHostTokenNeverLogged0123';
const READ_ONLY = 'glpat-readOnlyApiTokenNeverLogged99';
const PROJECT = 4242;
const MARKER = '<!-- tessera:report -->';
let server: FakeGitlab;
let log = '';
let waits: number[] = [];

beforeAll(async () => {
  server = await new FakeGitlab().start();
  server.tokens.set(TOKEN, { scopes: ['api'], username: 'tessera-bot' });
  server.tokens.set(READ_ONLY, { scopes: ['read_api'], username: 'reader' });
});
afterAll(async () => {
  await server.stop();
});
afterEach(() => {
  expect(server.problems).toEqual([]);
  expect(log).not.toContain(TOKEN);
});

function host(token = TOKEN): CodeHost {
  server.reset();
  log = '';
  waits = [];
  return new GitlabCodeHost(
    { kind: 'gitlab', apiUrl: server.apiUrl, webUrl: 'https://gitlab.example.com', repo: 'acme/shop' },
    token,
    {
      log: createLogger((t) => (log += t), PLAIN_DIALECT),
      sleep: async (ms) => void waits.push(ms),
    },
  );
}
const requests = (pattern: RegExp): number => server.requests.filter((r) => pattern.test(r)).length;

let readOnly = false;
codeHostContract('GitLab (@gitbeaker/rest against the fake REST API)', async () => {
  readOnly = false;
  const writable = host();
  const limited = host(READ_ONLY);
  return {
    get host(): CodeHost {
      return readOnly ? limited : writable;
    },
    comments: async (mr) => server.notesOf(mr).map((n) => ({ id: String(n.id), body: n.body })),
    addForeignComment: async (mr, body) => void server.addNote(PROJECT, mr, body),
    makeReadOnly: () => {
      readOnly = true;
    },
  };
});

describe('GitLab code host', () => {
  it('finds its note on a later page (X-Next-Page / Link) and returns its link', async () => {
    const h = host();
    for (let i = 1; i <= 130; i++) server.addNote(PROJECT, 5, `chatter ${i}`);
    server.addNote(PROJECT, 5, 'added a commit', { system: true });
    const ours = server.addNote(PROJECT, 5, `${MARKER}\nold`, { author: 'tessera-bot' });
    const result = await h.upsertComment(5, MARKER, `${MARKER}\nnew`);
    expect(result).toEqual({
      id: String(ours.id),
      url: `https://gitlab.example.com/acme/shop/-/merge_requests/5#note_${ours.id}`,
      action: 'updated',
    });
    // Page 1 and page 2 of 100, oldest first; then the edit.
    expect(
      server.requests.filter((r) => r.startsWith('GET /api/v4/projects/acme%2Fshop/merge_requests/5/notes')),
    ).toEqual([
      'GET /api/v4/projects/acme%2Fshop/merge_requests/5/notes?per_page=100&sort=asc&order_by=created_at',
      expect.stringMatching(/page=2/),
    ]);
    expect(requests(/^PUT \/api\/v4\/projects\/acme%2Fshop\/merge_requests\/5\/notes\/\d+$/)).toBe(1);
    expect(server.notesOf(5).filter((n) => n.body.includes(MARKER))).toHaveLength(1);
    expect(server.credentialsSeen).toContain(TOKEN);
  });

  it('resolves a real race: both report jobs create, both converge on the oldest note', async () => {
    const h = host();
    // Both list before either creates, as two jobs started at the same second would.
    server.holdUntil(/^GET .*\/merge_requests\/12\/notes$/, 2);
    const [a, b] = await Promise.all([
      h.upsertComment(12, MARKER, `${MARKER}\nreport job A`),
      h.upsertComment(12, MARKER, `${MARKER}\nreport job B`),
    ]);
    expect(requests(/^POST .*\/merge_requests\/12\/notes$/)).toBe(2);
    expect(server.notesOf(12).map((n) => n.id)).toEqual([Number(a.id)]);
    expect(b.id).toBe(a.id);
  });

  it('cleans up duplicates an earlier race left behind, keeping the oldest', async () => {
    const h = host();
    const first = server.addNote(PROJECT, 6, `${MARKER}\na`);
    server.addNote(PROJECT, 6, `${MARKER}\nb`);
    expect(await h.upsertComment(6, MARKER, `${MARKER}\nc`)).toMatchObject({
      id: String(first.id),
      action: 'updated',
    });
    expect(server.notesOf(6).map((n) => [n.id, n.body])).toEqual([[first.id, `${MARKER}\nc`]]);
  });

  it.each([
    ['500', 500, {}, [1000]],
    ['502 (HTML from the proxy)', 502, {}, [1000]],
    ['503', 503, {}, [1000]],
    ['429 with Retry-After', 429, { 'retry-after': '7' }, [7000]],
  ])('retries a %s and then succeeds', async (_label, status, headers, expectedWaits) => {
    const h = host();
    server.fail({ match: /^POST .*\/notes$/, status, times: 1, headers });
    expect((await h.upsertComment(20, MARKER, `${MARKER}\nx`)).action).toBe('created');
    expect(waits).toEqual(expectedWaits);
    expect(log).toMatch(new RegExp(`GitLab answered HTTP ${status}; try 2 of 4`));
    expect(server.notesOf(20)).toHaveLength(1);
  });

  it('waits until RateLimit-Reset when a 429 has no Retry-After', async () => {
    const h = host();
    const reset = Math.floor(Date.now() / 1000) + 30;
    server.fail({
      match: /^GET .*\/notes$/,
      status: 429,
      times: 1,
      headers: { 'ratelimit-reset': String(reset), 'ratelimit-remaining': '0' },
    });
    await h.upsertComment(21, MARKER, `${MARKER}\nx`);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(28_000);
    expect(waits[0]).toBeLessThanOrEqual(30_000);
  });

  it('retries a dropped connection', async () => {
    const h = host();
    server.fail({ match: /^GET .*\/notes$/, status: 0, times: 2 });
    expect((await h.upsertComment(22, MARKER, `${MARKER}\nx`)).action).toBe('created');
    expect(waits).toEqual([1000, 2000]);
  });

  it('gives up after 4 tries with an error naming the project and the status', async () => {
    const h = host();
    server.fail({ match: /^GET .*\/notes$/, status: 500, times: 10 });
    const error = await h.upsertComment(23, MARKER, `${MARKER}\nx`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TesseraError);
    expect((error as Error).message).toBe(
      'GitLab: could not list the merge request notes in acme/shop (HTTP 500): 500 Internal Server Error',
    );
    expect(requests(/^GET .*\/merge_requests\/23\/notes/)).toBe(4);
  });

  it('names the `api` scope when the token may only read (403 insufficient_scope)', async () => {
    const h = host(READ_ONLY);
    const error = await h.upsertComment(24, MARKER, `${MARKER}\nx`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodeHostPermissionError);
    expect((error as TesseraError).describe()).toContain('HTTP 403');
    expect((error as TesseraError).describe()).toContain('the `api` scope');
    expect(server.notesOf(24)).toEqual([]);
  });

  it('is what the registry creates for a GitLab merge request (Jenkins posts through it)', async () => {
    server.reset();
    const h = createCodeHostFor(
      { kind: 'gitlab', apiUrl: server.apiUrl, webUrl: 'https://gitlab.example.com', repo: 'acme/shop' },
      TOKEN,
      { cwd: process.cwd(), write: () => undefined },
    );
    expect(h).toBeInstanceOf(GitlabCodeHost);
    expect(h.limits.commentChars).toBe(1_000_000);
    expect((await h.upsertComment(30, MARKER, `${MARKER}\nfrom Jenkins`)).action).toBe('created');
    expect(server.notesOf(30)[0]?.author).toBe('tessera-bot');
  });
});
