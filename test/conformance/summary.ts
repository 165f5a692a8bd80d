/**
 * Runs every oracle's cases and renders the conformance table `npm run conformance` prints. Pure rendering
 * over the results; the script does the printing and the exit code.
 */
import { DIFFERENCES } from './differences.js';
import { describeActual, describeExpectation, evaluateCase } from './evaluate.js';
import { ORACLES, type Oracle, type OracleLoad } from './oracles/index.js';
import type { CaseResult, CaseStatus } from './types.js';

/** One oracle's cases and how each came out. */
export interface OracleRun {
  readonly oracle: Oracle;
  readonly load: OracleLoad;
  readonly results: readonly CaseResult[];
}

/** Counts for one table row. */
export interface Tally {
  readonly cases: number;
  /** Distinct input files read (unsupported ones excluded). */
  readonly filesRead: number;
  readonly statuses: Readonly<Record<CaseStatus, number>>;
  readonly omitted: number;
}

/** Loads and evaluates every oracle. An oracle that finds no case is an error: the corpus moved. */
export async function runConformance(oracles: readonly Oracle[] = ORACLES): Promise<OracleRun[]> {
  const runs: OracleRun[] = [];
  for (const oracle of oracles) {
    const load = await oracle.load();
    if (load.cases.length === 0)
      throw new Error(`oracle ${oracle.id} found no cases: has the corpus moved? (${oracle.title})`);
    const results: CaseResult[] = [];
    for (const c of load.cases) results.push(await evaluateCase(c));
    runs.push({ oracle, load, results });
  }
  return runs;
}

function emptyStatuses(): Record<CaseStatus, number> {
  return { match: 0, difference: 0, 'known-bug': 0, unsupported: 0, mismatch: 0 };
}

/** The row counts for a set of results. */
export function tally(results: readonly CaseResult[], omitted = 0): Tally {
  const statuses = emptyStatuses();
  const files = new Set<string>();
  for (const r of results) {
    statuses[r.status]++;
    if (r.case.unsupported === undefined) for (const f of r.case.files) files.add(f);
  }
  return { cases: results.length, filesRead: files.size, statuses, omitted };
}

const COLUMNS = [
  'oracle',
  'cases',
  'files read',
  'match',
  'documented diff',
  'known bug',
  'unsupported',
  'omitted',
  'MISMATCH',
];

function row(name: string, t: Tally): string[] {
  const s = t.statuses;
  return [
    name,
    t.cases,
    t.filesRead,
    s.match,
    s.difference,
    s['known-bug'],
    s.unsupported,
    t.omitted,
    s.mismatch,
  ].map(String);
}

function renderGrid(rows: readonly string[][]): string {
  const widths = COLUMNS.map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((cell, k) => (k === 0 ? cell.padEnd(widths[k] ?? 0) : cell.padStart(widths[k] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const [header, ...body] = rows;
  const total = body.pop() ?? [];
  return [line(header ?? []), rule, ...body.map(line), rule, line(total)].join('\n');
}

/** The table: one row per oracle and a total. */
export function renderTable(runs: readonly OracleRun[]): string {
  const all = runs.flatMap((r) => r.results);
  const totalOmitted = runs.reduce((n, r) => n + r.load.omitted.length, 0);
  return renderGrid([
    COLUMNS,
    ...runs.map((r) => row(r.oracle.id, tally(r.results, r.load.omitted.length))),
    row('total', tally(all, totalOmitted)),
  ]);
}

/** Every result with a given status, one line each, grouped by the reader that read the input. */
export function renderByReader(runs: readonly OracleRun[], status: CaseStatus): string {
  const byReader = new Map<string, string[]>();
  for (const r of runs.flatMap((run) => run.results)) {
    if (r.status !== status) continue;
    const reader = [...new Set(r.readers)].join('+');
    const oracle = r.want === r.case.expected ? '' : `oracle ${describeExpectation(r.case.expected)} | `;
    const line =
      `  [${r.case.source}] ${r.case.name}\n` +
      `      ${oracle}want ${describeExpectation(r.want)} | got ${describeActual(r.actual)}` +
      (r.detail ? `\n      ${r.detail}` : '');
    byReader.set(reader, [...(byReader.get(reader) ?? []), line]);
  }
  return [...byReader.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reader, lines]) => `${reader} (${lines.length})\n${lines.join('\n')}`)
    .join('\n');
}

/** Differences entries that name no loaded case: a typo or a moved file, which would silently do nothing. */
export function unusedDifferences(runs: readonly OracleRun[]): string[] {
  const names = new Set(runs.flatMap((r) => r.results.map((x) => `${x.case.source}:${x.case.name}`)));
  return DIFFERENCES.filter((d) => !names.has(`${d.source}:${d.name}`)).map((d) => `${d.source}:${d.name}`);
}
