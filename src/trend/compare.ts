/**
 * Comparison of this run with its baseline: the latest run of the base branch's history for a pull request,
 * or of the same branch's history for a push. The caller picks the document; this module only compares.
 * Pure.
 */
import type { TestCase } from '../model/index.js';
import { latestRun, type HistoryDocument, type TestHistory } from '../history/history-document.js';
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
 * The test's last observed status in the window: the baseline run itself, or, when the test was not in that
 * run (a shard that did not report, a narrower selection), its latest run before that.
 */
export function lastObservedStatus(entry: TestHistory): string | undefined {
  for (let i = entry.s.length - 1; i >= 0; i--) if (entry.s[i] !== '-') return entry.s[i];
  return undefined;
}

/** Consecutive failures at the end of the window, skipping runs the test was not in. */
export function trailingFailures(entry: TestHistory): number {
  let count = 0;
  for (let i = entry.s.length - 1; i >= 0; i--) {
    const status = entry.s[i];
    if (status === '-') continue;
    if (status !== 'F') break;
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
  const current = new Set<string>();
  const joined = entries ?? historyEntries(tests, baseline);
  tests.forEach((test, i) => {
    current.add(test.id);
    const entry = joined[i];
    if (!entry || entry.s.endsWith('-') || entry.s.length === 0) added.push(refOfTest(test));
    const before = entry ? lastObservedStatus(entry) : undefined;
    if (test.outcome === 'failed') {
      if (entry && before === 'F')
        stillFailing.push({ ...refOfTest(test), runsInARow: 1 + trailingFailures(entry) });
      else newFailures.push(refOfTest(test));
    } else if (test.outcome === 'passed' && before === 'F') {
      fixed.push(refOfTest(test));
    }
  });
  const removed: TestRef[] = [];
  // Keys, not entries: at 100,000 tests the [id, entry] pairs alone cost more than the lookups.
  for (const id of Object.keys(baseline.tests)) {
    if (current.has(id)) continue;
    const entry = baseline.tests[id] as TestHistory;
    if (entry.s.length > 0 && !entry.s.endsWith('-')) removed.push(refOfHistory(id, entry));
  }
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
