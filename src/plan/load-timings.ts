/**
 * Reading timing sources from disk for the planner: shard bundles (`bundle.json` written by `tessera run`
 * or `collect`) and any result file our readers understand. I/O at the edge; samples are made by the pure
 * functions of timings.ts.
 *
 * Timings are advisory: a glob that matches nothing (the first run of a pipeline) or a file that cannot be
 * read becomes a warning, never a failed plan.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { DEFAULT_READ_OPTIONS, fileInput, readHead, readResultFile } from '../formats/index.js';
import { TesseraError } from '../model/index.js';
import { parseBundle, type ShardBundle } from '../run/bundle.js';
import {
  samplesFromBundle,
  samplesFromResults,
  type ShardRunTiming,
  type TimingData,
  type TimingSample,
} from './timings.js';
import { appendAll } from '../model/arrays.js';

/** Samples, shard timings, and what went wrong on the way. */
export interface LoadedTimings extends TimingData {
  /** Files read, in the order read (sorted by path, so the EWMA order is stable). */
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

/** Whether a file is a shard bundle rather than a result file, from its first kilobytes. */
async function looksLikeBundle(path: string): Promise<boolean> {
  if (!path.endsWith('.json')) return false;
  // Bundles open with version, tool, run and shard; result formats have no `shard` ref beside `tool`.
  const head = await readHead(await fileInput(path));
  return /"tool"\s*:/.test(head) && /"shard"\s*:\s*\{/.test(head) && /"startedAt"\s*:/.test(head);
}

/** What one timing file gave, and when it was recorded (for the oldest-first order of samples). */
interface TimingRead {
  readonly at: number;
  readonly file: string;
  readonly samples: readonly TimingSample[];
  readonly shardRun?: ShardRunTiming;
  /** The reader's warnings (times read as 0 or capped, names cut). */
  readonly warnings?: readonly string[];
}

/**
 * The run a bundle belongs to. Bundles of one CI run (every shard of one attempt) are one source, so a file
 * that a runner split across two shards adds up to its whole cost instead of counting as two half-size
 * samples.
 */
function bundleSource(bundle: ShardBundle, file: string): string {
  const { provider, runId, attempt } = bundle.run;
  return runId ? `${provider} run ${runId} attempt ${attempt ?? 1}` : file;
}

async function readOne(file: string, cwd: string): Promise<TimingRead> {
  const path = join(cwd, file);
  if (await looksLikeBundle(path)) {
    const bundle = parseBundle(await readFile(path, 'utf8'), file);
    const got = samplesFromBundle(bundle, bundleSource(bundle, file));
    const at = Date.parse(bundle.startedAt);
    return { at: Number.isFinite(at) ? at : 0, file, ...got };
  }
  // Output and messages are not needed for timings: keep none of them.
  const options = { ...DEFAULT_READ_OPTIONS, maxOutputChars: 0, maxMessageChars: 0, root: cwd };
  const results = await readResultFile(path, options);
  return {
    at: (await stat(path)).mtimeMs,
    file,
    samples: samplesFromResults(results, cwd),
    warnings: results.warnings,
  };
}

/**
 * Expands the globs (relative to `cwd`) and reads every matching file. Samples come out oldest first (bundle
 * start time, else the result file's modification time; then path), which the `last` and `ewma` estimators
 * rely on.
 */
export async function loadTimings(patterns: readonly string[], cwd: string): Promise<LoadedTimings> {
  const warnings: string[] = [];
  const files: string[] = [];
  for (const pattern of patterns) {
    const matches = await glob(pattern, { cwd, dot: true, ignore: ['**/node_modules/**'] });
    if (matches.length === 0) warnings.push(`--timings ${JSON.stringify(pattern)} matches no file`);
    appendAll(files, matches);
  }
  const unique = [...new Set(files)].sort();
  const reads: TimingRead[] = [];
  for (const file of unique) {
    try {
      reads.push(await readOne(file, cwd));
    } catch (error) {
      if (!(error instanceof TesseraError)) throw error;
      warnings.push(`timings from ${file} skipped: ${error.message}`);
    }
  }
  for (const r of reads) appendAll(warnings, r.warnings ?? []);
  reads.sort((a, b) => a.at - b.at || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    samples: reads.flatMap((r) => r.samples),
    shardRuns: reads.flatMap((r) => (r.shardRun ? [r.shardRun] : [])),
    files: unique,
    warnings,
  };
}
