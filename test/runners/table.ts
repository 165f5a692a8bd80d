/** The runner × reporter table of the real-runner matrix, as Markdown (README, BENCHMARKS, conformance). */
import type { RunnerCounts } from './console-summary.js';
import type { CellResult } from './evaluate.js';
import type { CountDelta } from './matrix.js';

function countsText(c: RunnerCounts): string {
  const flaky = c.flaky !== undefined && c.flaky > 0 ? ` (${c.flaky} flaky)` : '';
  return `${c.tests}: ${c.passed}✓ ${c.failed}✗ ${c.skipped}↷${flaky}`;
}

function deltaText(d: CountDelta): string {
  return Object.entries(d)
    .filter(([, n]) => n !== 0)
    .map(([k, n]) => `${k} ${n > 0 ? '+' : ''}${n}`)
    .join(', ');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One row per cell: runner and version, reporter, the runner's counts, Tessera's, and the verdict. */
export function renderMatrixTable(results: readonly CellResult[]): string {
  const rows = [
    '| runner | reporter | runner says | Tessera counts | verdict |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const version = [...new Set(r.summaries.map((s) => `${s.runner} ${s.version}`))].join(', ');
    const verdict =
      r.mismatches.length > 0
        ? `**MISMATCH** ${r.mismatches.join('; ')}`
        : r.cell.difference !== undefined
          ? `= with ${deltaText(r.cell.difference.delta)}: ${r.cell.difference.why}`
          : r.cell.note !== undefined
            ? `= (${r.cell.note})`
            : '=';
    rows.push(
      `| ${cell(version)} | ${cell(r.cell.reporter)} | ${countsText(r.runner)} | ${countsText(r.tessera)} | ${cell(verdict)} |`,
    );
  }
  return rows.join('\n');
}
