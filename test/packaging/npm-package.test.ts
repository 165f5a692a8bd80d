/**
 * The npm package as a user gets it: `npm pack`, then the tarball installed offline into an empty project,
 * and `npx tessera` run there over a tiny node:test suite (plan, two shard runs, report). The published
 * package must hold only what runs (the bundled CLI and its documents) and install nothing else: every
 * runtime library is inside the ncc bundle, so `dependencies` is empty.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  dependencies?: Record<string, string>;
};

/** The documents that ship beside the bundle (npm adds package.json, README and LICENSE itself). */
const DOCUMENTS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
/**
 * Bounds that catch a test folder or a second bundle slipping in (today: 48 files, 2.2 MB packed: the one
 * CLI bundle, whose lazy chunks hold the clients of all four CIs and of Redis).
 */
const MAX_FILES = 64;
const MAX_PACKED_BYTES = 3 * 1024 * 1024;

/**
 * The child processes' environment: without the npm_* variables of an enclosing `npm test`, which would
 * otherwise steer the nested npm (its prefix, its cache, its user agent), and with a cache of its own.
 */
function npmEnv(cache: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
  );
  return { ...env, npm_config_cache: cache, npm_config_update_notifier: 'false', NO_COLOR: '1' };
}

let work: string;
let project: string;
let env: NodeJS.ProcessEnv;
let packed: PackResult;

/**
 * Runs `npx <args>` in the project and returns its stdout. Offline through the environment, not a flag:
 * npx reads flags placed before the command as its own for the rest of the line (`npx --no tessera
 * --version` prints npm's version).
 */
const npx = (...args: string[]): string =>
  execFileSync('npx', args, {
    cwd: project,
    env: { ...env, npm_config_offline: 'true', npm_config_yes: 'false' },
    encoding: 'utf8',
  });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tessera-pack-'));
  env = npmEnv(join(work, 'npm-cache'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
  });
  packed = (JSON.parse(out) as PackResult[])[0] as PackResult;

  project = join(work, 'project');
  mkdirSync(join(project, 'test'), { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }),
  );
  for (const name of ['a', 'b', 'c'])
    writeFileSync(
      join(project, 'test', `${name}.test.mjs`),
      `import { test } from 'node:test';\nimport assert from 'node:assert';\ntest('${name} adds', () => assert.equal(1 + 1, 2));\n`,
    );
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], {
    cwd: project,
    env,
    encoding: 'utf8',
  });
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('is publishable under its own name, with no runtime dependency', () => {
    expect(manifest.name).toBe('tessera-ci');
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ tessera: 'dist/cli/index.js', 'tessera-ci': 'dist/cli/index.js' });
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('packs only what runs: the bundled CLI and its documents, within bounds', () => {
    const paths = packed.files.map((f) => f.path);
    const extra = paths.filter((p) => !p.startsWith('dist/cli/') && !DOCUMENTS.includes(p));
    expect(extra, 'files that do not run').toEqual([]);
    for (const document of DOCUMENTS) expect(paths).toContain(document);
    expect(paths).toContain('dist/cli/index.js');
    console.log(
      `npm pack: ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB packed, ` +
        `${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`,
    );
    expect(packed.entryCount).toBeLessThanOrEqual(MAX_FILES);
    expect(packed.size).toBeLessThanOrEqual(MAX_PACKED_BYTES);
  });

  it('bundles every library: the CLI bundle loads nothing from outside but Node built-ins', () => {
    const dir = join(REPO_ROOT, 'dist/cli');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const loaded = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(dir, file), 'utf8');
      for (const m of code.matchAll(/\bexternal "([^"]+)"|\b(?:__)?require\("([^"./][^"]*)"\)/g))
        loaded.add((m[1] ?? m[2]) as string);
    }
    // fdir (inside tinyglobby) tries an optional picomatch in a try/catch and works without it.
    const outside = [...loaded].filter((m) => !builtins.has(m) && m !== 'picomatch');
    expect(outside).toEqual([]);
    expect(loaded.has('node:fs')).toBe(true);
  });

  it('installs offline into an empty project and adds nothing but itself', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['tessera-ci']);
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/tessera-ci']);
  });

  it('runs there: --version, plan, run on each shard, report', () => {
    expect(npx('tessera', '--version').trim()).toBe(manifest.version);
    expect(npx('tessera-ci', '-V').trim()).toBe(manifest.version);
    const plan = npx('tessera', 'plan', '--tests', 'test/*.test.mjs', '--shards', '2', '--format', 'json');
    writeFileSync(join(project, 'plan.json'), plan);
    const command = [
      '--',
      'node',
      '--test',
      '--test-reporter=junit',
      '--test-reporter-destination={results}/junit.xml',
      '{files}',
    ];
    for (const shard of ['1/2', '2/2'])
      npx('tessera', 'run', '--plan', 'plan.json', '--shard', shard, ...command);
    const summary = npx('tessera', 'report', '--from', '.tessera/shards', '--json', 'report.json');
    expect(summary).toContain('Tessera report: 3 tests');
    const report = JSON.parse(readFileSync(join(project, 'report.json'), 'utf8')) as {
      summary: { tests: number; passed: number; failed: number };
    };
    expect(report.summary).toMatchObject({ tests: 3, passed: 3, failed: 0 });
  });
});
