/**
 * The Report document (`tessera report --json`): the merged result of one run, versioned so later readers
 * (history, the PR comment, other tools) can trust its shape. DESIGN.md "Data contracts" is the source. The
 * types are in src/model/report.ts (the renderers read them without importing this layer); the schema and
 * the parser are here.
 */
import { z } from 'zod';
import type { FormatId, Report } from '../model/index.js';
import { REPORT_VERSION } from '../model/report.js';
import { parseVersionedJson, type VersionedKind } from '../model/versioned.js';

export * from '../model/report.js';

/** Version rules for the Report document. */
export const REPORT_KIND: VersionedKind = { kind: 'report', current: REPORT_VERSION };

// Every FormatId, for the schema. The two checks below fail to compile when FormatId gains a member that is
// not listed here (or this lists one it does not have), so the schema cannot drift from the model.
const FORMAT_IDS = [
  'junit',
  'ctrf',
  'trx',
  'tap',
  'playwright-json',
  'jest-json',
  'mocha-json',
] as const satisfies readonly FormatId[];
type UnlistedFormat = Exclude<FormatId, (typeof FORMAT_IDS)[number]>;
const allFormatsListed: [UnlistedFormat] extends [never] ? true : UnlistedFormat = true;
void allFormatsListed;

const count = z.number().int().nonnegative();
const ms = z.number().nonnegative();

const failureSchema = z.object({
  category: z.enum(['assertion', 'error', 'timeout', 'crash']),
  message: z.string().optional(),
  type: z.string().optional(),
  trace: z.string().optional(),
});

const attemptSchema = z.object({
  status: z.enum(['passed', 'failed', 'skipped']),
  durationMs: ms,
  failure: failureSchema.optional(),
  skipMessage: z.string().optional(),
  stdout: z.string().optional(),
  stderr: z.string().optional(),
});

const testSchema = z.object({
  id: z.string().min(1),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  suite: z.array(z.string()),
  name: z.string(),
  project: z.string().optional(),
  outcome: z.enum(['passed', 'failed', 'skipped', 'flaky']),
  durationMs: ms,
  attempts: z.array(attemptSchema).min(1),
  shard: z.number().int().positive().optional(),
  carriedFrom: z.number().int().positive().optional(),
});

const testRefShape = {
  id: z.string().min(1),
  title: z.string(),
  suite: z.array(z.string()),
  name: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  project: z.string().optional(),
};
const testRefSchema = z.object(testRefShape);

/** Zod schema of the Report, version 2. Checked against the interfaces above at compile time. */
export const reportSchema = z.object({
  version: z.literal(REPORT_VERSION),
  generatedAt: z.string(),
  summary: z
    .object({
      tests: count.describe(
        'Distinct tests (a test retried three times counts once). tests = passed + failed + skipped + flaky.',
      ),
      passed: count.describe(
        'Tests whose attempts all passed. Flaky tests are NOT included (runners count them as passed: passed + flaky is the runner\'s "passed").',
      ),
      failed: count.describe(
        'Tests whose every attempt that ran failed: assertion failures, errors, timeouts, cancelled tests, and suite-level errors (a file that failed to load, a hook that threw) counted as one failed test each.',
      ),
      skipped: count.describe(
        'Tests that did not run: skipped, pending, todo (also a todo whose body failed), xfail (an expected failure that failed), "did not run".',
      ),
      flaky: count.describe('Tests that failed and passed in this run (a retry passed).'),
      durationMs: ms.describe("Sum of every attempt's duration: the machine time the tests cost."),
      wallMs: ms.nullable().describe('Wall-clock time of the run, or null when the inputs do not say.'),
    })
    .describe('Counts over distinct tests; see "Count convention" in the README.'),
  shards: z.object({
    expected: count.nullable(),
    present: z.array(count),
    missing: z.array(count),
    duplicated: z.array(count),
    emptyByPlan: z.array(count).optional(),
    jobs: z
      .array(
        z.object({
          index: z.number().int().positive(),
          total: z.number().int().positive(),
          url: z.string().optional(),
          command: z.array(z.string()).optional(),
        }),
      )
      .optional(),
  }),
  tests: z.array(testSchema),
  comparison: z
    .object({
      baseline: z.object({
        runId: z.string().optional(),
        sha: z.string().optional(),
        branch: z.string().optional(),
        at: z.string().optional(),
      }),
      newFailures: z.array(testRefSchema),
      fixed: z.array(testRefSchema),
      stillFailing: z.array(testRefSchema),
      added: z.array(testRefSchema),
      removed: z.array(testRefSchema),
      slower: z.array(z.object({ ...testRefShape, baselineMs: ms, currentMs: ms })),
      clusters: z.array(z.object({ signature: z.string(), tests: z.array(testRefSchema) })).optional(),
      quarantined: z.array(testRefSchema).optional(),
    })
    .nullable(),
  flaky: z.array(
    z.object({
      id: z.string(),
      reason: z.enum(['retry', 'history']),
      failedAttempts: count,
      attempts: count,
      score: z.number().min(0).max(1).optional(),
      quarantined: z.boolean().optional(),
    }),
  ),
  plan: z.object({ predictedMakespanMs: ms, actualMakespanMs: ms, lowerBoundMs: ms }).nullable(),
  inputs: z.object({
    read: z.array(
      z.object({
        file: z.string(),
        format: z.enum(FORMAT_IDS),
        tests: count,
      }),
    ),
    unreadable: z.array(
      z.object({
        file: z.string(),
        line: z.number().int().optional(),
        column: z.number().int().optional(),
        message: z.string(),
      }),
    ),
  }),
  reuse: z
    .object({
      files: z.array(
        z.object({
          file: z.string(),
          fromSha: z.string().nullable(),
          fromRun: count,
          tests: count,
          durationMs: ms,
        }),
      ),
      ranFiles: count,
      reusedTests: count,
      hitRate: z.number().min(0).max(1),
      savedMs: ms,
      fullRun: z.string().optional(),
    })
    .optional(),
  notRun: z
    .array(
      z.object({
        file: z.string(),
        shard: z.number().int().positive(),
        after: z.string().describe('The failing file after which the run bailed (--bail).'),
      }),
    )
    .optional()
    .describe(
      'Files not run because the run bailed after a failing file (run --bail): neither skipped nor lost; they fail the run. Absent when nothing bailed.',
    ),
  rerun: z
    .object({
      attempt: z.number().int().positive(),
      reran: count,
      tests: count,
      shards: z.array(z.number().int().positive()),
    })
    .optional(),
}) satisfies z.ZodType<Report>;

/**
 * Validates a parsed Report document.
 *
 * @param doc parsed JSON
 * @param source where it came from, for messages
 * @throws VersionError when the report was written by a newer Tessera
 * @throws ParseError naming the first field that does not fit the schema
 */
export function parseReport(doc: unknown, source: string): Report {
  return parseVersionedJson<Report>(
    { parsed: doc },
    { ...REPORT_KIND, schema: reportSchema, hint: 'Regenerate it with `tessera report --json`.' },
    source,
  );
}
