/**
 * Planning inputs from a branch's history document (src/history): per-file wall-time samples and the
 * per-shard set-up time of recent runs. I/O at the edge; a history that cannot be used is a warning, never
 * a failed plan, as with any other timing source.
 */
import { readFile } from 'node:fs/promises';
import { decodeHistory, historyTimingSamples, type HistoryDocument } from '../history/index.js';
import { median } from './estimate.js';
import { recentFailures } from './recent-failures.js';
import type { RecentFailures } from './run-first.js';
import type { TimingSample } from './timings.js';

/** How many recent runs teach the set-up time: recent enough to follow a change of runner or cache. */
const SETUP_RUNS = 10;

/** What a history gives the planner. */
export interface HistoryInputs {
  readonly samples: readonly TimingSample[];
  /** Median per-shard set-up time over the recent sharded runs, when any recorded one. */
  readonly setupMs?: number;
  /** The files that failed or were flaky in the last runs: they run first (fail fast). */
  readonly recent?: RecentFailures;
  readonly warnings: readonly string[];
  /** The document itself, for `--skip-unchanged`. */
  readonly doc?: HistoryDocument;
}

/** The median set-up time of the shards of the last {@link SETUP_RUNS} runs that had shards. */
export function learnedSetupMs(doc: HistoryDocument): number | undefined {
  const setups = doc.runs
    .filter((r) => r.shards.length > 0)
    .slice(-SETUP_RUNS)
    .flatMap((r) => r.shards.map((s) => s.setupMs));
  return setups.length > 0 ? Math.round(median(setups)) : undefined;
}

/** Reads a history file (gzipped or plain JSON). */
export async function loadHistoryInputs(path: string): Promise<HistoryInputs> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    return { samples: [], warnings: [`--history ${path}: cannot read it (${code}); planning without it`] };
  }
  const read = decodeHistory(bytes);
  if (!read.ok)
    return { samples: [], warnings: [`--history ${path}: ${read.problem.message}; planning without it`] };
  return historyInputsOf(read.doc);
}

/** What a loaded history gives the planner (a CI's history store hands over the document itself). */
export function historyInputsOf(doc: HistoryDocument): HistoryInputs {
  const setupMs = learnedSetupMs(doc);
  return {
    samples: historyTimingSamples(doc),
    ...(setupMs !== undefined ? { setupMs } : {}),
    ...(doc.tests.columns > 0 ? { recent: recentFailures(doc) } : {}),
    warnings: [],
    doc,
  };
}
