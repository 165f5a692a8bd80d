/**
 * Flake scores. Three kinds of evidence, strongest first:
 * - the same commit both passed and failed in separate runs (a CI re-run of the same sha);
 * - the test failed and then passed on a retry within one run (the `flaky` outcome, `K` in history);
 * - the test flips between pass and fail over the window more than once.
 *
 * Each is turned into a probability-like weight and combined as a noisy OR, so any one strong signal is
 * enough and weak signals add up: score = 1 − (1 − retry)(1 − sameCommit)(1 − flipRate), where
 * retry = 1 − 0.5^(runs with a retry), sameCommit = 1 − 0.25^(commits with both outcomes), and flipRate
 * = flips / (observed − 1), counted only from two flips and five observed runs up: a single fail→pass is a
 * fix, not a flake, and pass-fail-pass over three runs is as likely a break and its fix. Pure.
 */
import type { Outcome, TestCase } from '../model/index.js';
import { observationsOf, STATUS, type HistoryDocument } from '../history/history-document.js';
import { runColumns } from '../history/run-columns.js';
import { STATUS_OF_OUTCOME } from '../history/update.js';
import type { Quarantine } from './quarantine.js';
import { failedOrRetriedRows } from './window-summary.js';
import { compareRefs, historyEntries, refOfTest, type HistoryEntries, type TestRef } from './test-ref.js';

/** The facts behind a flake score. */
export interface FlakeEvidence {
  /** This run had a failed attempt followed by a passing one. */
  readonly retriedNow: boolean;
  /** Runs (in the window, this one included) in which the test passed only on a retry. */
  readonly retriedRuns: number;
  /** Commits (shas) on which separate runs of the test both passed and failed, this run included. */
  readonly sameCommitConflicts: number;
  /** Pass↔fail changes between consecutive runs that ran the test. */
  readonly flips: number;
  /** Runs that ran the test (passed, failed or flaky), this one included. */
  readonly observed: number;
}

/** A test judged flaky. */
export interface FlakyTest extends TestRef {
  /** 0…1, two decimals. */
  readonly score: number;
  readonly evidence: FlakeEvidence;
  /** `retry` when this run retried it, `history` when the evidence is from earlier runs only. */
  readonly reason: 'retry' | 'history';
  /** Failed and total attempts in this run. */
  readonly failedAttempts: number;
  readonly attempts: number;
  /** On the quarantine list. */
  readonly quarantined: boolean;
}

/** Options of {@link findFlakyTests}. */
export interface FlakyOptions {
  /** The score from which a test is listed (default 0.5: one retry in this run is enough on its own). */
  readonly minScore?: number;
  /** This run's commit, to match re-runs of the same commit in history. */
  readonly sha?: string;
  readonly quarantine?: Quarantine;
  /** The join of the tests with `history` ({@link historyEntries}), when the caller already has it. */
  readonly entries?: HistoryEntries;
}

/** A run's verdict for pass/fail flips: a flaky run ended passing. Skipped and absent runs do not count. */
function verdict(status: string): 'pass' | 'fail' | undefined {
  if (status === 'P' || status === 'K') return 'pass';
  if (status === 'F') return 'fail';
  return undefined;
}

/** The evidence for one test: its window in `history` (the branch's own history) plus this run's outcome. */
export function flakeEvidence(
  outcome: Outcome,
  history: HistoryDocument | undefined,
  id: string,
  sha?: string,
): FlakeEvidence {
  const row = history ? history.tests.rowOf(id) : -1;
  const seen = history && row >= 0 ? observationsOf(history, row) : [];
  const sequence = [
    ...seen.map((o) => ({ status: o.status as string, sha: o.run.sha })),
    { status: STATUS_OF_OUTCOME[outcome] as string, sha },
  ];

  let retriedRuns = 0;
  let flips = 0;
  let observed = 0;
  let previous: 'pass' | 'fail' | undefined;
  const bySha = new Map<string, Set<'pass' | 'fail'>>();
  for (const { status, sha: runSha } of sequence) {
    if (status === 'K') retriedRuns++;
    const v = verdict(status);
    if (v === undefined) continue;
    observed++;
    if (previous !== undefined && v !== previous) flips++;
    previous = v;
    if (runSha !== undefined) {
      // Run verdicts only: a retried run already counts as a retry, and must not count twice.
      const verdicts = bySha.get(runSha) ?? new Set();
      verdicts.add(v);
      bySha.set(runSha, verdicts);
    }
  }
  const sameCommitConflicts = [...bySha.values()].filter((v) => v.size === 2).length;
  return { retriedNow: outcome === 'flaky', retriedRuns, sameCommitConflicts, flips, observed };
}

/** Per column of a history's test table, a small number for its run's sha (-1 for none), shared per table. */
interface ShaColumns {
  readonly ofColumn: Int32Array;
  readonly numbers: ReadonlyMap<string, number>;
}

const shaColumnsOf = new WeakMap<HistoryDocument, ShaColumns>();

function shaColumns(history: HistoryDocument): ShaColumns {
  const known = shaColumnsOf.get(history);
  if (known) return known;
  const { columns } = history.tests;
  const offset = history.runs.length - columns;
  const numbers = new Map<string, number>();
  const ofColumn = new Int32Array(columns).fill(-1);
  for (let c = 0; c < columns; c++) {
    const sha = history.runs[offset + c]?.sha;
    if (sha === undefined) continue;
    let n = numbers.get(sha);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(sha, n);
    }
    ofColumn[c] = n;
  }
  const made = { ofColumn, numbers };
  shaColumnsOf.set(history, made);
  return made;
}

const PASS = 1;
const FAIL = 2;

/**
 * {@link flakeEvidence} for row `row` of `history`'s test table (-1: not in it), read off the columns with
 * no object per run: the same evidence (test/trend/fast-paths.property.test.ts checks it against the plain
 * definition), cheap enough for the thousands of tests with a failure somewhere in their window.
 */
export function flakeEvidenceOfRow(
  outcome: Outcome,
  history: HistoryDocument,
  row: number,
  sha?: string,
): FlakeEvidence {
  const table = history.tests;
  const shas = shaColumns(history);
  const currentSha = sha === undefined ? -1 : (shas.numbers.get(sha) ?? shas.numbers.size);
  // Per sha number, the verdicts seen on it (PASS | FAIL bits).
  const verdicts = new Uint8Array(shas.numbers.size + 1);
  let retriedRuns = 0;
  let flips = 0;
  let observed = 0;
  let previous = 0;
  const columns = row >= 0 ? table.columns : 0;
  for (let c = 0; c <= columns; c++) {
    const status = c < columns ? ((table.statuses[c] as Uint8Array)[row] as number) : STATUS_BYTE[outcome];
    if (status === STATUS.flaky) retriedRuns++;
    const v =
      status === STATUS.passed || status === STATUS.flaky ? PASS : status === STATUS.failed ? FAIL : 0;
    if (v === 0) continue;
    observed++;
    if (previous !== 0 && v !== previous) flips++;
    previous = v;
    const shaNumber = c < columns ? (shas.ofColumn[c] as number) : currentSha;
    if (shaNumber >= 0) verdicts[shaNumber] = (verdicts[shaNumber] as number) | v;
  }
  let sameCommitConflicts = 0;
  for (const v of verdicts) if (v === (PASS | FAIL)) sameCommitConflicts++;
  return { retriedNow: outcome === 'flaky', retriedRuns, sameCommitConflicts, flips, observed };
}

const STATUS_BYTE: Readonly<Record<Outcome, number>> = {
  passed: STATUS.passed,
  failed: STATUS.failed,
  flaky: STATUS.flaky,
  skipped: STATUS.skipped,
};

/** Runs a test must have been observed in before its flip rate counts. */
export const MIN_FLIP_OBSERVATIONS = 5;

/** The score of some evidence (see the module comment). */
export function flakeScore(e: FlakeEvidence): number {
  const retry = 1 - 0.5 ** e.retriedRuns;
  const sameCommit = 1 - 0.25 ** e.sameCommitConflicts;
  const flipRate = e.flips >= 2 && e.observed >= MIN_FLIP_OBSERVATIONS ? e.flips / (e.observed - 1) : 0;
  const score = 1 - (1 - retry) * (1 - sameCommit) * (1 - flipRate);
  return Math.round(score * 100) / 100;
}

/**
 * Scores every test of this run against `history` (the branch's own history, where re-runs of the same
 * commit are) and returns those at or above `minScore`, highest score first, then by file, title, id.
 */
export function findFlakyTests(
  tests: readonly TestCase[],
  history: HistoryDocument | undefined,
  options: FlakyOptions = {},
): FlakyTest[] {
  const minScore = options.minScore ?? 0.5;
  const out: FlakyTest[] = [];
  const joined = options.entries ?? (history ? historyEntries(tests, history) : undefined);
  // A test that passed now and has no `F` or `K` in its window has no evidence at all (no retry, every
  // verdict a pass: no flip, no commit with both outcomes): its score is 0 and it is never listed, so the
  // evidence is not built for almost every test of a run.
  const failedOrRetried = history ? failedOrRetriedRows(history.tests) : undefined;
  const { status } = runColumns(tests);
  // An empty list quarantines nothing: no match to try for each of the (possibly thousands of) listed tests.
  const quarantine = options.quarantine?.empty === false ? options.quarantine : undefined;
  for (let i = 0; i < tests.length; i++) {
    const now = status[i];
    if (now === STATUS.skipped) continue;
    if (now === STATUS.passed) {
      const row = joined ? (joined[i] as number) : -1;
      if (row < 0 || !failedOrRetried || failedOrRetried[row] === 0) continue;
    }
    const test = tests[i] as TestCase;
    const evidence = history
      ? flakeEvidenceOfRow(test.outcome, history, joined ? (joined[i] as number) : -1, options.sha)
      : flakeEvidence(test.outcome, undefined, test.id, options.sha);
    const score = flakeScore(evidence);
    if (score < minScore || score === 0) continue;
    const ref = refOfTest(test);
    out.push({
      ...ref,
      score,
      evidence,
      reason: evidence.retriedNow ? 'retry' : 'history',
      failedAttempts: test.attempts.filter((a) => a.status === 'failed').length,
      attempts: test.attempts.length,
      quarantined: quarantine ? quarantine.matches({ ...ref, name: test.name }) : false,
    });
  }
  return out.sort((a, b) => b.score - a.score || compareRefs(a, b));
}
