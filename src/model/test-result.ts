/**
 * The test-result model: what every reader produces and every writer, merger and renderer consumes.
 *
 * A test has one or more attempts (the runs of that test in one CI run: retries, re-runs of a shard, the same
 * case found twice). Each attempt has a status; the test's outcome is derived from its attempts. This follows
 * Playwright's split between a result's `status` and a test's `outcome`.
 */

/** Status of one attempt of one test. */
export type AttemptStatus = 'passed' | 'failed' | 'skipped';

/**
 * Outcome of a test over all its attempts in one run:
 * - `passed`: at least one attempt passed and none failed;
 * - `failed`: every attempt that ran failed;
 * - `flaky`: at least one attempt failed and a later attempt passed;
 * - `skipped`: no attempt ran.
 */
export type Outcome = 'passed' | 'failed' | 'skipped' | 'flaky';

/** All outcomes, in the order reports list them. */
export const OUTCOMES: readonly Outcome[] = ['failed', 'flaky', 'passed', 'skipped'];

/**
 * Why an attempt failed.
 * - `assertion`: the test's own expectation did not hold (JUnit `<failure>`, an AssertionError);
 * - `error`: the test threw something that is not an assertion (JUnit `<error>`);
 * - `timeout`: the test or its hook ran out of time;
 * - `crash`: the runner or the process died; infrastructure rather than the code under test.
 */
export type FailureCategory = 'assertion' | 'error' | 'timeout' | 'crash';

/** What a failed attempt left behind. Texts are untrusted and bounded by the reader. */
export interface Failure {
  readonly category: FailureCategory;
  /** One-line message, e.g. `expected 2 to be 3`. */
  readonly message?: string;
  /** Exception or failure type, e.g. `AssertionError`, `java.lang.NullPointerException`. */
  readonly type?: string;
  /** Stack trace or the full failure text. */
  readonly trace?: string;
}

/** One execution of a test. */
export interface Attempt {
  readonly status: AttemptStatus;
  /** Wall time in milliseconds; 0 when the source gave none. */
  readonly durationMs: number;
  /** Present when `status` is `failed`. */
  readonly failure?: Failure;
  /** Why it was skipped, when the source says. */
  readonly skipMessage?: string;
  /** Captured output, truncated to a bound by the reader. */
  readonly stdout?: string;
  readonly stderr?: string;
}

/** A test case with all its attempts in one run. */
export interface TestCase {
  /** Stable identity: see {@link testId}. The history key. */
  readonly id: string;
  /** Repo-relative path of the file that defines the test (forward slashes, no `./`), when known. */
  readonly file?: string;
  /** 1-based line of the test in `file`, when known. */
  readonly line?: number;
  /** Suite path from the outermost describe/class to the innermost; may be empty. */
  readonly suite: readonly string[];
  /** The test's own name, without the suite path. */
  readonly name: string;
  /** Runner project, browser or configuration (Playwright project, .NET target), when the runner has one. */
  readonly project?: string;
  /** Attempts in the order they ran; never empty. */
  readonly attempts: readonly Attempt[];
  /** Derived from `attempts` by {@link outcomeOf}. */
  readonly outcome: Outcome;
  /** Sum of the attempts' durations. */
  readonly durationMs: number;
}

/** A suite or file-level timing as the source reported it: used to plan on a file's whole cost. */
export interface SuiteTiming {
  /** Suite name as the source gave it. */
  readonly name: string;
  /** Repo-relative test file path, when known. */
  readonly file?: string;
  /** Wall time of the whole suite (JUnit testsuite `time`), in milliseconds. */
  readonly durationMs: number;
}

/** Every result format Tessera reads. */
export type FormatId = 'junit' | 'ctrf' | 'trx' | 'tap' | 'playwright-json' | 'jest-json' | 'mocha-json';

/** What a reader returns for one result file. */
export interface ParsedResults {
  /** The path the results were read from, as given. */
  readonly source: string;
  readonly format: FormatId;
  /** Tests in source order, with repeated cases already folded into attempts. */
  readonly tests: readonly TestCase[];
  /** Suite timings, where the format has them. */
  readonly suites: readonly SuiteTiming[];
  /** Problems that did not stop the read (a missing attribute, a truncated output), for the log. */
  readonly warnings: readonly string[];
}
