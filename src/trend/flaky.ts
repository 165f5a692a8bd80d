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
import { observationsOf, type HistoryDocument, type TestHistory } from '../history/history-document.js';
import { STATUS_OF_OUTCOME } from '../history/update.js';
import type { Quarantine } from './quarantine.js';
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
  const entry = history && Object.hasOwn(history.tests, id) ? history.tests[id] : undefined;
  const seen = entry && history ? observationsOf(history, entry) : [];
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
 * Whether the test's window in `history` holds a failure or a retried run. Without one, a test that passed now
 * has no evidence at all (no retry, every verdict a pass: no flip, no commit with both outcomes), so its score
 * is 0 and it is never listed: the check spares building the evidence for almost every test of a run.
 */
function hasFailureOrRetry(entry: TestHistory | undefined): boolean {
  return entry !== undefined && (entry.s.includes('F') || entry.s.includes('K'));
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
  const joined = options.entries ?? (history ? historyEntries(tests, history) : []);
  for (let i = 0; i < tests.length; i++) {
    const test = tests[i] as TestCase;
    if (test.outcome === 'skipped') continue;
    if (test.outcome === 'passed' && !hasFailureOrRetry(joined[i])) continue;
    const evidence = flakeEvidence(test.outcome, history, test.id, options.sha);
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
      quarantined: options.quarantine?.matches({ ...ref, name: test.name }) ?? false,
    });
  }
  return out.sort((a, b) => b.score - a.score || compareRefs(a, b));
}
