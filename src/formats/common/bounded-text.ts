/**
 * Bounds and cleans the untrusted texts a reader keeps (messages, traces, captured output), and guesses a
 * failure's category from its text where a format has no field for it.
 */
import type { FailureCategory } from '../../model/index.js';

const CUT_MARKER = /\n… \[\d+ more characters cut\]$/;

/**
 * Cuts a text to `max` characters, saying how much was cut. Returns undefined for an empty text. A text
 * already cut to `max` (a streaming reader bounds while reading) is left as it is, marker included.
 */
export function bounded(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text.length === 0) return undefined;
  if (text.length <= max) return text;
  const marker = CUT_MARKER.exec(text);
  if (marker && marker.index <= max) return text;
  return `${text.slice(0, max)}\n… [${text.length - max} more characters cut]`;
}

// ANSI colour and cursor sequences (CSI and OSC); Playwright and Jest colour their failure messages.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** Removes terminal colour codes: they are noise in a PR comment and in history. */
export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

/** The first non-empty line of a text: a failure's one-line message when only a full text is given. */
export function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return line;
}

const TIMEOUT = /\btim(?:ed|e)[ -]?out\b|\bexceeded timeout\b|\btimeout of \d+ ?ms\b/i;
const ASSERTION =
  /\bAssertion(?:Error|Exception|FailedError)?\b|\bexpect(?:ed)?\b|\bExpected\b|\bBut was\b|\bAssert\.|\bto(?:Be|Equal|StrictEqual|Match)\w*\b|\bERR_ASSERTION\b|\bShould\.|\bExpectation/;

/**
 * Category of a failure from its message (and type): timeouts first, then assertions; anything else is
 * an `error` (the test threw). Formats with an explicit field (TRX Timeout, Playwright timedOut) say so
 * directly instead.
 */
export function categoryFromText(...texts: (string | undefined)[]): FailureCategory {
  const text = texts.filter((t): t is string => t !== undefined).join('\n');
  if (TIMEOUT.test(text)) return 'timeout';
  if (ASSERTION.test(text)) return 'assertion';
  return 'error';
}
