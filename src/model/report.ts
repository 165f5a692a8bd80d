/**
 * The Report document's shape (`tessera report --json`): the merged result of one run. The types live here, in
 * the model, because both the report (which builds and validates it: src/report/report-document.ts holds the
 * schema) and the renderers (which read it) need them, and imports flow downwards only: src/render must not
 * import src/report, one floor up.
 *
 * Fields that later features fill (comparison with a baseline, the plan's accuracy, shard completeness) are
 * present from version 1, as `null` or empty when unknown, so those features add data, not shape.
 */
import type { AttemptStatus, FailureCategory, FormatId, Outcome } from './test-result.js';

/**
 * The Report version this build writes and the newest it reads. Version 2: the comparison's lists hold
 * test references ({@link ReportTestRef}) instead of bare ids, so a consumer can name a removed test.
 */
export const REPORT_VERSION = 2;

/** Counts over distinct tests (a test retried three times counts once). */
export interface ReportSummary {
  readonly tests: number;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly flaky: number;
  /** Sum of every attempt's duration: the machine time the tests cost. */
  readonly durationMs: number;
  /** Wall-clock time of the run (the slowest shard), or null when the inputs do not say (raw result files). */
  readonly wallMs: number | null;
}

/**
 * Whether every planned shard reported exactly once. With no plan (plain result files) `expected` is null and
 * the lists are empty.
 */
export interface ReportShards {
  /** Number of shards the plan asked for, or null without a plan. */
  readonly expected: number | null;
  /** 1-based indexes of the shards that reported. */
  readonly present: readonly number[];
  /** Planned shards with no results. */
  readonly missing: readonly number[];
  /** Shards that reported more than once (e.g. a re-run job uploaded again). */
  readonly duplicated: readonly number[];
  /**
   * Planned shards the plan gave no item that left no bundle: not missing, as they had nothing to run (a CI
   * may skip their jobs). Only with a plan; absent when there is none. Added in 1.x: optional.
   */
  readonly emptyByPlan?: readonly number[];
  /**
   * Where each reporting shard ran, as its bundle recorded it at run time, so the report can link a failure
   * to its shard's log and say how to re-run it without asking the CI. Absent for plain result files.
   * Added in 1.x: optional.
   */
  readonly jobs?: readonly ReportShardJob[];
}

/** One shard's job, as its bundle recorded it. */
export interface ReportShardJob {
  /** 1-based, as in `--shard i/N`. */
  readonly index: number;
  readonly total: number;
  /** The shard job's log page (GitHub job URL, GitLab `CI_JOB_URL` …); untrusted, checked before linking. */
  readonly url?: string;
  /** The test command the shard ran (the words after `--`), placeholders unfilled; untrusted. */
  readonly command?: readonly string[];
}

/** What a failed attempt left behind, as written in the report. */
export interface ReportFailure {
  readonly category: FailureCategory;
  readonly message?: string;
  readonly type?: string;
  readonly trace?: string;
}

/** One attempt of one test. Output is kept for failed attempts only, to bound the document. */
export interface ReportAttempt {
  readonly status: AttemptStatus;
  readonly durationMs: number;
  readonly failure?: ReportFailure;
  readonly skipMessage?: string;
  readonly stdout?: string;
  readonly stderr?: string;
}

/** One distinct test of the run, with all its attempts. `id` is the history key. */
export interface ReportTest {
  readonly id: string;
  readonly file?: string;
  readonly line?: number;
  readonly suite: readonly string[];
  readonly name: string;
  readonly project?: string;
  readonly outcome: Outcome;
  readonly durationMs: number;
  readonly attempts: readonly ReportAttempt[];
  /**
   * The shard that ran it (an index into {@link ReportShards.jobs}), for the failed and flaky tests of a
   * sharded run. Added in 1.x: optional.
   */
  readonly shard?: number;
  /**
   * The earlier attempt this result was carried forward from: a re-run attempt ran only what failed
   * (docs/rerun.md), and this test passed (or was skipped) in that attempt. Added in 1.x: optional.
   */
  readonly carriedFrom?: number;
}

/** Why a test is listed as flaky: it failed and passed in this run (`retry`), or by its history. */
export type FlakyReason = 'retry' | 'history';

/** A test listed as flaky. */
export interface ReportFlaky {
  readonly id: string;
  readonly reason: FlakyReason;
  /** Failed attempts in this run. */
  readonly failedAttempts: number;
  /** All attempts in this run. */
  readonly attempts: number;
  /** Flake score 0…1 from the trend analysis (retries, same-commit re-runs, flips), when history was used. */
  readonly score?: number;
  /** On the quarantine list: its failures do not fail the run. */
  readonly quarantined?: boolean;
}

/** A previous run this one is compared with. */
export interface ReportBaseline {
  readonly runId?: string;
  readonly sha?: string;
  readonly branch?: string;
  /** ISO 8601 time the baseline ran. */
  readonly at?: string;
}

/**
 * A test named by the comparison, self-describing: a consumer needs no other list to say which test it is
 * (a removed test is in no other list of the report). `title` is `suite › name [project]`. For a test of
 * this run, `suite` and `name` are its own; for a removed test they are recovered from the title the
 * history keeps (split at ` › `), which is exact unless a name itself holds ` › `.
 */
export interface ReportTestRef {
  readonly id: string;
  readonly title: string;
  readonly suite: readonly string[];
  readonly name: string;
  readonly file?: string;
  readonly line?: number;
  readonly project?: string;
}

/** A test that got slower than its baseline. */
export interface ReportSlowdown extends ReportTestRef {
  readonly baselineMs: number;
  readonly currentMs: number;
}

/** Failures grouped by their normalised message (numbers, hex, paths, timestamps stripped). */
export interface ReportCluster {
  /** The normalised first line of the message; untrusted text. */
  readonly signature: string;
  /** The tests in the cluster. */
  readonly tests: readonly ReportTestRef[];
}

/** Comparison with a baseline run (the history issue fills it); every list holds test references. */
export interface ReportComparison {
  readonly baseline: ReportBaseline;
  readonly newFailures: readonly ReportTestRef[];
  readonly fixed: readonly ReportTestRef[];
  readonly stillFailing: readonly ReportTestRef[];
  readonly added: readonly ReportTestRef[];
  readonly removed: readonly ReportTestRef[];
  readonly slower: readonly ReportSlowdown[];
  /** Clusters of this run's failures (all of them, not only the new ones). */
  readonly clusters?: readonly ReportCluster[];
  /** Failures excused by the quarantine list: reported, but they do not fail the run. */
  readonly quarantined?: readonly ReportTestRef[];
}

/** How good the plan's prediction was (the sharding issue fills it). */
export interface ReportPlanAccuracy {
  readonly predictedMakespanMs: number;
  readonly actualMakespanMs: number;
  readonly lowerBoundMs: number;
}

/** An input that was read. `format` is the result format of the file. */
export interface ReportInputRead {
  readonly file: string;
  readonly format: FormatId;
  /** Distinct tests in this file before merging. */
  readonly tests: number;
}

/** An input that could not be read, with where and why. */
export interface ReportInputUnreadable {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** The inputs of the report: one corrupt file is named here and never hides the others. */
export interface ReportInputs {
  readonly read: readonly ReportInputRead[];
  readonly unreadable: readonly ReportInputUnreadable[];
}

/** A test file whose passed result was reused by `--skip-unchanged` instead of running it. */
export interface ReportReusedFile {
  /** Repo-relative path; untrusted. */
  readonly file: string;
  /** The commit (12 hex digits at most) the reused result passed on, or null when that run recorded none. */
  readonly fromSha: string | null;
  /** The history run the reused result comes from. */
  readonly fromRun: number;
  /** Tests of the file, as the history knows them. */
  readonly tests: number;
  /** The file's last wall time: what skipping it saved. */
  readonly durationMs: number;
}

/**
 * What `--skip-unchanged` reused: counted apart from what ran (the summary counts only tests that ran), with
 * the hit rate, reused files over all files considered.
 */
export interface ReportReuse {
  readonly files: readonly ReportReusedFile[];
  /** Files that ran. */
  readonly ranFiles: number;
  /** Tests of the reused files. */
  readonly reusedTests: number;
  /** reused files / (reused + ran files), 0…1. */
  readonly hitRate: number;
  /** Sum of the reused files' last wall times. */
  readonly savedMs: number;
  /** Why this run ran every file (a forced full run), when it did. */
  readonly fullRun?: string;
}

/**
 * A file that did not run because its shard bailed (`run --bail`) after a failing file: not skipped, not
 * lost, and not passed; the run fails.
 */
export interface ReportNotRun {
  readonly file: string;
  /** The shard that would have run it (the worker that recorded it, for a queue). */
  readonly shard: number;
  /** The failing file after which the run bailed. */
  readonly after: string;
}

/** The merged report of one run (`report --json`), version 2. */
export interface Report {
  readonly version: typeof REPORT_VERSION;
  /** ISO 8601 time the report was made. */
  readonly generatedAt: string;
  readonly summary: ReportSummary;
  readonly shards: ReportShards;
  /** Every distinct test: failed ones first, then flaky, passed, skipped; in input order within each. */
  readonly tests: readonly ReportTest[];
  /** Null until there is a baseline to compare with. */
  readonly comparison: ReportComparison | null;
  readonly flaky: readonly ReportFlaky[];
  /** Null when the run had no plan. */
  readonly plan: ReportPlanAccuracy | null;
  readonly inputs: ReportInputs;
  /** Present when the plan was made with `--skip-unchanged`. Added in 2.x: optional. */
  readonly reuse?: ReportReuse;
  /**
   * Files not run because the run bailed after a failing file (`run --bail`), in shard order; counted apart
   * from the tests (they have no tests), and they fail the run. Absent when nothing bailed. Added in 2.x.
   */
  readonly notRun?: readonly ReportNotRun[];
  /**
   * Present when some shard was a re-run attempt that ran only what had failed (docs/rerun.md): how much of
   * the run it ran again. Every test is counted once, from its latest attempt. Added in 1.x: optional.
   */
  readonly rerun?: ReportRerun;
}

/** How much of a run re-run attempts ran again. */
export interface ReportRerun {
  /** The highest attempt among the re-run shards. */
  readonly attempt: number;
  /** Tests whose result comes from a re-run attempt (run again), out of {@link ReportRerun.tests}. */
  readonly reran: number;
  /** Every test of the report. */
  readonly tests: number;
  /** The shards that were re-run attempts. */
  readonly shards: readonly number[];
}
