/**
 * The real per-file timings of ../shared/sharding-bench (see its README), as maps from file to whole-file
 * milliseconds, for the planner and queue benchmarks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function csvRows(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const keys = (header as string).split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])));
}

/** Whole-file cost of a row with Vitest's split (prepare + collect + setup + test), as both Vitest datasets have. */
function wholeFileMs(row: Record<string, string>): number {
  return ['prepare_ms', 'collect_ms', 'setup_ms', 'test_ms'].reduce((s, k) => s + Number(row[k]), 0);
}

/** vuejs/core: whole-file cost = prepare + collect + setup + test, per run; and test time alone. */
export function vueRuns(dir: string): { whole: Map<string, number>[]; testOnly: Map<string, number>[] } {
  const whole = [new Map<string, number>(), new Map<string, number>()];
  const testOnly = [new Map<string, number>(), new Map<string, number>()];
  for (const row of csvRows(join(dir, 'vuejs-core-unit-vitest-2runs.csv'))) {
    const run = Number(row.run) - 1;
    whole[run]?.set(row.file as string, wholeFileMs(row));
    testOnly[run]?.set(row.file as string, Number(row.test_ms));
  }
  return { whole, testOnly };
}

export function prettier(dir: string): Map<string, number> {
  return new Map(
    csvRows(join(dir, 'prettier-jest-1run.csv')).map((r) => [r.file as string, Number(r.file_ms)]),
  );
}

/** zesty-io Cypress specs; `null` entries (no timing recorded, page objects) are not runnable items. */
export function zesty(dir: string): Map<string, number> {
  const raw = JSON.parse(
    readFileSync(join(dir, 'zesty-io-manager-ui-cypress-timings.json'), 'utf8'),
  ) as Record<string, number | null>;
  return new Map(Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/**
 * Tessera's own test suite, timed by `npm run bench:suite-timings` (bench/data/tessera-suite-3runs.csv):
 * whole-file cost per run, as for vuejs/core. Only files present in every run are kept.
 */
export function tesseraSuiteRuns(path: string): Map<string, number>[] {
  const runs = new Map<number, Map<string, number>>();
  for (const row of csvRows(path)) {
    const run = Number(row.run);
    if (!runs.has(run)) runs.set(run, new Map());
    runs.get(run)?.set(row.file as string, wholeFileMs(row));
  }
  const ordered = [...runs.keys()].sort((a, b) => a - b).map((run) => runs.get(run) as Map<string, number>);
  const everywhere = [...(ordered[0]?.keys() ?? [])].filter((file) => ordered.every((r) => r.has(file)));
  return ordered.map((r) => new Map(everywhere.map((file) => [file, r.get(file) as number])));
}
