/**
 * The shard bundle: what one shard job leaves behind for `report` (DESIGN.md, "Shard bundle"). A bundle is
 * a folder named `tessera-shard-<i>-of-<N>[-attempt-<a>]` holding `bundle.json` and, under `results/`, the
 * raw result files the shard's command wrote, one sub-folder per try (`results/try-1/…`). The folder is
 * what a CI uploads as the shard's artifact.
 *
 * `bundle.json` is versioned: a reader refuses a newer major version with a VersionError naming the file.
 */
import { join } from 'node:path';
import { z } from 'zod';
import {
  capTestNames,
  identityOf,
  saneDuration,
  makeTestCase,
  type Attempt,
  type FormatId,
  type RunInfo,
  type ShardRef,
  type TestCase,
} from '../model/index.js';
import { readDocument } from '../model/read-document.js';
import { parseVersionedJson, type VersionedKind } from '../model/versioned.js';
import pkg from '../../package.json' with { type: 'json' };
import { writeFileAtomic } from '../model/atomic-write.js';

export { bundleFolderName } from './bundle-folder.js';

/** Version of the bundle shape this build writes and reads. */
export const BUNDLE_VERSION = 1;

/** The bundle document kind, for version checks. */
export const BUNDLE_KIND: VersionedKind = { kind: 'shard bundle', current: BUNDLE_VERSION };

/** The document's file name inside a bundle folder. */
export const BUNDLE_FILE = 'bundle.json';

/** The folder, inside a bundle folder, that holds the raw result files. */
export const BUNDLE_RESULTS_DIR = 'results';

/** Which Tessera wrote a document. */
export interface ToolInfo {
  readonly name: string;
  readonly version: string;
}

/** This build of Tessera. */
export const TOOL: ToolInfo = { name: 'tessera', version: pkg.version };

/** Per-file wall time measured for this shard, the planner's preferred duration sample. */
export interface FileTiming {
  /** Repo-relative path of the test file. */
  readonly path: string;
  readonly wallMs: number;
  /** Where the number comes from: Tessera timed the file's own process, or the runner reported it. */
  readonly source: 'process' | 'runner';
}

/** A raw result file kept in the bundle. */
export interface ResultFileEntry {
  /** Relative to the bundle folder, e.g. `results/try-1/junit.xml`. */
  readonly path: string;
  readonly format: FormatId;
  /** Distinct tests the file held. */
  readonly tests: number;
}

/** One execution of the shard's command (the first run, then each retry). */
export interface ShardTry {
  /** 1 for the first run, 2 for the first retry, and so on. */
  readonly index: number;
  /** The items this try ran (all of the shard's items first; only the failing files on a retry). */
  readonly items: readonly string[];
  /** The exit code, or null when a signal ended the process. */
  readonly exitCode: number | null;
  readonly signal?: string;
  readonly timedOut: boolean;
  readonly wallMs: number;
  /** Result files of this try that could be read; paths relative to the bundle folder. */
  readonly resultFiles: readonly ResultFileEntry[];
  /** Why this try cannot be trusted, when it cannot: the command died, or wrote no results. */
  readonly infrastructureFailure?: string;
}

/** A test as the bundle stores it: identity plus every attempt; outcome and duration are derived on read. */
export interface BundleTest {
  readonly id: string;
  readonly file?: string;
  readonly line?: number;
  readonly suite: readonly string[];
  readonly name: string;
  readonly project?: string;
  readonly attempts: readonly Attempt[];
  /**
   * The earlier attempt of the run this result comes from, when a re-run attempt carried it forward
   * instead of running it again (rerun.ts). Older readers ignore it.
   */
  readonly carriedFrom?: number;
}

/** What a re-run attempt ran again of its shard (rerun.ts); absent when the shard ran whole. */
export interface ShardRerun {
  /** The earlier attempt whose failures were re-run. */
  readonly fromAttempt: number;
  /** Where its results were read from (an artifact name, a path). */
  readonly source: string;
  /** The items run again; the shard's other items' tests are carried forward. */
  readonly items: readonly string[];
  /** How many failed tests were re-run by name through `{tests}` (0: the failed files ran whole). */
  readonly byName: number;
}

/** One batch a worker of run-time balancing took from the queue, and when it ran it. */
export interface QueueBatchRecord {
  /** The queue's own numbering: batches were handed out in this order, across all workers. */
  readonly sequence: number;
  readonly items: readonly string[];
  /** From the worker's start. */
  readonly startMs: number;
  readonly wallMs: number;
  /** The worker that held this batch before its lease expired (it died, or its runner was lost). */
  readonly takenOverFrom?: number;
  /** Items whose tests still failed after this worker's retries. */
  readonly failed?: readonly string[];
  /**
   * Failed items this worker put back in the queue for another worker (requeue): their failures here are
   * the first attempt, joined in the report with the later one, and do not fail this shard on their own.
   */
  readonly requeued?: readonly string[];
  /** Present when this batch is a requeued unit: the attempt it was and the batch that failed it before. */
  readonly requeueOf?: {
    readonly attempt: number;
    readonly worker: number;
    readonly sequence: number;
  };
}

/** How a shard's items were chosen at run time, when they were (`run --local`, `run --queue`). */
export interface ShardQueue {
  /** The work source: `local` (one machine), or the queue across CI jobs. */
  readonly kind: string;
  readonly batches: readonly QueueBatchRecord[];
}

/** The shard bundle document, version 1. */
export interface ShardBundle {
  readonly version: typeof BUNDLE_VERSION;
  readonly tool: ToolInfo;
  readonly run: RunInfo;
  readonly shard: ShardRef;
  /** The planned items of this shard; empty for a shard that is "empty by plan". */
  readonly items: readonly string[];
  /**
   * The test command `tessera run` ran (the words after `--`, placeholders unfilled, secret values put back
   * as `$NAME`): the report derives each failure's reproduce command from it. Absent for `collect`.
   */
  readonly command?: readonly string[];
  /** ISO 8601. */
  readonly startedAt: string;
  readonly finishedAt: string;
  /** The shard's whole wall time, first try to last. */
  readonly wallMs: number;
  /**
   * The job's set-up time before the tests started (checkout, install, boot), when the job's start is known
   * (`TESSERA_JOB_STARTED_AT`, GitLab `CI_JOB_STARTED_AT`). The planner's `--setup` learns from it.
   */
  readonly setupMs?: number;
  /** 0 when every test passed (flaky counts as passed), 1 otherwise: what `tessera run` exits with. */
  readonly exitCode: number;
  /** Present when the shard's results cannot be trusted: the command died, timed out or wrote nothing. */
  readonly infrastructureFailure?: { readonly reason: string };
  readonly tries: readonly ShardTry[];
  readonly files: readonly FileTiming[];
  readonly tests: readonly BundleTest[];
  /**
   * Present when the shard was a worker of run-time balancing: its items are the batches it took from the
   * queue, not a planned shard's. Older readers ignore it.
   */
  readonly queue?: ShardQueue;
  /** Present when this attempt re-ran only what an earlier attempt failed. Older readers ignore it. */
  readonly rerun?: ShardRerun;
  /**
   * Present when the shard stopped early (`--bail`): the failing file after which it stopped and the files
   * it did not run (a queue worker: the queue's units no worker ran). The report lists them as "not run";
   * they are neither lost nor skipped. Older readers ignore it.
   */
  readonly bailed?: ShardBailed;
}

/** What a shard left unrun because it bailed. */
export interface ShardBailed {
  /** The failing file that reached the `--bail` limit (possibly on another shard of a local run). */
  readonly after: string;
  /** Repo-relative paths not run, in planned order. */
  readonly notRun: readonly string[];
}

// Finite and non-negative, capped at MAX_DURATION_MS (model/durations.ts): a bundle is untrusted input.
const ms = z.number().finite().nonnegative().transform(saneDuration);

const attemptSchema = z.object({
  status: z.enum(['passed', 'failed', 'skipped']),
  durationMs: ms,
  failure: z
    .object({
      category: z.enum(['assertion', 'error', 'timeout', 'crash']),
      message: z.string().optional(),
      type: z.string().optional(),
      trace: z.string().optional(),
    })
    .optional(),
  skipMessage: z.string().optional(),
  stdout: z.string().optional(),
  stderr: z.string().optional(),
});

/** Zod schema of the bundle. Objects are loose so fields added by a newer minor build pass through. */
export const bundleSchema = z.looseObject({
  version: z.literal(BUNDLE_VERSION),
  tool: z.looseObject({ name: z.string(), version: z.string() }),
  run: z.looseObject({
    provider: z.string(),
    runId: z.string().optional(),
    attempt: z.number().int().positive().optional(),
    sha: z.string().optional(),
    branch: z.string().optional(),
    baseBranch: z.string().optional(),
    pr: z.number().int().positive().optional(),
    url: z.string().optional(),
    jobUrl: z.string().optional(),
  }),
  shard: z.looseObject({ index: z.number().int().positive(), total: z.number().int().positive() }),
  items: z.array(z.string()),
  command: z.array(z.string()).optional(),
  startedAt: z.string(),
  finishedAt: z.string(),
  wallMs: ms,
  setupMs: ms.optional(),
  exitCode: z.number().int(),
  infrastructureFailure: z.looseObject({ reason: z.string() }).optional(),
  tries: z.array(
    z.looseObject({
      index: z.number().int().positive(),
      items: z.array(z.string()),
      exitCode: z.number().int().nullable(),
      signal: z.string().optional(),
      timedOut: z.boolean(),
      wallMs: ms,
      resultFiles: z.array(
        z.looseObject({
          path: z.string(),
          format: z.enum(['junit', 'ctrf', 'trx', 'tap', 'playwright-json', 'jest-json', 'mocha-json']),
          tests: z.number().int().nonnegative(),
        }),
      ),
      infrastructureFailure: z.string().optional(),
    }),
  ),
  files: z.array(z.looseObject({ path: z.string(), wallMs: ms, source: z.enum(['process', 'runner']) })),
  tests: z.array(
    z.looseObject({
      id: z.string().min(1),
      file: z.string().optional(),
      line: z.number().int().positive().optional(),
      suite: z.array(z.string()),
      name: z.string(),
      project: z.string().optional(),
      attempts: z.array(attemptSchema).min(1),
      carriedFrom: z.number().int().positive().optional(),
    }),
  ),
  queue: z
    .looseObject({
      kind: z.string(),
      batches: z.array(
        z.looseObject({
          sequence: z.number().int().positive(),
          items: z.array(z.string()),
          startMs: ms,
          wallMs: ms,
          takenOverFrom: z.number().int().positive().optional(),
          failed: z.array(z.string()).optional(),
          requeued: z.array(z.string()).optional(),
          requeueOf: z
            .looseObject({
              attempt: z.number().int().min(2),
              worker: z.number().int().positive(),
              sequence: z.number().int().positive(),
            })
            .optional(),
        }),
      ),
    })
    .optional(),
  bailed: z.looseObject({ after: z.string(), notRun: z.array(z.string()) }).optional(),
  rerun: z
    .looseObject({
      fromAttempt: z.number().int().positive(),
      source: z.string(),
      items: z.array(z.string()),
      byName: z.number().int().nonnegative(),
    })
    .optional(),
});

/** A test as the bundle stores it (the derived outcome and duration are left out). */
export function toBundleTest(t: TestCase): BundleTest {
  return {
    ...identityOf(t),
    attempts: t.attempts,
  };
}

/** A bundle's tests as TestCases, with outcome and duration derived from the attempts. */
export function bundleTests(bundle: ShardBundle): TestCase[] {
  // The stored id is kept: it was computed by the writer from the same parts.
  // Names are bounded (model/name-limits.ts): a bundle is as untrusted as a result file.
  return bundle.tests.map((t) => capTestNames({ ...makeTestCase(t), id: t.id }));
}

/**
 * The bundle as JSON text: two-space indented, one trailing newline. The short identifying fields come
 * first, before the item list, so a reader that sniffs the first kilobytes (the planner's `--timings`)
 * sees them even for a shard of thousands of items.
 */
export function serializeBundle(bundle: ShardBundle): string {
  const {
    version,
    tool,
    run,
    shard,
    startedAt,
    finishedAt,
    wallMs,
    exitCode,
    infrastructureFailure,
    ...rest
  } = bundle;
  const head = { version, tool, run, shard, startedAt, finishedAt, wallMs, exitCode };
  const ordered = { ...head, ...(infrastructureFailure ? { infrastructureFailure } : {}), ...rest };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Reads a bundle document. `source` names it in errors.
 *
 * @throws VersionError when a newer Tessera wrote it
 * @throws ParseError when it is not JSON or not a bundle (the message names the first bad field)
 */
export function parseBundle(text: string, source: string): ShardBundle {
  return parseVersionedJson<ShardBundle>(
    text,
    {
      ...BUNDLE_KIND,
      schema: bundleSchema,
      hint: 'A shard bundle is the bundle.json that `tessera run` or `tessera collect` writes; was the artifact truncated?',
    },
    source,
  );
}

/** Reads `bundle.json` from a file path. Throws ParseError (a missing file included) or VersionError. */
export function readBundle(path: string): Promise<ShardBundle> {
  return readDocument(
    path,
    'bundle',
    'Check the path and that the shard artifact was downloaded.',
    parseBundle,
  );
}

/**
 * Writes `bundle.json` into `folder` (created if needed) and returns the file's path. `scrub` masks secrets
 * in the serialized text (what tests printed is in it).
 */
export async function writeBundle(
  folder: string,
  bundle: ShardBundle,
  scrub: (text: string) => string = (text) => text,
): Promise<string> {
  const path = join(folder, BUNDLE_FILE);
  await writeFileAtomic(path, scrub(serializeBundle(bundle)));
  return path;
}
