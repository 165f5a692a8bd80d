/**
 * Mocha's built-in `json` reporter (`mocha --reporter json`): `{stats, tests, pending, failures, passes}`.
 * `tests` lists every test that ran or was pending, without a status of its own: a test is failed when it is
 * in `failures`, skipped when it is in `pending`, passed otherwise. A failing hook is in `failures` only (as
 * `"before each" hook for "…"`): it becomes a failed test of its own, as Mocha counts it among its failures;
 * the tests the hook kept from running are in no list, and Mocha counts them nowhere either.
 *
 * A test's suite path cannot be split into its describe titles: Mocha joins them with spaces into
 * `fullTitle`. The whole describe path is one suite entry.
 *
 * Retries: `currentRetry` is how many times the test was retried; each retry followed a failure, so a test
 * that passed with `currentRetry: 1` failed once first and is flaky.
 */
import { z } from 'zod';
import {
  foldTests,
  normalizePath,
  ParseError,
  type Attempt,
  type ParsedResults,
  type TestCaseDraft,
} from '../../model/index.js';
import { makeFailure } from '../common/failure.js';
import { readJsonDocument } from '../common/json-document.js';
import { looseNumber, looseString } from '../common/lenient.js';
import type { ReadOptions, ResultInput, ResultReader } from '../reader.js';

const errorSchema = z
  .object({ message: looseString, stack: looseString, name: looseString, code: looseString })
  .partial()
  .catch({});

const testSchema = z.object({
  title: z.string(),
  fullTitle: looseString,
  file: looseString,
  duration: looseNumber,
  currentRetry: looseNumber,
  err: errorSchema.optional(),
});

type MochaTest = z.output<typeof testSchema>;

const documentSchema = z.object({
  stats: z.object({}).passthrough(),
  tests: z.array(z.unknown()),
  pending: z.array(z.unknown()).default([]),
  failures: z.array(z.unknown()).default([]),
});

const EXPECTED = 'a Mocha JSON report ({"stats": {…}, "tests": […], "failures": […], "pending": […]})';

/** Tests are matched across the lists by file and full title (Mocha writes each list from the same objects). */
function keyOf(t: MochaTest): string {
  return `${t.file ?? ''}\u0000${t.fullTitle ?? t.title}`;
}

/** The entries of a list by key, in list order. */
function queuesOf(list: readonly MochaTest[]): Map<string, MochaTest[]> {
  const queues = new Map<string, MochaTest[]>();
  for (const t of list) {
    const key = keyOf(t);
    const queue = queues.get(key);
    if (queue === undefined) queues.set(key, [t]);
    else queue.push(t);
  }
  return queues;
}

/** The describe path: `fullTitle` without the trailing ` title`. */
function suiteOf(t: MochaTest): string[] {
  const full = t.fullTitle ?? '';
  if (full.length > t.title.length && full.endsWith(` ${t.title}`)) {
    const suite = full.slice(0, -t.title.length - 1).trim();
    return suite.length > 0 ? [suite] : [];
  }
  return [];
}

/** Reads one list, keeping the items it can and warning about the others by their JSON path. */
function readList(list: readonly unknown[], name: string, source: string, warnings: string[]): MochaTest[] {
  const out: MochaTest[] = [];
  list.forEach((item, index) => {
    const parsed = testSchema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else
      warnings.push(
        `${source} ${name}[${index}]: not a Mocha test (${parsed.error.issues[0]?.message ?? 'bad shape'}); left out`,
      );
  });
  return out;
}

function failedAttempt(t: MochaTest, options: ReadOptions, durationMs: number): Attempt {
  const err = t.err ?? {};
  const type = err.name ?? (err.code === 'ERR_ASSERTION' ? 'AssertionError' : undefined);
  return {
    status: 'failed',
    durationMs,
    failure: makeFailure(
      {
        ...(err.message !== undefined ? { message: err.message } : {}),
        ...(err.stack !== undefined ? { trace: err.stack } : {}),
        ...(type !== undefined ? { type } : {}),
      },
      options,
    ),
  };
}

function attemptsOf(t: MochaTest, status: 'passed' | 'failed' | 'skipped', options: ReadOptions): Attempt[] {
  const durationMs = t.duration ?? 0;
  if (status === 'skipped') return [{ status: 'skipped', durationMs: 0 }];
  const retries = Math.max(0, Math.floor(t.currentRetry ?? 0));
  // Earlier runs' failures are not recorded: only that they happened.
  const earlier: Attempt[] = Array.from({ length: retries }, () => ({
    status: 'failed',
    durationMs: 0,
    failure: makeFailure({ message: 'failed before a retry' }, options),
  }));
  const last = status === 'failed' ? failedAttempt(t, options, durationMs) : { status, durationMs };
  return [...earlier, last];
}

/** Reads a Mocha JSON report. Throws only ParseError. */
export async function readMochaJson(input: ResultInput, options: ReadOptions): Promise<ParsedResults> {
  const { value, warnings: decodeWarnings } = await readJsonDocument(
    input,
    options,
    documentSchema,
    EXPECTED,
  );
  const warnings = [...decodeWarnings];
  const root = options.root ?? process.cwd();
  const tests = readList(value.tests, 'tests', input.name, warnings);
  const failures = readList(value.failures, 'failures', input.name, warnings);
  // Lists by key; a key can repeat (two tests with one title, two describe paths that join to one
  // fullTitle), and Mocha writes each list in run order, so repeats are matched in order.
  const pending = queuesOf(readList(value.pending, 'pending', input.name, warnings));
  const failed = queuesOf(failures);
  if (tests.length === 0 && failures.length === 0 && value.tests.length + value.failures.length > 0)
    throw new ParseError(input.name, `not ${EXPECTED}: no test could be read`, {}, undefined);

  const drafts: TestCaseDraft[] = [];
  const seen = new Map<string, number>();
  const draft = (t: MochaTest, status: 'passed' | 'failed' | 'skipped'): TestCaseDraft => {
    // Mocha counts two tests with one title as two: a suffix keeps them two tests rather than two attempts.
    const key = keyOf(t);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return {
      ...(t.file !== undefined && t.file !== '' ? { file: normalizePath(t.file, root) } : {}),
      suite: suiteOf(t),
      name: count === 1 ? t.title : `${t.title} (${count})`,
      attempts: attemptsOf(t, status, options),
    };
  };
  const listed = new Set<string>();
  for (const t of tests) {
    const key = keyOf(t);
    listed.add(key);
    const failure = failed.get(key)?.shift();
    if (failure !== undefined) drafts.push(draft(failure, 'failed'));
    else drafts.push(draft(t, pending.get(key)?.shift() !== undefined ? 'skipped' : 'passed'));
  }
  // Failures of hooks (and of anything else outside `tests`): suite-level errors, one failed test each.
  for (const t of failures) if (!listed.has(keyOf(t))) drafts.push(draft(t, 'failed'));
  return { source: input.name, format: 'mocha-json', tests: foldTests(drafts), suites: [], warnings };
}

/** The Mocha JSON reader. */
export const mochaJsonReader: ResultReader = {
  format: 'mocha-json',
  // Mocha writes `stats` first and its counters are few, so `"tests": [` is in any head. mochawesome also
  // starts with `stats`, but its stats have `passPercent` and its tests live under `results`.
  sniff: (head) =>
    /^\s*\{\s*"stats"\s*:\s*\{/.test(head) &&
    /"tests"\s*:\s*\[/.test(head) &&
    !head.includes('"passPercent"'),
  read: readMochaJson,
};
