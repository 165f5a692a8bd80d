/**
 * Comparison of this run with its baseline: the latest run of the base branch's history for a pull request,
 * or of the same branch's history for a push. The caller picks the document; this module only compares.
 * Pure.
 */
import type { TestCase } from '../model/index.js';
import { latestRun, STATUS, type HistoryDocument, type TestTable } from '../history/history-document.js';
import { runColumns } from '../history/run-columns.js';
import { failedOrRetriedRows } from './window-summary.js';
import {
  compareRefs,
  historyEntries,
  refOfHistory,
  refOfTest,
  type HistoryEntries,
  type TestRef,
} from './test-ref.js';

/** The baseline run the comparison is against. */
export interface BaselineRef {
  /** The branch of the baseline history (untrusted text). */
  readonly branch: string;
  /** The run's sequence number in that history. */
  readonly seq: number;
  /** ISO 8601 time the baseline run was reported. */
  readonly at: string;
  readonly sha?: string;
  readonly runId?: string;
  readonly attempt?: number;
}

/** A test failing now and in the baseline. */
export interface StillFailing extends TestRef {
  /** Runs in a row this test has failed, this one included (runs where it did not run are skipped over). */
  readonly runsInARow: number;
}

/** What changed since the baseline. Lists are ordered by file, title, id. */
export interface Comparison {
  /** Null when there is no baseline (first run, or the history could not be read). */
  readonly baseline: BaselineRef | null;
  /** Failing now, and passing, flaky, skipped or unknown in the baseline. Without a baseline: every failure. */
  readonly newFailures: readonly TestRef[];
  /** Failing now and at the baseline's last sighting of the test. */
  readonly stillFailing: readonly StillFailing[];
  /** Failing at the baseline's last sighting, passing now (a flaky pass is reported as flaky, not fixed). */
  readonly fixed: readonly TestRef[];
  /** In this run, not in the baseline run. Empty without a baseline (everything would be "added"). */
  readonly added: readonly TestRef[];
  /** In the baseline run, not in this run. */
  readonly removed: readonly TestRef[];
}

/**
 * The last observed status byte (STATUS) of row `row`: the baseline run itself, or, when the test was not in
 * that run (a shard that did not report, a narrower selection), its latest run before that; undefined when
 * the window holds no run of it.
 */
export function lastObservedStatus(table: TestTable, row: number): number | undefined {
  for (let c = table.columns - 1; c >= 0; c--) {
    const status = (table.statuses[c] as Uint8Array)[row] as number;
    if (status !== STATUS.absent) return status;
  }
  return undefined;
}

/** Consecutive failures of row `row` at the end of the window, skipping runs the test was not in. */
export function trailingFailures(table: TestTable, row: number): number {
  let count = 0;
  for (let c = table.columns - 1; c >= 0; c--) {
    const status = (table.statuses[c] as Uint8Array)[row];
    if (status === STATUS.absent) continue;
    if (status !== STATUS.failed) break;
    count++;
  }
  return count;
}

/**
 * Compares this run's tests with the latest run of `baseline`. `entries`, when given, is the join of `tests`
 * with `baseline` ({@link historyEntries}), so it is not done again.
 */
export function compareWithBaseline(
  tests: readonly TestCase[],
  baseline: HistoryDocument | undefined,
  entries?: HistoryEntries,
): Comparison {
  const last = baseline ? latestRun(baseline) : undefined;
  if (!baseline || !last) {
    return {
      baseline: null,
      newFailures: tests
        .filter((t) => t.outcome === 'failed')
        .map(refOfTest)
        .sort(compareRefs),
      stillFailing: [],
      fixed: [],
      added: [],
      removed: [],
    };
  }
  const newFailures: TestRef[] = [];
  const stillFailing: StillFailing[] = [];
  const fixed: TestRef[] = [];
  const added: TestRef[] = [];
  const table = baseline.tests;
  // The baseline run's column (none when the window was cut to nothing: then every test counts as added).
  const latest = table.latest;
  const present = new Uint8Array(table.size);
  const joined = entries ?? historyEntries(tests, baseline);
  const { status } = runColumns(tests);
  const flagged = failedOrRetriedRows(table);
  for (let i = 0; i < tests.length; i++) {
    const row = joined[i] as number;
    if (row >= 0) present[row] = 1;
    if (row < 0 || !latest || latest[row] === STATUS.absent) added.push(refOfTest(tests[i] as TestCase));
    const now = status[i];
    if (now !== STATUS.failed && now !== STATUS.passed) continue;
    // A passing test can only be "fixed" when its window holds a failure.
    if (now === STATUS.passed && (row < 0 || flagged[row] === 0)) continue;
    const before = row >= 0 ? lastObservedStatus(table, row) : undefined;
    if (now === STATUS.failed) {
      const test = tests[i] as TestCase;
      if (before === STATUS.failed)
        stillFailing.push({ ...refOfTest(test), runsInARow: 1 + trailingFailures(table, row) });
      else newFailures.push(refOfTest(test));
    } else if (before === STATUS.failed) {
      fixed.push(refOfTest(tests[i] as TestCase));
    }
  }
  const removed: TestRef[] = [];
  if (latest)
    for (let row = 0; row < table.size; row++)
      if (present[row] === 0 && latest[row] !== STATUS.absent) removed.push(refOfHistory(baseline, row));
  return {
    baseline: {
      branch: baseline.branch,
      seq: last.seq,
      at: last.at,
      ...(last.sha !== undefined ? { sha: last.sha } : {}),
      ...(last.runId !== undefined ? { runId: last.runId } : {}),
      ...(last.attempt !== undefined ? { attempt: last.attempt } : {}),
    },
    newFailures: newFailures.sort(compareRefs),
    stillFailing: stillFailing.sort(compareRefs),
    fixed: fixed.sort(compareRefs),
    added: added.sort(compareRefs),
    removed: removed.sort(compareRefs),
  };
}
