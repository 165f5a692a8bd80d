/**
 * A `<testcase>` while it is being read, and how its result elements become attempts: the testcase's own
 * run (passed, or what its `<failure>`, `<error>` or `<skipped>` says) plus Surefire's flaky and rerun runs.
 */
import type { Attempt } from '../../model/index.js';
import { detach } from '../common/detach.js';
import type { BoundedBuffer } from './bounded-buffer.js';
import { clip, extraAttempt, junitFailure, type OpenResult } from './result-element.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A testcase between its start and end tags. */
export interface OpenCase {
  /** Element depth of the `<testcase>` (for a suite-level failure: of its suite). */
  readonly depth: number;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly suite: readonly string[];
  readonly name: string;
  /** Playwright project, from the enclosing suite. */
  readonly project: string | undefined;
  readonly durationMs: number;
  /** A `status` attribute that says the test did not run (Catch2, tst, GoogleTest). */
  readonly notRun: boolean;
  /** A test made up for a suite-level failure; it ends with its result element. */
  readonly standIn: boolean;
  /** The testcase's own run, once a failure, error or skip was read. */
  primary: Attempt | undefined;
  /** A `<skipped type="todo">` was read: the test is a todo whatever its body did. */
  todo?: boolean;
  /** Flaky and rerun attempts, in document order. */
  extras: Attempt[] | undefined;
  stdout: BoundedBuffer | undefined;
  stderr: BoundedBuffer | undefined;
}

/**
 * Records a finished result element. A testcase with several (EnricoMi's multi-result files, several
 * `<failure>`s) is still one run: a failure or error outranks a skip, and the first failure is the one kept.
 * The exception is a todo: node:test writes a todo whose body fails as `<skipped type="todo">` beside a
 * `<failure>`, and counts it as a todo, not a failure (a todo is expected to fail); so does Tessera.
 */
export function recordResult(testcase: OpenCase, result: OpenResult, maxMessageChars: number): void {
  if (result.kind.role !== 'primary') {
    (testcase.extras ??= []).push(extraAttempt(result, maxMessageChars));
    return;
  }
  if (testcase.todo) return;
  const isTodo = result.kind.category === undefined && result.type?.trim().toLowerCase() === 'todo';
  if (isTodo) {
    testcase.todo = true;
    testcase.primary = undefined;
  }
  if (testcase.primary?.status === 'failed') return;
  const text = result.text.finish();
  if (result.kind.category === undefined) {
    if (testcase.primary !== undefined) return;
    const message = result.message?.trim();
    // The attribute is a slice of the parser's input chunk: detached so the attempt does not keep it alive.
    const skipMessage =
      message !== undefined && message.length > 0 ? detach(clip(message, maxMessageChars)) : text;
    const skipped: Mutable<Attempt> = { status: 'skipped', durationMs: 0 };
    if (skipMessage !== undefined) skipped.skipMessage = skipMessage;
    testcase.primary = skipped;
    return;
  }
  const failure = junitFailure(result.kind.category, result, text, maxMessageChars);
  testcase.primary = { status: 'failed', durationMs: 0, failure };
}

/**
 * The attempts of a finished testcase, in the order they ran: flaky runs came before the final pass, and
 * reruns of a failing test came after its first failure. The testcase's time and output belong to its own
 * run.
 */
export function testcaseAttempts(testcase: OpenCase, failedOutputOnly = false): Attempt[] {
  const primary: Mutable<Attempt> =
    testcase.primary !== undefined
      ? { ...testcase.primary, durationMs: testcase.durationMs }
      : { status: testcase.notRun ? 'skipped' : 'passed', durationMs: testcase.durationMs };
  // Without a failure the output is dropped here, before it is copied out of the parser's chunks.
  if (!failedOutputOnly || primary.status === 'failed') {
    const stdout = testcase.stdout?.finish();
    if (stdout !== undefined) primary.stdout = stdout;
    const stderr = testcase.stderr?.finish();
    if (stderr !== undefined) primary.stderr = stderr;
  }
  const extras = testcase.extras;
  if (extras === undefined) return [primary];
  return primary.status === 'failed' ? [primary, ...extras] : [...extras, primary];
}

/** The attempts with output given to the last one where it has none of its own (suite-level output). */
export function withOutput(
  attempts: readonly Attempt[],
  stdout: string | undefined,
  stderr: string | undefined,
): Attempt[] {
  const last = attempts[attempts.length - 1] as Attempt;
  const attempt: Mutable<Attempt> = { ...last };
  if (attempt.stdout === undefined && stdout !== undefined) attempt.stdout = stdout;
  if (attempt.stderr === undefined && stderr !== undefined) attempt.stderr = stderr;
  return [...attempts.slice(0, -1), attempt];
}
