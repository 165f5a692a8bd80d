/**
 * The command-line defects of issue 11, one test each, in-process through `main` (the EPIPE test spawns the
 * CLI, since a closed pipe only exists between processes).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { createProgram, main } from '../../src/cli/main.js';
import { hostNotYetSupported, type ProviderModule } from '../../src/ci/index.js';
import { openCiHost } from '../../providers/index.js';
import { cliBundle } from '../support/cli-bundle.js';
import { REPO_ROOT } from '../support/corpus.js';

let dir: string;
let stdout: string;
let stderr: string;
const cwd = process.cwd();

/** Commander's own writes (help, version, parse errors), captured. */
const output = {
  writeOut: (text: string) => void (stdout += text),
  writeErr: (text: string) => void (stderr += text),
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-cli-defects-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
});

afterEach(() => {
  process.chdir(cwd);
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const run = (...argv: string[]): Promise<number> =>
  main(argv, (line) => void (stderr += `${line}\n`), output);

/** A JUnit file with one passing test and, optionally, one failing with `failure`'s message and text. */
function junit(failure?: { message: string; text: string }): string {
  const failed = failure
    ? `<testcase classname="cart" name="totals" time="0.02"><failure message="${failure.message}">${failure.text}</failure></testcase>`
    : '';
  return `<?xml version="1.0"?>\n<testsuites><testsuite name="cart" file="src/cart.test.ts"><testcase classname="cart" name="adds" time="0.01"/>${failed}</testsuite></testsuites>\n`;
}

const plan = (...flags: string[]) =>
  run('plan', '--tests', 'examples/suite/test/*.test.mjs', '--format', 'matrix', ...flags);

describe('--version', () => {
  it.each(['--version', '-V'])('%s prints the version of package.json and exits 0', async (flag) => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await run(flag)).toBe(0);
    expect(stdout.trim()).toBe(version);
  });
});

describe('a bad flag or value', () => {
  it.each([
    [['report', '--jsonn'], "unknown option '--jsonn'", 'report'],
    [['report', 'x.xml', '--fail-on', 'sometimes'], "argument 'sometimes' is invalid", 'report'],
    [['plan', '--format', 'yaml'], "argument 'yaml' is invalid", 'plan'],
  ])('%j prints the error and where help is, not the help (exit 2)', async (argv, error, verb) => {
    expect(await run(...argv)).toBe(2);
    expect(stderr).toContain(error);
    expect(stderr).toContain(`Run 'tessera ${verb} --help' for its flags.`);
    expect(stderr).not.toContain('Usage:');
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
  });
});

describe('output piped into a reader that stops early', () => {
  /** Spawns the CLI with its stdout's reading end closed at once, as `| head -0` would. */
  function spawnClosed(argv: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cliBundle(), ...argv], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy();
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr: err }));
    });
  }

  it('run --help | head: exits quietly, no EPIPE stack', async () => {
    const result = await spawnClosed(['run', '--help']);
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('report … | head: exits quietly, no EPIPE stack', async () => {
    const result = await spawnClosed(['report', 'examples/results/*.xml', '--fail-on', 'never']);
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr).not.toContain('Error');
    expect(result.code).toBe(0);
  });
});

describe('--shards', () => {
  it('refuses 99999999 at once, naming the limit, instead of planning it', async () => {
    const started = Date.now();
    expect(await plan('--shards', '99999999')).toBe(2);
    expect(stderr).toContain('--shards 99999999: too many shards; Tessera plans at most 1000 shards');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.each(['1e3', '0', '2.5', '0x10', '-4'])('refuses %s: a count is plain digits, 1 or more', async (n) => {
    expect(await plan('--shards', n)).toBe(2);
    expect(stderr).toContain(`--shards must be a whole number ≥ 1, got '${n}'`);
  });

  it.each([
    ['GITHUB_ACTIONS', 'true', '257', 'GitHub Actions runs at most 256 jobs in one matrix'],
    ['TESSERA_PROVIDER', 'gitlab', '201', 'GitLab CI runs at most 200 jobs in one matrix'],
    ['TESSERA_PROVIDER', 'azure', '100', 'Azure Pipelines runs at most 99 jobs in one matrix'],
  ])('with %s=%s, refuses --shards %s: %s', async (name, value, shards, message) => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv(name, value);
    expect(await plan('--shards', shards)).toBe(2);
    expect(stderr).toContain(message);
  });

  it('takes the limit itself on GitHub (256 shards plan)', async () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    expect(await plan('--shards', '256')).toBe(0);
    expect((JSON.parse(stdout) as { include: unknown[] }).include).toHaveLength(256);
  });

  it('limits the config file, --max-shards, --shard i/N and run --local too', async () => {
    process.chdir(dir);
    writeFileSync('tessera.config.json', JSON.stringify({ tests: ['*.mjs'], shards: 5000 }));
    expect(await run('plan')).toBe(2);
    expect(stderr).toContain('shards: 5000 in the config file: too many shards');
    expect(await run('plan', '--target', '5m', '--max-shards', '2000')).toBe(2);
    expect(stderr).toContain('--max-shards 2000: too many shards');
    expect(await run('plan', '--shard', '1/99999999')).toBe(2);
    expect(stderr).toContain('--shard 1/99999999: too many shards');
    expect(await run('run', '--local', '--shards', '5000', '--', 'true')).toBe(2);
    expect(stderr).toContain('--shards 5000: too many shards');
  });
});

describe('report wording and verdicts', () => {
  it('counts result files as result files', async () => {
    writeFileSync(join(dir, 'a.xml'), junit());
    expect(await run('report', join(dir, 'a.xml'))).toBe(0);
    expect(stdout).toContain('Tessera report: 1 test from 1 result file\n');
  });

  it('with an unreadable input never says the run passes, and says why it exits 3', async () => {
    writeFileSync(join(dir, 'good.xml'), junit({ message: 'boom', text: 'boom' }));
    writeFileSync(join(dir, 'bad.xml'), 'garbage<');
    const code = await run('report', join(dir, 'good.xml'), join(dir, 'bad.xml'), '--fail-on', 'never');
    expect(code).toBe(3);
    expect(stdout).not.toContain('passes');
    expect(stdout).toMatch(/Verdict: 1 input could not be read, .*\(exit 3\)/);
  });

  it('report --from a missing folder says the folder does not exist', async () => {
    const missing = join(dir, 'nonexistent');
    expect(await run('report', '--from', missing)).toBe(2);
    expect(stderr).toContain(`--from ${missing}: the folder does not exist`);
    expect(stderr).not.toContain('no shard bundle');
  });

  it("a failure's headline is its real message and the markdown keeps the assertion diff", async () => {
    const text = [
      'AssertionError: expected { a: 2 } to deeply equal { a: 1 }',
      '',
      '- Expected',
      '+ Received',
      '',
      '  {',
      '-   "a": 1,',
      '+   "a": 2,',
      '  }',
      '',
      ' ❯ src/cart.test.ts:12:20',
      '    at runTest (node_modules/vitest/dist/runner.js:10:5)',
    ].join('\n');
    writeFileSync(
      join(dir, 'a.xml'),
      junit({ message: 'expected { a: 2 } to deeply equal { a: 1 }', text: text.replace(/"/g, '&quot;') }),
    );
    const md = join(dir, 'report.md');
    expect(await run('report', join(dir, 'a.xml'), '--markdown', md, '--fail-on', 'never')).toBe(0);
    const comment = readFileSync(md, 'utf8');
    expect(comment).toContain('failed with: expected { a: 2 } to deeply equal { a: 1 }');
    expect(comment).not.toContain('<n>');
    expect(comment).toContain('-   "a": 1,');
    expect(comment).toContain('+   "a": 2,');
  });
});

describe('collect', () => {
  it('names itself once when no result matches', async () => {
    mkdirSync(join(dir, 'job'));
    process.chdir(join(dir, 'job'));
    expect(await run('collect', '--shard', '1/3', '--results', 'nothing*.xml')).toBe(1);
    expect(stderr).not.toContain('tessera collect: tessera collect');
    expect(stderr).toContain('tessera collect: shard 1/3: no test results match');
    expect(stderr).toContain('shard 1/3: 1 test;');
  });
});

describe('a provider without a host yet', () => {
  const gitlabLike: ProviderModule = {
    id: 'gitlab',
    displayName: 'GitLab CI',
    maxShards: 200,
    detect: () => true,
    createCiHost: hostNotYetSupported('GitLab CI'),
  };
  const deps = { cwd: tmpdir(), write: () => undefined };

  it('chosen by name (--provider gitlab) says it was chosen, not detected', async () => {
    const opening = openCiHost(gitlabLike, {}, deps, true);
    await expect(opening).rejects.toThrow('GitLab CI was chosen (--provider or TESSERA_PROVIDER)');
    await expect(openCiHost(gitlabLike, {}, deps, true)).rejects.not.toThrow('detected');
  });

  it('detected, falls back to the local host with a warning that says detected', async () => {
    let log = '';
    const host = await openCiHost(gitlabLike, {}, { ...deps, write: (t) => void (log += t) }, false);
    expect(host.id).toBe('local');
    expect(log).toContain('GitLab CI was detected');
  });
});

describe('the action and the CLI', () => {
  it("action.yml's fail-on input documents exactly the CLI's --fail-on choices", () => {
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string; default?: string }>;
    };
    const input = action.inputs['fail-on'];
    const documented = /Values: ([^.]+)\./.exec(input?.description ?? '')?.[1]?.split(' | ');
    const report = createProgram().commands.find((c) => c.name() === 'report');
    const choices = report?.options.find((o) => o.long === '--fail-on')?.argChoices;
    expect(choices).toBeDefined();
    expect(documented).toEqual(choices);
    expect(choices).toContain(input?.default);
    // The README's input table says the same.
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `fail-on`'));
    expect(row?.match(/`([a-z-]+)`/g)?.slice(2)).toEqual(choices?.map((c) => `\`${c}\``));
  });
});

describe('src/cli imports', () => {
  it('verbs/ never imports commands/, and commands/ reaches verbs/ only through import()', () => {
    const folder = (name: string) => join(REPO_ROOT, 'src/cli', name);
    for (const file of readdirSync(folder('verbs')))
      expect(readFileSync(join(folder('verbs'), file), 'utf8'), file).not.toMatch(/from '\.\.\/commands\//);
    for (const file of readdirSync(folder('commands')))
      expect(readFileSync(join(folder('commands'), file), 'utf8'), file).not.toMatch(/from '\.\.\/verbs\//);
  });
});
