/**
 * Turns what earlier runs left behind (result files, shard bundles) into per-file timing samples. Pure: the
 * files are read by load-timings.ts.
 */
import type { ParsedResults } from '../model/index.js';
import { normalizePath } from '../model/index.js';

/**
 * What a sample measures, best first:
 * - `wall`: the file's wall time measured by `tessera run` around the runner (bundles);
 * - `suite`: the runner's own per-file or testsuite time (JUnit testsuite `time`, Jest/Vitest per file);
 * - `tests`: the sum of the file's test times, which leaves out import, collect and set-up time.
 */
export type SampleKind = 'wall' | 'suite' | 'tests';

/** One observation of one file's cost in one source (a result file or a bundle). */
export interface TimingSample {
  /** Repo-relative path. */
  readonly file: string;
  readonly ms: number;
  readonly kind: SampleKind;
  /** The result file or bundle it came from; samples of one source are one run of that file. */
  readonly source: string;
}

/** A whole shard's measured wall time beside the sum of its test times: teaches the test-time factor. */
export interface ShardRunTiming {
  readonly wallMs: number;
  readonly testMs: number;
}

/**
 * The part of a shard bundle (src/run) the planner reads. Kept structural so the planner does not depend on
 * the run module; the bundle's own reader validates the full document.
 */
export interface BundleTimings {
  readonly files: readonly { readonly path: string; readonly wallMs: number }[];
  readonly tests?: readonly {
    readonly file?: string;
    readonly attempts: readonly { readonly durationMs: number }[];
  }[];
  readonly startedAt?: string;
  readonly finishedAt?: string;
}

/** Everything the estimator learns from. */
export interface TimingData {
  readonly samples: readonly TimingSample[];
  readonly shardRuns: readonly ShardRunTiming[];
}

/** Sums values per key, keeping first-seen key order. */
function sumBy(entries: Iterable<readonly [string, number]>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [key, value] of entries) sums.set(key, (sums.get(key) ?? 0) + value);
  return sums;
}

function toSamples(sums: Map<string, number>, kind: SampleKind, source: string): TimingSample[] {
  return [...sums].map(([file, ms]) => ({ file, ms, kind, source }));
}

/**
 * Samples from one parsed result file: per file, the sum of its testsuite times (`suite`) and the sum of its
 * test times (`tests`). Several testsuites of one file in one result file add up: they are parts of one run.
 */
export function samplesFromResults(results: ParsedResults, root?: string): TimingSample[] {
  const suites = sumBy(
    results.suites
      .filter((s) => s.file !== undefined && s.durationMs > 0)
      .map((s) => [normalizePath(s.file as string, root), s.durationMs] as const),
  );
  const tests = sumBy(
    results.tests
      .filter((t) => t.file !== undefined)
      .map((t) => [normalizePath(t.file as string, root), t.durationMs] as const),
  );
  return [...toSamples(suites, 'suite', results.source), ...toSamples(tests, 'tests', results.source)];
}

/** Samples and the shard's wall-vs-test timing from one shard bundle. */
export function samplesFromBundle(
  bundle: BundleTimings,
  source: string,
): { samples: TimingSample[]; shardRun?: ShardRunTiming } {
  const walls = sumBy(bundle.files.map((f) => [normalizePath(f.path), f.wallMs] as const));
  const testEntries = (bundle.tests ?? [])
    .filter((t) => t.file !== undefined)
    .map((t) => [normalizePath(t.file as string), t.attempts.reduce((s, a) => s + a.durationMs, 0)] as const);
  const tests = sumBy(testEntries);
  const samples = [...toSamples(walls, 'wall', source), ...toSamples(tests, 'tests', source)];
  const started = bundle.startedAt ? Date.parse(bundle.startedAt) : NaN;
  const finished = bundle.finishedAt ? Date.parse(bundle.finishedAt) : NaN;
  const testMs = testEntries.reduce((s, [, ms]) => s + ms, 0);
  if (Number.isFinite(started) && Number.isFinite(finished) && finished > started && testMs > 0) {
    return { samples, shardRun: { wallMs: finished - started, testMs } };
  }
  return { samples };
}
