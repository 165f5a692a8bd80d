/**
 * Finishes the tests of one JUnit document: computes their ids and folds the testcases that are the same
 * test (pytest-rerunfailures, EnricoMi's multi-result files, a TestNG data provider repeating a method name)
 * into one test with several attempts.
 */
import { outcomeOf, testId, type Attempt, type TestCase } from '../../model/index.js';
import { appendAll } from '../../model/arrays.js';

/**
 * A test as the collector builds it: already in the model's TestCase shape, so that finishing it does not
 * copy it. `id`, `outcome` and `durationMs` are placeholders until {@link finishTests}; `file` and `line`
 * may be present but undefined.
 */
export type PendingTest = { -readonly [K in keyof TestCase]: TestCase[K] };

/**
 * The model's `foldTests` + `makeTestCase`, built for files of 100,000 tests: each test's id is hashed once
 * and is the folding key, and the collector's objects become the results in place. Repeats keep the first
 * one's place, file and line; their attempts are appended in document order.
 */
export function finishTests(pending: readonly PendingTest[]): TestCase[] {
  const byId = new Map<string, PendingTest>();
  const tests: PendingTest[] = [];
  for (const test of pending) {
    test.id = testId(test);
    const first = byId.get(test.id);
    if (first === undefined) {
      byId.set(test.id, test);
      tests.push(test);
    } else {
      // Every attempts array is a fresh one the collector made for this test alone, so appending in place
      // is safe, and keeps a hostile file of one testcase repeated a million times linear.
      const attempts = first.attempts as Attempt[];
      if (isTeardownOf(attempts, test.attempts)) {
        const body = attempts[attempts.length - 1] as Attempt;
        const teardown = test.attempts[0] as Attempt;
        attempts[attempts.length - 1] = { ...teardown, durationMs: body.durationMs + teardown.durationMs };
      } else appendAll(attempts, test.attempts);
    }
  }
  for (const test of tests) {
    test.outcome = outcomeOf(test.attempts);
    test.durationMs = totalMs(test.attempts);
  }
  return tests;
}

/** pytest's message for an error in a fixture's teardown. */
const TEARDOWN_MESSAGE = /^failed on teardown\b/;

/**
 * Whether `next` is the teardown error of the run that `attempts` ends with: pytest (with
 * pytest-rerunfailures) writes a passing body and its teardown's error as two testcases in a row. That is
 * one run that failed, not a pass and a failure (which would read as flaky).
 */
function isTeardownOf(attempts: readonly Attempt[], next: readonly Attempt[]): boolean {
  const last = attempts[attempts.length - 1];
  const only = next.length === 1 ? next[0] : undefined;
  return (
    last?.status === 'passed' &&
    only?.status === 'failed' &&
    TEARDOWN_MESSAGE.test(only.failure?.message ?? '')
  );
}

function totalMs(attempts: readonly Attempt[]): number {
  let total = 0;
  for (const attempt of attempts) total += attempt.durationMs;
  return total;
}
