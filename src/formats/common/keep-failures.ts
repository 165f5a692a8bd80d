/**
 * Failures handed to ReadOptions.keepFailure, once each. Readers that can do it while reading (JUnit: as each
 * testcase closes, so a trace's string dies young) do, and say so (`ResultReader.keepsFailures`); this
 * catches every other format after the read.
 */
import type { Attempt, Failure, TestCase } from '../../model/index.js';

type Keep = (failure: Failure) => Failure;

/**
 * Each failure of `attempts` replaced, in place, by what `keep` makes of it. The attempts are fresh from a
 * reader, so changing them is not observable; a frozen one is a shared constant and is left as it is.
 */
export function keepFailures(attempts: readonly Attempt[], keep: Keep): void {
  for (const attempt of attempts) {
    const failure = attempt.failure;
    if (failure === undefined || Object.isFrozen(attempt)) continue;
    const kept = keep(failure);
    if (kept !== failure) (attempt as { failure?: Failure }).failure = kept;
  }
}

/** {@link keepFailures} over every test of a file's results. */
export function keepTestFailures(tests: readonly TestCase[], keep: Keep): void {
  for (const test of tests) keepFailures(test.attempts, keep);
}
