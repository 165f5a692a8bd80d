/**
 * The GitHub CI host, run the way the runner runs a JavaScript action: GITHUB_* variables, a real event
 * payload at GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the artifact runtime
 * pointed at the fake Results service.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_SUMMARY_LIMIT_BYTES } from '../../../src/ci/index.js';
import { createGithubCiHost } from '../../../providers/github/ci-host.js';
import { ciHostContract } from '../../contract/ci-host.contract.js';
import { FakeGithubToken, runnerEnv, setProcessEnv } from '../../fake-servers/github/runner-env.js';
import { FakeGithub } from '../../fake-servers/github/server.js';
import { corpusFile } from '../../support/corpus.js';

let server: FakeGithub;
let restore: () => void;
beforeAll(async () => {
  server = await new FakeGithub().start();
  // @actions/github reads GITHUB_API_URL when first imported: set before any client exists.
  restore = setProcessEnv({ ...runnerEnv(server, tmpdir()), GITHUB_API_URL: server.url });
});
afterAll(async () => {
  restore();
  await server.stop();
});
afterEach(() => {
  expect(server.problems).toEqual([]);
});

/** Parses GITHUB_OUTPUT as the runner does: `name=value` lines and `name<<DELIM … DELIM` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] !== undefined && heredoc[2] !== undefined) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

async function githubJob(extra: Record<string, string> = {}) {
  server.reset();
  const dir = await mkdtemp(join(tmpdir(), 'tessera-gh-job-'));
  const eventPath = join(dir, 'event.json');
  await copyFile(corpusFile('github/webhook-payloads/pull_request.synchronize.json'), eventPath);
  const env = {
    ...runnerEnv(server, dir),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_API_URL: server.url,
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'ghs_inputTokenThatMustNeverBeLogged01',
    ...extra,
  };
  await writeFile(env.GITHUB_OUTPUT, '');
  let log = '';
  const host = await createGithubCiHost(env, { cwd: dir, write: (t) => (log += t), sleep: async () => {} });
  return { dir, env, host, readLog: () => log };
}

ciHostContract('GitHub Actions', async () => {
  const { env, host, readLog } = await githubJob();
  return {
    host,
    readSummary: () => readFile(env.GITHUB_STEP_SUMMARY, 'utf8').catch(() => ''),
    readOutputs: async () => parseOutputFile(await readFile(env.GITHUB_OUTPUT, 'utf8')),
    readLog,
  };
});

describe('GitHub CI host', () => {
  it('reads the context from the environment and the event payload', async () => {
    const { host } = await githubJob();
    expect(host.context()).toMatchObject({
      provider: 'github',
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      builtSha: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
      pr: { number: 2, baseBranch: 'master', fork: false },
      run: { id: '77', attempt: 1, url: 'https://github.com/Codertocat/Hello-World/actions/runs/77' },
    });
  });

  it('budgets the job summary at 1 MiB, counting what earlier steps wrote', async () => {
    const { env, host } = await githubJob();
    expect(host.summary.limitBytes).toBe(GITHUB_SUMMARY_LIMIT_BYTES);
    await writeFile(env.GITHUB_STEP_SUMMARY, 'x'.repeat(GITHUB_SUMMARY_LIMIT_BYTES - 10));
    expect(await host.summary.append('0123456789')).toEqual({
      written: true,
      totalBytes: GITHUB_SUMMARY_LIMIT_BYTES,
    });
    expect((await host.summary.append('!')).written).toBe(false);
  });

  it('writes outputs in the multi-line GITHUB_OUTPUT form the runner reads', async () => {
    const { env, host } = await githubJob();
    await host.setOutput('matrix', '{"include":[{"shard":1}]}');
    const text = await readFile(env.GITHUB_OUTPUT, 'utf8');
    expect(text).toMatch(
      /^matrix<<ghadelimiter_[0-9a-f-]{36}\n\{"include":\[\{"shard":1\}\]\}\nghadelimiter_[0-9a-f-]{36}\n$/,
    );
  });

  it('sends at most 10 annotations of each level, escaped so a message cannot start a command', async () => {
    const { host, readLog } = await githubJob();
    const annotations = Array.from({ length: 13 }, (_, i) => ({
      level: 'error' as const,
      message: i === 0 ? 'expected 1\n::add-mask::oops' : `failure ${i}`,
      file: 'test/a, b.test.ts',
      line: i + 1,
      title: 'adds: numbers',
    }));
    expect(await host.annotate(annotations)).toEqual({ shown: 10, omitted: 3 });
    const lines = readLog().trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe(
      '::error file=test/a%2C b.test.ts,line=1,title=adds%3A numbers::expected 1%0A::add-mask::oops',
    );
  });

  it('masks the runtime token and the action token in everything it prints', async () => {
    const { env, host, readLog } = await githubJob();
    host.log.info(`runtime ${FakeGithubToken.value}`);
    host.log.error(`token ${env.INPUT_TOKEN}`);
    await host.annotate([{ level: 'warning', message: `header: Bearer ${env.INPUT_TOKEN}` }]);
    await host.log.group('upload', async () => {
      await host.artifacts.list();
    });
    const log = readLog();
    expect(log).toContain('***');
    expect(log).not.toContain(FakeGithubToken.value);
    expect(log).not.toContain(env.INPUT_TOKEN);
    expect(log).toContain('::group::upload\n');
    expect(log).toContain('::endgroup::\n');
  });
});
