import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../src/run/bundle.js';
import { runShard, type RunShardOptions } from '../../src/run/shard.js';
import { FAILING_FILE, PER_FILE_COMMAND, writeSuite } from './fixture-suite.js';

async function run(cwd: string, overrides: Partial<RunShardOptions>) {
  return runShard({
    shard: { index: 1, total: 2 },
    items: ['test/alpha.test.mjs', 'test/flaky.test.mjs'],
    command: PER_FILE_COMMAND,
    run: { provider: 'local' },
    out: '.tessera/shards',
    cwd,
    retries: 0,
    output: 'log',
    ...overrides,
  });
}

describe('runShard', () => {
  it('retries only the file that failed and reports the test as flaky, with both attempts kept', async () => {
    const cwd = await writeSuite();
    const { bundle, folder } = await run(cwd, { retries: 2 });
    expect(bundle.exitCode).toBe(0);
    expect(bundle.tries.map((t) => t.items)).toEqual([
      ['test/alpha.test.mjs', 'test/flaky.test.mjs'],
      ['test/flaky.test.mjs'],
    ]);
    const flaky = bundle.tests.find((t) => t.name === 'flaky on the first try');
    expect(flaky?.file).toBe('test/flaky.test.mjs');
    expect(flaky?.attempts.map((a) => a.status)).toEqual(['failed', 'passed']);
    // Each try's results are kept apart in the bundle folder.
    for (const t of bundle.tries)
      for (const f of t.resultFiles) expect(existsSync(join(folder, f.path))).toBe(true);
    expect(bundle.tries[1]?.resultFiles[0]?.path).toMatch(/^results\/try-2\//);
    expect(await readBundle(join(folder, 'bundle.json'))).toEqual(bundle);
    expect(bundle.files.map((f) => f.path)).toEqual(['test/alpha.test.mjs', 'test/flaky.test.mjs']);
  });

  it('keeps a test that fails on every try failed, and exits 1', async () => {
    const cwd = await writeSuite({ 'test/broken.test.mjs': FAILING_FILE });
    const { bundle } = await run(cwd, { items: ['test/beta.test.mjs', 'test/broken.test.mjs'], retries: 1 });
    expect(bundle.exitCode).toBe(1);
    const broken = bundle.tests.find((t) => t.name === 'always fails');
    expect(broken?.attempts.map((a) => a.status)).toEqual(['failed', 'failed']);
    expect(bundle.infrastructureFailure).toBeUndefined();
  });

  it('writes a bundle for a shard that is empty by plan, without running anything', async () => {
    const cwd = await writeSuite();
    const { bundle, folder } = await run(cwd, { items: [], command: ['exit 9'] });
    expect(bundle).toMatchObject({ items: [], tries: [], tests: [], exitCode: 0 });
    expect(existsSync(join(folder, 'bundle.json'))).toBe(true);
  });

  it('treats a command killed by a signal as a failure that says so', async () => {
    const cwd = await writeSuite();
    const { bundle } = await run(cwd, {
      command: [`${process.execPath} -e "process.kill(process.pid, 'SIGKILL')"`],
    });
    expect(bundle.exitCode).toBe(1);
    expect(bundle.infrastructureFailure?.reason).toMatch(/SIGKILL|code 137/);
    expect(bundle.tests.some((t) => t.attempts.some((a) => a.failure?.category === 'crash'))).toBe(true);
  });

  it('treats a non-zero exit with no results as a failure, never a pass', async () => {
    const cwd = await writeSuite();
    const { bundle } = await run(cwd, { command: ['exit 2'] });
    expect(bundle.exitCode).toBe(1);
    expect(bundle.infrastructureFailure?.reason).toMatch(/exited with code 2 and wrote no test results/);
  });

  it('treats a zero exit with no results as a failure too', async () => {
    const cwd = await writeSuite();
    const { bundle } = await run(cwd, { command: ['true'] });
    expect(bundle.exitCode).toBe(1);
    expect(bundle.infrastructureFailure?.reason).toMatch(/exited with code 0 and wrote no test results/);
  });

  it('stops a command at the timeout and fails the shard, naming the timeout', async () => {
    const cwd = await writeSuite();
    const hang = [process.execPath, '-e', 'setTimeout(() => {}, 30000)', '{files}'];
    const { bundle } = await run(cwd, { command: hang, timeoutMs: 500 });
    expect(bundle.exitCode).toBe(1);
    expect(bundle.tries[0]?.timedOut).toBe(true);
    expect(bundle.infrastructureFailure?.reason).toMatch(/timeout \(--timeout\) and was stopped/);
  });

  it('moves --results matches into each try, so a retry cannot re-read the first try', async () => {
    const cwd = await writeSuite();
    // One shell string: the runner writes to a fixed path, as many setups do.
    const command = [
      `mkdir -p reports && ${process.execPath} --test --test-reporter=junit --test-reporter-destination=reports/junit.xml {files}`,
    ];
    const { bundle, folder } = await run(cwd, { command, results: 'reports/*.xml', retries: 1 });
    expect(bundle.tries.map((t) => t.resultFiles.map((f) => f.path))).toEqual([
      ['results/try-1/reports/junit.xml'],
      ['results/try-2/reports/junit.xml'],
    ]);
    expect(existsSync(join(cwd, 'reports/junit.xml'))).toBe(false);
    expect(existsSync(join(folder, 'results/try-1/reports/junit.xml'))).toBe(true);
    // node:test's JUnit names no file, so the retry re-ran every item of the shard, and the test is flaky.
    expect(bundle.tries[1]?.items).toEqual(['test/alpha.test.mjs', 'test/flaky.test.mjs']);
    expect(bundle.exitCode).toBe(0);
    expect(
      bundle.tests.find((t) => t.name === 'flaky on the first try')?.attempts.map((a) => a.status),
    ).toEqual(['failed', 'passed']);
  });

  describe('with a runner that writes its own results', () => {
    // A JUnit file that names each test's file and times each testsuite, as jest-junit does.
    const junit = (failures: number) =>
      `<testsuites>
        <testsuite name="alpha" file="test/alpha.test.mjs" time="1.25"><testcase name="a" classname="alpha" time="0.5"/></testsuite>
        <testsuite name="beta" file="test/beta.test.mjs" time="0.75"><testcase name="b" classname="beta" time="0.25">${
          failures > 0 ? '<failure message="boom">boom</failure>' : ''
        }</testcase></testsuite>
      </testsuites>`;

    async function suiteWithResult(failures: number): Promise<string> {
      const cwd = await writeSuite();
      await writeFile(join(cwd, 'canned.xml'), junit(failures));
      return cwd;
    }

    const items = ['test/alpha.test.mjs', 'test/beta.test.mjs'];

    it("records per-file wall time from the runner's testsuite times", async () => {
      const cwd = await suiteWithResult(0);
      const { bundle } = await run(cwd, { items, command: ['cp canned.xml {results}/junit.xml # {files}'] });
      expect(bundle.exitCode).toBe(0);
      expect(bundle.files).toEqual([
        { path: 'test/alpha.test.mjs', wallMs: 1250, source: 'runner' },
        { path: 'test/beta.test.mjs', wallMs: 750, source: 'runner' },
      ]);
    });

    it('does not trust a non-zero exit whose results show no failure', async () => {
      const cwd = await suiteWithResult(0);
      const { bundle } = await run(cwd, {
        items,
        command: ['cp canned.xml {results}/junit.xml; exit 3 # {files}'],
      });
      expect(bundle.exitCode).toBe(1);
      expect(bundle.infrastructureFailure?.reason).toMatch(
        /exited with code 3 although no test in its results failed/,
      );
    });

    it('treats an unreadable result file as a failure that names it', async () => {
      const cwd = await suiteWithResult(0);
      const { bundle } = await run(cwd, {
        items,
        command: ['printf "<testsuites><testsuite" > {results}/junit.xml # {files}'],
      });
      expect(bundle.exitCode).toBe(1);
      expect(bundle.infrastructureFailure?.reason).toMatch(/cannot be read: .*junit\.xml/);
    });

    it('ignores a stale result file that predates the run, with a warning', async () => {
      const cwd = await suiteWithResult(1);
      await mkdir(join(cwd, 'reports'), { recursive: true });
      await writeFile(join(cwd, 'reports/old.xml'), junit(1));
      const anHourAgo = new Date(Date.now() - 3_600_000);
      await utimes(join(cwd, 'reports/old.xml'), anHourAgo, anHourAgo);
      const { bundle, warnings } = await run(cwd, {
        items,
        command: ['sed s/boom/ok/ canned.xml | grep -v failure > reports/new.xml # {files}'],
        results: 'reports/*.xml',
      });
      expect(warnings.join('\n')).toMatch(/reports\/old\.xml .* written before this run/);
      expect(bundle.tries[0]?.resultFiles.map((f) => f.path)).toEqual(['results/try-1/reports/new.xml']);
      expect(bundle.exitCode).toBe(0);
    });
  });
});
