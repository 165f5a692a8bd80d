/**
 * A {@link TestTable} from per-test windows written out as values: how tests build a history by hand and how
 * a version-1 document (one object per test) is migrated. Not a hot path: the report's update never comes
 * through here.
 */
import { durationCode } from './duration-code.js';
import type { TestWindow } from './history-document.js';
import { emptyDurations, isStatusByte, STATUS, TestTable } from './test-table.js';
import { TextColumn } from './text-column.js';

/**
 * The table of `windows`, in that order, with `columns` columns (default: the longest window). A shorter
 * window is padded at the front with `-`. Throws a RangeError on a window longer than `columns`, a status
 * that is not a letter of {@link STATUS}, a duration list of another length, or a repeated id.
 */
export function tableOfWindows(windows: readonly TestWindow[], columns?: number): TestTable {
  const width = columns ?? windows.reduce((max, w) => Math.max(max, w.statuses.length), 0);
  const rows = windows.length;
  const statuses = Array.from({ length: width }, () => new Uint8Array(rows).fill(STATUS.absent));
  const durations = Array.from({ length: width }, () => emptyDurations(rows));
  const filePaths: string[] = [];
  const fileNumbers = new Map<string, number>();
  const fileIndex = new Uint32Array(rows);
  const seen = new Uint32Array(rows);
  const ids = new Set<string>();
  windows.forEach((w, row) => {
    if (ids.has(w.id)) throw new RangeError(`test ${w.id} is listed twice`);
    ids.add(w.id);
    if (w.statuses.length > width)
      throw new RangeError(`test ${w.id} has ${w.statuses.length} statuses for ${width} columns`);
    if (w.durations.length !== w.statuses.length)
      throw new RangeError(`test ${w.id} does not have one duration per status`);
    const offset = width - w.statuses.length;
    for (let i = 0; i < w.statuses.length; i++) {
      const byte = w.statuses.charCodeAt(i);
      if (!isStatusByte(byte)) throw new RangeError(`test ${w.id} has a status that is not P, F, K, S or -`);
      (statuses[offset + i] as Uint8Array)[row] = byte;
      const code = durationCode(w.durations[i] as number);
      const column = durations[offset + i] as { low: Uint8Array; high: Uint8Array };
      column.low[row] = code & 0xff;
      column.high[row] = code >>> 8;
    }
    if (w.file !== undefined) {
      let n = fileNumbers.get(w.file);
      if (n === undefined) {
        n = filePaths.push(w.file);
        fileNumbers.set(w.file, n);
      }
      fileIndex[row] = n;
    }
    seen[row] = w.seen;
  });
  return new TestTable({
    ids: TextColumn.of(windows.map((w) => w.id)),
    titles: TextColumn.of(windows.map((w) => w.title)),
    filePaths,
    fileIndex,
    seen,
    statuses,
    durations,
  });
}
