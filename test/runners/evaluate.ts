/**
 * Evaluates the real-runner matrix: reads each cell's report files through Tessera's readers and merge, as
 * `tessera report` does, and sets the counts beside the runner's own summary plus the documented difference.
 */
import { readFile } from 'node:fs/promises';
import { readResultFile } from '../../src/formats/index.js';
import { summarize } from '../../src/report/build-report.js';
import { mergeResults, type InputOutcome } from '../../src/report/merge.js';
import { ParseError } from '../../src/model/index.js';
import { corpusFile } from '../support/corpus.js';
import { parseConsole, sumCounts, type ConsoleSummary, type RunnerCounts } from './console-summary.js';
import { MATRIX, type CountDelta, type MatrixCell } from './matrix.js';

/** The root the regeneration wrote into the stored files in place of the checkout's path. */
export const STORED_ROOT = '/repo';

const READ_OPTIONS = {
  maxBytes: 8 * 1024 * 1024,
  maxOutputChars: 1024,
  maxMessageChars: 1024,
  root: STORED_ROOT,
};

/** Tessera's counts of a cell, with `passed` as runners count it (flaky tests included). */
export interface TesseraCounts extends Required<RunnerCounts> {
  readonly warnings: readonly string[];
}

export interface CellResult {
  readonly cell: MatrixCell;
  readonly summaries: readonly ConsoleSummary[];
  readonly runner: RunnerCounts;
  readonly expected: RunnerCounts;
  readonly tessera: TesseraCounts;
  /** Categories where Tessera's counts differ from the runner's plus the documented difference. */
  readonly mismatches: readonly string[];
}

export function runnerPath(relative: string): string {
  return corpusFile(`runners/${relative}`);
}

/** Reads and merges a cell's report files; an unreadable file is an error here, not a count. */
export async function tesseraCounts(files: readonly string[]): Promise<TesseraCounts> {
  const inputs: InputOutcome[] = [];
  for (const file of files) {
    const source = runnerPath(file);
    try {
      inputs.push({ source: file, results: await readResultFile(source, READ_OPTIONS) });
    } catch (error) {
      if (error instanceof ParseError) inputs.push({ source: file, error });
      else throw error;
    }
  }
  const merged = mergeResults(inputs);
  if (merged.unreadable.length > 0)
    throw new Error(`unreadable: ${merged.unreadable.map((u) => `${u.file}: ${u.message}`).join('; ')}`);
  const s = summarize(merged.tests);
  return {
    tests: s.tests,
    passed: s.passed + s.flaky,
    failed: s.failed,
    skipped: s.skipped,
    flaky: s.flaky,
    warnings: merged.warnings,
  };
}

const CATEGORIES = ['tests', 'passed', 'failed', 'skipped', 'flaky'] as const;

function plus(runner: RunnerCounts, delta: CountDelta, tessera: TesseraCounts): RunnerCounts {
  return {
    tests: runner.tests + (delta.tests ?? 0),
    passed: runner.passed + (delta.passed ?? 0),
    failed: runner.failed + (delta.failed ?? 0),
    skipped: runner.skipped + (delta.skipped ?? 0),
    // A runner that does not count flaky tests says nothing about them: only a stated delta is checked.
    flaky:
      runner.flaky !== undefined || delta.flaky !== undefined
        ? (runner.flaky ?? tessera.flaky) + (delta.flaky ?? 0)
        : tessera.flaky,
  };
}

export async function evaluateCell(cell: MatrixCell): Promise<CellResult> {
  const summaries = await Promise.all(
    cell.consoles.map(async (c) => parseConsole(cell.runner, await readFile(runnerPath(c), 'utf8'))),
  );
  const runner = sumCounts(summaries.map((s) => s.counts));
  const tessera = await tesseraCounts(cell.files);
  const expected = plus(runner, cell.difference?.delta ?? {}, tessera);
  const mismatches = CATEGORIES.filter((k) => (expected[k] ?? 0) !== tessera[k]).map(
    (k) => `${k}: expected ${expected[k] ?? 0}, Tessera counts ${tessera[k]}`,
  );
  return { cell, summaries, runner, expected, tessera, mismatches };
}

export function evaluateMatrix(): Promise<CellResult[]> {
  return Promise.all(MATRIX.map(evaluateCell));
}
