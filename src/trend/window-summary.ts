/**
 * Facts about a test's window that let the trend checks skip it cheaply: whether its window holds a failure
 * or a retry (else its flake score is 0), and how many passing samples it has and the smallest of them (else
 * no regression is possible).
 */
import { Buffer } from 'node:buffer';
import { durationOfCode } from '../history/duration-code.js';
import { STATUS, type TestTable } from '../history/test-table.js';

const flagged = new WeakMap<TestTable, Uint8Array>();

/**
 * Per row of a table, 1 where its window holds an `F` or a `K`. Failures and retries are rare, so each
 * column is searched for those two bytes with `indexOf` (native memchr) instead of visiting every cell.
 * Computed once per table.
 */
export function failedOrRetriedRows(table: TestTable): Uint8Array {
  const known = flagged.get(table);
  if (known) return known;
  const out = new Uint8Array(table.size);
  for (const column of table.statuses) {
    const bytes = Buffer.from(column.buffer, column.byteOffset, column.byteLength);
    for (const status of [STATUS.failed, STATUS.flaky]) {
      for (let at = bytes.indexOf(status); at >= 0; at = bytes.indexOf(status, at + 1)) out[at] = 1;
    }
  }
  flagged.set(table, out);
  return out;
}

/** A row's passing samples (`P` or `K`): how many, and the smallest in ms (+Infinity when none). */
export interface PassingStats {
  readonly count: number;
  readonly smallestMs: number;
}

/** The {@link PassingStats} of row `row`, read off its columns with no list built. */
export function passingStats(table: TestTable, row: number): PassingStats {
  let count = 0;
  // Codes sort like the durations they stand for: the smallest code is the smallest duration.
  let smallest = 0x10000;
  for (let c = 0; c < table.columns; c++) {
    const status = (table.statuses[c] as Uint8Array)[row];
    if (status !== STATUS.passed && status !== STATUS.flaky) continue;
    count++;
    const { low, high } = table.durations[c] as { low: Uint8Array; high: Uint8Array };
    const code = (low[row] as number) | ((high[row] as number) << 8);
    if (code < smallest) smallest = code;
  }
  return { count, smallestMs: count === 0 ? Number.POSITIVE_INFINITY : durationOfCode(smallest) };
}
