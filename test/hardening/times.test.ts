/**
 * Item 5 of the hardening issue: times are read as finite, non-negative and capped, with one warning per
 * file, so totals stay meaningful; and a plan made from any timings is one `run` accepts.
 */
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MAX_DURATION_MS } from '../../src/model/index.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

const JUNIT = `<?xml version="1.0"?>
<testsuites>
  <testsuite name="a" file="test/a.test.ts" time="1e308">
    <testcase classname="a" name="huge" time="1e308"/>
    <testcase classname="a" name="fine" time="0.5"/>
  </testsuite>
  <testsuite name="b" file="test/b.test.ts" time="NaN">
    <testcase classname="b" name="nan" time="NaN"/>
    <testcase classname="b" name="negative" time="-3"/>
    <testcase classname="b" name="infinite" time="Infinity"/>
  </testsuite>
</testsuites>
`;
// JSON cannot hold NaN, but it can hold 1e308 and negative numbers.
const CTRF = JSON.stringify({
  results: {
    tool: { name: 'gen' },
    tests: [
      { name: 'huge', status: 'passed', duration: 1e308, filePath: 'test/c.test.ts' },
      { name: 'negative', status: 'passed', duration: -50, filePath: 'test/c.test.ts' },
    ],
  },
});

let dir: string;
let stderr: string;
const home = process.cwd();
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-times-'));
  await mkdir(join(dir, 'test'));
  for (const f of ['a', 'b', 'c']) await writeFile(join(dir, `test/${f}.test.ts`), '// test\n');
  await writeFile(join(dir, 'junit.xml'), JUNIT);
  await writeFile(join(dir, 'ctrf.json'), CTRF);
  process.chdir(dir);
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((stderr += String(c)), true));
  vi.spyOn(console, 'error').mockImplementation((...args) => void (stderr += `${args.join(' ')}\n`));
});
afterEach(() => {
  process.chdir(home);
  vi.restoreAllMocks();
});

describe('non-finite, negative and huge times', () => {
  it('are warned once per file and capped, so the totals stay numbers', async () => {
    const code = await main(['report', 'junit.xml', 'ctrf.json', '--json', 'r.json']);
    expect(code).toBe(0);
    const report = JSON.parse(await readFile('r.json', 'utf8')) as {
      summary: { durationMs: number | null };
      tests: { name: string; durationMs: number }[];
    };
    expect(report.summary.durationMs).toBeTypeOf('number');
    expect(Number.isFinite(report.summary.durationMs)).toBe(true);
    const byName = (n: string): number[] => report.tests.filter((t) => t.name === n).map((t) => t.durationMs);
    expect(byName('huge')).toEqual([MAX_DURATION_MS, MAX_DURATION_MS]);
    expect(byName('fine')).toEqual([500]);
    for (const n of ['nan', 'negative', 'infinite']) for (const ms of byName(n)) expect(ms).toBe(0);
    // One warning per file that had any, naming it.
    expect(stderr.match(/warning: ctrf\.json: 2 durations were not a finite/g)).toHaveLength(1);
    expect(stderr).toMatch(/warning: junit\.xml: .*(duration|time)/);
  });

  it('give a plan that run accepts', async () => {
    const code = await main(['plan', '--tests', 'test/*.test.ts', '--timings', 'junit.xml', '--timings',
      'ctrf.json', '--shards', '2', '--format', 'json', '--out', 'plan.json']); // prettier-ignore
    expect(code).toBe(0);
    const text = await readFile('plan.json', 'utf8');
    expect(() => parsePlan(text, 'plan.json')).not.toThrow();
    expect(text).not.toContain('null');
    // run takes it: the shard runs (its command writes no results, so it fails, but not as a usage error).
    const run = await main(['run', '--plan', 'plan.json', '--shard', '1/2', '--', 'true']);
    expect(run).toBe(1);
    expect(stderr).not.toMatch(/tessera: .*plan/i);
  });
});
