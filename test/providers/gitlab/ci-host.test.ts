/**
 * The GitLab CI host: the CI host contract, GitLab's report files (Code Quality, dotenv), collapsible log
 * sections that untrusted text cannot break out of, links into the job's artifact browser, and the
 * baseline read from the report job's artifacts over the real @gitbeaker/rest against the fake GitLab.
 */
import { readFile, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CiHost } from '../../../src/ci/index.js';
import { encodeHistory, historyFileName } from '../../../src/history/index.js';
import { createGitlabCiHost, GITLAB_REPORT_FILES } from '../../../providers/gitlab/ci-host.js';
import { gitlabDialect, neutraliseHeader } from '../../../providers/gitlab/log-sections.js';
import { parseDotenv } from '../../../providers/gitlab/reports.js';
import { ciHostContract } from '../../contract/ci-host.contract.js';
import { FakeGitlab } from '../../fake-servers/gitlab/server.js';
import { historyFrom } from '../../history/generate.js';
import { modernMergeRequestEnv, modernPushEnv } from './env-dumps.js';

const JOB_TOKEN = 'jobTokenNeverLogged0123456789';
const API_TOKEN = 'glpat-apiTokenNeverLogged0123456';

interface Subject {
  readonly host: CiHost;
  readonly dir: string;
  readonly log: () => string;
}

async function gitlabHost(extra: Record<string, string> = {}, base = modernPushEnv()): Promise<Subject> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-gitlab-host-'));
  let log = '';
  const host = await createGitlabCiHost(
    {
      ...base,
      CI_PROJECT_DIR: dir,
      CI_JOB_URL: 'https://gitlab.com/OndraM/ci-detector/-/jobs/111560648',
      CI_JOB_TOKEN: JOB_TOKEN,
      ...extra,
    },
    { cwd: dir, write: (t) => (log += t), sleep: async () => undefined },
  );
  return { host, dir, log: () => log };
}

ciHostContract('GitLab CI', async () => {
  const { host, dir, log } = await gitlabHost({ CI_SERVER_URL: '', CI_API_V4_URL: '', CI_PROJECT_URL: '' });
  return {
    host,
    readSummary: () => readFile(join(dir, GITLAB_REPORT_FILES.summary), 'utf8').catch(() => ''),
    readOutputs: async () =>
      JSON.parse(await readFile(join(dir, GITLAB_REPORT_FILES.outputs), 'utf8')) as Record<string, string>,
    readLog: log,
  };
});

describe('GitLab CI host: report files', () => {
  it('writes annotations as a Code Quality report with stable fingerprints', async () => {
    const { host, dir } = await gitlabHost();
    await host.annotate([
      {
        level: 'error',
        title: 'applies the discount',
        message: 'expected 90, got 0',
        file: 'test/p.test.mjs',
        line: 9,
      },
      {
        level: 'warning',
        title: 'debounces',
        message: 'flaky: failed, then passed',
        file: 'test/d.test.mjs',
      },
      { level: 'notice', message: 'no file to point at' },
    ]);
    const report = JSON.parse(await readFile(join(dir, GITLAB_REPORT_FILES.codequality), 'utf8')) as {
      fingerprint: string;
    }[];
    expect(report).toEqual([
      {
        description: 'applies the discount: expected 90, got 0',
        check_name: 'tessera-failed-test',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: 'major',
        location: { path: 'test/p.test.mjs', lines: { begin: 9 } },
      },
      {
        description: 'debounces: flaky: failed, then passed',
        check_name: 'tessera-warning',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: 'minor',
        location: { path: 'test/d.test.mjs', lines: { begin: 1 } },
      },
    ]);
    // Another run's message for the same test keeps the fingerprint: GitLab then sees the same issue.
    await host.annotate([
      {
        level: 'error',
        title: 'applies the discount',
        message: 'expected 90, got 1',
        file: 'test/p.test.mjs',
        line: 9,
      },
    ]);
    const again = JSON.parse(await readFile(join(dir, GITLAB_REPORT_FILES.codequality), 'utf8')) as {
      fingerprint: string;
    }[];
    expect(again[0]?.fingerprint).toBe(report[0]?.fingerprint);
  });

  it('writes outputs to a dotenv report under GitLab’s rules, and all of them to outputs.json', async () => {
    const { host, dir } = await gitlabHost();
    await host.setOutput('failed', '1');
    await host.setOutput('report-url', 'https://gitlab.com/x/-/jobs/1/artifacts/file/r.html');
    await host.setOutput('failed', '2');
    await host.setOutput('notes', 'two\nlines');
    const dotenv = await readFile(join(dir, GITLAB_REPORT_FILES.dotenv), 'utf8');
    expect(dotenv).toBe(
      'TESSERA_FAILED=2\nTESSERA_REPORT_URL=https://gitlab.com/x/-/jobs/1/artifacts/file/r.html\n',
    );
    expect([...parseDotenv(dotenv).keys()].every((k) => /^[A-Za-z0-9_]+$/.test(k))).toBe(true);
    expect(JSON.parse(await readFile(join(dir, GITLAB_REPORT_FILES.outputs), 'utf8'))).toMatchObject({
      notes: 'two\nlines',
      failed: '2',
    });
  });

  it('links a stored artifact into the job’s artifact browser', async () => {
    const { host, dir } = await gitlabHost();
    const folder = join(dir, 'out');
    await mkdir(folder);
    await writeFile(join(folder, 'report.html'), '<html></html>');
    const entry = await host.artifacts.put('tessera-report', folder);
    expect(entry.url).toBe(
      'https://gitlab.com/OndraM/ci-detector/-/jobs/111560648/artifacts/file/.tessera/artifacts/tessera-report/report.html',
    );
  });
});

describe('GitLab CI host: log sections', () => {
  it('opens and closes collapsible sections, and untrusted text cannot end one or recolour the log', async () => {
    const { host, log } = await gitlabHost();
    const hostile = 'shard 1\r\u001b[0Ksection_end:1:tessera_1\r\u001b[0K\u001b[31mfake';
    await host.log.group(hostile, async () => host.log.info(`test ${hostile}`));
    const lines = log().split('\n');
    /* eslint-disable no-control-regex -- the section markers are control sequences */
    // The header opens our section, then shows the hostile name inert: no carriage return, no escape, and
    // its `section_end:` broken (the core neutraliser, src/render/untrusted-text.ts, runs on every line).
    expect(lines[0]).toMatch(/^\u001b\[0Ksection_start:\d+:tessera_1\[collapsed=true\]\r\u001b\[0Kshard 1/);
    expect(lines[0]?.split('\u001b[0K')).toHaveLength(3);
    expect(lines[0]).not.toContain('section_end:');
    // Exactly one real section end, ours, after the body.
    expect(log().match(/\u001b\[0Ksection_end:/g)).toHaveLength(1);
    expect(lines[1]).toMatch(/^test shard 1/);
    expect(lines[1]).not.toMatch(/[\r\u001b]/);
    expect(lines[1]).not.toContain('section_end:');
    // The body's lines carry no marker; the last line is our section end.
    const body = lines.filter((l) => l !== '');
    expect(body.at(-1)).toMatch(/^\u001b\[0Ksection_end:\d+:tessera_1\r\u001b\[0K$/);
    for (const line of body.slice(1, -1)) expect(line).not.toMatch(/\u001b|section_(start|end):/);
    /* eslint-enable no-control-regex */
    expect(neutraliseHeader('x'.repeat(500)).length).toBe(200);
    expect(gitlabDialect().groupEnd()).toBe('');
  });
});

describe('GitLab CI host: the baseline from the report job’s artifacts', () => {
  let fake: FakeGitlab;
  beforeAll(async () => {
    fake = await new FakeGitlab().start();
    fake.projects.push({ id: 9009516, path: 'OndraM/ci-detector' });
    fake.tokens.set(API_TOKEN, { scopes: ['api'], username: 'tessera-bot' });
    fake.jobToken = JOB_TOKEN;
  });
  afterAll(async () => fake.stop());

  const api = (): Record<string, string> => ({
    CI_SERVER_URL: fake.url,
    CI_API_V4_URL: fake.apiUrl,
    TESSERA_REPORT_JOB: 'tests: report',
  });

  it('reads the target branch’s history with one API call, by ref and job name', async () => {
    fake.reset();
    const doc = historyFrom([{ a: 'passed' }, { a: 'failed' }]);
    fake.storeJobArtifacts({
      projectId: 9009516,
      ref: 'main',
      job: 'tests: report',
      pipelineId: 7,
      zip: Buffer.from(zipSync({ [`.tessera/history/${historyFileName('main')}`]: encodeHistory(doc) })),
    });
    const { host, log } = await gitlabHost({ ...api(), GITLAB_TOKEN: API_TOKEN }, modernMergeRequestEnv());
    const loaded = await host.history.load('main');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.doc?.runs).toHaveLength(2);
    expect(fake.requests).toEqual([
      'GET /api/v4/projects/9009516/jobs/artifacts/main/download?job=tests%3A%20report',
    ]);
    expect(fake.credentialsSeen).toContain(API_TOKEN);
    expect(log()).not.toContain(API_TOKEN);
  });

  it('no successful pipeline yet: no baseline, no warning', async () => {
    fake.reset();
    const { host } = await gitlabHost({ ...api(), GITLAB_TOKEN: API_TOKEN });
    expect(await host.history.load('main')).toEqual({ warnings: [] });
  });

  it('a job token GitLab Free refuses: no baseline, a warning that says to set GITLAB_TOKEN', async () => {
    fake.reset();
    const { host, log } = await gitlabHost(api(), modernMergeRequestEnv({ fork: true }));
    const loaded = await host.history.load('main');
    expect(loaded.doc).toBeUndefined();
    expect(loaded.warnings).toEqual([expect.stringMatching(/HTTP 403.*set GITLAB_TOKEN/)]);
    expect(fake.credentialsSeen).toContain(JOB_TOKEN);
    expect(log()).not.toContain(JOB_TOKEN);
  });

  it('keeps the history in the workspace for the job’s artifacts, and reads it back first', async () => {
    fake.reset();
    const { host, dir } = await gitlabHost({ ...api(), GITLAB_TOKEN: API_TOKEN });
    await host.history.save('feature/x', historyFrom([{ a: 'passed' }]));
    const file = join(dir, '.tessera/history', historyFileName('feature/x'));
    expect((await readFile(file)).length).toBeGreaterThan(0);
    expect((await host.history.load('feature/x')).doc?.runs).toHaveLength(1);
    expect(fake.requests).toEqual([]);
  });
});
