/**
 * `collect`: the shard bundle for jobs that run their tests themselves. The result files the glob matches
 * are copied (never moved: they are the user's) into the bundle folder and read; the bundle is the same
 * document `run` writes, with one try and no exit code of its own to judge.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { RunInfo, ShardRef } from '../model/index.js';
import { foldTests } from '../model/index.js';
import {
  BUNDLE_RESULTS_DIR,
  bundleFolderName,
  toBundleTest,
  TOOL,
  writeBundle,
  type FileTiming,
  type ShardBundle,
} from './bundle.js';
import { moveGlobMatches, readResultsFolder } from './results.js';
import { infrastructureFailureTest, infrastructureTestParts } from './retry.js';

/** What `collect` needs. */
export interface CollectOptions {
  readonly shard: ShardRef;
  /** Glob of the result files, relative to `cwd`. */
  readonly results: string;
  readonly out: string;
  readonly cwd: string;
  readonly run: RunInfo;
  /** The shard's planned items, when the plan is at hand; otherwise the files the results name. */
  readonly items?: readonly string[];
  readonly now?: () => Date;
}

/** What `collect` wrote. */
export interface CollectResult {
  readonly bundle: ShardBundle;
  readonly folder: string;
  readonly warnings: readonly string[];
}

/** Copies and reads the result files and writes the bundle. A shard with no planned items may have none. */
export async function collectShard(options: CollectOptions): Promise<CollectResult> {
  const now = options.now ?? (() => new Date());
  const cwd = resolve(options.cwd);
  const out = resolve(cwd, options.out);
  const folder = join(out, bundleFolderName(options.shard, options.run.attempt));
  await rm(folder, { recursive: true, force: true });
  const relDir = `${BUNDLE_RESULTS_DIR}/try-1`;
  const dir = join(folder, relDir);
  await mkdir(dir, { recursive: true });
  const at = now().toISOString();
  const warnings = await moveGlobMatches({ pattern: options.results, cwd, exclude: [out] }, dir, 0, 'copy');
  const read = await readResultsFolder(dir, cwd);
  const tests = read.parsed.flatMap((p) => p.tests);
  const items =
    options.items ?? [...new Set(tests.flatMap((t) => (t.file !== undefined ? [t.file] : [])))].sort();

  let reason: string | undefined;
  const unreadable = read.unreadable[0];
  if (unreadable) reason = `a result file cannot be read: ${unreadable.message}`;
  else if (tests.length === 0 && (options.items === undefined || options.items.length > 0))
    reason = `no test results match --results ${JSON.stringify(options.results)} (in ${cwd}); did the tests run and write them there?`;
  const label = `${options.shard.index}/${options.shard.total}`;
  if (reason !== undefined) {
    reason = `shard ${label}: ${reason}`;
    tests.push(infrastructureFailureTest(infrastructureTestParts({ shard: label }), reason, 0));
  }

  const itemSet = new Set(items);
  const walls = new Map<string, number>();
  for (const p of read.parsed)
    for (const s of p.suites)
      if (s.file !== undefined && itemSet.has(s.file))
        walls.set(s.file, (walls.get(s.file) ?? 0) + s.durationMs);
  const files: FileTiming[] = [...walls]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, wallMs]) => ({ path, wallMs: Math.round(wallMs), source: 'runner' }));

  const folded = foldTests(tests);
  const bundle: ShardBundle = {
    version: 1,
    tool: TOOL,
    run: options.run,
    shard: options.shard,
    items: [...items],
    startedAt: at,
    finishedAt: at,
    wallMs: 0,
    exitCode: folded.some((t) => t.outcome === 'failed') ? 1 : 0,
    ...(reason !== undefined ? { infrastructureFailure: { reason } } : {}),
    tries: [
      {
        index: 1,
        items: [...items],
        exitCode: null,
        timedOut: false,
        wallMs: 0,
        resultFiles: read.parsed.map((p) => ({
          path: `${relDir}/${relative(dir, p.source).split(sep).join('/')}`,
          format: p.format,
          tests: p.tests.length,
        })),
        ...(reason !== undefined ? { infrastructureFailure: reason } : {}),
      },
    ],
    files,
    tests: folded.map(toBundleTest),
  };
  await writeBundle(folder, bundle);
  return { bundle, folder, warnings };
}
