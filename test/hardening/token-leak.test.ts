/**
 * Item 2 of the hardening issue: the test command never sees Tessera's credentials, and nothing it prints
 * carries one into output.log, the bundle, its raw result files or the uploaded artifact.
 */
import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecretMasker } from '../../src/ci/logger.js';
import { main } from '../../src/cli/main.js';
import {
  ALL_CREDENTIAL_VARIABLES,
  isCredentialVariable,
  testCommandEnvironment,
} from '../../src/run/child-environment.js';
import { CapturedOutputLog } from '../../src/run/output-log.js';

/** Each credential variable, with a value a test can look for. */
const CREDENTIALS: Readonly<Record<string, string>> = {
  INPUT_TOKEN: 'ghs_inputTokenValue0123456789',
  GITHUB_TOKEN: 'ghs_inputTokenValue0123456789', // the action's token, set again by the workflow
  ACTIONS_RUNTIME_TOKEN: 'eyJruntime.Token.Value.abcdef',
  ACTIONS_RESULTS_URL: 'https://results-receiver.example/secret-path-4242/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidcRequestToken_98765',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/token?audience=secret-aud-1',
  TESSERA_TOKEN: 'tessera_pat_55554444',
  TESSERA_QUEUE_URL: 'redis://user:queue-password-77@127.0.0.1:6379',
  GITLAB_TOKEN: 'glpat-gitlabTokenValue11',
  SYSTEM_ACCESSTOKEN: 'azureSystemAccessToken22',
  JENKINS_API_TOKEN: 'jenkinsApiToken33333333',
};

// Prints its environment three ways: to stdout, in a JUnit <system-out>, and in a failure message.
const DUMP_ENV = `
import { writeFileSync } from 'node:fs';
const env = JSON.stringify(process.env);
console.log('ENV', env);
const x = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
writeFileSync(process.env.TESSERA_RESULTS_DIR + '/junit.xml',
  '<testsuites><testsuite name="env" file="test/a.test.mjs">' +
  '<testcase classname="env" name="prints its environment"><system-out>' + x(env) + '</system-out></testcase>' +
  '<testcase classname="env" name="fails with it"><failure message="' + x(env) + '">' + x(env) + '</failure></testcase>' +
  '</testsuite></testsuites>');
writeFileSync(process.env.TESSERA_RESULTS_DIR + '/saw.json', JSON.stringify(Object.keys(process.env)));
`;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every file under `dir` that holds a credential value, with the variable. */
async function leaks(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(dir)) {
    const text = await readFile(file, 'utf8');
    for (const [name, value] of Object.entries(CREDENTIALS))
      if (text.includes(value)) found.push(`${file}: ${name}`);
  }
  return found;
}

describe('the test command environment', () => {
  it('holds back every credential variable and any variable with a credential value', () => {
    const { env, withheld, secrets } = testCommandEnvironment({
      ...CREDENTIALS,
      PATH: '/usr/bin',
      MY_COPY: CREDENTIALS.TESSERA_TOKEN,
      ACTIONS_ID_TOKEN_REQUEST_OTHER: 'x',
    });
    expect(Object.keys(env)).toEqual(['PATH']);
    expect(withheld).toContain('MY_COPY');
    expect(withheld).toContain('ACTIONS_ID_TOKEN_REQUEST_OTHER');
    expect(new Set(secrets)).toEqual(new Set(Object.values(CREDENTIALS)));
  });

  it('passes a variable through on purpose (--pass-env) and still masks its value', () => {
    const { env, secrets } = testCommandEnvironment(CREDENTIALS, ['GITLAB_TOKEN']);
    expect(env).toEqual({ GITLAB_TOKEN: CREDENTIALS.GITLAB_TOKEN });
    expect(secrets).toContain(CREDENTIALS.GITLAB_TOKEN);
  });

  it('names every variable the issue lists, per provider', () => {
    for (const name of Object.keys(CREDENTIALS).filter((n) => n !== 'GITHUB_TOKEN'))
      expect(isCredentialVariable(name), name).toBe(true);
    expect(ALL_CREDENTIAL_VARIABLES).toContain('ACTIONS_ID_TOKEN_REQUEST_*');
    expect(isCredentialVariable('PATH')).toBe(false);
  });
});

describe('CapturedOutputLog', () => {
  it('masks a secret split across chunks, and keeps head and tail around a visible marker', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-outlog-'));
    const masker = new SecretMasker();
    masker.add('SECRETVALUE');
    const log = new CapturedOutputLog(join(dir, 'output.log'), masker, { headChars: 20, tailChars: 20 });
    log.write(Buffer.from('head SECRET'));
    log.write(Buffer.from('VALUE then '));
    for (let i = 0; i < 1000; i++) log.write(`line ${i}\n`);
    log.write('the end SECRETVAL');
    log.write('UE!');
    log.close();
    const text = await readFile(join(dir, 'output.log'), 'utf8');
    expect(text.startsWith('head *** then line 0')).toBe(true);
    expect(text).toMatch(
      /… \[\d+ characters cut by Tessera: output\.log keeps the first 20 and the last 20\] …/,
    );
    expect(text.endsWith('the end ***!')).toBe(true);
    expect(text).not.toContain('SECRET');
    expect(text.length).toBeLessThan(200);
  });
});

describe('tessera run with credentials in its environment', () => {
  let cwd: string;
  const home = process.cwd();
  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'tessera-token-leak-'));
    await mkdir(join(cwd, 'test'));
    await writeFile(join(cwd, 'test/a.test.mjs'), '// a test file\n');
    await writeFile(join(cwd, 'dump-env.mjs'), DUMP_ENV);
    process.chdir(cwd);
    for (const [name, value] of Object.entries(CREDENTIALS)) vi.stubEnv(name, value);
    vi.stubEnv('TESSERA_BRANCH', 'main');
    vi.stubEnv('TESSERA_PROVIDER', '');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    process.chdir(home);
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  const command = ['--', process.execPath, 'dump-env.mjs', '{files}'];

  /** Where the command recorded the variables it saw: under the bundle's results, whatever the layout. */
  async function sawFile(folder: string): Promise<string> {
    const found = (await filesUnder(folder)).filter((f) => f.endsWith('saw.json'));
    expect(found).toHaveLength(1);
    return found[0] as string;
  }

  it('--local: output.log, the bundle and its result files hold no token value', async () => {
    const code = await main([
      'run',
      '--local',
      '--shards',
      '1',
      '--tests',
      'test/*.test.mjs',
      '--fail-on',
      'never',
      ...command,
    ]);
    expect(code).toBe(0);
    const folder = join(cwd, '.tessera/shards/tessera-shard-1-of-1');
    const log = await readFile(join(folder, 'output.log'), 'utf8');
    expect(log).toContain('ENV {');
    const saw = JSON.parse(await readFile(await sawFile(folder), 'utf8')) as string[];
    expect(saw.filter((name) => name in CREDENTIALS)).toEqual([]);
    expect(await leaks(join(cwd, '.tessera'))).toEqual([]);
  });

  it('--pass-env: the command gets the variable, and output.log still masks its value', async () => {
    await main(['run', '--local', '--shards', '1', '--tests', 'test/*.test.mjs', '--fail-on', 'never',
      '--pass-env', 'GITLAB_TOKEN', ...command]); // prettier-ignore
    const folder = join(cwd, '.tessera/shards/tessera-shard-1-of-1');
    const saw = JSON.parse(await readFile(await sawFile(folder), 'utf8')) as string[];
    expect(saw.filter((name) => name in CREDENTIALS)).toEqual(['GITLAB_TOKEN']);
    expect(await readFile(join(folder, 'output.log'), 'utf8')).toContain('"GITLAB_TOKEN":"***"');
    expect(await leaks(join(cwd, '.tessera'))).toEqual([]);
  });

  it('a CI shard job: the bundle and the uploaded artifact hold no token value', async () => {
    const code = await main([
      'run',
      '--provider',
      'local',
      '--shard',
      '1/1',
      '--tests',
      'test/*.test.mjs',
      ...command,
    ]);
    expect(code).toBe(1); // one test fails, by design
    const artifact = join(cwd, '.tessera/artifacts/tessera-shard-1-of-1');
    expect(await filesUnder(artifact)).toContain(join(artifact, 'bundle.json'));
    expect(await readFile(join(artifact, 'bundle.json'), 'utf8')).toContain('prints its environment');
    expect(await leaks(cwd)).toEqual([]);
  });
});
