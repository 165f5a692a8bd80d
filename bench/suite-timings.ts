/**
 * `npm run bench:suite-timings`: runs Tessera's own test suite `--runs` times (default 3) with the timings
 * reporter (bench/suite-timings-reporter.ts) and writes every file's cost per run to
 * bench/data/tessera-suite-3runs.csv: a real suite run several times on one machine, the dataset issue 17's
 * "plan on runs 1..k, judge on run k+1" needs and ../shared/sharding-bench has only two runs of.
 *
 *   npm run bench:suite-timings                 # 3 runs, about 4 minutes each on 2 cores
 *   npm run bench:suite-timings -- --runs 4 --out /tmp/timings.csv
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: join(REPO_ROOT, 'bench/data/tessera-suite-3runs.csv') },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 2)
  throw new Error(`--runs must be a whole number ≥ 2, got ${values.runs}`);
const out = resolve(values.out);
rmSync(out, { force: true });
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  console.log(
    `run ${run} of ${runs} (load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}) …`,
  );
  const result = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--reporter=./bench/suite-timings-reporter.ts',
    ],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, TESSERA_TIMINGS_CSV: out, TESSERA_TIMINGS_RUN: String(run) },
    },
  );
  // A failing test still times its file; only a suite that could not run at all is an error here.
  if (result.status === null) throw new Error(`vitest was killed (${result.signal ?? 'no signal'})`);
  console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s, vitest exit ${result.status}`);
}
console.log(`wrote ${out}`);
