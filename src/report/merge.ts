/**
 * Merges the results of many inputs into one run. Pure: reading files happens elsewhere.
 *
 * The same test id seen in several files (a retry written to a second file, a re-run shard, the same case in
 * two reports of one run) becomes one test whose attempts are all of them, so it counts once and a fail
 * followed by a pass is flaky. Unreadable inputs travel beside the good data: one corrupt file never hides
 * the tests of the others.
 */
import {
  outcomeOf,
  type Attempt,
  type ParseError,
  type ParsedResults,
  type SuiteTiming,
  type TestCase,
} from '../model/index.js';
import type { ReportInputRead, ReportInputUnreadable } from './report-document.js';
import { appendAll } from '../model/arrays.js';

/** What reading one input gave: its results, or the typed error that says why it could not be read. */
export type InputOutcome =
  | { readonly source: string; readonly results: ParsedResults }
  | { readonly source: string; readonly error: ParseError };

/** One run's merged results. */
export interface MergedRun {
  /** Distinct tests, in first-seen order over the inputs in the order given. */
  readonly tests: readonly TestCase[];
  /** Suite timings of every readable input, in input order (not folded: the planner decides). */
  readonly suites: readonly SuiteTiming[];
  /** The inputs that were read, with their format and test count. */
  readonly read: readonly ReportInputRead[];
  /** The inputs that could not be read, with position and reason. */
  readonly unreadable: readonly ReportInputUnreadable[];
  /** Readers' warnings, each prefixed with its input. */
  readonly warnings: readonly string[];
}

/** Describes a ParseError as a report entry: file, position, and the reason without the file prefix. */
export function describeUnreadable(source: string, error: ParseError): ReportInputUnreadable {
  const file = error.file || source;
  // ParseError's message is `file[:line[:column]]: reason`; the entry keeps those apart.
  const where = [file, error.line, error.column].filter((part) => part !== undefined).join(':');
  const message = error.message.startsWith(`${where}: `)
    ? error.message.slice(where.length + 2)
    : error.message;
  return {
    file,
    ...(error.line !== undefined ? { line: error.line } : {}),
    ...(error.column !== undefined ? { column: error.column } : {}),
    message,
  };
}

/**
 * Folds tests with the same id into one whose attempts are all of theirs, in first-seen order. Same result
 * as the model's `foldTests`, but a test seen once (nearly all of them) is kept as the reader made it: no
 * copy and no second hash of its id, which matters at 100k tests.
 */
export function foldById(tests: Iterable<TestCase>): TestCase[] {
  const order: TestCase[] = [];
  const index = new Map<string, number>();
  const extra = new Map<number, Attempt[]>();
  for (const test of tests) {
    const at = index.get(test.id);
    if (at === undefined) {
      index.set(test.id, order.length);
      order.push(test);
      continue;
    }
    let attempts = extra.get(at);
    if (attempts === undefined) {
      attempts = [...(order[at] as TestCase).attempts];
      extra.set(at, attempts);
    }
    appendAll(attempts, test.attempts);
  }
  for (const [at, attempts] of extra) {
    const first = order[at] as TestCase;
    const durationMs = attempts.reduce((sum, a) => sum + a.durationMs, 0);
    order[at] = { ...first, attempts, outcome: outcomeOf(attempts), durationMs };
  }
  return order;
}

/**
 * Merges input outcomes into one run. The order of `inputs` decides the order of tests and of attempts, so
 * callers pass them in a deterministic order (sorted paths, shard index).
 */
export function mergeResults(inputs: readonly InputOutcome[]): MergedRun {
  const read: ReportInputRead[] = [];
  const unreadable: ReportInputUnreadable[] = [];
  const suites: SuiteTiming[] = [];
  const warnings: string[] = [];

  function* allTests(): Generator<TestCase> {
    for (const input of inputs) {
      if ('error' in input) {
        unreadable.push(describeUnreadable(input.source, input.error));
        continue;
      }
      const { results } = input;
      read.push({ file: input.source, format: results.format, tests: results.tests.length });
      for (const suite of results.suites) suites.push(suite);
      // Most readers name the file in their warnings already.
      for (const w of results.warnings)
        warnings.push(w.startsWith(`${input.source}:`) ? w : `${input.source}: ${w}`);
      yield* results.tests;
    }
  }

  const tests = foldById(allTests());
  return { tests, suites, read, unreadable, warnings };
}
