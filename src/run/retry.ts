/**
 * Retries: which items a try must re-run, and how the tries become one set of tests. Pure.
 *
 * Only files that had a failure are re-run, with just those files substituted for `{files}`; every try's
 * attempts are kept, so a test that failed and then passed is `flaky` (see `foldTests`), and one that
 * failed every time stays `failed`. A failure Tessera cannot pin on a file (the runner's results carry no
 * file, or name a file that is not one of the items, or the command died) re-runs every item of that try:
 * re-running too much costs time, re-running too little would hide a failure.
 */
import { foldTests, makeTestCase, testId, type TestCase } from '../model/index.js';

/** A failure of the command itself, not of a test, within one invocation. */
export interface InvocationFailure {
  /** The items the invocation ran. */
  readonly items: readonly string[];
  /** What went wrong, for people: "was killed by SIGKILL", "wrote no results". */
  readonly reason: string;
}

/**
 * The items the next try re-runs, in the shard's order: the files of the failed tests, or every item of
 * the try when a failure cannot be pinned on one of its items. Empty when nothing failed.
 */
export function itemsToRetry(
  tryItems: readonly string[],
  tests: readonly TestCase[],
  failures: readonly InvocationFailure[],
): string[] {
  const inTry = new Set(tryItems);
  const again = new Set<string>();
  for (const failure of failures) for (const item of failure.items) again.add(item);
  for (const t of tests) {
    if (!t.attempts.some((a) => a.status === 'failed')) continue;
    if (t.file === undefined || !inTry.has(t.file)) return [...tryItems];
    again.add(t.file);
  }
  return tryItems.filter((item) => again.has(item));
}

/**
 * The stand-in test that carries a command failure into the results, so every report counts it as failed
 * whether or not it knows about infrastructure failures. Its identity depends only on what it covers (one
 * file, or the shard), so a retry that succeeds adds a passed attempt to the same test and makes it flaky.
 */
export function infrastructureTestParts(scope: { readonly file: string } | { readonly shard: string }): {
  file?: string;
  suite: string[];
  name: string;
} {
  return 'file' in scope
    ? { file: scope.file, suite: [], name: '(test file did not complete)' }
    : { suite: [], name: `(shard ${scope.shard} did not complete)` };
}

/** A failed attempt of the stand-in test, with the reason as its message. */
export function infrastructureFailureTest(
  parts: ReturnType<typeof infrastructureTestParts>,
  reason: string,
  durationMs: number,
): TestCase {
  return makeTestCase({
    ...parts,
    attempts: [{ status: 'failed', durationMs, failure: { category: 'crash', message: reason } }],
  });
}

/** A passed attempt of the stand-in test: the retry of what had died now completed. */
export function infrastructureRecoveredTest(
  parts: ReturnType<typeof infrastructureTestParts>,
  durationMs: number,
): TestCase {
  return makeTestCase({ ...parts, attempts: [{ status: 'passed', durationMs }] });
}

/** The id of a stand-in test, to know whether an earlier try left one. */
export function infrastructureTestId(parts: ReturnType<typeof infrastructureTestParts>): string {
  return testId(parts);
}

/** All tries' tests as one list: the same id across tries becomes one test with every attempt, in try order. */
export function foldTries(tries: readonly (readonly TestCase[])[]): TestCase[] {
  return foldTests(tries.flat());
}
