/**
 * `--bail`: stop running a shard's files after the first failing file (or after `n`), once its retries are
 * done. Pure bookkeeping: which files of a finished step failed, and whether the run has bailed. The files
 * left are named in the bundle as not run (`bailed`), never silently dropped.
 */
import type { ShardRef, TestCase } from '../model/index.js';

/** Where a run bailed: the failing file that reached the limit, and the shard that ran it. */
export interface BailPoint {
  readonly file: string;
  readonly shard: ShardRef;
}

/**
 * The bail state of a run, shared by the shards that stop together (every shard of a local run); a CI shard
 * has one of its own. `limit` failing files trip it.
 */
export class BailSignal {
  private failing = 0;
  private point: BailPoint | undefined;

  constructor(readonly limit: number) {}

  /** Where the run bailed, once it has. */
  get tripped(): BailPoint | undefined {
    return this.point;
  }

  /** Counts the failing files of a finished step, in run order; trips at the limit. */
  record(files: readonly string[], shard: ShardRef): void {
    for (const file of files) {
      if (this.point) return;
      this.failing += 1;
      if (this.failing >= this.limit) this.point = { file, shard };
    }
  }
}

/**
 * The files of `items` that failed in a step (after its retries), in run order. A command failure that no
 * test names (a `{files}` invocation that died) counts against the step's last item, so it still bails.
 */
export function failingFiles(
  items: readonly string[],
  tests: readonly TestCase[],
  openFailures: readonly string[],
): string[] {
  const failed = new Set<string>();
  for (const t of tests) if (t.outcome === 'failed' && t.file !== undefined) failed.add(t.file);
  const files = items.filter((item) => failed.has(item));
  const last = items[items.length - 1];
  if (
    files.length === 0 &&
    last !== undefined &&
    (openFailures.length > 0 || tests.some((t) => t.outcome === 'failed'))
  )
    files.push(last);
  return files;
}
