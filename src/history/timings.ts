/**
 * Timing samples for the planner, taken from a branch's history: `tessera plan --history` feeds these to
 * the estimator (src/plan/estimate.ts) in place of, or beside, samples read from result files and bundles.
 */
import type { TimingSample } from '../plan/timings.js';
import { passingDurations, type HistoryDocument } from './history-document.js';

/** One file's recent wall times, oldest first. */
export interface FileTimingSamples {
  readonly path: string;
  readonly samples: readonly number[];
}

/** Per file, its last wall times (up to the file window), sorted by path. Files with no sample are left out. */
export function fileTimingSamples(doc: HistoryDocument): FileTimingSamples[] {
  return Object.entries(doc.files)
    .filter(([, f]) => f.w.length > 0)
    .map(([path, f]) => ({ path, samples: [...f.w] }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One test's recent durations (runs where it passed, or passed on retry), oldest first. */
export interface TestTimingSamples {
  readonly id: string;
  readonly file?: string;
  readonly samples: readonly number[];
}

/**
 * Per test, the durations of its passing executions in the window, sorted by id: for planning by test
 * (`unit: "test"`). Failed runs are left out because a timeout or crash says nothing about a normal run.
 */
export function testTimingSamples(doc: HistoryDocument): TestTimingSamples[] {
  const out: TestTimingSamples[] = [];
  const { tests } = doc;
  for (let row = 0; row < tests.size; row++) {
    const samples = passingDurations(doc, row);
    const file = tests.file(row);
    if (samples.length > 0) out.push({ id: tests.id(row), ...(file !== undefined ? { file } : {}), samples });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The history's file wall times as the planner's {@link TimingSample}s (`kind: "wall"`). The k-th newest
 * sample of every file gets the source `history:<branch>#-k`, so samples from one source still mean "one
 * run" to the estimator.
 */
export function historyTimingSamples(doc: HistoryDocument): TimingSample[] {
  const out: TimingSample[] = [];
  for (const { path, samples } of fileTimingSamples(doc)) {
    samples.forEach((ms, i) => {
      out.push({ file: path, ms, kind: 'wall', source: `history:${doc.branch}#-${samples.length - i}` });
    });
  }
  return out;
}
