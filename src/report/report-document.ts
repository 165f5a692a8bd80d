/**
 * The Report document (`tessera report --json`): the merged result of one run, versioned so later readers
 * (history, the PR comment, other tools) can trust its shape. DESIGN.md "Data contracts" is the source.
 *
 * Fields that later features fill (comparison with a baseline, the plan's accuracy, shard completeness) are
 * present from version 1, as `null` or empty when unknown, so those features add data, not shape.
 */
import { z } from 'zod';
import type { AttemptStatus, FailureCategory, FormatId, Outcome } from '../model/index.js';
import { parseVersionedJson, type VersionedKind } from '../model/versioned.js';

/**
 * The Report version this build writes and the newest it reads. Version 2: the comparison's lists hold
 * test references ({@link ReportTestRef}) instead of bare ids, so a consumer can name a removed test.
 */
export const REPORT_VERSION = 2;

/** Version rules for the Report document. */
export const REPORT_KIND: VersionedKind = { kind: 'report', current: REPORT_VERSION };

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
}

// Every FormatId, for the schema. The two checks below fail to compile when FormatId gains a member that is
// not listed here (or this lists one it does not have), so the schema cannot drift from the model.
const FORMAT_IDS = [
  'junit',
  'ctrf',
  'trx',
  'tap',
  'playwright-json',
  'jest-json',
  'mocha-json',
] as const satisfies readonly FormatId[];
type UnlistedFormat = Exclude<FormatId, (typeof FORMAT_IDS)[number]>;
const allFormatsListed: [UnlistedFormat] extends [never] ? true : UnlistedFormat = true;
void allFormatsListed;

const count = z.number().int().nonnegative();
const ms = z.number().nonnegative();

const failureSchema = z.object({
  category: z.enum(['assertion', 'error', 'timeout', 'crash']),
  message: z.string().optional(),
  type: z.string().optional(),
  trace: z.string().optional(),
});

const attemptSchema = z.object({
  status: z.enum(['passed', 'failed', 'skipped']),
  durationMs: ms,
  failure: failureSchema.optional(),
  skipMessage: z.string().optional(),
  stdout: z.string().optional(),
  stderr: z.string().optional(),
});

const testSchema = z.object({
  id: z.string().min(1),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  suite: z.array(z.string()),
  name: z.string(),
  project: z.string().optional(),
  outcome: z.enum(['passed', 'failed', 'skipped', 'flaky']),
  durationMs: ms,
  attempts: z.array(attemptSchema).min(1),
});

const testRefShape = {
  id: z.string().min(1),
  title: z.string(),
  suite: z.array(z.string()),
  name: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  project: z.string().optional(),
};
const testRefSchema = z.object(testRefShape);

/** Zod schema of the Report, version 2. Checked against the interfaces above at compile time. */
export const reportSchema = z.object({
  version: z.literal(REPORT_VERSION),
  generatedAt: z.string(),
  summary: z
    .object({
      tests: count.describe(
        'Distinct tests (a test retried three times counts once). tests = passed + failed + skipped + flaky.',
      ),
      passed: count.describe(
        'Tests whose attempts all passed. Flaky tests are NOT included (runners count them as passed: passed + flaky is the runner\'s "passed").',
      ),
      failed: count.describe(
        'Tests whose every attempt that ran failed: assertion failures, errors, timeouts, cancelled tests, and suite-level errors (a file that failed to load, a hook that threw) counted as one failed test each.',
      ),
      skipped: count.describe(
        'Tests that did not run: skipped, pending, todo (also a todo whose body failed), xfail (an expected failure that failed), "did not run".',
      ),
      flaky: count.describe('Tests that failed and passed in this run (a retry passed).'),
      durationMs: ms.describe("Sum of every attempt's duration: the machine time the tests cost."),
      wallMs: ms.nullable().describe('Wall-clock time of the run, or null when the inputs do not say.'),
    })
    .describe('Counts over distinct tests; see "Count convention" in the README.'),
  shards: z.object({
    expected: count.nullable(),
    present: z.array(count),
    missing: z.array(count),
    duplicated: z.array(count),
  }),
  tests: z.array(testSchema),
  comparison: z
    .object({
      baseline: z.object({
        runId: z.string().optional(),
        sha: z.string().optional(),
        branch: z.string().optional(),
        at: z.string().optional(),
      }),
      newFailures: z.array(testRefSchema),
      fixed: z.array(testRefSchema),
      stillFailing: z.array(testRefSchema),
      added: z.array(testRefSchema),
      removed: z.array(testRefSchema),
      slower: z.array(z.object({ ...testRefShape, baselineMs: ms, currentMs: ms })),
      clusters: z.array(z.object({ signature: z.string(), tests: z.array(testRefSchema) })).optional(),
      quarantined: z.array(testRefSchema).optional(),
    })
    .nullable(),
  flaky: z.array(
    z.object({
      id: z.string(),
      reason: z.enum(['retry', 'history']),
      failedAttempts: count,
      attempts: count,
      score: z.number().min(0).max(1).optional(),
      quarantined: z.boolean().optional(),
    }),
  ),
  plan: z.object({ predictedMakespanMs: ms, actualMakespanMs: ms, lowerBoundMs: ms }).nullable(),
  inputs: z.object({
    read: z.array(
      z.object({
        file: z.string(),
        format: z.enum(FORMAT_IDS),
        tests: count,
      }),
    ),
    unreadable: z.array(
      z.object({
        file: z.string(),
        line: z.number().int().optional(),
        column: z.number().int().optional(),
        message: z.string(),
      }),
    ),
  }),
}) satisfies z.ZodType<Report>;

/**
 * Validates a parsed Report document.
 *
 * @param doc parsed JSON
 * @param source where it came from, for messages
 * @throws VersionError when the report was written by a newer Tessera
 * @throws ParseError naming the first field that does not fit the schema
 */
export function parseReport(doc: unknown, source: string): Report {
  return parseVersionedJson<Report>(
    { parsed: doc },
    { ...REPORT_KIND, schema: reportSchema, hint: 'Regenerate it with `tessera report --json`.' },
    source,
  );
}
