/**
 * The conformance suite's vocabulary: an oracle turns someone else's expected results into cases; a case
 * names corpus inputs and what reading them must give; an evaluation says how Tessera did on one case.
 */

/** Which oracle a case comes from. */
export type OracleId =
  | 'enricomi'
  | 'mikepenz'
  | 'generated'
  | 'test-summary'
  | 'junit-report-merger'
  | 'dorny'
  | 'ctrf-examples'
  | 'junit-plugin';

/**
 * How an oracle counts a test that Tessera calls `flaky` (failed, then passed in the same run):
 * - `separate`: the oracle has a flaky count of its own, compared with ours;
 * - `as-failed`: the oracle counts it as failed (EnricoMi: the worst run of a test wins);
 * - `as-passed`: the oracle counts it as passed (retry-aware tools: the test passed in the end);
 * - `within-passed`: the oracle counts it as passed and also in a flaky count (CTRF's summary).
 */
export type FlakyConvention = 'separate' | 'as-failed' | 'as-passed' | 'within-passed';

/**
 * Counts an oracle states for its input. `tests` counts distinct tests; a field left out is one the oracle
 * does not state, and is not compared.
 */
export interface ExpectedCounts {
  readonly tests?: number;
  readonly passed?: number;
  readonly failed?: number;
  readonly skipped?: number;
  readonly flaky?: number;
}

/** What reading a case's inputs must give: counts, or a ParseError for every input. */
export type Expectation = ExpectedCounts | { readonly error: true };

/** One conformance case: corpus inputs (read together, folded across files) and the oracle's expectation. */
export interface ConformanceCase {
  readonly source: OracleId;
  /** Stable, readable case name: usually the corpus-relative input path. */
  readonly name: string;
  /** Corpus-relative input paths; several are read together and folded as one run. */
  readonly files: readonly string[];
  readonly expected: Expectation;
  readonly flaky: FlakyConvention;
  /** Set when the input is a format Tessera does not read (NUnit XML, Dart JSON ...): listed, not read. */
  readonly unsupported?: string;
  /** Where the expectation comes from, or why it was chosen. */
  readonly note?: string;
}

/** Tessera's counts over a case's inputs. */
export interface ActualCounts {
  readonly tests: number;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly flaky: number;
}

/** The counts Tessera gave, or the error it raised. */
export type Actual =
  | { readonly kind: 'counts'; readonly counts: ActualCounts }
  | { readonly kind: 'parse-error'; readonly message: string }
  | { readonly kind: 'other-error'; readonly message: string };

/**
 * How a case came out:
 * - `match`: Tessera agrees with the oracle;
 * - `difference`: a documented, deliberate difference, and Tessera gives the documented value;
 * - `known-bug`: a documented reader bug, and Tessera still gives the documented (wrong) value;
 * - `unsupported`: the input is of a format Tessera does not read, and it is refused with a ParseError;
 * - `mismatch`: anything else. The only status that fails the suite.
 */
export type CaseStatus = 'match' | 'difference' | 'known-bug' | 'unsupported' | 'mismatch';

/** The outcome of one case. */
export interface CaseResult {
  readonly case: ConformanceCase;
  /** The format of the reader content sniffing picks for each input (`none` when none accepts it). */
  readonly readers: readonly string[];
  /** The expectation after the differences table: what Tessera must give. */
  readonly want: Expectation;
  readonly actual: Actual;
  readonly status: CaseStatus;
  /** For `difference` and `known-bug`: the documented reason; for `mismatch`: what differs. */
  readonly detail?: string;
}
