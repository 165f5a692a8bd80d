/**
 * What one reported run contributes to the history. The report builds it from the merged run; nothing in
 * here reads a clock or a file, so updates are pure and reproducible.
 */
import type { RunInfo, TestCase } from '../model/index.js';
import type { HistoryRunSummary, HistoryShard } from './history-document.js';

/** One run, as the history update takes it. */
export interface RunRecord {
  /** Where and for what the run happened (provider, run id, attempt, sha, branch, PR). */
  readonly run: RunInfo;
  /** When the run was reported, ISO 8601. Injected by the caller: the update never reads the clock. */
  readonly at: string;
  /** Counts over distinct tests. */
  readonly summary: HistoryRunSummary;
  /** Wall time of the whole run (the slowest shard, or the single job). */
  readonly wallMs: number;
  /** Per shard: set-up and wall time. Empty for an unsharded run. */
  readonly shards: readonly HistoryShard[];
  /** Per test file: its wall time in this run (from shard bundles), or the runner's per-file time. */
  readonly files: readonly { readonly path: string; readonly wallMs: number }[];
  /** Every distinct test of the run (already folded: one entry per id). */
  readonly tests: readonly TestCase[];
  /** The plan's prediction, when the run had a plan. */
  readonly plan?: { readonly predictedMakespanMs: number; readonly lowerBoundMs: number };
  /** What `--skip-unchanged` contributes: keys that passed in this run, and the files reused. */
  readonly skip?: RunSkipRecord;
}

/** The `--skip-unchanged` part of a run record. */
export interface RunSkipRecord {
  /** Files that ran and passed (no failed or flaky test), with their content keys. */
  readonly passed: readonly { readonly path: string; readonly key: string }[];
  /** Files whose results were reused: kept alive in the history as if seen in this run. */
  readonly reused: readonly string[];
}

/**
 * The duration the history keeps for a test: that of its last attempt, i.e. one execution. The sum over
 * retries would make every flaky run look like a 2× slow-down; retries are recorded as the `K` status
 * instead.
 */
export function executionMs(test: TestCase): number {
  const last = test.attempts[test.attempts.length - 1];
  return Math.max(0, Math.round(last?.durationMs ?? test.durationMs));
}

/** Counts a run's outcomes, for callers that have the tests but no summary at hand. */
export function summarizeTests(tests: readonly TestCase[]): HistoryRunSummary {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let flaky = 0;
  for (const t of tests) {
    if (t.outcome === 'passed') passed++;
    else if (t.outcome === 'failed') failed++;
    else if (t.outcome === 'skipped') skipped++;
    else flaky++;
  }
  return { tests: tests.length, passed, failed, skipped, flaky };
}
