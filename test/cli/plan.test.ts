import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { emptyHistory, encodeHistory, type HistoryDocument } from '../../src/history/index.js';
import { parsePlan } from '../../src/plan/index.js';
import { serializeBundle, TOOL, type ShardBundle } from '../../src/run/bundle.js';

let dir: string;
let home: string;
let out: string[];
let err: string[];

beforeEach(async () => {
  home = process.cwd();
  dir = await mkdtemp(join(tmpdir(), 'tessera-plan-'));
  await mkdir(join(dir, 'test'));
  for (const name of ['a', 'b', 'c', 'd', 'slow'])
    await writeFile(join(dir, `test/${name}.test.ts`), '// test\n');
  // Earlier results: JUnit testsuite times per file (seconds).
  await writeFile(
    join(dir, 'junit.xml'),
    `<?xml version="1.0"?>
<testsuites>
  <testsuite name="a" file="test/a.test.ts" tests="1" time="2"><testcase name="x" classname="a" file="test/a.test.ts" time="1"/></testsuite>
  <testsuite name="b" file="test/b.test.ts" tests="1" time="2"><testcase name="x" classname="b" file="test/b.test.ts" time="1"/></testsuite>
  <testsuite name="c" file="test/c.test.ts" tests="1" time="3"><testcase name="x" classname="c" file="test/c.test.ts" time="1"/></testsuite>
  <testsuite name="slow" file="test/slow.test.ts" tests="1" time="9"><testcase name="x" classname="slow" file="test/slow.test.ts" time="8"/></testsuite>
</testsuites>
`,
  );
  process.chdir(dir);
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    err.push(args.join(' '));
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  process.chdir(home);
  await rm(dir, { recursive: true, force: true });
});

describe('tessera plan', () => {
  it('plans from result-file timings and re-reads the plan for one shard', async () => {
    const code = await main([
      'plan',
      '--tests',
      'test/**/*.test.ts',
      '--timings',
      '*.xml',
      '--shards',
      '2',
      '--out',
      'plan.json',
    ]);
    expect(code).toBe(0);
    const plan = parsePlan(await readFile('plan.json', 'utf8'), 'plan.json');
    expect(plan.total).toBe(5);
    expect(plan.unknownItems).toBe(1); // d.test.ts has no timing
    expect(plan.estimates.suite).toBe(4);
    expect(plan.floorItem).toBe('test/slow.test.ts');
    expect(plan.shards.find((s) => s.items.includes('test/slow.test.ts'))?.predictedMs).toBe(9000);
    expect(err.join('')).toContain('1 of 5 items have no timing');

    out = [];
    expect(await main(['plan', '--plan', 'plan.json', '--shard', '2/2', '--format', 'lines'])).toBe(0);
    expect(out.join('').trimEnd().split('\n')).toEqual(plan.shards[1]?.items);
  });

  it('prints the same bytes twice for the same inputs', async () => {
    const args = ['plan', '--tests', 'test/**', '--timings', 'junit.xml', '--shards', '3'];
    await main(args);
    const first = out.join('');
    out = [];
    await main(args);
    expect(out.join('')).toBe(first);
    expect(first.length).toBeGreaterThan(0);
  });

  it('prefers the per-file wall time of a shard bundle over the suite time', async () => {
    const bundle: ShardBundle = {
      version: 1,
      tool: TOOL,
      run: { provider: 'local' },
      shard: { index: 1, total: 1 },
      items: ['test/a.test.ts'],
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:00:30.000Z',
      wallMs: 30_000,
      exitCode: 0,
      tries: [],
      files: [{ path: 'test/a.test.ts', wallMs: 20_000, source: 'process' }],
      tests: [],
    };
    await mkdir('shards');
    await writeFile('shards/bundle.json', serializeBundle(bundle));
    const code = await main([
      'plan',
      '--tests',
      'test/**',
      '--timings',
      'junit.xml',
      '--timings',
      'shards/*.json',
      '--shards',
      '2',
    ]);
    expect(code).toBe(0);
    const plan = parsePlan(out.join(''), 'stdout');
    expect(plan.estimates.wall).toBe(1);
    expect(plan.floorItem).toBe('test/a.test.ts');
    expect(plan.floorMs).toBe(20_000);
  });

  it('takes file timings and the set-up time from a history document', async () => {
    const doc: HistoryDocument = {
      ...emptyHistory('main'),
      runs: [
        {
          seq: 1,
          at: '2026-01-01T00:00:00Z',
          provider: 'local',
          summary: { tests: 1, passed: 1, failed: 0, skipped: 0, flaky: 0 },
          durationMs: 1,
          wallMs: 1,
          shards: [{ index: 1, setupMs: 45_000, wallMs: 60_000 }],
        },
      ],
      files: { 'test/d.test.ts': { w: [7000], seen: 1 } },
    };
    await writeFile('history.json.gz', encodeHistory(doc));
    expect(
      await main([
        'plan',
        '--tests',
        'test/**',
        '--timings',
        'junit.xml',
        '--history',
        'history.json.gz',
        '--shards',
        '2',
      ]),
    ).toBe(0);
    const plan = parsePlan(out.join(''), 'stdout');
    expect(plan.unknownItems).toBe(0);
    expect(plan.estimates.wall).toBe(1);
    expect(plan.setupMs).toBe(45_000);
  });

  it('writes the matrix and chooses N from a target, from the config file', async () => {
    await writeFile('.tessera.yml', 'tests: "test/**"\ntimings: junit.xml\ntarget: 12s\nsetup: 2s\n');
    expect(await main(['plan', '--format', 'matrix'])).toBe(0);
    const matrix = JSON.parse(out.join('')) as { include: { shard: number; total: number }[] };
    // Σ ≈ 18.5 s with d.test.ts at the median; slow.test.ts (9 s) + 2 s set-up fits in 12 s from N = 2.
    expect(matrix.include).toEqual([
      { shard: 1, total: 2 },
      { shard: 2, total: 2 },
    ]);
  });

  it('honours groups and order given as flags', async () => {
    const code = await main([
      'plan',
      '--tests',
      'test/**',
      '--timings',
      'junit.xml',
      '--shards',
      '3',
      '--group',
      'test/{a,b}.test.ts',
      '--order',
      'test/d.test.ts>test/c.test.ts',
    ]);
    expect(code).toBe(0);
    const plan = parsePlan(out.join(''), 'stdout');
    const shardOf = (item: string) => plan.shards.find((s) => s.items.includes(item))?.items ?? [];
    expect(shardOf('test/a.test.ts')).toContain('test/b.test.ts');
    const withC = shardOf('test/c.test.ts');
    expect(withC.indexOf('test/d.test.ts')).toBe(withC.indexOf('test/c.test.ts') - 1);
  });

  it.each([
    [['plan', '--shards', '2'], /no tests to plan/],
    [['plan', '--tests', 'nothing/**', '--shards', '2'], /"nothing\/\*\*" matches no file/],
    [['plan', '--tests', 'test/**', '--target', 'soon'], /--target 'soon' is not a duration/],
    [['plan', '--tests', 'test/**', '--shards', '2', '--format', 'lines'], /add --shard i\/N/],
    [['plan', '--tests', 'test/**', '--shards', '2', '--shard', '3/2'], /is not i\/N/],
    [
      [
        'plan',
        '--tests',
        'test/**',
        '--shards',
        '2',
        '--order',
        'test/a.test.ts>test/b.test.ts',
        '--order',
        'test/b.test.ts>test/a.test.ts',
      ],
      /cycle: test\/a\.test\.ts → test\/b\.test\.ts → test\/a\.test\.ts/,
    ],
    [['plan', '--tests', 'test/**', '--shards', 'two'], /--shards must be a whole number/],
  ])('exits 2 for usage errors: %j', async (args, message) => {
    expect(await main(args)).toBe(2);
    expect(err.join('')).toMatch(message);
  });

  it('exits 2 for a bad key in the config file and names it', async () => {
    await writeFile('tessera.config.json', '{"tests": "test/**", "shards": 2, "shard": 1}');
    expect(await main(['plan'])).toBe(2);
    expect(err.join('')).toMatch(/tessera\.config\.json: unknown key `shard`/);
  });
});
