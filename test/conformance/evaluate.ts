import { join } from 'node:path';
import { fileInput, pickReader, readResultFile } from '../../src/formats/index.js';
import { foldTests, ParseError, type TestCase } from '../../src/model/index.js';
import { CORPUS } from '../support/corpus.js';
import { differenceFor } from './differences.js';
import type {
  Actual,
  ActualCounts,
  CaseResult,
  ConformanceCase,
  Expectation,
  ExpectedCounts,
  FlakyConvention,
} from './types.js';

/** Tessera's counts over a list of tests, one per distinct test. */
export function countOutcomes(tests: readonly TestCase[]): ActualCounts {
  const counts = { tests: tests.length, passed: 0, failed: 0, skipped: 0, flaky: 0 };
  for (const t of tests) counts[t.outcome]++;
  return counts;
}

/**
 * Reads a case's inputs with the real readers (`readResultFile`, content sniffing over READERS) and folds
 * the tests across files, as `tessera report` does for one run. An error on any input ends the read.
 */
export async function readCase(c: ConformanceCase): Promise<Actual> {
  const tests: TestCase[] = [];
  for (const file of c.files) {
    try {
      const parsed = await readResultFile(join(CORPUS, file));
      tests.push(...parsed.tests);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Readers promise ParseError and nothing else; anything else is a bug whatever the oracle says.
      return error instanceof ParseError
        ? { kind: 'parse-error', message }
        : { kind: 'other-error', message: `${(error as Error)?.name ?? 'thrown'}: ${message}` };
    }
  }
  return { kind: 'counts', counts: countOutcomes(foldTests(tests)) };
}

/** Which reader content sniffing picks for an input: its format, or `none`. */
export async function readerOf(file: string): Promise<string> {
  try {
    return (await pickReader(await fileInput(join(CORPUS, file)))).format;
  } catch {
    // No reader (or no file): the read itself reports why; here it only labels the row.
    return 'none';
  }
}

/** Our counts in the oracle's terms: a flaky test joins the bucket the oracle puts it in. */
export function inOracleTerms(counts: ActualCounts, convention: FlakyConvention): ExpectedCounts {
  switch (convention) {
    case 'separate':
      return counts;
    case 'as-failed':
      return { ...counts, failed: counts.failed + counts.flaky, flaky: 0 };
    case 'as-passed':
      return { ...counts, passed: counts.passed + counts.flaky, flaky: 0 };
    case 'within-passed':
      return { ...counts, passed: counts.passed + counts.flaky };
  }
}

const FIELDS = ['tests', 'passed', 'failed', 'skipped', 'flaky'] as const;

/** The fields where `got` differs from `want`, as "field want→got"; only fields `want` states are compared. */
export function countDifferences(want: ExpectedCounts, got: ExpectedCounts): string[] {
  return FIELDS.filter((f) => want[f] !== undefined && want[f] !== got[f]).map(
    (f) => `${f} ${want[f]}→${got[f] ?? '?'}`,
  );
}

/** One line for an expectation, e.g. `7 tests: 4 passed, 2 failed, 1 skipped` or `ParseError`. */
export function describeExpectation(e: Expectation): string {
  if ('error' in e) return 'ParseError';
  const parts = (['passed', 'failed', 'skipped', 'flaky'] as const)
    .filter((f) => e[f] !== undefined)
    .map((f) => `${e[f]} ${f}`);
  const total = e.tests !== undefined ? `${e.tests} tests` : 'tests not stated';
  return `${total}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

/** One line for what Tessera gave. */
export function describeActual(a: Actual): string {
  if (a.kind === 'counts') return describeExpectation(a.counts);
  // The corpus prefix only makes the line longer; the case name already says where the file is.
  const message = (a.message.split('\n')[0] ?? '').replaceAll(`${CORPUS}/`, '');
  return `${a.kind === 'parse-error' ? 'ParseError' : 'unexpected error'}: ${message}`;
}

function judge(want: Expectation, convention: FlakyConvention, actual: Actual): string | undefined {
  if (actual.kind === 'other-error') return 'a reader threw something other than ParseError';
  if ('error' in want) return actual.kind === 'parse-error' ? undefined : 'should have been refused';
  if (actual.kind !== 'counts') return 'should have been read';
  const diffs = countDifferences(want, inOracleTerms(actual.counts, convention));
  return diffs.length === 0 ? undefined : diffs.join(', ');
}

/**
 * Runs one case and classifies it. The documented differences table may replace the oracle's expectation;
 * the case then passes only with the documented value, so a regression still shows, and so does a fixed
 * bug (the entry is then stale and must go).
 */
export async function evaluateCase(c: ConformanceCase): Promise<CaseResult> {
  const result = classify(c, await readCase(c));
  return { ...result, readers: await Promise.all(c.files.map(readerOf)) };
}

function classify(c: ConformanceCase, actual: Actual): Omit<CaseResult, 'readers'> {
  if (c.unsupported !== undefined) {
    // A format we do not read must be refused, not misread as one we do.
    return actual.kind === 'parse-error'
      ? { case: c, want: { error: true }, actual, status: 'unsupported', detail: c.unsupported }
      : {
          case: c,
          want: { error: true },
          actual,
          status: 'mismatch',
          detail: `${c.unsupported} is not a supported format, yet it was read: ${describeActual(actual)}`,
        };
  }
  const difference = differenceFor(c.source, c.name);
  const want = difference?.expected ?? c.expected;
  const convention = difference?.flaky ?? c.flaky;
  const problem = judge(want, convention, actual);
  if (problem !== undefined) {
    const stale =
      difference && judge(c.expected, c.flaky, actual) === undefined
        ? ' (it now matches the oracle: remove the entry from differences.ts)'
        : '';
    return { case: c, want, actual, status: 'mismatch', detail: problem + stale };
  }
  if (!difference) return { case: c, want, actual, status: 'match' };
  return {
    case: c,
    want,
    actual,
    status: difference.kind === 'known-bug' ? 'known-bug' : 'difference',
    detail: difference.reason,
  };
}
