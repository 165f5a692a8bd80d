/**
 * Turns a merged run into the versioned Report document. Pure: the clock is passed in.
 */
import { identityOf, OUTCOMES, type Attempt, type Outcome, type TestCase } from '../model/index.js';
import type { MergedRun } from './merge.js';
import {
  REPORT_VERSION,
  type Report,
  type ReportAttempt,
  type ReportFlaky,
  type ReportShards,
  type ReportSummary,
  type ReportTest,
} from './report-document.js';

/** What the report knows beyond the merged tests. Later issues add shard and plan data here. */
export interface BuildReportOptions {
  /** When the report is made. */
  readonly now: Date;
  /** Wall time of the run when known (bundles know it; raw result files do not). */
  readonly wallMs?: number | null;
  /** Shard completeness, when the run was sharded. */
  readonly shards?: ReportShards;
}

/** Shards of an unsharded run: nothing expected, nothing missing. */
export const NO_SHARDS: ReportShards = { expected: null, present: [], missing: [], duplicated: [] };

/**
 * Failed first, then flaky, passed, skipped (the order of OUTCOMES); first-seen order within an outcome,
 * which is deterministic because inputs are read in a sorted order. A linear pass, not a sort: 100k tests.
 */
function byOutcome(tests: readonly TestCase[]): TestCase[] {
  const groups = new Map<Outcome, TestCase[]>(OUTCOMES.map((o) => [o, []]));
  for (const t of tests) groups.get(t.outcome)?.push(t);
  return OUTCOMES.flatMap((o) => groups.get(o) ?? []);
}

/** Counts distinct tests by outcome and sums their durations. */
export function summarize(tests: readonly TestCase[], wallMs: number | null = null): ReportSummary {
  const counts: Record<Outcome, number> = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  let durationMs = 0;
  for (const t of tests) {
    counts[t.outcome] += 1;
    durationMs += t.durationMs;
  }
  return { tests: tests.length, ...counts, durationMs: Math.round(durationMs), wallMs };
}

function toReportAttempt(a: Attempt): ReportAttempt {
  return {
    status: a.status,
    durationMs: a.durationMs,
    ...(a.failure ? { failure: { ...a.failure } } : {}),
    ...(a.skipMessage !== undefined ? { skipMessage: a.skipMessage } : {}),
    // Output of passing attempts is noise in a merged report and can be large; failures keep theirs.
    ...(a.status === 'failed' && a.stdout !== undefined ? { stdout: a.stdout } : {}),
    ...(a.status === 'failed' && a.stderr !== undefined ? { stderr: a.stderr } : {}),
  };
}

/** Whether an attempt carries output the report leaves out (output of attempts that did not fail). */
function hasDroppedOutput(a: Attempt): boolean {
  return a.status !== 'failed' && (a.stdout !== undefined || a.stderr !== undefined);
}

/** A test as the report writes it; the test itself when nothing needs leaving out (no copy). */
export function toReportTest(t: TestCase): ReportTest {
  if (!t.attempts.some(hasDroppedOutput)) return t;
  return {
    ...identityOf(t),
    outcome: t.outcome,
    durationMs: t.durationMs,
    attempts: t.attempts.map(toReportAttempt),
  };
}

function flakyEntry(t: TestCase): ReportFlaky {
  return {
    id: t.id,
    reason: 'retry',
    failedAttempts: t.attempts.filter((a) => a.status === 'failed').length,
    attempts: t.attempts.length,
  };
}

/** Builds the Report for a merged run. */
export function buildReport(run: MergedRun, options: BuildReportOptions): Report {
  const tests = byOutcome(run.tests);
  return {
    version: REPORT_VERSION,
    generatedAt: options.now.toISOString(),
    summary: summarize(tests, options.wallMs ?? null),
    shards: options.shards ?? NO_SHARDS,
    tests: tests.map(toReportTest),
    comparison: null,
    flaky: tests.filter((t) => t.outcome === 'flaky').map(flakyEntry),
    plan: null,
    inputs: { read: run.read, unreadable: run.unreadable },
  };
}
