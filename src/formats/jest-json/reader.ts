/**
 * Jest `--json` and Vitest `--reporter=json` (Vitest writes Jest's shape): one entry per test file in
 * `testResults`, each with its `assertionResults`. The file entry's start and end times are kept as the
 * file's SuiteTiming: the planner needs a file's whole cost, set-up included, not the sum of its tests.
 */
import { z } from 'zod';
import {
  foldTests,
  normalizePath,
  ParseError,
  type Attempt,
  type ParsedResults,
  type SuiteTiming,
  type TestCaseDraft,
} from '../../model/index.js';
import { makeFailure } from '../common/failure.js';
import { readJsonDocument } from '../common/json-document.js';
import { looseNumber, looseString, looseStrings } from '../common/lenient.js';
import type { ReadOptions, ResultInput, ResultReader } from '../reader.js';
import { appendAll } from '../../model/arrays.js';

const assertionSchema = z.object({
  ancestorTitles: looseStrings,
  title: z.string(),
  status: looseString,
  duration: looseNumber,
  failureMessages: looseStrings,
  /** Jest only: how many times the test ran (retries + 1), and why each earlier run failed. */
  invocations: looseNumber,
  retryReasons: looseStrings,
  location: z.object({ line: looseNumber }).nullish().catch(undefined),
});

/**
 * Jest 30 writes a file that failed to load as one `assertionResults` item with `status: "error"`, its
 * `failureMessages` and no `title`: the file's suite error, not a test.
 */
const suiteErrorSchema = z.object({
  title: z.undefined().optional(),
  status: z.literal('error'),
  failureMessages: looseStrings,
});

const fileSchema = z.object({
  name: z.string(),
  status: looseString,
  message: looseString,
  startTime: looseNumber,
  endTime: looseNumber,
  // Items are checked one by one (see itemsOf): one item that cannot be read never costs the file.
  assertionResults: z.array(z.unknown()).default([]),
});

// Files too are checked one by one: one malformed entry never costs the others.
const documentSchema = z.object({ testResults: z.array(z.unknown()) });

type AssertionResult = z.output<typeof assertionSchema>;
type FileResult = z.output<typeof fileSchema>;

/** A file's items, read: its tests, and the messages of its suite errors. */
interface FileItems {
  readonly tests: AssertionResult[];
  readonly suiteErrors: string[];
}

/** `testResults[2].assertionResults[0]`: where an unreadable item is, for the warning. */
function itemPath(fileIndex: number, itemIndex?: number): string {
  const file = `testResults[${fileIndex}]`;
  return itemIndex === undefined ? file : `${file}.assertionResults[${itemIndex}]`;
}

/** The issue zod found, as `path: message`. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unexpected shape';
  return `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

/** Reads a file's items one by one; an item that is neither a test nor a suite error is a warning. */
function itemsOf(f: FileResult, fileIndex: number, source: string, warnings: string[]): FileItems {
  const tests: AssertionResult[] = [];
  const suiteErrors: string[] = [];
  f.assertionResults.forEach((item, index) => {
    const test = assertionSchema.safeParse(item);
    if (test.success) {
      tests.push(test.data);
      return;
    }
    const suiteError = suiteErrorSchema.safeParse(item);
    if (suiteError.success) {
      suiteErrors.push(suiteError.data.failureMessages.join('\n\n'));
      return;
    }
    warnings.push(
      `${source} ${itemPath(fileIndex, index)}: not a test result (${firstIssue(test.error)}); left out`,
    );
  });
  return { tests, suiteErrors };
}

const EXPECTED = 'a Jest or Vitest JSON report ({"testResults": [{"name", "assertionResults": […]}]})';

/** Jest's name for a file that failed before any test ran (a syntax error, a throwing import). */
export const FILE_FAILED_NAME = 'Test suite failed to run';

function finalAttempt(a: AssertionResult, options: ReadOptions, warnings: string[], where: string): Attempt {
  const durationMs = a.duration ?? 0;
  switch (a.status) {
    case 'passed':
    case 'focused':
      return { status: 'passed', durationMs };
    case 'failed':
      return {
        status: 'failed',
        durationMs,
        failure: makeFailure({ trace: a.failureMessages.join('\n\n') }, options),
      };
    case 'todo':
      return { status: 'skipped', durationMs, skipMessage: 'todo' };
    case 'pending':
    case 'skipped':
    case 'disabled':
      return { status: 'skipped', durationMs };
    default:
      warnings.push(`${where}: unknown status ${JSON.stringify(a.status)}, read as skipped`);
      return { status: 'skipped', durationMs };
  }
}

/**
 * A test's attempts. Jest records retries (`jest.retryTimes`) as `invocations` with one `retryReasons`
 * entry per failed earlier run; their durations are not recorded, so they count 0 ms.
 */
function attemptsOf(a: AssertionResult, options: ReadOptions, warnings: string[], where: string): Attempt[] {
  const last = finalAttempt(a, options, warnings, where);
  const earlier = Math.max(a.retryReasons.length, (a.invocations ?? 1) - 1, 0);
  const attempts: Attempt[] = [];
  for (let i = 0; i < earlier; i++) {
    const reason = a.retryReasons[i];
    attempts.push({
      status: 'failed',
      durationMs: 0,
      failure: makeFailure(
        reason !== undefined ? { trace: reason } : { message: 'failed before a retry' },
        options,
      ),
    });
  }
  attempts.push(last);
  return attempts;
}

function casesOfFile(
  f: FileResult,
  items: FileItems,
  file: string,
  options: ReadOptions,
  warnings: string[],
): TestCaseDraft[] {
  const drafts: TestCaseDraft[] = items.tests.map((a) => {
    const line = a.location?.line;
    return {
      file,
      suite: a.ancestorTitles,
      name: a.title,
      ...(line !== undefined ? { line } : {}),
      attempts: attemptsOf(a, options, warnings, `${file} › ${a.title}`),
    };
  });
  // A file that failed outside any test would otherwise vanish from the counts and leave CI green: Jest 30
  // says so with a suite-error item; older Jest and Vitest only with the file's status and message.
  const anyFailed = items.tests.some((a) => a.status === 'failed');
  const message = items.suiteErrors.join('\n\n').trim() || (f.message ?? '').trim();
  if ((items.suiteErrors.length > 0 || (f.status === 'failed' && !anyFailed)) && message !== '') {
    drafts.push({
      file,
      suite: [],
      name: FILE_FAILED_NAME,
      attempts: [
        {
          status: 'failed',
          durationMs: 0,
          failure: makeFailure({ trace: message, category: 'error' }, options),
        },
      ],
    });
  }
  return drafts;
}

/** Reads a Jest or Vitest JSON report. Throws only ParseError. */
export async function readJestJson(input: ResultInput, options: ReadOptions): Promise<ParsedResults> {
  const { value, warnings: decodeWarnings } = await readJsonDocument(
    input,
    options,
    documentSchema,
    EXPECTED,
  );
  const warnings = [...decodeWarnings];
  const root = options.root ?? process.cwd();
  const drafts: TestCaseDraft[] = [];
  const suites: SuiteTiming[] = [];
  let unreadable: string | undefined;
  value.testResults.forEach((entry, index) => {
    const parsed = fileSchema.safeParse(entry);
    if (!parsed.success) {
      unreadable ??= `${itemPath(index)}: ${firstIssue(parsed.error)}`;
      warnings.push(
        `${input.name} ${itemPath(index)}: not a test file's results (${firstIssue(parsed.error)}); left out`,
      );
      return;
    }
    const f = parsed.data;
    const file = normalizePath(f.name, root);
    appendAll(drafts, casesOfFile(f, itemsOf(f, index, input.name, warnings), file, options, warnings));
    if (f.startTime !== undefined && f.endTime !== undefined && f.endTime >= f.startTime)
      suites.push({ name: file, file, durationMs: f.endTime - f.startTime });
  });
  // Nothing readable at all is not a Jest report with a bad entry but no Jest report.
  if (unreadable !== undefined && value.testResults.every((e) => !fileSchema.safeParse(e).success))
    throw new ParseError(
      input.name,
      `not ${EXPECTED}: ${unreadable}`,
      {},
      'Check that the file was written by that reporter and is complete.',
    );
  return { source: input.name, format: 'jest-json', tests: foldTests(drafts), suites, warnings };
}

/** The Jest/Vitest JSON reader. */
export const jestJsonReader: ResultReader = {
  format: 'jest-json',
  // Jest and Vitest both write the counters before `testResults`, so they are in any head.
  sniff: (head) =>
    /^\s*\{/.test(head) &&
    /"num(?:Total|Failed|Passed)Tests"\s*:/.test(head) &&
    !head.includes('"reportFormat"'),
  read: readJestJson,
};
