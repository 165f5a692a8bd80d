/** Builds the model's Failure from the texts a JSON or TAP reporter gives, bounded and cleaned. */
import type { Failure, FailureCategory } from '../../model/index.js';
import type { ReadOptions } from '../reader.js';
import { bounded, categoryFromText, firstLine, stripAnsi } from './bounded-text.js';

/** What a reporter said about a failure; any part may be missing. */
export interface FailureText {
  /** A one-line message, when the reporter separates it from the trace. */
  readonly message?: string;
  /** The full failure text or stack trace. */
  readonly trace?: string;
  /** Exception type, when the reporter gives it. */
  readonly type?: string;
  /** The category when the format states it (a timeout status); otherwise guessed from the text. */
  readonly category?: FailureCategory;
}

// `AssertionError: expected …`, `Error: boom`, `System.DivideByZeroException : Attempted …`.
const TYPE_PREFIX = /^([A-Za-z_$][\w$.]*(?:Error|Exception|Failure))(?:\s*\[[^\]]*\])?\s*:/;

/** A bounded, colour-free Failure. The message defaults to the first line of the trace. */
export function makeFailure(text: FailureText, options: Pick<ReadOptions, 'maxMessageChars'>): Failure {
  const trace = text.trace !== undefined ? stripAnsi(text.trace) : undefined;
  const message = stripAnsi(text.message ?? '').trim() || firstLine(trace);
  const head = firstLine(message);
  const type = text.type ?? (head !== undefined ? TYPE_PREFIX.exec(head)?.[1] : undefined);
  const category = text.category ?? categoryFromText(head, type);
  const boundedMessage = bounded(message, options.maxMessageChars);
  const boundedTrace =
    trace !== undefined && trace.trim() !== message ? bounded(trace, options.maxMessageChars) : undefined;
  return {
    category,
    ...(boundedMessage !== undefined ? { message: boundedMessage } : {}),
    ...(type !== undefined ? { type } : {}),
    ...(boundedTrace !== undefined ? { trace: boundedTrace } : {}),
  };
}

/** Joins captured output lines (Playwright and CTRF give arrays) and bounds the result. */
export function boundedOutput(
  lines: readonly string[] | string | undefined,
  max: number,
): string | undefined {
  if (lines === undefined) return undefined;
  const text = typeof lines === 'string' ? lines : lines.join('');
  return bounded(stripAnsi(text), max);
}
