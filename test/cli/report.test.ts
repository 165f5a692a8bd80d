import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readResultFile } from '../../src/formats/index.js';
import { parseReport } from '../../src/report/report-document.js';
import { corpusFile } from '../support/corpus.js';
import { ctrfValidator } from '../support/ctrf-schema.js';

/** A small JUnit file: `passed` passing tests, `failed` failing ones, in suite `name`. */
function junit(name: string, passed: number, failed = 0): string {
  const cases = [
    ...Array.from(
      { length: passed },
      (_, i) => `<testcase classname="${name}" name="passes ${i}" time="0.01"/>`,
    ),
    ...Array.from(
      { length: failed },
      (_, i) =>
        `<testcase classname="${name}" name="fails ${i}" time="0.02"><failure message="expected 1 to be 2">AssertionError: expected 1 to be 2</failure></testcase>`,
    ),
  ];
  return `<?xml version="1.0"?>\n<testsuites><testsuite name="${name}" tests="${passed + failed}" file="src/${name}.test.ts">${cases.join('')}</testsuite></testsuites>\n`;
}

let dir: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-report-cli-'));
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
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    stderr += `${args.join(' ')}\n`;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('tessera report', () => {
  it('exits 0 when everything passed and prints the summary', async () => {
    write('a.xml', junit('a', 3));
    expect(await main(['report', join(dir, '*.xml')])).toBe(0);
    expect(stdout).toContain('Tessera report: 3 tests from 1 result file');
    expect(stdout).toContain('0 failed, 0 flaky, 3 passed, 0 skipped');
  });

  it('exits 1 when a test failed, and 0 with --fail-on never', async () => {
    write('a.xml', junit('a', 2, 1));
    expect(await main(['report', join(dir, 'a.xml')])).toBe(1);
    expect(stdout).toContain('✗ a › fails 0');
    expect(await main(['report', join(dir, 'a.xml'), '--fail-on', 'never'])).toBe(0);
  });

  it('exits 2 for a glob that matches nothing, quoting the glob', async () => {
    const glob = join(dir, 'nothing/**/*.xml');
    expect(await main(['report', glob])).toBe(2);
    expect(stderr).toContain(`the glob '${glob}' matched no files`);
    expect(await main(['report'])).toBe(2);
    expect(stderr).toContain('no result files given');
  });

  it('exits 2 for a bad flag value and for two outputs on stdout', async () => {
    const file = write('a.xml', junit('a', 1));
    expect(await main(['report', file, '--fail-on', 'sometimes'])).toBe(2);
    expect(await main(['report', file, '--json', '-', '--ctrf', '-'])).toBe(2);
    expect(stderr).toContain('only one output can go to standard output');
  });

  it('exits 3 when an input is unreadable, and 0/1 with --allow-unreadable while still naming it', async () => {
    write('good.xml', junit('good', 2));
    write('bad.xml', '<testsuite name="x"><testcase name="cut"');
    const glob = join(dir, '*.xml');
    expect(await main(['report', glob])).toBe(3);
    expect(stdout).toContain('Unreadable inputs (1):');
    expect(stdout).toContain(join(dir, 'bad.xml'));
    stdout = '';
    const json = join(dir, 'out/report.json');
    expect(await main(['report', glob, '--allow-unreadable', '--json', json])).toBe(0);
    expect(stdout).toContain('Unreadable inputs (1):');
    const report = parseReport(JSON.parse(readFileSync(json, 'utf8')), json);
    expect(report.inputs.unreadable.map((u) => u.file)).toEqual([join(dir, 'bad.xml')]);
  });

  it('reports 9 files’ tests when 1 of 10 is corrupt, names the corrupt one, and writes valid outputs', async () => {
    for (let i = 0; i < 10; i++) {
      write(
        `shard-${i}.xml`,
        i === 6 ? '\u0000\u0001 not xml at all' : junit(`suite${i}`, 3, i === 2 ? 1 : 0),
      );
    }
    const out = (name: string) => join(dir, 'out', name);
    const code = await main([
      'report',
      join(dir, 'shard-*.xml'),
      '--allow-unreadable',
      '--json',
      out('report.json'),
      '--junit',
      out('junit.xml'),
      '--ctrf',
      out('ctrf.json'),
      '--markdown',
      out('report.md'),
    ]);
    expect(code).toBe(1);

    const report = parseReport(JSON.parse(readFileSync(out('report.json'), 'utf8')), 'report.json');
    expect(report.summary).toMatchObject({ tests: 28, passed: 27, failed: 1, skipped: 0, flaky: 0 });
    expect(report.inputs.read).toHaveLength(9);
    expect(report.inputs.unreadable).toEqual([expect.objectContaining({ file: join(dir, 'shard-6.xml') })]);
    expect(new Set(report.tests.map((t) => t.file))).toEqual(
      new Set([0, 1, 2, 3, 4, 5, 7, 8, 9].map((i) => `src/suite${i}.test.ts`)),
    );

    const validate = ctrfValidator();
    const ctrf = JSON.parse(readFileSync(out('ctrf.json'), 'utf8')) as {
      results: { summary: Record<string, number> };
    };
    expect(validate(ctrf), JSON.stringify(validate.errors)).toBe(true);
    expect(ctrf.results.summary).toMatchObject({ tests: 28, passed: 27, failed: 1 });

    const junitAgain = await readResultFile(out('junit.xml'));
    expect(junitAgain.tests).toHaveLength(28);
    expect(junitAgain.tests.filter((t) => t.outcome === 'failed')).toHaveLength(1);
    expect(junitAgain.tests.map((t) => t.id).sort()).toEqual(report.tests.map((t) => t.id).sort());

    // --markdown is the PR comment: upsert marker, counts, and a warning about the unreadable input.
    const md = readFileSync(out('report.md'), 'utf8');
    expect(md.startsWith('<!-- tessera:report -->\n')).toBe(true);
    expect(md).toContain('### ❌ Tessera: 1 failed · 27 passed');
    expect(md).toContain('**1 input could not be read**');
    expect(stdout).toMatch(/Wrote:\n {2}JSON {7}.*report\.json\n {2}JUnit XML {2}.*junit\.xml/);
  });

  it('names a file over --max-file-size as unreadable, and refuses a size that is not a number', async () => {
    const file = write('big.xml', junit('big', 200));
    expect(await main(['report', file, '--max-file-size', '0.001'])).toBe(3);
    expect(stdout).toMatch(/big\.xml: the file is \d+ bytes, over the 1049-byte limit/);
    expect(await main(['report', file, '--max-file-size', 'lots'])).toBe(2);
    expect(stderr).toContain("--max-file-size must be a positive number of MiB, got 'lots'");
  });

  it('exits 2 naming the output when it cannot be written', async () => {
    const file = write('a.xml', junit('a', 1));
    write('taken', 'a file where a folder should be');
    expect(await main(['report', file, '--json', join(dir, 'taken/report.json')])).toBe(2);
    expect(stderr).toMatch(/cannot write the JSON output to '.*taken\/report\.json' \((ENOTDIR|EEXIST)\)/);
  });

  it('writes an output to stdout with - and moves the summary to stderr', async () => {
    const file = write('a.xml', junit('a', 1));
    expect(await main(['report', file, '--json', '-'])).toBe(0);
    expect(parseReport(JSON.parse(stdout), 'stdout').summary.tests).toBe(1);
    expect(stderr).toContain('Tessera report: 1 test from 1 result file');
  });

  it('mixes formats in one call: each file is recognised by its content', async () => {
    const inputs = [
      'generated/vitest/vitest-junit.xml',
      'generated/jest/jest-ctrf.json',
      'generated/mocha/mocha.tap',
      'generated/playwright/playwright-json.json',
    ].map(corpusFile);
    const json = join(dir, 'mixed.json');
    expect(await main(['report', ...inputs, '--json', json, '--fail-on', 'never'])).toBe(0);
    const report = parseReport(JSON.parse(readFileSync(json, 'utf8')), json);
    expect(report.inputs.read.map((r) => r.format)).toEqual(['junit', 'ctrf', 'tap', 'playwright-json']);
    // Each file is the same 7-test scenario seen by a different runner; every one of them has 2 failures.
    expect(report.inputs.read.every((r) => r.tests >= 6)).toBe(true);
    expect(report.summary.failed).toBeGreaterThanOrEqual(8);
  });

  it('folds the same test from two files into one flaky test', async () => {
    write('run-1.xml', junit('a', 1, 1));
    write('run-2.xml', junit('a', 1).replace('passes 0', 'fails 0'));
    expect(await main(['report', join(dir, 'run-*.xml')])).toBe(0);
    expect(stdout).toContain('0 failed, 1 flaky, 1 passed');
  });

  it('reports over shard bundles with --from, failing while a planned shard is missing', async () => {
    write('s1.xml', junit('one', 2));
    write('s2.xml', junit('two', 1, 1));
    const bundles = join(dir, 'bundles');
    expect(
      await main(['collect', '--shard', '1/2', '--results', join(dir, 's1.xml'), '--out', bundles]),
    ).toBe(0);
    stdout = '';
    expect(await main(['report', '--from', bundles])).toBe(1);
    expect(stdout + stderr).toMatch(/missing/i);
    expect(
      await main(['collect', '--shard', '2/2', '--results', join(dir, 's2.xml'), '--out', bundles]),
    ).toBe(1);
    stdout = '';
    const json = join(dir, 'sharded.json');
    expect(await main(['report', '--from', bundles, '--json', json, '--fail-on', 'never'])).toBe(0);
    const report = parseReport(JSON.parse(readFileSync(json, 'utf8')), json);
    expect(report.summary).toMatchObject({ tests: 4, passed: 3, failed: 1 });
    expect(report.shards).toMatchObject({ expected: 2, present: [1, 2], missing: [] });
  });

  it('refuses --from together with files, and --expect-shards or --plan without --from', async () => {
    const file = write('a.xml', junit('a', 1));
    expect(await main(['report', file, '--from', dir])).toBe(2);
    expect(stderr).toContain('give result files or --from <dir>, not both');
    expect(await main(['report', file, '--expect-shards', '3'])).toBe(2);
    expect(stderr).toContain('they need --from <dir>');
    expect(await main(['report', '--from', dir, '--expect-shards', 'two'])).toBe(2);
    expect(await main(['report', '--from', dir, '--plan', join(dir, 'no-plan.json')])).toBe(2);
    expect(stderr).toContain('cannot open the plan');
  });
});
