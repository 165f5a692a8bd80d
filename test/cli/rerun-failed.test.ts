/**
 * `tessera run --rerun-failed` end to end (issue 21, part 1): a shard of five files, one failing, re-run as
 * attempt 2 runs that one file only (the command's invocations are counted), carries the other results
 * forward marked with attempt 1, and reports the same counts as a full re-run. Real node:test processes.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseReport, type Report } from '../../src/report/report-document.js';
import { readBundle } from '../../src/run/bundle.js';
import { BROKEN, calls, COUNTING_COMMAND, writeRerunSuite } from '../run/rerun-fixture.js';

let cwd: string;
let stderr: string;
const home = process.cwd();
beforeEach(async () => {
  cwd = await writeRerunSuite();
  process.chdir(cwd);
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  vi.spyOn(console, 'error').mockImplementation(
    (...args: unknown[]) => void (stderr += `${args.join(' ')}\n`),
  );
  vi.stubEnv('TESSERA_PROVIDER', '');
});
afterEach(async () => {
  process.chdir(home);
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await rm(cwd, { recursive: true, force: true });
});

const TESTS = ['--tests', 'test/*.test.mjs'];
const counts = (r: Report) => r.summary && { ...r.summary, durationMs: 0, wallMs: 0 };
const readReport = async (path: string): Promise<Report> =>
  parseReport(JSON.parse(await readFile(join(cwd, path), 'utf8')), path);

/** Fixes the broken file (the service is back) and empties the invocation log. */
async function fixAndForget(): Promise<void> {
  await rm(join(cwd, 'FAIL'));
  await writeFile(join(cwd, 'calls.log'), '');
}

describe('tessera run --rerun-failed', () => {
  it('one shard: attempt 2 runs the one failing file of five and reports what a full re-run reports', async () => {
    expect(await main(['run', '--shard', '1/1', ...TESTS, '--', ...COUNTING_COMMAND])).toBe(1);
    expect(await calls(cwd)).toHaveLength(5);
    await fixAndForget();

    const code = await main([
      'run',
      '--shard',
      '1/1',
      ...TESTS,
      '--rerun-failed',
      '.tessera/shards',
      '--',
      ...COUNTING_COMMAND,
    ]);
    expect(code, stderr).toBe(0);
    expect(await calls(cwd)).toEqual([BROKEN]);
    expect(stderr).toMatch(
      /attempt 2 re-runs 1 of 5 items with failures in attempt 1; 5 results carried forward/,
    );

    const bundle = await readBundle(join(cwd, '.tessera/shards/tessera-shard-1-of-1-attempt-2/bundle.json'));
    expect(bundle.run.attempt).toBe(2);
    expect(bundle.items).toHaveLength(5);
    expect(bundle.rerun).toMatchObject({ fromAttempt: 1, items: [BROKEN], byName: 0 });
    const carried = bundle.tests.filter((t) => t.carriedFrom === 1).map((t) => t.file);
    expect(carried).toHaveLength(5);
    expect(carried).not.toContain(BROKEN);
    expect(bundle.tests.filter((t) => t.file === BROKEN).every((t) => t.carriedFrom === undefined)).toBe(
      true,
    );

    expect(await main(['report', '--from', '.tessera/shards', '--json', 'rerun.json'])).toBe(0);
    const rerun = await readReport('rerun.json');
    expect(rerun.rerun).toEqual({ attempt: 2, reran: 2, tests: 7, shards: [1] });
    expect(rerun.tests.filter((t) => t.carriedFrom === 1)).toHaveLength(5);

    // The same state, every file run again as attempt 2: the counts are the same.
    await writeFile(join(cwd, 'calls.log'), '');
    const full = [
      'run',
      '--shard',
      '1/1',
      ...TESTS,
      '--attempt',
      '2',
      '--out',
      'full',
      '--',
      ...COUNTING_COMMAND,
    ];
    expect(await main(full)).toBe(0);
    expect(await calls(cwd)).toHaveLength(5);
    expect(await main(['report', '--from', 'full', '--json', 'full.json'])).toBe(0);
    const whole = await readReport('full.json');
    expect(counts(rerun)).toEqual(counts(whole));
    expect(whole.rerun).toBeUndefined();
    expect(rerun.tests.map((t) => [t.id, t.outcome]).sort()).toEqual(
      whole.tests.map((t) => [t.id, t.outcome]).sort(),
    );
  });

  it('--local: a report.json names what failed; only that file runs, and the report matches a full run', async () => {
    const first = [
      'run',
      '--local',
      '--shards',
      '2',
      ...TESTS,
      '--report-dir',
      'first',
      '--',
      ...COUNTING_COMMAND,
    ];
    expect(await main(first)).toBe(1);
    expect(await calls(cwd)).toHaveLength(5);
    await fixAndForget();

    const again = [
      'run',
      '--local',
      '--shards',
      '2',
      ...TESTS,
      '--rerun-failed',
      'first/report.json',
      '--report-dir',
      'again',
      '--html',
      'again/report.html',
      '--',
      ...COUNTING_COMMAND,
    ];
    expect(await main(again), stderr).toBe(0);
    expect(await calls(cwd)).toEqual([BROKEN]);
    const rerun = await readReport('again/report.json');
    expect(rerun.rerun).toMatchObject({ attempt: 2, reran: 2, tests: 7 });
    expect(await readFile(join(cwd, 'again/report.md'), 'utf8')).toMatch(/re-ran 2 of 7 tests \(attempt 2\)/);
    expect(await readFile(join(cwd, 'again/report.html'), 'utf8')).toContain(
      're-ran 2 of 7 tests (attempt 2)',
    );

    await writeFile(join(cwd, 'calls.log'), '');
    const full = [
      'run',
      '--local',
      '--shards',
      '2',
      ...TESTS,
      '--report-dir',
      'full',
      '--out',
      'full-shards',
      '--',
      ...COUNTING_COMMAND,
    ];
    expect(await main(full)).toBe(0);
    expect(await calls(cwd)).toHaveLength(5);
    expect(counts(rerun)).toEqual(counts(await readReport('full/report.json')));
  });

  it('a missing path, or a folder without the shard, is a usage error that says what to pass', async () => {
    expect(
      await main(['run', '--shard', '1/1', ...TESTS, '--rerun-failed', 'nowhere', '--', ...COUNTING_COMMAND]),
    ).toBe(2);
    expect(stderr).toMatch(/--rerun-failed nowhere: no such file or folder/);
    expect(await calls(cwd)).toEqual([]);
  });
});
