/**
 * The Playwright JSON reporter: `suites` (one per file, then one per `describe`) → `specs` (one per
 * `test()`) → `tests` (one per project) → `results` (one per attempt, `retry` 0, 1, …). Each spec and
 * project is one test case; each result is one attempt, so a retried test folds into failed-then-passed
 * attempts and comes out `flaky`, as Playwright itself counts it.
 *
 * The document's own `errors` are errors outside any test: a test file that fails to load stops
 * Playwright before it runs any test, and the report then holds no test at all. Each becomes a failed test
 * ({@link RUN_ERROR_NAME}) in the file it names, so such a run cannot read as green.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import {
  foldTests,
  normalizePath,
  ParseError,
  type Attempt,
  type ParsedResults,
  type TestCaseDraft,
} from '../../model/index.js';
import { boundedOutput, makeFailure } from '../common/failure.js';
import { readJsonDocument } from '../common/json-document.js';
import { looseNumber, looseString } from '../common/lenient.js';
import type { ReadOptions, ResultInput, ResultReader } from '../reader.js';

const errorSchema = z.object({ message: looseString, stack: looseString, value: looseString }).catch({
  message: undefined,
  stack: undefined,
  value: undefined,
});

/** The name of the failed test that stands for an error outside any test (a file that fails to load). */
export const RUN_ERROR_NAME = '(error outside any test)';

const runErrorSchema = z.object({
  message: looseString,
  stack: looseString,
  location: z.object({ file: looseString, line: looseNumber }).nullish().catch(undefined),
});

/** One stdout/stderr entry: text, or bytes as base64. */
const outputEntry = z.union([z.object({ text: z.string() }), z.object({ buffer: z.string() }), z.string()]);

const resultSchema = z.object({
  status: looseString,
  retry: looseNumber,
  duration: looseNumber,
  error: errorSchema.optional(),
  errors: z.array(errorSchema).catch([]).default([]),
  stdout: z.array(outputEntry).catch([]).default([]),
  stderr: z.array(outputEntry).catch([]).default([]),
});

const testSchema = z.object({
  projectName: looseString,
  expectedStatus: looseString,
  status: looseString,
  results: z.array(resultSchema).default([]),
});

const specSchema = z.object({
  title: z.string(),
  file: looseString,
  line: looseNumber,
  tests: z.array(testSchema).default([]),
});

interface Suite {
  title: string;
  file?: string | undefined;
  /** Null for a spec that could not be read: left out with a warning, never the whole file. */
  specs: (z.output<typeof specSchema> | null)[];
  suites: Suite[];
}

const suiteSchema: z.ZodType<Suite> = z.lazy(() =>
  z.object({
    title: z.string().catch(''),
    file: looseString,
    specs: z.array(specSchema.nullable().catch(null)).default([]),
    suites: z.array(suiteSchema).default([]),
  }),
);

const documentSchema = z.object({
  config: z.object({ rootDir: looseString }).catch({ rootDir: undefined }),
  suites: z.array(suiteSchema),
  errors: z.array(z.unknown()).catch([]).default([]),
});

type Result = z.output<typeof resultSchema>;
type Test = z.output<typeof testSchema>;

const EXPECTED = 'a Playwright JSON report ({"config": …, "suites": [{"specs": [{"tests": […]}]}]})';

function outputText(entries: readonly z.output<typeof outputEntry>[], max: number): string | undefined {
  const text = entries
    .map((e) =>
      typeof e === 'string' ? e : 'text' in e ? e.text : Buffer.from(e.buffer, 'base64').toString('utf8'),
    )
    .join('');
  return boundedOutput(text, max);
}

/**
 * One result as an attempt. A result passes when it ended as the test expected: `test.fail()` expects
 * `failed`, so a failing result of such a test is a pass and a passing one is a failure.
 */
function attemptOf(r: Result, t: Test, options: ReadOptions): Attempt {
  const durationMs = r.duration ?? 0;
  const stdout = outputText(r.stdout, options.maxOutputChars);
  const stderr = outputText(r.stderr, options.maxOutputChars);
  const output = { ...(stdout !== undefined ? { stdout } : {}), ...(stderr !== undefined ? { stderr } : {}) };
  const expected = t.expectedStatus ?? 'passed';
  if (r.status === 'skipped' || expected === 'skipped') return { status: 'skipped', durationMs, ...output };
  if (r.status === expected) return { status: 'passed', durationMs, ...output };
  const error = r.error ?? r.errors[0];
  const category = r.status === 'timedOut' ? 'timeout' : r.status === 'interrupted' ? 'crash' : undefined;
  const unexpectedPass = r.status === 'passed' && expected === 'failed';
  const failure = makeFailure(
    {
      message: unexpectedPass ? 'Expected to fail, but passed.' : (error?.message ?? error?.value),
      trace: error?.stack,
      ...(category !== undefined ? { category } : unexpectedPass ? { category: 'assertion' as const } : {}),
    },
    options,
  );
  return { status: 'failed', durationMs, failure, ...output };
}

/** Repo-relative path of a spec file: Playwright writes it relative to the config's rootDir. */
function filePath(file: string, rootDir: string | undefined, root: string): string {
  if (rootDir === undefined || isAbsolute(file)) return normalizePath(file, root);
  const absolute = resolve(rootDir, file);
  const fromRoot = relative(root, absolute);
  // Outside the repo root (results copied from another machine): keep Playwright's own relative path.
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) return normalizePath(file);
  return normalizePath(fromRoot);
}

/** Reads a Playwright JSON report. Throws only ParseError. */
export async function readPlaywrightJson(input: ResultInput, options: ReadOptions): Promise<ParsedResults> {
  const { value, warnings: decodeWarnings } = await readJsonDocument(
    input,
    options,
    documentSchema,
    EXPECTED,
  );
  const warnings = [...decodeWarnings];
  const root = options.root ?? process.cwd();
  const rootDir = value.config.rootDir;
  const drafts: TestCaseDraft[] = [];
  let badSpecs = 0;
  // The top-level suites are files; their titles are the file name, so they are not part of the suite path.
  const walk = (suite: Suite, path: readonly string[]): void => {
    for (const spec of suite.specs) {
      if (spec === null) {
        badSpecs++;
        warnings.push(
          `${input.name}: a spec in ${JSON.stringify([...path, suite.title].join(' › '))} is not one Playwright writes; left out`,
        );
        continue;
      }
      const specFile = spec.file ?? suite.file;
      const file = specFile !== undefined ? filePath(specFile, rootDir, root) : undefined;
      for (const t of spec.tests) {
        // A test that never ran (max failures reached, run interrupted) has no results: it did not run.
        const attempts: Attempt[] =
          t.results.length > 0
            ? t.results.map((r) => attemptOf(r, t, options))
            : [{ status: 'skipped', durationMs: 0 }];
        drafts.push({
          ...(file !== undefined ? { file } : {}),
          ...(spec.line !== undefined ? { line: spec.line } : {}),
          suite: path,
          name: spec.title,
          ...(t.projectName ? { project: t.projectName } : {}),
          attempts,
        });
      }
    }
    for (const child of suite.suites) walk(child, [...path, child.title]);
  };
  for (const fileSuite of value.suites) walk(fileSuite, []);
  // Nothing readable at all is not a Playwright report with a bad spec but no Playwright report.
  if (badSpecs > 0 && drafts.length === 0 && value.errors.length === 0)
    throw new ParseError(
      input.name,
      `not ${EXPECTED}: no spec could be read (${badSpecs} without a title or tests)`,
      {},
      'Check that the file was written by that reporter and is complete.',
    );
  value.errors.forEach((raw, index) => {
    const parsed = runErrorSchema.safeParse(raw);
    if (!parsed.success) {
      warnings.push(`${input.name} errors[${index}]: not an error Playwright writes; left out`);
      return;
    }
    const e = parsed.data;
    const file = e.location?.file !== undefined ? filePath(e.location.file, rootDir, root) : undefined;
    drafts.push({
      ...(file !== undefined ? { file } : {}),
      ...(e.location?.line !== undefined ? { line: e.location.line } : {}),
      suite: [],
      name: RUN_ERROR_NAME,
      attempts: [
        {
          status: 'failed',
          durationMs: 0,
          failure: makeFailure(
            {
              ...(e.message !== undefined ? { message: e.message } : {}),
              ...(e.stack !== undefined ? { trace: e.stack } : {}),
              category: 'error',
            },
            options,
          ),
        },
      ],
    });
  });
  return {
    source: input.name,
    format: 'playwright-json',
    tests: foldTests(drafts),
    suites: [],
    warnings,
  };
}

/** The Playwright JSON reader. */
export const playwrightJsonReader: ResultReader = {
  format: 'playwright-json',
  // The config object comes first and can be longer than the sniffed head, so `"suites"` may not be in it;
  // keys only Playwright's config has stand in for it.
  sniff: (head) =>
    /^\s*\{\s*"config"\s*:/.test(head) ||
    (head.includes('"config"') && /"suites"|"forbidOnly"|"fullyParallel"|"globalTimeout"/.test(head)),
  read: readPlaywrightJson,
};
