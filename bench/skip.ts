/**
 * `npm run bench:skip`: what `--skip-unchanged` saves on the example suite (examples/suite: 30 node:test
 * files over 13 shared modules) when one module changes.
 *
 * In a copy of the suite (so the repository is never touched): a first `tessera run --local
 * --skip-unchanged` runs everything and records the content keys that passed; one module
 * (`src/strings.mjs`) is changed; then the same command runs again (skipping what cannot have changed), and
 * a plain run without `--skip-unchanged` runs everything, as the baseline. Prints the files run, the hit
 * rate and the wall times, from each run's report.json.
 *
 *   npm run bench:skip
 *   npm run bench:skip -- --module src/money.mjs --shards 4
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Report } from '../src/model/report.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    module: { type: 'string', default: 'src/strings.mjs' },
    shards: { type: 'string', default: '4' },
  },
});

interface Measured {
  readonly wallMs: number;
  readonly report: Report;
}

/** One `tessera run --local` in `cwd` (from the sources, through tsx), timed from spawn to exit. */
async function runOnce(cwd: string, skip: boolean): Promise<Measured> {
  const args = [
    join(REPO_ROOT, 'node_modules/.bin/tsx'),
    join(REPO_ROOT, 'src/cli/index.ts'),
    'run',
    '--local',
    '--shards',
    values.shards as string,
    '--concurrency',
    values.shards as string,
    '--retries',
    '1',
    '--tests',
    'test/*.test.mjs',
    '--history-dir',
    '.tessera/history',
    '--branch',
    'main',
    ...(skip ? ['--skip-unchanged'] : []),
    '--',
    'node',
    '--test',
    '--test-reporter=junit',
    '--test-reporter-destination={results}/junit.xml',
    '{file}',
  ];
  const started = performance.now();
  const child = spawnSync(args[0] as string, args.slice(1), { cwd, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (child.status !== 0)
    throw new Error(`tessera run exited ${child.status}:\n${child.stderr.slice(-2000)}`);
  const report = JSON.parse(await readFile(join(cwd, '.tessera/report/report.json'), 'utf8')) as Report;
  return { wallMs, report };
}

function filesRun(report: Report): number {
  return new Set(report.tests.map((t) => t.file)).size;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-skip-'));
  try {
    await cp(join(REPO_ROOT, 'examples/suite'), dir, { recursive: true });
    // The suite has no dependencies; an empty lockfile stands for them (a global input of every key).
    await writeFile(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    const first = await runOnce(dir, true);
    const module = join(dir, values.module as string);
    await writeFile(module, `${await readFile(module, 'utf8')}\n// changed by bench:skip\n`);
    const skipped = await runOnce(dir, true);
    const full = await runOnce(dir, false);
    const reuse = skipped.report.reuse;
    const total = filesRun(full.report);
    console.log(
      `bench:skip on examples/suite (${total} test files), ${values.module} changed, --shards ${values.shards}`,
    );
    console.log('');
    console.log('| run | files run | files reused | hit rate | tests run | wall (spawn to exit) |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    const row = (name: string, m: Measured): void => {
      const r = m.report.reuse;
      console.log(
        `| ${name} | ${filesRun(m.report)} | ${r ? r.files.length : 0} | ${r ? `${Math.round(r.hitRate * 100)}%` : '–'} | ${m.report.summary.tests} | ${seconds(m.wallMs)} |`,
      );
    };
    row('first run, --skip-unchanged (no keys yet)', first);
    row('one module changed, --skip-unchanged', skipped);
    row('one module changed, everything', full);
    console.log('');
    const ran = [...new Set(skipped.report.tests.map((t) => t.file))].sort();
    console.log(`Files run with --skip-unchanged: ${ran.join(', ')}`);
    console.log(
      `Time saved: ${seconds(full.wallMs - skipped.wallMs)} of wall time (${Math.round((1 - skipped.wallMs / full.wallMs) * 100)}%); ` +
        `the reused files' own last wall times add up to ${seconds(reuse?.savedMs ?? 0)} of test time.`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
