/**
 * `npm run bench:queue -- --real` (or `npx tsx bench/queue-real.ts [--rounds 3]`): the example suite run for
 * real both ways, `run --local --balance static` and `--balance queue`, with the timings `npm start` uses
 * and with none (every file predicted alike, the case a queue is for). Rounds alternate the two modes; it
 * prints each mode's median wall time of the slowest shard (the report's makespan) and of the whole command.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../test/support/corpus.js';

const { values } = parseArgs({ options: { rounds: { type: 'string' } } });
const rounds = Number(values.rounds ?? 3);

const COMMAND = [
  '--',
  'node',
  '--test',
  '--test-reporter=junit',
  '--test-reporter-destination={results}/junit.xml',
  '{file}',
];

interface Sample {
  readonly makespanMs: number;
  readonly wallMs: number;
}

function runOnce(balance: string, timings: boolean): Sample {
  const out = mkdtempSync(join(tmpdir(), 'tessera-queue-real-'));
  const args = [
    '--import',
    'tsx',
    'src/cli/index.ts',
    'run',
    '--local',
    '--shards',
    '4',
    '--concurrency',
    '4',
    '--retries',
    '1',
    '--balance',
    balance,
    '--tests',
    'examples/suite/test/*.test.mjs',
    ...(timings ? ['--timings', 'examples/suite/timings/*.json'] : []),
    '--out',
    join(out, 'shards'),
    '--json',
    join(out, 'report.json'),
    ...COMMAND,
  ];
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  // Exit 1 is a failing test (the suite's timing tests can fail on a loaded machine): still a measurement.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`run --local --balance ${balance} failed:\n${result.stderr}`);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
    plan: { actualMakespanMs: number } | null;
    summary: { tests: number };
  };
  rmSync(out, { recursive: true, force: true });
  return { makespanMs: report.plan?.actualMakespanMs ?? NaN, wallMs };
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

console.log(`examples/suite, 4 workers, ${rounds} rounds per mode, alternating\n`);
console.log('| timings | mode | slowest shard, median | whole command, median |');
console.log('| --- | --- | --- | --- |');
for (const timings of [true, false]) {
  const samples: Record<string, Sample[]> = { static: [], queue: [] };
  for (let r = 0; r < rounds; r++)
    for (const mode of ['static', 'queue']) (samples[mode] as Sample[]).push(runOnce(mode, timings));
  for (const mode of ['static', 'queue']) {
    const s = samples[mode] as Sample[];
    console.log(
      `| ${timings ? 'examples/suite/timings' : 'none'} | ${mode} | ${(median(s.map((x) => x.makespanMs)) / 1000).toFixed(2)} s | ` +
        `${(median(s.map((x) => x.wallMs)) / 1000).toFixed(2)} s |`,
    );
  }
}
