/**
 * Which test files failed recently or are flaky, from a branch's history: the files that run first in every
 * shard (fail fast), so a broken change shows its first failure early. Pure.
 *
 * A file "failed recently" when any of its tests has the status `F` (failed, no retry recovered it) in any
 * of the last {@link RECENT_RUNS} runs of the history's test window; it "is flaky" when, in those runs, a
 * test of it was `K` (failed, then passed on a retry) and none failed outright.
 */
import { STATUS, type HistoryDocument } from '../history/history-document.js';
import type { RecentFailure, RecentFailures } from './run-first.js';

/** How many of the history's latest runs count as "recent" for the fail-fast order. */
export const RECENT_RUNS = 5;

/** Per repo-relative file: the files that failed or were flaky in the last {@link RECENT_RUNS} runs. */
export function recentFailures(doc: HistoryDocument, runs: number = RECENT_RUNS): RecentFailures {
  const { tests } = doc;
  const window = Math.min(runs, tests.columns);
  const first = tests.columns - window;
  // Per file, per column: the worst status any of its tests had (2 failed, 1 flaky).
  const worst = new Map<string, Uint8Array>();
  for (let c = first; c < tests.columns; c++) {
    const column = tests.statuses[c] as Uint8Array;
    for (let row = 0; row < tests.size; row++) {
      const byte = column[row];
      if (byte !== STATUS.failed && byte !== STATUS.flaky) continue;
      const file = tests.file(row);
      if (file === undefined) continue;
      let marks = worst.get(file);
      if (!marks) worst.set(file, (marks = new Uint8Array(window)));
      marks[c - first] = Math.max(marks[c - first] as number, byte === STATUS.failed ? 2 : 1);
    }
  }
  const files = new Map<string, RecentFailure>();
  const runsWord = window === 1 ? 'run' : 'runs';
  for (const [file, marks] of worst) {
    const failedRuns = marks.filter((m) => m === 2).length;
    files.set(
      file,
      failedRuns > 0
        ? { priority: 'failed', reason: `failed in ${failedRuns} of the last ${window} ${runsWord}` }
        : {
            priority: 'flaky',
            reason: `flaky in ${marks.filter((m) => m === 1).length} of the last ${window} ${runsWord}`,
          },
    );
  }
  return { window, files };
}
