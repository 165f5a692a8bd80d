/**
 * The result elements inside a JUnit `<testcase>` and what each one means for the test's attempts:
 *
 * | element | attempt | category |
 * | --- | --- | --- |
 * | `<failure>` | this run failed | assertion |
 * | `<error>` | this run failed | error |
 * | `<skipped>` | this run was skipped | – |
 * | `<flakyFailure>`, `<flakyError>` (Surefire, Gradle) | an earlier run that failed before the final pass | assertion / error |
 * | `<rerunFailure>`, `<rerunError>` (Surefire, Gradle) | a further run of a failing test, failed again | assertion / error |
 *
 * A message or type that says the test ran out of time makes the category `timeout` whatever the element.
 */
import type { Attempt, Failure, FailureCategory } from '../../model/index.js';
import { categoryFromText, firstLine, stripAnsi } from '../common/bounded-text.js';
import { detach } from '../common/detach.js';
import type { BoundedBuffer } from './bounded-buffer.js';

/** How a result element relates to the testcase's own run. */
export type ResultRole = 'primary' | 'flaky' | 'rerun';

/** What an element name means, or undefined when it is not a result element. */
export interface ResultKind {
  readonly role: ResultRole;
  /** Undefined for `<skipped>`. */
  readonly category?: FailureCategory;
}

const KINDS: ReadonlyMap<string, ResultKind> = new Map<string, ResultKind>([
  ['failure', { role: 'primary', category: 'assertion' }],
  ['error', { role: 'primary', category: 'error' }],
  ['skipped', { role: 'primary' }],
  ['flakyFailure', { role: 'flaky', category: 'assertion' }],
  ['flakyError', { role: 'flaky', category: 'error' }],
  ['rerunFailure', { role: 'rerun', category: 'assertion' }],
  ['rerunError', { role: 'rerun', category: 'error' }],
]);

/** The kind of a result element by name; undefined for any other element. */
export function resultKind(element: string): ResultKind | undefined {
  return KINDS.get(element);
}

// `type` attributes such as node:test's `testTimeoutFailure` or Java's `TimeoutException` have no word
// boundary around "Timeout", which the message heuristic needs.
const TIMEOUT_TYPE = /time[d\s_-]*out/i;

/** A one-line text (a message attribute) cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A bounded Failure from a result element's attributes and text (already bounded by the buffer). */
export function junitFailure(
  category: FailureCategory,
  attributes: { readonly message?: string; readonly type?: string },
  text: string | undefined,
  maxMessageChars: number,
): Failure {
  const trace = text !== undefined ? stripAnsi(text) : undefined;
  let message = attributes.message !== undefined ? stripAnsi(attributes.message).trim() : '';
  if (message.length === 0) message = firstLine(trace) ?? '';
  message = clip(message, maxMessageChars);
  const type =
    attributes.type !== undefined && attributes.type.trim().length > 0 ? attributes.type : undefined;
  const timedOut =
    (type !== undefined && TIMEOUT_TYPE.test(type)) || categoryFromText(firstLine(message)) === 'timeout';
  // Attribute values are slices of the parser's input chunk: detached so the failure does not keep it alive.
  return {
    category: timedOut ? 'timeout' : category,
    ...(message.length > 0 ? { message: detach(message) } : {}),
    ...(type !== undefined ? { type: detach(type) } : {}),
    ...(trace !== undefined && trace !== message ? { trace } : {}),
  };
}

/** A result element being read: its attributes so far and the buffers its text goes to. */
export interface OpenResult {
  readonly kind: ResultKind;
  readonly message?: string;
  readonly type?: string;
  readonly durationMs: number;
  readonly text: BoundedBuffer;
  stdout?: BoundedBuffer;
  stderr?: BoundedBuffer;
}

/** The attempt a flaky or rerun element stands for. */
export function extraAttempt(result: OpenResult, maxMessageChars: number): Attempt {
  const stdout = result.stdout?.finish();
  const stderr = result.stderr?.finish();
  return {
    status: 'failed',
    durationMs: result.durationMs,
    failure: junitFailure(result.kind.category ?? 'error', result, result.text.finish(), maxMessageChars),
    ...(stdout !== undefined ? { stdout } : {}),
    ...(stderr !== undefined ? { stderr } : {}),
  };
}
