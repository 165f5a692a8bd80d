/**
 * Reproduce commands (issue 20, "Reproduce"): one command per failure group, derived from the test command
 * the shard ran, quoted for a POSIX shell. The real check: on a copy of examples/suite with one failing test
 * (whose name is hostile to a shell), the command the report prints, pasted into `sh`, runs that test only.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reproduceCommand, escapeRegExp } from '../../src/command/reproduce.js';
import { DEFAULT_READ_OPTIONS, readResultFile } from '../../src/formats/index.js';
import { buildReportView } from '../../src/render/build-view.js';
import { buildBundleReport } from '../../src/report/bundle-report.js';
import { loadBundleRun } from '../../src/report/bundles.js';
import { runShard } from '../../src/run/shard.js';
import { REPO_ROOT } from '../support/corpus.js';

const run = promisify(execFile);

/** The test command of `npm start` (package.json): one node:test process per file, JUnit to {results}. */
const NODE_COMMAND = [
  'node',
  '--test',
  '--test-reporter=junit',
  '--test-reporter-destination={results}/junit.xml',
  '{file}',
];

describe('reproduceCommand', () => {
  const failing = { file: 'test/a b.test.mjs', suite: ['math'], name: 'adds' };

  it('fills the files and places each known runner’s name filter where it reads it', () => {
    expect(reproduceCommand(NODE_COMMAND, [failing])).toBe(
      "mkdir -p .tessera/reproduce && node --test '--test-name-pattern=^adds$' --test-reporter=spec " +
        '--test-reporter-destination=stdout --test-reporter=junit ' +
        "--test-reporter-destination=.tessera/reproduce/junit.xml 'test/a b.test.mjs'",
    );
    expect(reproduceCommand(['npx', 'vitest', 'run', '{files}'], [failing])).toBe(
      "npx vitest run 'test/a b.test.mjs' -t '^math adds$'",
    );
    expect(reproduceCommand(['npx', 'jest', '--ci'], [failing, { ...failing, name: 'subtracts' }])).toBe(
      "npx jest --ci -t '^(?:math adds|math subtracts)$' -- 'test/a b.test.mjs'",
    );
    expect(reproduceCommand(['npx mocha --reporter dot {files}'], [failing])).toBe(
      "npx mocha --reporter dot 'test/a b.test.mjs' --grep '^math adds$'",
    );
    // A runner without a known filter: the files alone.
    expect(reproduceCommand(['pytest', '{files}'], [{ ...failing, file: 'tests/test_a.py' }])).toBe(
      'pytest -- tests/test_a.py',
    );
    expect(reproduceCommand(['pytest', '{files}'], [{ suite: [], name: 'x' }])).toBeUndefined();
    expect(reproduceCommand([], [failing])).toBeUndefined();
  });

  it('keeps hostile names and files text: regular-expression escaped, shell-quoted, on one line', () => {
    const name = 'it\'s $(touch PWNED) `id` "q" ; rm -rf ~ | x\nnext [a](b) *.js';
    const line = reproduceCommand(
      ['npx', 'vitest', 'run', '{files}'],
      [{ file: 'test/$(id).test.ts', suite: [], name }],
    );
    expect(line).toBeDefined();
    expect(line).not.toContain('\n');
    expect(escapeRegExp('a.b*(c)')).toBe('a\\.b\\*\\(c\\)');
  });
});

describe('the reproduce command on examples/suite, pasted into a shell', () => {
  // No `"`: node 20's JUnit reporter writes it as `&quot;` into the name (a reporter quirk, not the point).
  const HOSTILE = "fails on purpose: it's $(touch PWNED) `touch PWNED2` ; echo | cat & [x]";
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-reproduce-'));
    await cp(join(REPO_ROOT, 'examples/suite/src'), join(dir, 'src'), { recursive: true });
    await cp(join(REPO_ROOT, 'examples/suite/test'), join(dir, 'test'), { recursive: true });
    // One failing test, beside passing tests of the same describe block and the same file.
    const file = join(dir, 'test/strings-case.test.mjs');
    const source = await readFile(file, 'utf8');
    await writeFile(
      file,
      source.replace(
        "describe('truncate', () => {",
        `describe('truncate', () => {\n  test(${JSON.stringify(HOSTILE)}, () => assert.equal(truncate('abc', 2), 'abc'));`,
      ),
    );
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs exactly the failing test, whose name cannot run anything', async () => {
    const items = ['test/strings-case.test.mjs', 'test/strings-slugify.test.mjs'];
    const out = join(dir, '.tessera/shards');
    await runShard({
      shard: { index: 1, total: 1 },
      items,
      command: NODE_COMMAND,
      run: { provider: 'local', jobUrl: 'https://ci.example.com/jobs/7' },
      out,
      cwd: dir,
      retries: 0,
      output: 'log',
    });
    const bundles = await loadBundleRun(out, {}, dir);
    const report = buildBundleReport(bundles, new Date('2026-12-01T00:00:00Z'));
    expect(report.summary.failed).toBe(1);
    const view = buildReportView(report, undefined, undefined, { source: { root: dir } });
    const [group] = view.newFailures;
    expect(group?.tests.map((t) => [t.title, t.file, t.shard])).toEqual([
      [
        `truncate › ${HOSTILE}`,
        'test/strings-case.test.mjs',
        { index: 1, total: 1, url: 'https://ci.example.com/jobs/7' },
      ],
    ]);
    const line = group?.reproduce?.[0];
    expect(line).toBeDefined();

    // Pasted into a POSIX shell, from the repository root.
    const result = await run('sh', ['-c', line ?? 'false'], { cwd: dir }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result.code, result.stdout).toBe(1);
    const results = await readResultFile(join(dir, '.tessera/reproduce/junit.xml'), {
      ...DEFAULT_READ_OPTIONS,
      root: dir,
    });
    const ran = results.tests.filter((t) => t.outcome !== 'skipped');
    expect(ran.map((t) => [t.name, t.outcome])).toEqual([[HOSTILE, 'failed']]);
    // The spec reporter shows it on the terminal too.
    expect(result.stdout).toContain('fails on purpose');
    expect(existsSync(join(dir, 'PWNED')) || existsSync(join(dir, 'PWNED2'))).toBe(false);
  });
});
