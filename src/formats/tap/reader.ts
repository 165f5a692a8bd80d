/**
 * TAP 13/14 as tests. Leaf test points are tests; a point with subtests is a suite whose description
 * becomes part of its children's suite path. TAP has no retries, so every point is its own test: points
 * with the same description in one suite (`should be equal` a dozen times) are told apart by a suffix
 * rather than folded into attempts.
 */
import {
  makeTestCase,
  type Attempt,
  type FailureCategory,
  type ParsedResults,
  type TestCase,
} from '../../model/index.js';
import { readText } from '../common/decode.js';
import { bounded, firstLine, stripAnsi } from '../common/bounded-text.js';
import { makeFailure } from '../common/failure.js';
import type { ReadOptions, ResultInput, ResultReader } from '../reader.js';
import { parseTap, type TapPoint } from './parse.js';

/** The name given to the synthetic failed test that stands for a `Bail out!`. */
export const BAIL_OUT_NAME = 'Bail out!';

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Where a failure happened, from node-tap's `at: {file, line, column}` or node:test's `location`. */
function locationOf(d: Record<string, unknown>): string | undefined {
  const at = d['at'];
  if (at !== null && typeof at === 'object') {
    const { file, line, column } = at as Record<string, unknown>;
    if (typeof file === 'string') return [file, line, column].filter((x) => x !== undefined).join(':');
  }
  return text(d['at']) ?? text(d['location']);
}

/** node:test states the kind of failure; other producers leave it to the message. */
function categoryOf(d: Record<string, unknown>): FailureCategory | undefined {
  const failureType = text(d['failureType']);
  if (failureType === 'testTimeoutFailure') return 'timeout';
  if (failureType === 'cancelledByParent' || failureType === 'uncaughtException') return 'crash';
  if (failureType === 'hookFailed') return 'error';
  if (d['code'] === 'ERR_ASSERTION' || d['name'] === 'AssertionError') return 'assertion';
  return undefined;
}

function attemptOf(p: TapPoint, options: ReadOptions): Attempt {
  const d = p.diagnostics ?? {};
  const duration = Number(d['duration_ms']);
  const durationMs = Number.isFinite(duration) && duration >= 0 ? duration : 0;
  if (p.directive?.kind === 'skip')
    return {
      status: 'skipped',
      durationMs,
      ...(p.directive.reason ? { skipMessage: p.directive.reason } : {}),
    };
  // A TODO point is work not done yet, whether its body failed (the usual case) or happened to pass: it
  // counts as skipped, as node:test and node-tap count it (a todo, not a pass or a failure). tape counts a
  // TODO point as a pass in its footer; the directive wins.
  if (p.directive?.kind === 'todo')
    return {
      status: 'skipped',
      durationMs,
      skipMessage: `TODO${p.directive.reason ? `: ${p.directive.reason}` : ''}`,
    };
  if (p.ok) return { status: 'passed', durationMs };
  const location = locationOf(d);
  const stack = text(d['stack']);
  const trace = [
    stack,
    location !== undefined && !(stack ?? '').includes(location) ? `at ${location}` : undefined,
  ]
    .filter((x) => x !== undefined)
    .join('\n');
  const category = categoryOf(d);
  const failure = makeFailure(
    {
      // Without a message, a TAP description is usually the assertion's own message (`tap.equal(a, b, msg)`).
      message: text(d['message']) ?? text(d['error']) ?? firstLine(p.text) ?? p.description,
      ...(trace !== '' ? { trace } : p.text !== undefined ? { trace: p.text } : {}),
      ...(typeof d['name'] === 'string' && d['name'] !== '' ? { type: d['name'] } : {}),
      ...(category !== undefined ? { category } : {}),
    },
    options,
  );
  return { status: 'failed', durationMs, failure };
}

function failedInside(p: TapPoint): boolean {
  return p.children.some((c) => (!c.ok && c.directive === undefined) || failedInside(c));
}

/**
 * Turns points into tests, depth first. A parent that failed while none of its subtests did (a hook or
 * the suite body threw) is kept as a test itself, so that failure is not lost.
 */
function collect(
  points: readonly TapPoint[],
  suite: readonly string[],
  options: ReadOptions,
  out: TestCase[],
): void {
  const seen = new Map<string, number>();
  const uniqueName = (p: TapPoint, index: number): string => {
    const base = p.description !== '' ? p.description : `(test ${p.number ?? index + 1})`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  };
  points.forEach((p, index) => {
    const name = uniqueName(p, index);
    if (p.children.length > 0) {
      collect(p.children, [...suite, name], options, out);
      if (p.ok || p.directive !== undefined || failedInside(p)) return;
    }
    out.push(makeTestCase({ suite, name, attempts: [attemptOf(p, options)] }));
  });
}

/** Reads a TAP 13/14 stream. Throws only ParseError. */
export async function readTap(input: ResultInput, options: ReadOptions): Promise<ParsedResults> {
  const decoded = await readText(input, options);
  const doc = parseTap(input.name, decoded.text);
  const tests: TestCase[] = [];
  collect(doc.points, [], options, tests);
  const warnings = [...decoded.warnings, ...doc.warnings];
  if (doc.bailOut !== undefined) {
    // A bail-out stops the run: the tests that never ran would otherwise leave the report green.
    const reason = doc.bailOut !== '' ? doc.bailOut : 'the test run bailed out';
    warnings.push(`${input.name}: Bail out! ${bounded(stripAnsi(reason), options.maxMessageChars) ?? ''}`);
    tests.push(
      makeTestCase({
        suite: [],
        name: BAIL_OUT_NAME,
        attempts: [
          {
            status: 'failed',
            durationMs: 0,
            failure: makeFailure({ message: reason, category: 'crash' }, options),
          },
        ],
      }),
    );
  }
  return { source: input.name, format: 'tap', tests, suites: [], warnings };
}

/** The TAP reader. */
export const tapReader: ResultReader = {
  format: 'tap',
  // A version line, or a plan or test point at the start of a line. Not XML or JSON: their texts may hold
  // such lines. Mocha's TAP has no version line and the tests' own output may come first.
  sniff: (head) => {
    if (/^\s*TAP version 1[34]\b/i.test(head)) return true;
    if (/^\s*[<{[]/.test(head)) return false;
    return /^(?:1\.\.\d+|(?:not )?ok\b)/m.test(head);
  },
  read: readTap,
};
