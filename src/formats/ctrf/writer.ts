/**
 * CTRF JSON (Common Test Report Format, `corpus/ctrf/schema/ctrf.schema.json`) for the merged run.
 *
 * Mapping choices, where the spec leaves room:
 * - a flaky test is `status: passed, flaky: true`;
 * - `retryAttempts` lists every attempt (attempt 1 is the first run) whenever a test ran more than once,
 *   and `retries` is the number of runs after the first, as the spec's own retries example does;
 * - `testId` is Tessera's stable test id; the runner project goes to `browser`, where Playwright's CTRF
 *   reporters put it (CTRF has no project field) and where our reader takes it from;
 * - output is split into lines, as the schema wants arrays of strings.
 *
 * The document is streamed test by test.
 */
import type { Writable } from 'node:stream';
import type { Attempt, TestCase } from '../../model/index.js';
import { createTextSink } from '../text-sink.js';

/** The CTRF spec version written. */
export const CTRF_SPEC_VERSION = '1.0.0';

/** What the CTRF document says about the run beyond its tests. */
export interface CtrfWriteOptions {
  /** Run start, ms since the epoch. */
  readonly start: number;
  /** Run end, ms since the epoch. */
  readonly stop: number;
  /** ISO 8601 time the document is made. */
  readonly timestamp: string;
  /** Tool name in `results.tool`; defaults to `tessera`. */
  readonly toolName?: string;
}

type CtrfStatus = 'passed' | 'failed' | 'skipped';

/** One CTRF test object (only the fields Tessera writes). */
export interface CtrfTest {
  name: string;
  status: CtrfStatus;
  duration: number;
  testId: string;
  suite?: string[];
  filePath?: string;
  line?: number;
  message?: string;
  trace?: string;
  rawStatus?: string;
  flaky?: boolean;
  retries?: number;
  retryAttempts?: CtrfAttempt[];
  stdout?: string[];
  stderr?: string[];
  browser?: string;
}

interface CtrfAttempt {
  attempt: number;
  status: CtrfStatus;
  duration: number;
  message?: string;
  trace?: string;
  stdout?: string[];
  stderr?: string[];
}

function lines(text: string | undefined): string[] | undefined {
  return text ? text.split(/\r?\n/) : undefined;
}

function ms(value: number): number {
  return Math.max(0, Math.round(value));
}

function toAttempt(a: Attempt, index: number): CtrfAttempt {
  const stdout = lines(a.stdout);
  const stderr = lines(a.stderr);
  return {
    attempt: index + 1,
    status: a.status,
    duration: ms(a.durationMs),
    ...(a.failure?.message !== undefined ? { message: a.failure.message } : {}),
    ...(a.failure?.trace !== undefined ? { trace: a.failure.trace } : {}),
    ...(stdout ? { stdout } : {}),
    ...(stderr ? { stderr } : {}),
  };
}

/** Maps one test to its CTRF object. */
export function toCtrfTest(t: TestCase): CtrfTest {
  const status: CtrfStatus = t.outcome === 'flaky' ? 'passed' : t.outcome;
  // The attempt the test's verdict rests on: the first failure of a failed test, else the last attempt.
  const decisive =
    t.outcome === 'failed'
      ? t.attempts.find((a) => a.status === 'failed')
      : t.attempts.findLast((a) => a.status === status);
  const failure = t.outcome === 'failed' ? decisive?.failure : t.attempts.find((a) => a.failure)?.failure;
  const message = failure?.message ?? (t.outcome === 'skipped' ? decisive?.skipMessage : undefined);
  const stdout = lines(decisive?.stdout);
  const stderr = lines(decisive?.stderr);
  return {
    // CTRF requires a non-empty name; a runner can write an empty one.
    name: t.name || '(unnamed test)',
    status,
    duration: ms(t.durationMs),
    testId: t.id,
    ...(t.suite.length > 0 ? { suite: [...t.suite] } : {}),
    ...(t.file !== undefined ? { filePath: t.file } : {}),
    ...(t.line !== undefined ? { line: t.line } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(failure?.trace !== undefined ? { trace: failure.trace } : {}),
    ...(t.outcome === 'flaky' ? { rawStatus: 'flaky', flaky: true } : {}),
    ...(t.attempts.length > 1
      ? { retries: t.attempts.length - 1, retryAttempts: t.attempts.map(toAttempt) }
      : {}),
    ...(stdout ? { stdout } : {}),
    ...(stderr ? { stderr } : {}),
    ...(t.project !== undefined ? { browser: t.project } : {}),
  };
}

/** Writes the CTRF document for `tests` to `out` (which is not ended). */
export async function writeCtrf(
  tests: readonly TestCase[],
  out: Writable,
  options: CtrfWriteOptions,
): Promise<void> {
  const summary = { tests: tests.length, passed: 0, failed: 0, skipped: 0, pending: 0, other: 0, flaky: 0 };
  const suites = new Set<string>();
  for (const t of tests) {
    if (t.outcome === 'flaky') {
      summary.passed += 1;
      summary.flaky += 1;
    } else summary[t.outcome] += 1;
    suites.add(`${t.file ?? ''}\u0000${t.suite.join('\u0000')}`);
  }
  const start = ms(options.start);
  const stop = Math.max(start, ms(options.stop));
  const head = {
    reportFormat: 'CTRF',
    specVersion: CTRF_SPEC_VERSION,
    timestamp: options.timestamp,
    generatedBy: 'tessera',
  };
  const summaryJson = JSON.stringify({
    ...summary,
    suites: suites.size,
    start,
    stop,
    duration: stop - start,
  });

  const sink = createTextSink(out);
  const headJson = JSON.stringify(head);
  await sink.write(
    `${headJson.slice(0, -1)},"results":{"tool":${JSON.stringify({ name: options.toolName ?? 'tessera' })}`,
  );
  await sink.write(`,"summary":${summaryJson},"tests":[`);
  let first = true;
  for (const t of tests) {
    await sink.write((first ? '\n' : ',\n') + JSON.stringify(toCtrfTest(t)));
    first = false;
  }
  await sink.write('\n]}}\n');
  await sink.flush();
}
