/**
 * Item 3 of the hardening issue: input-sized arrays are never spread into a call (V8 overflows its stack
 * past about 100,000 arguments), so a shard of 200,000 tests runs and its bundle reports; and no text an
 * input carries grows without bound.
 */
import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { appendAll, maxOf, minOf } from '../../src/model/arrays.js';

const ROOT = join(import.meta.dirname, '../..');

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

// Calls that pass each element as an argument. Fixed-size exceptions are listed with why.
const SPREAD_CALL = /\.push\(\.\.\.|Math\.(max|min)\(\.\.\.|\.apply\(|fromCharCode\(\.\.\./;
const ALLOWED = new Set([
  // ID_CODES is always 16 character codes.
  'src/model/test-id.ts:  return String.fromCharCode(...ID_CODES);',
]);

describe('no spread over input-sized arrays', () => {
  it('src/ and providers/ call appendAll, maxOf and minOf instead of push(...), Math.max(...), apply', async () => {
    const found: string[] = [];
    for (const file of [...(await sources('src')), ...(await sources('providers'))]) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      for (const line of lines) {
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
        const where = `${relative(ROOT, file)}:${line}`;
        if (SPREAD_CALL.test(code) && !ALLOWED.has(where)) found.push(where.trim());
      }
    }
    expect(found).toEqual([]);
  });

  it('the helpers take more items than a call can', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(appendAll([-1], many)).toHaveLength(300_001);
    expect(maxOf(many, 0)).toBe(299_999);
    expect(minOf(many, 0)).toBe(0);
    expect(maxOf([], -1)).toBe(-1);
    expect(() => Math.max(...many)).toThrow(RangeError); // what they replace
  });
});

// Writes one JUnit file of $COUNT tests (a few failing) into the results folder.
const GENERATE = `
import { writeFileSync } from 'node:fs';
const count = Number(process.env.COUNT);
const parts = ['<testsuites><testsuite name="huge" file="test/huge.test.mjs">'];
for (let i = 0; i < count; i++)
  parts.push(i % 50_000 === 7
    ? '<testcase classname="huge" name="case ' + i + '" time="0.001"><failure message="boom"/></testcase>'
    : '<testcase classname="huge" name="case ' + i + '" time="0.001"/>');
parts.push('</testsuite></testsuites>');
writeFileSync(process.env.TESSERA_RESULTS_DIR + '/junit.xml', parts.join(''));
`;

describe('a shard of 200,000 tests', () => {
  let cwd: string;
  const home = process.cwd();
  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'tessera-huge-'));
    await mkdir(join(cwd, 'test'));
    await writeFile(join(cwd, 'test/huge.test.mjs'), '// generated\n');
    await writeFile(join(cwd, 'generate.mjs'), GENERATE);
    process.chdir(cwd);
    vi.stubEnv('COUNT', '200000');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    process.chdir(home);
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('runs, writes its bundle, and the bundle reports', { timeout: 120_000 }, async () => {
    const run = await main(['run', '--shard', '1/1', '--tests', 'test/*.test.mjs', '--', process.execPath,
      'generate.mjs']); // prettier-ignore
    expect(run).toBe(1); // four tests fail by design
    const report = await main(['report', '--from', '.tessera/shards', '--json', 'report.json']);
    expect(report).toBe(1);
    const json = JSON.parse(await readFile(join(cwd, 'report.json'), 'utf8')) as {
      summary: { tests: number; failed: number };
    };
    expect(json.summary).toMatchObject({ tests: 200_000, failed: 4 });
  });
});

describe('names are capped at the documented lengths, with a visible marker', () => {
  it('a test name of 5 MB, a deep suite and a long path are cut in the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-long-names-'));
    const name = 'n'.repeat(5_000_000);
    const ctrf = {
      results: {
        tool: { name: 'gen' },
        tests: [
          {
            name,
            status: 'failed',
            duration: 1,
            message: 'm'.repeat(100_000),
            trace: 't'.repeat(100_000),
            filePath: `test/${'p'.repeat(5_000)}.test.ts`,
            suite: Array.from({ length: 100 }, (_, i) => `level ${i}`),
          },
        ],
      },
    };
    await writeFile(join(dir, 'ctrf.json'), JSON.stringify(ctrf));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await main(['report', join(dir, 'ctrf.json'), '--json', join(dir, 'r.json'), '--fail-on', 'never']);
    } finally {
      vi.restoreAllMocks();
    }
    const report = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')) as {
      tests: {
        name: string;
        file: string;
        suite: string[];
        attempts: { failure: { message: string; trace?: string } }[];
      }[];
    };
    const [test] = report.tests;
    expect(test?.name).toMatch(/^n{2000}… \[4998000 more characters cut\]$/);
    expect(test?.file.length).toBeLessThan(1_100);
    expect(test?.suite).toHaveLength(33);
    expect(test?.suite.at(-1)).toBe('… [68 more suite levels cut]');
    const failure = test?.attempts[0]?.failure;
    expect(failure?.message.length).toBeLessThan(17_000);
    expect(failure?.message).toMatch(/more characters cut\]$/);
    expect(JSON.stringify(report).length).toBeLessThan(100_000);
  });
});
