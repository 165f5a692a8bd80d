/**
 * Output kept only where a report writes it: on failed attempts (ReadOptions.failedOutputOnly). Readers
 * that can leave the output out while reading (JUnit) do; this catches every other format after the read.
 */
import type { Attempt, TestCase } from '../../model/index.js';

/** Whether an attempt carries output that a failed-output-only read does not keep. */
export function hasUnkeptOutput(attempt: Attempt): boolean {
  return attempt.status !== 'failed' && (attempt.stdout !== undefined || attempt.stderr !== undefined);
}

/** The attempt without stdout/stderr. */
function withoutOutput(attempt: Attempt): Attempt {
  const { stdout: _stdout, stderr: _stderr, ...rest } = attempt;
  return rest;
}

/**
 * The tests with the output of attempts that did not fail left out; the same array (and the same test
 * objects) where there is none, which is the usual case.
 */
export function keepFailedOutputOnly(tests: readonly TestCase[]): readonly TestCase[] {
  if (!tests.some((t) => t.attempts.some(hasUnkeptOutput))) return tests;
  return tests.map((t) =>
    t.attempts.some(hasUnkeptOutput)
      ? { ...t, attempts: t.attempts.map((a) => (hasUnkeptOutput(a) ? withoutOutput(a) : a)) }
      : t,
  );
}
