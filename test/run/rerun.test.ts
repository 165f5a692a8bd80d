/**
 * What a re-run attempt runs and carries (issue 21, part 1): the selection is pure (rerun.ts); the run by
 * name goes through a real node:test process with `--test-name-pattern={tests}`.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCase, type Attempt } from '../../src/model/index.js';
import { readBundle } from '../../src/run/bundle.js';
import { prepareRerun, selectRerun, type EarlierResults } from '../../src/run/rerun.js';
import { earlierOfBundles } from '../../src/run/rerun-source.js';
import { runShard } from '../../src/run/shard.js';
import { infrastructureFailureTest, infrastructureTestParts } from '../../src/run/retry.js';
import { BROKEN, calls, writeRerunSuite } from './rerun-fixture.js';

const passed: Attempt[] = [{ status: 'passed', durationMs: 1 }];
const failed: Attempt[] = [
  { status: 'failed', durationMs: 1, failure: { category: 'assertion', message: 'no' } },
];
const test = (file: string | undefined, name: string, attempts: Attempt[]) =>
  makeTestCase({ ...(file !== undefined ? { file } : {}), suite: [], name, attempts });

const ITEMS = ['a.test.js', 'b.test.js', 'c.test.js'];
function earlier(tests: ReturnType<typeof test>[], items: string[] | null = ITEMS): EarlierResults {
  return {
    attempt: 1,
    tests: tests.map((t) => ({ test: t, attempt: 1 })),
    ...(items ? { items: new Set(items) } : {}),
    source: 'test',
  };
}

describe('selectRerun', () => {
  it('runs the files with a failure and the items not run before; carries every other result', () => {
    const selection = selectRerun(
      ITEMS,
      earlier(
        [
          test('a.test.js', 'ok', passed),
          test('b.test.js', 'bad', failed),
          test('b.test.js', 'fine', passed),
        ],
        ['a.test.js', 'b.test.js'],
      ),
    );
    expect(selection.run).toEqual(['b.test.js', 'c.test.js']);
    expect(selection.carried.map((c) => c.test.name)).toEqual(['ok']);
    expect([...selection.failedTests.keys()]).toEqual(['b.test.js']);
  });

  it('runs the whole shard when a failure names no file, or a file none of the earlier items', () => {
    for (const bad of [
      test(undefined, '(shard 1/2 did not complete)', failed),
      test('elsewhere.js', 'x', failed),
    ]) {
      const selection = selectRerun(ITEMS, earlier([test('a.test.js', 'ok', passed), bad]));
      expect(selection.run).toEqual(ITEMS);
      expect(selection.carried).toEqual([]);
      expect(selection.wholeReason).toMatch(/names no file of this shard/);
    }
  });

  it("from a whole run's report: another shard's failed file is not this shard's business", () => {
    const selection = selectRerun(
      ITEMS,
      earlier([test('a.test.js', 'ok', passed), test('z.test.js', 'x', failed)], null),
    );
    // b and c appear in no result: they run, as the report cannot say they passed.
    expect(selection.run).toEqual(['b.test.js', 'c.test.js']);
  });

  it('a file whose process died runs whole, not by name', () => {
    const died = infrastructureFailureTest(infrastructureTestParts({ file: 'a.test.js' }), 'killed', 1);
    const prepared = prepareRerun(
      earlier([died, test('b.test.js', 'ok', passed), test('c.test.js', 'ok', passed)]),
      ITEMS,
      ['node', '--test', '--test-name-pattern={tests}', '{file}'],
      true,
      2,
    );
    expect(prepared.selection.run).toEqual(['a.test.js']);
    expect(prepared.nameFilter).toBeUndefined();
  });

  it('a name filter over the bound falls back to the files, with one line saying so', () => {
    const many = Array.from({ length: 2_000 }, (_, i) =>
      test('a.test.js', `a long failing test name ${i}`, failed),
    );
    const prepared = prepareRerun(earlier(many), ITEMS, ['npx', 'jest', '-t', '{tests}'], false, 2);
    expect(prepared.nameFilter).toBeUndefined();
    expect(prepared.selection.run).toEqual(['a.test.js']);
    expect(prepared.notes).toHaveLength(2);
    expect(prepared.notes[1]).toMatch(/longer than 16384 characters: the failed files run whole/);
  });
});

describe('a re-run by name through {tests}', () => {
  let cwd: string | undefined;
  afterEach(async () => {
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it("runs only the failed test of the failing file and keeps its file's other pass from attempt 1", async () => {
    cwd = await writeRerunSuite();
    const command = [
      `echo {file} >> calls.log && ${JSON.stringify(process.execPath)} --test --test-name-pattern={tests} --test-reporter=junit --test-reporter-destination={results}/junit.xml {file}`,
    ];
    const common = {
      shard: { index: 1, total: 1 },
      command,
      out: 'out',
      cwd,
      retries: 0,
      output: 'log' as const,
    };
    const items = ['test/alpha.test.mjs', 'test/beta.test.mjs', BROKEN];
    const first = await runShard({ ...common, items, run: { provider: 'local', attempt: 1 } });
    expect(first.bundle.exitCode).toBe(1);
    await rm(join(cwd, 'FAIL'));
    await rm(join(cwd, 'calls.log'));

    const second = await runShard({
      ...common,
      items,
      run: { provider: 'local', attempt: 2 },
      earlier: earlierOfBundles([first.bundle], 'attempt 1'),
    });
    expect(await calls(cwd), JSON.stringify([second.notes, first.bundle.tests, second.bundle.tries])).toEqual(
      [BROKEN],
    );
    expect(second.bundle.exitCode).toBe(0);
    expect(second.bundle.rerun).toMatchObject({ fromAttempt: 1, items: [BROKEN], byName: 1 });
    const broken = second.bundle.tests.filter((t) => t.file === BROKEN);
    expect(broken.map((t) => [t.name, t.carriedFrom, t.attempts.map((a) => a.status)]).sort()).toEqual([
      ['applies the discount', undefined, ['passed']],
      ['lists the price', 1, ['passed']],
    ]);
    expect(second.bundle.tests).toHaveLength(first.bundle.tests.length);
    // The pattern reached node:test as one argument: it ran the one test, and reported the other skipped.
    const again = await readBundle(join(second.folder, 'bundle.json'));
    const xml = await readFile(join(second.folder, again.tries[0]?.resultFiles[0]?.path ?? ''), 'utf8');
    expect(xml).toMatch(/name="lists the price"[^>]*>\s*<skipped/);
  });
});
