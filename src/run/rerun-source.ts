/**
 * Where the results of an earlier attempt come from: a shard bundle (a folder holding `bundle.json`, or a
 * folder of bundle folders, the `--out` of `tessera run`), a report (`report.json`), or, on a CI re-run, the
 * run's own shard artifacts. Turns each into {@link EarlierResults} for rerun.ts. Everything read here is
 * untrusted: bundles and reports go through their schemas, names are capped on the way in.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { capTestNames, makeTestCase, ParseError, UsageError, type ShardRef } from '../model/index.js';
import { parseShardArtifactName } from '../ci/artifact-names.js';
import type { ArtifactStore } from '../ci/artifact-store.js';
import { BUNDLE_FILE, bundleTests, readBundle, type ShardBundle } from './bundle.js';
import { checkShards, loadBundles } from '../report/bundles.js';
import { parseReport } from '../report/report-document.js';
import type { EarlierResults, EarlierTest } from './rerun.js';

const HINT =
  'Pass the report.json of the earlier run, or the folder its shard bundles are in (the --out of `tessera run`, default .tessera/shards).';

/** The earlier results one bundle holds: its tests, each from the attempt that ran it. */
export function earlierOfBundles(bundles: readonly ShardBundle[], source: string): EarlierResults {
  const tests: EarlierTest[] = [];
  const items = new Set<string>();
  let attempt = 1;
  for (const bundle of bundles) {
    const own = bundle.run.attempt ?? 1;
    attempt = Math.max(attempt, own);
    for (const item of bundle.items) items.add(item);
    const carried = new Map(bundle.tests.map((t) => [t.id, t.carriedFrom]));
    for (const test of bundleTests(bundle)) tests.push({ test, attempt: carried.get(test.id) ?? own });
  }
  return { attempt, tests, items, source };
}

/** The earlier results a report holds (every shard's): no item list, so an item it never names runs. */
async function earlierOfReport(path: string): Promise<EarlierResults> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new ParseError(path, `cannot read the report (${(cause as Error).message})`, {}, HINT, { cause });
  }
  const report = parseReport(doc, path);
  const attempt = report.rerun?.attempt ?? 1;
  const tests = report.tests.map((t) => ({
    test: capTestNames(
      makeTestCase(
        {
          ...(t.file !== undefined ? { file: t.file } : {}),
          ...(t.line !== undefined ? { line: t.line } : {}),
          suite: t.suite,
          name: t.name,
          ...(t.project !== undefined ? { project: t.project } : {}),
          attempts: t.attempts,
        },
        t.id,
      ),
    ),
    attempt: t.carriedFrom ?? attempt,
  }));
  return { attempt, tests, source: path };
}

/**
 * Reads `--rerun-failed <path>`: a report, a bundle, or a folder of bundles. With `shard`, only that
 * shard's latest bundle counts (a folder of a whole matrix works for each of its shard jobs).
 *
 * @throws UsageError when the path is missing or holds no bundle of the shard
 * @throws ParseError when the report or a bundle cannot be read
 */
export async function readEarlierResults(path: string, shard?: ShardRef): Promise<EarlierResults> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UsageError(`--rerun-failed ${path}: no such file or folder`, HINT);
  if (info.isFile())
    return path.endsWith(BUNDLE_FILE)
      ? earlierOfBundles(forShard([await readBundle(path)], path, shard), path)
      : earlierOfReport(path);
  const direct = join(path, BUNDLE_FILE);
  if (await stat(direct).catch(() => undefined))
    return earlierOfBundles(forShard([await readBundle(direct)], path, shard), path);
  const { bundles, unreadable } = await loadBundles(path);
  if (unreadable[0]) throw unreadable[0];
  const chosen = checkShards(bundles).chosen.map((b) => b.bundle);
  return earlierOfBundles(forShard(chosen, path, shard), path);
}

function forShard(bundles: readonly ShardBundle[], source: string, shard?: ShardRef): ShardBundle[] {
  if (!shard) return [...bundles];
  const mine = bundles.filter((b) => b.shard.index === shard.index && b.shard.total === shard.total);
  if (mine.length === 0)
    throw new UsageError(
      `--rerun-failed ${source}: no bundle of shard ${shard.index}/${shard.total} there`,
      HINT,
    );
  return mine;
}

/** What a CI re-run found of its earlier attempt: the results, or the one line saying why there are none. */
export type EarlierAttempt =
  | { readonly found: true; readonly earlier: EarlierResults }
  | { readonly found: false; readonly reason: string };

/**
 * The latest earlier attempt of `shard` among the run's artifacts (attempt < `attempt`), downloaded into
 * `into`. A store that cannot see it (a staged store only holds what the CI handed this job) says so.
 */
export async function findEarlierAttempt(
  store: ArtifactStore,
  shard: ShardRef,
  attempt: number,
  into: string,
  where: string,
): Promise<EarlierAttempt> {
  const candidates = (await store.list())
    .map((entry) => ({ entry, parsed: parseShardArtifactName(entry.name) }))
    .filter(
      ({ parsed }) =>
        parsed !== undefined &&
        parsed.shard.index === shard.index &&
        parsed.shard.total === shard.total &&
        parsed.attempt < attempt,
    )
    .sort(
      (a, b) =>
        (b.parsed?.attempt ?? 0) - (a.parsed?.attempt ?? 0) ||
        (b.entry.createdAt?.getTime() ?? 0) - (a.entry.createdAt?.getTime() ?? 0),
    );
  const latest = candidates[0];
  if (!latest)
    return {
      found: false,
      reason: `no bundle of an earlier attempt of shard ${shard.index}/${shard.total} ${where}`,
    };
  const folder = await store.get(latest.entry, into);
  const bundle = await readBundle(join(folder, BUNDLE_FILE));
  if (bundle.shard.index !== shard.index || bundle.shard.total !== shard.total)
    return { found: false, reason: `artifact ${latest.entry.name} holds the bundle of another shard` };
  return { found: true, earlier: earlierOfBundles([bundle], `artifact ${latest.entry.name}`) };
}
