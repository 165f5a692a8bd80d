/**
 * What a reported run contributes to the history ({@link RunRecord}), from the Report and what the inputs
 * said about the run. Pure: the run's time is passed in (the bundles' finish time, or the clock read at the
 * CLI edge).
 */
import type { RunRecord, RunSkipRecord } from '../history/run-record.js';
import type { RunInfo, TestCase } from '../model/index.js';
import type { Report } from './report-document.js';

/** One shard's times, as far as the inputs know them. */
export interface ShardTimes {
  readonly index: number;
  readonly wallMs: number;
  readonly setupMs?: number;
}

/** What the history needs beyond the Report. */
export interface RunFacts {
  /** Provider, run id, sha, branch, PR: from the bundles, or from flags for raw result files. */
  readonly run: RunInfo;
  /** ISO 8601 time of the run. */
  readonly at: string;
  /** The run's distinct tests, folded. */
  readonly tests: readonly TestCase[];
  /** Per-file wall times measured by the shards; without them each file's test durations are summed. */
  readonly files?: readonly { readonly path: string; readonly wallMs: number }[];
  readonly shards?: readonly ShardTimes[];
  /** The plan's prediction, when the run had a plan. */
  readonly plan?: { readonly predictedMakespanMs: number; readonly lowerBoundMs: number };
  /** What `--skip-unchanged` teaches the history, when the plan skipped. */
  readonly skip?: RunSkipRecord;
}

/** Per-file time from the tests when the inputs measured none: the sum of each file's test durations. */
export function filesFromTests(
  tests: readonly TestCase[],
): { readonly path: string; readonly wallMs: number }[] {
  const files = new Map<string, number>();
  for (const t of tests) if (t.file !== undefined) files.set(t.file, (files.get(t.file) ?? 0) + t.durationMs);
  return [...files].map(([path, wallMs]) => ({ path, wallMs }));
}

const filesOfFacts = new WeakMap<RunFacts, readonly { readonly path: string; readonly wallMs: number }[]>();

/**
 * The per-file times of a run: those the inputs measured, else each file's test durations summed. Computed
 * once per facts object: the history update and the file slow-down check both ask, and at 100,000 tests the
 * sum is a pass over every test.
 */
export function recordFiles(facts: RunFacts): readonly { readonly path: string; readonly wallMs: number }[] {
  if (facts.files && facts.files.length > 0) return facts.files;
  let files = filesOfFacts.get(facts);
  if (!files) {
    files = filesFromTests(facts.tests);
    filesOfFacts.set(facts, files);
  }
  return files;
}

/** The history record of a reported run. */
export function runRecordOf(report: Report, facts: RunFacts): RunRecord {
  const { summary } = report;
  return {
    run: facts.run,
    at: facts.at,
    summary: {
      tests: summary.tests,
      passed: summary.passed,
      failed: summary.failed,
      skipped: summary.skipped,
      flaky: summary.flaky,
    },
    wallMs: summary.wallMs ?? summary.durationMs,
    shards: (facts.shards ?? []).map((s) => ({ index: s.index, setupMs: s.setupMs ?? 0, wallMs: s.wallMs })),
    files: recordFiles(facts),
    tests: facts.tests,
    ...(facts.plan ? { plan: facts.plan } : {}),
    ...(facts.skip ? { skip: facts.skip } : {}),
  };
}
