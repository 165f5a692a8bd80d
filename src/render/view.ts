/**
 * The one input of every renderer (PR comment, job summary, HTML report, Mermaid charts): a flat, ready-to-
 * show picture of a run. It is built once by `buildReportView` from the Report document, the trend analysis
 * and the baseline history, so renderers never reach into those modules and never compute anything but
 * layout. All text fields that come from test runs (titles, files, messages, branch names) are untrusted:
 * every renderer escapes them for its own syntax.
 */
import type { FailureCategory, Outcome, ReportReuse } from '../model/index.js';
import type { ReportSummary } from '../model/index.js';

/** The run's verdict, for the headline's icon and colour. */
export type ViewStatus = 'passed' | 'failed' | 'incomplete';

/** Counts over distinct tests: the Report's summary, unchanged. */
export type ViewSummary = ReportSummary;

/** The baseline a run is compared with, and how the counts moved since. */
export interface ViewDelta {
  /** Branch of the baseline history (untrusted). */
  readonly branch?: string;
  readonly sha?: string;
  /** ISO 8601 time the baseline ran. */
  readonly at?: string;
  /** Current minus baseline, per count. */
  readonly tests: number;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly flaky: number;
  /** Current minus baseline wall time, or null when either is unknown. */
  readonly wallMs: number | null;
  /** Tests in this run and not in the baseline run, and the other way round. */
  readonly added: number;
  readonly removed: number;
}

/** One shard's time: what the plan predicted and what it took. */
export interface ViewShard {
  /** 1-based, as in `--shard i/N`. */
  readonly index: number;
  readonly predictedMs: number | null;
  /** Wall time of the shard's tests, or null when the shard did not report. */
  readonly actualMs: number | null;
  /** Set-up before the tests (checkout, install), when known. */
  readonly setupMs: number | null;
  /** When the shard was a worker of run-time balancing: the batches it took, from its start. */
  readonly batches?: readonly ViewBatch[];
}

/** A batch a worker took from the run-time queue. */
export interface ViewBatch {
  readonly sequence: number;
  readonly startMs: number;
  readonly wallMs: number;
  /** How many files it held. */
  readonly items: number;
  /** The worker that held it before its lease expired: that worker was lost. */
  readonly takenOverFrom?: number;
}

/** The queue workers that were lost while they held a batch (another worker ran it), in order. */
export function lostWorkers(shards: ViewShards): number[] {
  const lost = new Set<number>();
  for (const shard of shards.shards)
    for (const batch of shard.batches ?? [])
      if (batch.takenOverFrom !== undefined) lost.add(batch.takenOverFrom);
  return [...lost].sort((a, b) => a - b);
}

/** The shards of the run and how well they were balanced. */
export interface ViewShards {
  /** Shards the plan asked for, or null without a plan. */
  readonly expected: number | null;
  readonly present: number;
  readonly missing: readonly number[];
  readonly duplicated: readonly number[];
  /** Shards that had nothing to run by plan and so did not report (not missing); absent when none. */
  readonly emptyByPlan?: readonly number[];
  /** Per-shard times, by index; empty when no per-shard times are known. */
  readonly shards: readonly ViewShard[];
  /** The slowest shard's actual time. */
  readonly makespanMs: number | null;
  readonly predictedMakespanMs: number | null;
  /** No split of the work can beat it: max(Σ/N, longest item). */
  readonly lowerBoundMs: number | null;
  /** Mean over max of the actual shard times, 0…1 (1 = perfectly even), or null with fewer than 2 shards. */
  readonly balance: number | null;
  /** Batches handed out when the shards took their work from a queue at run time; absent for a fixed plan. */
  readonly queuedBatches?: number;
}

/** A test named in a list, with its place in the code when known. */
export interface ViewTestRef {
  readonly id: string;
  /** `suite › name [project]`, without a suite the name repeats or a synthetic root suite; untrusted. */
  readonly title: string;
  /** Repo-relative when the file is inside the repository, else as the result file gave it; untrusted. */
  readonly file?: string;
  /** From the first trace frame in the file, else from the result file. */
  readonly line?: number;
  /** The file (at its line) on the code host at the head commit; only for files inside the repository. */
  readonly fileUrl?: string;
}

/** The shard that ran a test, and its job's log. */
export interface ViewShardRef {
  readonly index: number;
  readonly total: number;
  /** The shard job's log page, as its bundle recorded it (unchecked: renderers check before linking). */
  readonly url?: string;
}

/** A failing test with what its last failed attempt left. */
export interface ViewFailure extends ViewTestRef {
  readonly category?: FailureCategory;
  /** Full message of the last failed attempt (untrusted). */
  readonly message?: string;
  readonly trace?: string;
  readonly attempts: number;
  /** Where it ran, in a sharded run. */
  readonly shard?: ViewShardRef;
}

/** New failures that share one normalised message. */
export interface ViewFailureGroup {
  /** Normalised message, e.g. `connect ECONNREFUSED 127.0.0.1:<n>` (untrusted). */
  readonly signature: string;
  /** One real message of the group, as an example (untrusted). */
  readonly example: string;
  readonly category: FailureCategory;
  readonly tests: readonly ViewFailure[];
  /**
   * Shell command lines that re-run exactly this group's tests locally, from the repository root, quoted for
   * a POSIX shell: one per distinct test command among the shards that ran them; empty when the run's test
   * command is unknown (plain result files).
   */
  readonly reproduce?: readonly string[];
}

/** A test failing now and in the baseline. */
export interface ViewStillFailing extends ViewFailure {
  /** Runs in a row it has failed, this one included. */
  readonly runsInARow: number;
}

/** A flaky test with the evidence of its score. */
export interface ViewFlaky extends ViewTestRef {
  /** 0…1. */
  readonly score: number;
  /** Failed and total attempts in this run. */
  readonly failedAttempts: number;
  readonly attempts: number;
  /** Short readable evidence, e.g. `retried in 3 runs, 4 pass/fail flips in 12 runs`. */
  readonly evidence: string;
  readonly quarantined: boolean;
}

/** A test that got slower than its window. */
export interface ViewSlowdown extends ViewTestRef {
  readonly baselineMs: number;
  readonly currentMs: number;
  /** current / baseline. */
  readonly ratio: number;
}

/** One run of the trend series, oldest first; the last point is this run. */
export interface ViewTrendPoint {
  /** Short label, e.g. `#41` or the run's short sha. */
  readonly label: string;
  readonly at?: string;
  readonly tests: number;
  readonly failed: number;
  /** passed (incl. flaky) over passed + failed + flaky, 0…1; null with no executed tests. */
  readonly passRate: number | null;
  readonly wallMs: number | null;
  /** True for the point of the run being reported. */
  readonly current: boolean;
}

/** One row of the HTML report's test table. */
export interface ViewTestRow {
  readonly id: string;
  readonly title: string;
  readonly file?: string;
  readonly line?: number;
  readonly fileUrl?: string;
  readonly shard?: ViewShardRef;
  readonly outcome: Outcome;
  readonly durationMs: number;
  readonly attempts: number;
  /**
   * Recent statuses, oldest first, this run last: one character per run, as in the history document
   * (`P` passed, `F` failed, `K` flaky, `S` skipped, `-` not run).
   */
  readonly history: string;
  readonly category?: FailureCategory;
  readonly message?: string;
  readonly trace?: string;
}

/** An input file that could not be read. */
export interface ViewUnreadable {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** Where a reader goes for more. URLs are given by the CI host; they are checked before being linked. */
export interface ViewLinks {
  /** The full report (HTML artifact, job summary). */
  readonly fullReport?: string;
  /** The CI run. */
  readonly run?: string;
  /**
   * Where the HTML report can be opened as a page (not downloaded as an archive), when it is known: the
   * comment's rows then link to each failure's anchor in it ({@link failureAnchor}).
   */
  readonly htmlReport?: string;
}

/** Everything a renderer shows about one run. */
export interface ReportView {
  /** ISO 8601 time the report was made. */
  readonly generatedAt: string;
  readonly status: ViewStatus;
  readonly summary: ViewSummary;
  /** Null when there is no baseline. */
  readonly delta: ViewDelta | null;
  /** Null when the run was not sharded and no shard times are known. */
  readonly shards: ViewShards | null;
  /** New failures grouped by cluster, largest group first. Without a baseline: every failure. */
  readonly newFailures: readonly ViewFailureGroup[];
  readonly stillFailing: readonly ViewStillFailing[];
  readonly flaky: readonly ViewFlaky[];
  readonly slower: readonly ViewSlowdown[];
  readonly fixed: readonly ViewTestRef[];
  /** The last runs and this one, oldest first; empty without history. */
  readonly trend: readonly ViewTrendPoint[];
  /** Every test of the run, failed first (the Report's order). */
  readonly tests: readonly ViewTestRow[];
  readonly unreadable: readonly ViewUnreadable[];
  /** Files not run because the run bailed (`--bail`); absent or empty when nothing bailed. */
  readonly notRun?: readonly ViewNotRun[];
  readonly links: ViewLinks;
  /** What `--skip-unchanged` reused instead of running; absent when the run did not skip. */
  readonly reuse?: ReportReuse;
  /** How much re-run attempts ran again, when some shard re-ran only what failed (docs/rerun.md). */
  readonly rerun?: ViewRerun;
}

/** A file not run because its shard bailed after a failing file. */
export interface ViewNotRun {
  readonly file: string;
  readonly shard: number;
  /** The failing file after which the run bailed. */
  readonly after: string;
}

/** A run some of whose shards re-ran only what an earlier attempt failed. */
export interface ViewRerun {
  readonly attempt: number;
  readonly reran: number;
  readonly tests: number;
}

/** "re-ran 2 of 7 tests (attempt 2)": the headline's words for a re-run, in every surface. */
export function rerunText(rerun: ViewRerun): string {
  return `re-ran ${rerun.reran.toLocaleString('en-US')} of ${rerun.tests.toLocaleString('en-US')} tests (attempt ${rerun.attempt})`;
}

/** The id of a failure's element in the HTML report, which the comment's rows link to. */
export function failureAnchor(id: string): string {
  return `t-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** Counts the failing tests of the new-failure groups. */
export function countNewFailures(view: Pick<ReportView, 'newFailures'>): number {
  return view.newFailures.reduce((n, g) => n + g.tests.length, 0);
}
