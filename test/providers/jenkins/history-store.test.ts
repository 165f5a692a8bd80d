/**
 * The Jenkins history store with the real `jenkins` client against the fake Jenkins: which job holds which
 * branch (the multibranch sibling, double-encoded names, this build's own job, an explicit baseline job),
 * two GETs per lookup, Basic auth, and every way a lookup can come back empty: no build yet (quietly), no
 * credential (one warning however many loads), a refused token, a corrupt file (a warning each).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, PLAIN_DIALECT } from '../../../src/ci/index.js';
import { encodeHistory, historyFileName } from '../../../src/history/index.js';
import {
  JenkinsHistoryStore,
  type JenkinsHistoryStoreOptions,
} from '../../../providers/jenkins/history-store.js';
import { FakeJenkins } from '../../fake-servers/jenkins/server.js';
import { historyFrom } from '../../history/generate.js';

const TOKEN = '1122334455667788990011aabbccddeeff';
let jenkins: FakeJenkins;

beforeAll(async () => {
  jenkins = await new FakeJenkins().start();
  jenkins.users.set('bot', TOKEN);
});
afterAll(() => jenkins?.stop());
afterEach(() => {
  expect(jenkins.problems).toEqual([]);
  jenkins.requests.length = 0;
});

async function store(options: Partial<JenkinsHistoryStoreOptions> = {}) {
  let log = '';
  const workspace = await mkdtemp(join(tmpdir(), 'tessera-jenkins-history-'));
  const subject = new JenkinsHistoryStore({
    jenkinsUrl: `${jenkins.url}/`,
    jobName: 'shop/PR-4',
    ownBranch: 'feature/x',
    credential: { user: 'bot', token: TOKEN },
    workspace,
    log: createLogger((text) => (log += text), PLAIN_DIALECT, { secrets: [TOKEN] }),
    ...options,
  });
  return { subject, workspace, readLog: () => log };
}

const archived = (branch: string, runs = 1): Record<string, Buffer> => ({
  [`.tessera/history/${historyFileName(branch)}`]: encodeHistory(
    historyFrom(Array.from({ length: runs }, () => ({ a: 'passed' }))),
  ),
});

describe('Jenkins history store', () => {
  it('reads a branch’s history from the last successful build of its sibling job, in two GETs', async () => {
    jenkins.addBuild('shop/main', 'SUCCESS', archived('main', 2));
    jenkins.addBuild('shop/main', 'UNSTABLE', archived('main', 3));
    jenkins.addBuild('shop/main', 'FAILURE', archived('main', 9));
    const { subject } = await store();
    const load = await subject.load('main');
    expect(load.warnings).toEqual([]);
    // UNSTABLE counts as successful (Jenkins' lastSuccessfulBuild); the FAILURE after it does not.
    expect(load.doc?.runs).toHaveLength(3);
    expect(jenkins.requests).toEqual([
      'GET /job/shop/job/main/lastSuccessfulBuild/api/json?tree=number%2Cartifacts%5BrelativePath%5D',
      'GET /job/shop/job/main/2/artifact/.tessera/history/main.json.gz',
    ]);
    expect(jenkins.authorizations.has(`Basic ${Buffer.from(`bot:${TOKEN}`).toString('base64')}`)).toBe(true);
  });

  it('addresses this build’s own job for its own branch, double-encodes a slash, and honours a baseline job', async () => {
    jenkins.addBuild('shop/PR-4', 'SUCCESS', archived('feature/x'));
    jenkins.addBuild('shop/release%2F2.x', 'SUCCESS', archived('release/2.x'));
    jenkins.addBuild('legacy-main', 'SUCCESS', archived('develop'));
    const { subject } = await store();
    expect((await subject.load('feature/x')).doc).toBeDefined();
    expect((await subject.load('release/2.x')).doc).toBeDefined();
    expect(jenkins.requests).toContain(
      'GET /job/shop/job/release%252F2.x/lastSuccessfulBuild/api/json?tree=number%2Cartifacts%5BrelativePath%5D',
    );
    const { subject: pinned } = await store({ baselineJob: 'legacy-main' });
    expect((await pinned.load('develop')).doc).toBeDefined();
  });

  it('is quiet about a branch that was never built, or whose build archived no history', async () => {
    jenkins.addBuild('shop/empty', 'SUCCESS');
    const { subject, readLog } = await store();
    expect(await subject.load('never-built')).toEqual({ warnings: [] });
    expect(await subject.load('empty')).toEqual({ warnings: [] });
    expect(readLog()).toMatch(/archived no history of branch empty/);
  });

  it('warns once without a credential, and never calls Jenkins', async () => {
    const { subject } = await store({ credential: undefined });
    const first = await subject.load('main');
    const second = await subject.load('feature/x');
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0]).toMatch(/no Jenkins credential/);
    expect(second.warnings).toEqual([]);
    expect(jenkins.requests).toEqual([]);
  });

  it('turns a refused token and a corrupt file into a warning each, naming the build', async () => {
    const { subject: refused } = await store({ credential: { user: 'bot', token: 'wrong-token-value' } });
    const load = await refused.load('main');
    expect(load.doc).toBeUndefined();
    expect(load.warnings[0]).toMatch(
      /Jenkins refused to show the last successful build of shop\/main \(HTTP 401\)/,
    );
    jenkins.addBuild('shop/broken', 'SUCCESS', {
      [`.tessera/history/${historyFileName('broken')}`]: Buffer.from('not gzip'),
    });
    const { subject } = await store();
    const corrupt = await subject.load('broken');
    expect(corrupt.doc).toBeUndefined();
    expect(corrupt.warnings[0]).toMatch(
      /^\.tessera\/history\/broken\.json\.gz of build #1 of shop\/broken: .*starting a fresh history/,
    );
  });

  it('serves the crumb the real client fetches for a POST, and refuses a POST without it', async () => {
    // Tessera only reads (GETs need no crumb); this shows the fake's CSRF protection is the one the client meets.
    jenkins.addBuild('shop/stop-me', 'SUCCESS');
    const { default: Jenkins } = (await import('jenkins')) as {
      default: new (opts: object) => { build: { stop(name: string, n: number): Promise<void> } };
    };
    const authorization = `Basic ${Buffer.from(`bot:${TOKEN}`).toString('base64')}`;
    await new Jenkins({ baseUrl: jenkins.url, headers: { authorization } }).build.stop('shop/stop-me', 1);
    expect(jenkins.requests).toEqual(['GET /crumbIssuer/api/json', 'POST /job/shop/job/stop-me/1/stop']);
    expect(jenkins.stopped).toEqual(['/job/shop/job/stop-me/1/stop']);
    const withoutCrumb = new Jenkins({
      baseUrl: jenkins.url,
      headers: { authorization },
      crumbIssuer: false,
    });
    await expect(withoutCrumb.build.stop('shop/stop-me', 1)).rejects.toThrow();
    expect(jenkins.stopped).toHaveLength(1);
  });

  it('saves into the workspace for the step to archive, and reads its own write back', async () => {
    const { subject, workspace } = await store({ credential: undefined });
    const doc = historyFrom([{ a: 'passed' }]);
    await subject.save('feature/x', doc);
    expect(
      (await readFile(join(workspace, '.tessera/history', historyFileName('feature/x')))).length,
    ).toBeGreaterThan(0);
    expect((await subject.load('feature/x')).doc).toBe(doc);
  });
});
