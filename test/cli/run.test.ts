import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildPlan, serializePlan } from '../../src/plan/index.js';
import { parseReport } from '../../src/report/report-document.js';
import { readBundle } from '../../src/run/bundle.js';
import { FAILING_FILE, PER_FILE_COMMAND, SUITE_FILES, writeSuite } from '../run/fixture-suite.js';

// The CLI works in the current directory, as a CI job does; each test gets a fresh suite folder.
let cwd: string;
const home = process.cwd();
beforeEach(async () => {
  cwd = await writeSuite({ 'test/broken.test.mjs': FAILING_FILE });
  process.chdir(cwd);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.chdir(home);
  vi.restoreAllMocks();
});

async function writePlan(items: string[], shards: number): Promise<string> {
  const path = join(cwd, 'plan.json');
  await writeFile(path, serializePlan(buildPlan({ items, shards })));
  return path;
}

describe('tessera run', () => {
  it('exits 2 when told neither a shard nor local mode', async () => {
    expect(await main(['run', '--', 'true'])).toBe(2);
  });

  it('exits 2 for a shard that does not fit the plan', async () => {
    const plan = await writePlan(Object.keys(SUITE_FILES), 2);
    expect(await main(['run', '--plan', plan, '--shard', '3/3', '--', ...PER_FILE_COMMAND])).toBe(2);
  });

  it("runs a shard's planned items with retries and exits 0 when the only failure was flaky", async () => {
    const plan = await writePlan(Object.keys(SUITE_FILES), 1);
    expect(
      await main(['run', '--plan', plan, '--shard', '1/1', '--retries', '1', '--', ...PER_FILE_COMMAND]),
    ).toBe(0);
    const bundle = await readBundle(join(cwd, '.tessera/shards/tessera-shard-1-of-1/bundle.json'));
    expect(bundle.items).toEqual([...Object.keys(SUITE_FILES)].sort());
    expect(bundle.tries[1]?.items).toEqual(['test/flaky.test.mjs']);
  });

  it('exits 1 when a test fails on every try', async () => {
    const plan = await writePlan(['test/beta.test.mjs', 'test/broken.test.mjs'], 1);
    expect(
      await main(['run', '--plan', plan, '--shard', '1/1', '--retries', '1', '--', ...PER_FILE_COMMAND]),
    ).toBe(1);
  });

  it('exits 1 when the command dies, never 0', async () => {
    const plan = await writePlan(['test/beta.test.mjs'], 1);
    expect(await main(['run', '--plan', plan, '--shard', '1/1', '--', 'kill -9 $$ # {files}'])).toBe(1);
    const bundle = await readBundle(join(cwd, '.tessera/shards/tessera-shard-1-of-1/bundle.json'));
    expect(bundle.infrastructureFailure?.reason).toMatch(/was killed by SIGKILL/);
  });

  it('plans for itself from --tests when there is no plan file', async () => {
    expect(
      await main([
        'run',
        '--tests',
        'test/{alpha,beta,gamma}.test.mjs',
        '--shard',
        '2/2',
        '--out',
        'bundles',
        '--',
        ...PER_FILE_COMMAND,
      ]),
    ).toBe(0);
    const bundle = await readBundle(join(cwd, 'bundles/tessera-shard-2-of-2/bundle.json'));
    expect(bundle.items.length).toBeGreaterThan(0);
    expect(bundle.shard).toEqual({ index: 2, total: 2 });
  });

  it('refuses the report flags without --local, naming them: a shard job only writes its bundle', async () => {
    const plan = await writePlan(['test/beta.test.mjs'], 1);
    const args = [
      '--plan',
      plan,
      '--shard',
      '1/1',
      '--html',
      'r.html',
      '--history-dir',
      'h',
      '--branch',
      'b',
    ];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await main(['run', ...args, '--', ...PER_FILE_COMMAND])).toBe(2);
    expect(error.mock.calls.map((c) => String(c[0])).join('')).toContain(
      '--html, --history-dir, --branch are for --local',
    );
    expect(existsSync(join(cwd, '.tessera/shards'))).toBe(false);
  });
});

describe('tessera run --batch (the in-pipeline queue)', () => {
  it('runs batch k as worker i, closes the bundle past the last batch, and exits with the worker’s code', async () => {
    const plan = await writePlan(['test/alpha.test.mjs', 'test/broken.test.mjs'], 2);
    const batch = (k: string) =>
      main(['run', '--plan', plan, '--shard', '1/2', '--batch', k, '--', ...PER_FILE_COMMAND]);
    const first = await batch('1');
    const bundlePath = join(cwd, '.tessera/shards/tessera-shard-1-of-2/bundle.json');
    const afterFirst = await readBundle(bundlePath);
    expect(afterFirst.queue?.batches.map((b) => b.sequence)).toEqual([1]);
    expect(first).toBe(afterFirst.exitCode);
    expect(await batch('2')).toBe(1);
    // Past the last batch: nothing more runs, and the bundle holds both batches, the broken test failed.
    expect(await batch('3')).toBe(1);
    const closed = await readBundle(bundlePath);
    expect(closed.queue).toMatchObject({ kind: 'pipeline' });
    expect(closed.queue?.batches.map((b) => b.sequence)).toEqual([1, 2]);
    expect([...closed.items].sort()).toEqual(['test/alpha.test.mjs', 'test/broken.test.mjs']);
  });

  it('exits 2 for --batch with --queue or --local, or a batch that is no number', async () => {
    const plan = await writePlan(['test/alpha.test.mjs'], 1);
    const args = ['run', '--plan', plan, '--shard', '1/1'];
    expect(await main([...args, '--batch', '1', '--queue', 'redis://127.0.0.1:9', '--', 'true'])).toBe(2);
    expect(await main(['run', '--plan', plan, '--local', '--batch', '1', '--', 'true'])).toBe(2);
    expect(await main([...args, '--batch', '1', '--lease', '30s', '--', 'true'])).toBe(2);
    expect(await main([...args, '--batch', 'first', '--', 'true'])).toBe(2);
    expect(await main([...args, '--batch', '0', '--', 'true'])).toBe(2);
  });
});

describe('tessera run --local with the report flags', () => {
  const local = (...flags: string[]): Promise<number> =>
    main([
      'run',
      '--local',
      '--shards',
      '2',
      '--concurrency',
      '2',
      '--retries',
      '1',
      '--tests',
      'test/*.test.mjs',
      ...flags,
      '--',
      ...PER_FILE_COMMAND,
    ]);
  const history = ['--history-dir', 'hist', '--branch', 'main'];

  it('writes the HTML and the job summary, keeps a history, and judges with --fail-on against it', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    // test/broken.test.mjs always fails: --fail-on never lets the first run pass, and on the second run
    // its failure is not new against the first, so --fail-on new-failures passes too.
    expect(
      await local(
        '--html',
        'out/report.html',
        '--summary',
        'out/summary.md',
        ...history,
        '--fail-on',
        'never',
      ),
    ).toBe(0);
    expect(await local(...history, '--fail-on', 'new-failures')).toBe(0);
    expect(await local(...history)).toBe(1);
    const printed = stdout.mock.calls.map((c) => String(c[0])).join('');
    expect(printed).toContain('HTML report');
    expect(printed).toContain('out/report.html');
    expect(printed).toContain('History (3 runs)');
    expect(readFileSync(join(cwd, 'out/report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(cwd, 'out/summary.md'), 'utf8')).toContain('<!-- tessera:report -->');
    // The defaults of --report-dir are still written next to them.
    const report = parseReport(
      JSON.parse(readFileSync(join(cwd, '.tessera/report/report.json'), 'utf8')),
      'report.json',
    );
    expect(report.comparison?.baseline?.branch).toBe('main');
    expect(report.comparison?.stillFailing).toHaveLength(1);
    expect(report.summary).toMatchObject({ failed: 1, flaky: 1 });
  });

  it('with an output on stdout, keeps stdout to that output: progress and summary go to stderr', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await local('--json', '-', '--fail-on', 'never')).toBe(0);
    const printed = stdout.mock.calls.map((c) => String(c[0])).join('');
    expect(parseReport(JSON.parse(printed), 'stdout').summary.tests).toBe(7);
    const said = vi
      .mocked(process.stderr.write)
      .mock.calls.map((c) => String(c[0]))
      .join('');
    expect(said).toContain('shards done');
    expect(said).toContain('Tessera report: 7 tests');
  });

  it('refuses two outputs on stdout, and --markdown-budget takes the default comment path', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await local('--json', '-', '--ctrf', '-')).toBe(2);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await local('--markdown-budget', '2000', '--fail-on', 'never')).toBe(0);
    expect(readFileSync(join(cwd, '.tessera/report/report.md'), 'utf8').length).toBeLessThanOrEqual(2000);
  });
});

describe('tessera collect', () => {
  it('bundles result files the user wrote, copying them and leaving the originals', async () => {
    await mkdir(join(cwd, 'reports'), { recursive: true });
    const junit = `<testsuites><testsuite name="s" file="test/alpha.test.mjs" time="0.5"><testcase name="ok" classname="s" time="0.1"/></testsuite></testsuites>`;
    await writeFile(join(cwd, 'reports/junit.xml'), junit);
    expect(await main(['collect', '--shard', '1/2', '--results', 'reports/*.xml'])).toBe(0);
    const bundle = await readBundle(join(cwd, '.tessera/shards/tessera-shard-1-of-2/bundle.json'));
    expect(bundle.tests).toHaveLength(1);
    expect(bundle.items).toEqual(['test/alpha.test.mjs']);
    expect(existsSync(join(cwd, 'reports/junit.xml'))).toBe(true);
    expect(
      existsSync(join(cwd, '.tessera/shards/tessera-shard-1-of-2/results/try-1/reports/junit.xml')),
    ).toBe(true);
  });

  it('exits 1 when no result file matches', async () => {
    expect(await main(['collect', '--shard', '1/2', '--results', 'nothing/*.xml'])).toBe(1);
  });
});
