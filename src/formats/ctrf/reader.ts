/**
 * CTRF JSON (Common Test Report Format), read leniently. Real reporters drift from the schema: older ones
 * write `suite` as one `"file > describe"` string and put the suite path into `name`, some write durations
 * as strings, statuses include `pending` and `other`, and retries appear as `retries` + `flaky` with or
 * without a `retryAttempts` list (which may or may not include the final run). Only `results.tests` and
 * each test's `name` are required.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import {
  foldTests,
  normalizePath,
  type Attempt,
  type AttemptStatus,
  type ParsedResults,
  type TestCaseDraft,
} from '../../model/index.js';
import { boundedOutput, makeFailure } from '../common/failure.js';
import { readJsonDocument } from '../common/json-document.js';
import { looseBoolean, looseNumber, looseString, looseStrings } from '../common/lenient.js';
import type { ReadOptions, ResultInput, ResultReader } from '../reader.js';
import { appendAll } from '../../model/arrays.js';

const attemptSchema = z.object({
  attempt: looseNumber,
  status: looseString,
  duration: looseNumber,
  message: looseString,
  trace: looseString,
  stdout: looseStrings,
  stderr: looseStrings,
});

const testSchema = z.object({
  name: z.string(),
  status: looseString,
  duration: looseNumber,
  message: looseString,
  trace: looseString,
  rawStatus: looseString,
  line: looseNumber,
  filePath: looseString,
  suite: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .catch(undefined),
  browser: looseString,
  retries: looseNumber,
  flaky: looseBoolean,
  retryAttempts: z.array(attemptSchema).catch([]).default([]),
  stdout: looseStrings,
  stderr: looseStrings,
});

const documentSchema = z.object({
  results: z.object({ tests: z.array(z.unknown()) }),
});

type CtrfTest = z.output<typeof testSchema>;
type CtrfAttempt = z.output<typeof attemptSchema>;

const EXPECTED = 'a CTRF report ({"results": {"tool": …, "tests": [{"name", "status", "duration"}]}})';

/** Our status for a CTRF status; `other` is unknown to us, so it did not demonstrably pass or fail. */
function statusOf(status: string | undefined): AttemptStatus | undefined {
  switch (status) {
    case 'passed':
      return 'passed';
    case 'failed':
      return 'failed';
    case 'skipped':
    case 'pending':
    case 'other':
      return 'skipped';
    default:
      return undefined;
  }
}

interface AttemptText {
  status: string | undefined;
  rawStatus?: string | undefined;
  durationMs: number;
  message?: string | undefined;
  trace?: string | undefined;
  stdout: readonly string[];
  stderr: readonly string[];
}

function toAttempt(a: AttemptText, options: ReadOptions): Attempt {
  const status = statusOf(a.status) ?? 'skipped';
  const stdout = boundedOutput(a.stdout.length > 0 ? a.stdout : undefined, options.maxOutputChars);
  const stderr = boundedOutput(a.stderr.length > 0 ? a.stderr : undefined, options.maxOutputChars);
  const output = { ...(stdout !== undefined ? { stdout } : {}), ...(stderr !== undefined ? { stderr } : {}) };
  if (status === 'failed') {
    const timedOut = a.rawStatus !== undefined && /^timed ?out$/i.test(a.rawStatus);
    const failure = makeFailure(
      { message: a.message, trace: a.trace, ...(timedOut ? { category: 'timeout' as const } : {}) },
      options,
    );
    return { status, durationMs: a.durationMs, failure, ...output };
  }
  const skipMessage = status === 'skipped' && a.status !== 'skipped' ? a.status : undefined;
  return { status, durationMs: a.durationMs, ...(skipMessage ? { skipMessage } : {}), ...output };
}

function finalAttemptText(t: CtrfTest): AttemptText {
  return {
    status: t.status,
    rawStatus: t.rawStatus,
    durationMs: t.duration ?? 0,
    message: t.message,
    trace: t.trace,
    stdout: t.stdout,
    stderr: t.stderr,
  };
}

function retryText(a: CtrfAttempt): AttemptText {
  return {
    status: a.status,
    durationMs: a.duration ?? 0,
    message: a.message,
    trace: a.trace,
    stdout: a.stdout,
    stderr: a.stderr,
  };
}

/**
 * A test's attempts. `retryAttempts` is used when present; it is complete when its last entry is the final
 * run (attempt number `retries + 1`, or the same status as the test), otherwise the test's own fields are
 * the final run. Without a list, `retries: n` means n failed runs before the final one.
 */
function attemptsOf(t: CtrfTest, options: ReadOptions): Attempt[] {
  const final = finalAttemptText(t);
  const listed = [...t.retryAttempts].sort((a, b) => (a.attempt ?? 0) - (b.attempt ?? 0));
  const last = listed.at(-1);
  if (last !== undefined) {
    const complete =
      t.retries !== undefined && last.attempt !== undefined
        ? last.attempt === t.retries + 1
        : last.status === t.status;
    const texts = listed.slice(0, -1).map(retryText);
    appendAll(texts, complete ? [withFinalDetails(retryText(last), final)] : [retryText(last), final]);
    return texts.map((a) => toAttempt(a, options));
  }
  let earlier = t.retries ?? 0;
  // `flaky: true` with no retry count still means at least one failed run before the pass.
  if (earlier === 0 && t.flaky === true && t.status === 'passed') earlier = 1;
  const attempts: Attempt[] = [];
  for (let i = 0; i < earlier; i++)
    attempts.push({
      status: 'failed',
      durationMs: 0,
      failure: makeFailure(
        t.status === 'failed' ? { message: t.message, trace: t.trace } : { message: 'failed before a retry' },
        options,
      ),
    });
  attempts.push(toAttempt(final, options));
  return attempts;
}

/** The listed final run, with the test-level message, trace and output where the entry has none. */
function withFinalDetails(entry: AttemptText, final: AttemptText): AttemptText {
  return {
    status: entry.status,
    rawStatus: final.rawStatus,
    durationMs: entry.durationMs,
    message: entry.message ?? final.message,
    trace: entry.trace ?? final.trace,
    stdout: entry.stdout.length > 0 ? entry.stdout : final.stdout,
    stderr: entry.stderr.length > 0 ? entry.stderr : final.stderr,
  };
}

/**
 * Suite path and name. Reporters that write `suite` as one string (`"calc.test.js > calculator"`, the
 * pre-1.0 form of jest-ctrf and playwright-ctrf) start it with the file name, kept separately here, and
 * jest-ctrf repeats the describe path in the name: both are taken off so the id matches the same test
 * read from other formats. An array `suite` (the 1.0 form) is taken as written.
 */
function identityOf(t: CtrfTest, file: string | undefined): { suite: string[]; name: string } {
  if (typeof t.suite !== 'string') return { suite: [...(t.suite ?? [])], name: t.name };
  let suite = t.suite
    .split(' > ')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (file !== undefined && suite[0] === basename(file)) suite = suite.slice(1);
  const prefix = `${suite.join(' ')} `;
  const repeatsSuite = suite.length > 0 && t.name.startsWith(prefix) && t.name.length > prefix.length;
  return { suite, name: repeatsSuite ? t.name.slice(prefix.length) : t.name };
}

/** Reads a CTRF report. Throws only ParseError. */
export async function readCtrf(input: ResultInput, options: ReadOptions): Promise<ParsedResults> {
  const { value, warnings: decodeWarnings } = await readJsonDocument(
    input,
    options,
    documentSchema,
    EXPECTED,
  );
  const warnings = [...decodeWarnings];
  const root = options.root ?? process.cwd();
  const drafts: TestCaseDraft[] = [];
  value.results.tests.forEach((raw, index) => {
    const parsed = testSchema.safeParse(raw);
    if (!parsed.success) {
      warnings.push(`${input.name}: results.tests[${index}] has no name and was left out`);
      return;
    }
    const t = parsed.data;
    if (statusOf(t.status) === undefined)
      warnings.push(
        `${input.name}: test ${JSON.stringify(t.name)} has unknown status ${JSON.stringify(t.status)}, read as skipped`,
      );
    const file = t.filePath !== undefined && t.filePath !== '' ? normalizePath(t.filePath, root) : undefined;
    drafts.push({
      ...(file !== undefined ? { file } : {}),
      ...(t.line !== undefined ? { line: t.line } : {}),
      ...identityOf(t, file),
      ...(t.browser ? { project: t.browser } : {}),
      attempts: attemptsOf(t, options),
    });
  });
  return { source: input.name, format: 'ctrf', tests: foldTests(drafts), suites: [], warnings };
}

/** Top-level CTRF keys a producer may write first. */
const CTRF_FIRST_KEYS = new Set([
  'reportFormat',
  'specVersion',
  'reportId',
  'timestamp',
  'generatedBy',
  'results',
]);

/** The CTRF reader. */
export const ctrfReader: ResultReader = {
  format: 'ctrf',
  // CTRF documents open with one of their own top-level keys (`reportFormat` since 1.0, `results` before);
  // a schema or a test suite that merely embeds CTRF documents opens with something else.
  sniff: (head) => {
    const firstKey = /^\s*\{\s*"([^"]*)"/.exec(head)?.[1];
    if (firstKey === undefined || !CTRF_FIRST_KEYS.has(firstKey)) return false;
    return (
      /"reportFormat"\s*:\s*"CTRF"/i.test(head) ||
      (/"results"\s*:\s*\{/.test(head) && head.includes('"tool"'))
    );
  },
  read: readCtrf,
};
