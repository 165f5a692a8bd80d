// Regenerates the real-runner matrix (`npm run runners:regenerate`): runs the small suites of test/runners/suites
// with the real runners and reporters, and stores each run's report files and the runner's own console output
// (its summary, with the runner's version) under test/corpus/runners/. The tests in test/runners/ read only those
// stored files, so they run on a machine with no runner installed.
//
// The runners are installed into test/runners/suites/ itself (its own package.json and lockfile, `npm ci` there), not
// into the root package.json, so the root `npm ci` stays lean. pytest comes from Debian (`python3-pytest`).
//
// Usage: node scripts/regenerate-runners.mjs [runner...]   (no argument: every runner)
//
// The outputs are rewritten in one way only: the absolute path of this checkout becomes /repo, so the stored
// files do not depend on where the regeneration ran and tests can read them with root /repo.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SUITES = join(ROOT, 'test/runners/suites');
/** The suites' own package.json, lockfile and node_modules: node resolves the runners from the suites. */
const TOOLCHAIN = SUITES;
const OUT = join(ROOT, 'test/corpus/runners');
const BIN = join(TOOLCHAIN, 'node_modules/.bin');
const MODULES = join(TOOLCHAIN, 'node_modules');
/** What the checkout's absolute path becomes in the stored files. */
const STORED_ROOT = '/repo';
/** No run may hang the regeneration. */
const RUN_TIMEOUT_MS = 180_000;

/** The version of an installed package of the toolchain. */
async function versionOf(name) {
  const manifest = JSON.parse(await readFile(join(MODULES, name, 'package.json'), 'utf8'));
  return manifest.version;
}

/**
 * Runs one command and returns its console output (stdout then stderr), its stdout alone (a TAP stream) and
 * its exit code. Colours are off so the stored summaries are plain text.
 */
function run(command, args, { cwd, env = {} }) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: '1', ...env },
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  return { output: `${result.stdout}${result.stderr}`, stdout: result.stdout, status: result.status };
}

/** Stores a run's console output with a header naming the runner, its version, the command and exit code. */
async function storeConsole(dir, name, header, { output, status }) {
  const lines = [
    `# ${header.runner} ${header.version}`,
    `# command: ${header.command}`,
    `# exit code: ${status}`,
  ];
  await writeFile(join(dir, name), `${lines.join('\n')}\n${output}`);
}

/** Replaces the checkout's absolute path with /repo in every stored file of `dir`. */
async function neutralisePaths(dir) {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const text = await readFile(path, 'utf8');
    const escaped = ROOT.replace(/\//g, '\\/');
    const next = text.split(ROOT).join(STORED_ROOT).split(escaped).join(STORED_ROOT.replace(/\//g, '\\/'));
    if (next !== text) await writeFile(path, next);
  }
}

async function freshDir(name) {
  const dir = join(OUT, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

const RUNNERS = {
  async vitest() {
    const dir = await freshDir('vitest');
    const cwd = join(SUITES, 'vitest');
    const version = await versionOf('vitest');
    // vitest.config.mjs lists the reporters (default, junit, json, CTRF, TRX) and writes them to RUNNER_OUT.
    const args = ['run'];
    const result = run(join(BIN, 'vitest'), args, { cwd, env: { RUNNER_OUT: dir, RUNNER_MODULES: MODULES } });
    await storeConsole(
      dir,
      'console.txt',
      { runner: 'vitest', version, command: `vitest ${args.join(' ')}` },
      result,
    );
  },

  async jest() {
    const dir = await freshDir('jest');
    const cwd = join(SUITES, 'jest');
    const version = await versionOf('jest');
    const junit = join(MODULES, 'jest-junit');
    const config = {
      rootDir: cwd,
      testMatch: ['**/*.test.js'],
      reporters: [
        'default',
        // jest-junit's defaults.
        [junit, { outputDirectory: dir, outputName: 'jest-junit-default.xml' }],
        // A file path as the classname, the file attribute, and suite errors as test cases.
        [
          junit,
          {
            outputDirectory: dir,
            outputName: 'jest-junit-file-classname.xml',
            classNameTemplate: '{filepath}',
            addFileAttribute: 'true',
            reportTestSuiteErrors: 'true',
          },
        ],
        // The suite named after the file, the title holding the describe path, a custom separator.
        [
          junit,
          {
            outputDirectory: dir,
            outputName: 'jest-junit-suite-per-file.xml',
            suiteNameTemplate: '{filepath}',
            titleTemplate: '{classname} › {title}',
            ancestorSeparator: ' › ',
            includeConsoleOutput: 'true',
          },
        ],
        [join(MODULES, 'jest-ctrf-json-reporter'), { outputDir: dir, outputFile: 'jest-ctrf.json' }],
        [join(MODULES, 'jest-trx-results-processor'), { outputFile: join(dir, 'jest.trx') }],
      ],
    };
    const args = [
      '--ci',
      '--config',
      JSON.stringify(config),
      '--json',
      `--outputFile=${join(dir, 'jest-json.json')}`,
    ];
    const result = run(join(BIN, 'jest'), args, { cwd });
    await storeConsole(
      dir,
      'console.txt',
      {
        runner: 'jest',
        version,
        command: 'jest --ci --config <reporters> --json --outputFile=jest-json.json',
      },
      result,
    );
  },

  async mocha() {
    const dir = await freshDir('mocha');
    const cwd = join(SUITES, 'mocha');
    // mocha-junit-reporter 2.2.1 and mocha-trx-reporter 3.3.1 call `require('mocha')`'s Base reporter as a
    // function, which Mocha 12 (an ES class) refuses: they need `mocha` to be Mocha 11, as their users have it.
    // Mocha 12 (the `mocha12` alias) runs the built-in reporters.
    const mocha11 = { bin: join(MODULES, 'mocha/bin/mocha.js'), version: await versionOf('mocha') };
    const mocha12 = { bin: join(MODULES, 'mocha12/bin/mocha.js'), version: await versionOf('mocha12') };
    const cells = [
      ['console.txt', mocha12, ['--reporter', 'spec']],
      ['console-11.txt', mocha11, ['--reporter', 'spec']],
      [
        'console-json.txt',
        mocha12,
        ['--reporter', 'json', '--reporter-option', `output=${join(dir, 'mocha-json.json')}`],
      ],
      [
        'console-xunit.txt',
        mocha12,
        ['--reporter', 'xunit', '--reporter-option', `output=${join(dir, 'mocha-xunit.xml')}`],
      ],
      [
        'console-junit.txt',
        mocha11,
        [
          '--reporter',
          'mocha-junit-reporter',
          '--reporter-option',
          `mochaFile=${join(dir, 'mocha-junit-reporter.xml')}`,
        ],
      ],
      [
        'console-ctrf.txt',
        mocha11,
        [
          '--reporter',
          'mocha-ctrf-json-reporter',
          '--reporter-option',
          `outputDir=${dir},outputFile=mocha-ctrf.json`,
        ],
      ],
      [
        'console-trx.txt',
        mocha11,
        ['--reporter', 'mocha-trx-reporter', '--reporter-option', `output=${join(dir, 'mocha.trx')}`],
      ],
    ];
    for (const [name, mocha, reporter] of cells) {
      const args = ['outcomes.spec.cjs', ...reporter];
      const result = run(process.execPath, [mocha.bin, ...args], { cwd });
      await storeConsole(
        dir,
        name,
        { runner: 'mocha', version: mocha.version, command: `mocha ${args.join(' ')}` },
        result,
      );
    }
  },

  async 'node-test'() {
    const dir = await freshDir('node-test');
    const cwd = join(SUITES, 'node-test');
    const args = [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=junit',
      `--test-reporter-destination=${join(dir, 'node-test-junit.xml')}`,
      '--test-reporter=tap',
      `--test-reporter-destination=${join(dir, 'node-test.tap')}`,
      'outcomes.test.mjs',
      'fails-to-load.test.mjs',
    ];
    const result = run(process.execPath, args, { cwd });
    await storeConsole(
      dir,
      'console.txt',
      { runner: 'node:test', version: process.version, command: `node ${args.join(' ')}` },
      result,
    );
  },

  async 'node-tap'() {
    const dir = await freshDir('node-tap');
    const cwd = join(SUITES, 'node-tap');
    const version = await versionOf('tap');
    const common = [
      '--disable-coverage',
      '--allow-empty-coverage',
      '--jobs=1',
      'outcomes.test.mjs',
      'fails-to-load.test.mjs',
    ];
    const summary = run(join(BIN, 'tap'), ['--reporter=terse', ...common], { cwd });
    await storeConsole(
      dir,
      'console.txt',
      { runner: 'tap', version, command: `tap --reporter=terse ${common.join(' ')}` },
      summary,
    );
    const stream = run(join(BIN, 'tap'), ['--reporter=tap', ...common], { cwd });
    await writeFile(join(dir, 'node-tap.tap'), stream.stdout);
  },

  async tape() {
    const dir = await freshDir('tape');
    const cwd = join(SUITES, 'tape');
    const version = await versionOf('tape');
    const result = run(process.execPath, ['outcomes.mjs'], { cwd });
    await writeFile(join(dir, 'tape.tap'), result.stdout);
    await storeConsole(dir, 'console.txt', { runner: 'tape', version, command: 'node outcomes.mjs' }, result);
  },

  async playwright() {
    const dir = await freshDir('playwright');
    const cwd = join(SUITES, 'playwright');
    const version = await versionOf('@playwright/test');
    for (const shard of [1, 2]) {
      const args = ['test', `--shard=${shard}/2`, '--config', 'playwright.config.mjs'];
      const result = run(join(BIN, 'playwright'), args, {
        cwd,
        env: { PW_OUT: dir, PW_SHARD: String(shard), PW_TMP: tmpdir() },
      });
      await storeConsole(
        dir,
        `console-shard-${shard}.txt`,
        { runner: 'playwright', version, command: `playwright ${args.join(' ')}` },
        result,
      );
    }
    // A file that fails to load: Playwright runs no test and writes reports that hold only the error.
    const args = ['test', '--config', 'playwright.config.mjs'];
    const result = run(join(BIN, 'playwright'), args, {
      cwd: join(SUITES, 'playwright-load-error'),
      env: { PW_OUT: dir, PW_TMP: tmpdir() },
    });
    await storeConsole(
      dir,
      'console-load-error.txt',
      { runner: 'playwright', version, command: `playwright ${args.join(' ')}` },
      result,
    );
  },

  async pytest() {
    const dir = await freshDir('pytest');
    const cwd = join(SUITES, 'pytest');
    // Debian's pytest (python3-pytest), not whatever python3 comes first on PATH.
    const python = '/usr/bin/python3';
    const probe = spawnSync(python, ['-m', 'pytest', '--version'], { encoding: 'utf8' });
    if (probe.status !== 0) throw new Error('pytest is not installed: apt-get install -y python3-pytest');
    const version = `${probe.stdout}${probe.stderr}`.trim().replace(/^pytest /, '');
    const base = [
      '-m',
      'pytest',
      '-p',
      'no:cacheprovider',
      '--continue-on-collection-errors',
      '-rA',
      'tests',
    ];
    const cells = [
      ['console.txt', ['--junitxml', join(dir, 'pytest-xunit1.xml'), '-o', 'junit_family=xunit1']],
      ['console-xunit2.txt', ['--junitxml', join(dir, 'pytest-xunit2.xml'), '-o', 'junit_family=xunit2']],
      // Two shards chosen with -k, each suite named after its shard, as a CI matrix would run them.
      [
        'console-shard-1.txt',
        [
          '--junitxml',
          join(dir, 'pytest-shard-1.xml'),
          '-o',
          'junit_suite_name=shard-1',
          '-k',
          'passes or fails or error',
        ],
      ],
      [
        'console-shard-2.txt',
        [
          '--junitxml',
          join(dir, 'pytest-shard-2.xml'),
          '-o',
          'junit_suite_name=shard-2',
          '-k',
          'not (passes or fails or error)',
        ],
      ],
    ];
    for (const [name, extra] of cells) {
      const args = [...base, ...extra];
      const result = run(python, args, { cwd, env: { PYTHONDONTWRITEBYTECODE: '1' } });
      await storeConsole(
        dir,
        name,
        { runner: 'pytest', version, command: `${python} ${args.join(' ')}` },
        result,
      );
    }
  },
};

async function main() {
  if (!existsSync(MODULES)) {
    console.log('Installing the runners into test/runners/suites (npm ci)…');
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: TOOLCHAIN, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm ci in test/runners/suites failed');
  }
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in RUNNERS));
  if (unknown.length > 0)
    throw new Error(`unknown runner(s) ${unknown.join(', ')}; known: ${Object.keys(RUNNERS).join(', ')}`);
  for (const name of wanted.length > 0 ? wanted : Object.keys(RUNNERS)) {
    const started = Date.now();
    await RUNNERS[name]();
    await neutralisePaths(join(OUT, name));
    console.log(`${name}: ${relative(ROOT, join(OUT, name))} (${Date.now() - started} ms)`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
