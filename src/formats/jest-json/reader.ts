/**
 * Jest `--json` and Vitest `--reporter=json` (Vitest writes Jest's shape): one entry per test file in
 * `testResults`, each with its `assertionResults`. The file entry's start and end times are kept as the
 * file's SuiteTiming: the planner needs a file's whole cost, set-up included, not the sum of its tests.
 */
import { z } from 'zod';
import {
  foldTests,
  normalizePath,
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

const fileSchema = z.object({
  name: z.string(),
  status: looseString,
  message: looseString,
  startTime: looseNumber,
  endTime: looseNumber,
  assertionResults: z.array(assertionSchema).default([]),
});

const documentSchema = z.object({ testResults: z.array(fileSchema) });

type AssertionResult = z.output<typeof assertionSchema>;
type FileResult = z.output<typeof fileSchema>;

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

function casesOfFile(f: FileResult, file: string, options: ReadOptions, warnings: string[]): TestCaseDraft[] {
  const drafts: TestCaseDraft[] = f.assertionResults.map((a) => {
    const line = a.location?.line;
    return {
      file,
      suite: a.ancestorTitles,
      name: a.title,
      ...(line !== undefined ? { line } : {}),
      attempts: attemptsOf(a, options, warnings, `${file} › ${a.title}`),
    };
  });
  // A file that failed outside any test would otherwise vanish from the counts and leave CI green.
  const anyFailed = f.assertionResults.some((a) => a.status === 'failed');
  if (f.status === 'failed' && !anyFailed && (f.message ?? '').trim() !== '') {
    drafts.push({
      file,
      suite: [],
      name: FILE_FAILED_NAME,
      attempts: [
        {
          status: 'failed',
          durationMs: 0,
          failure: makeFailure({ trace: f.message, category: 'error' }, options),
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
  for (const f of value.testResults) {
    const file = normalizePath(f.name, root);
    appendAll(drafts, casesOfFile(f, file, options, warnings));
    if (f.startTime !== undefined && f.endTime !== undefined && f.endTime >= f.startTime)
      suites.push({ name: file, file, durationMs: f.endTime - f.startTime });
  }
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
