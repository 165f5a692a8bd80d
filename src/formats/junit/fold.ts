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
      appendAll(first.attempts as Attempt[], test.attempts);
    }
  }
  for (const test of tests) {
    test.outcome = outcomeOf(test.attempts);
    test.durationMs = totalMs(test.attempts);
  }
  return tests;
}

function totalMs(attempts: readonly Attempt[]): number {
  let total = 0;
  for (const attempt of attempts) total += attempt.durationMs;
  return total;
}
