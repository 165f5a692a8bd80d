/**
 * The per-test part of a history, columnar: one row per test (id, title, file, last-seen run) and one
 * column per recent run (a status byte and a duration code per row). Appending a run adds a column and
 * dropping the oldest run drops one, with no object per test per run; the trend checks read a test's window
 * with a loop over a few typed arrays. See history-document.ts for why the document is shaped this way.
 */
import { IdIndex } from './id-index.js';
import { TextColumn } from './text-column.js';

/**
 * The status bytes of a column: the ASCII letters of version 1's status strings, so a window reads as text
 * (`PPF-P`) and a byte is checked against five values.
 * - `P` passed, `F` failed, `K` flaky (failed, then passed on a retry in the same run), `S` skipped;
 * - `-` the test was not in that run (another selection, a missing shard, added later).
 */
export const STATUS = {
  absent: 0x2d,
  passed: 0x50,
  failed: 0x46,
  flaky: 0x4b,
  skipped: 0x53,
} as const;

/** One status letter of a window. */
export type StatusCode = 'P' | 'F' | 'K' | 'S' | '-';

/** Whether a byte is one of {@link STATUS}. */
export function isStatusByte(byte: number): boolean {
  return byte === 0x50 || byte === 0x46 || byte === 0x4b || byte === 0x53 || byte === 0x2d;
}

/**
 * One run's duration codes (duration-code.ts), split into a low-byte and a high-byte array: the form they
 * are stored in (the high bytes are nearly all 0, 1 or 2, which gzip stores almost for free), kept in memory
 * too, so reading and writing a history copies them instead of splitting and joining two million codes.
 */
export interface DurationColumn {
  readonly low: Uint8Array;
  readonly high: Uint8Array;
}

/** The duration code of row `row` in a column. */
export function codeAt(column: DurationColumn, row: number): number {
  return (column.low[row] as number) | ((column.high[row] as number) << 8);
}

/** A column of `rows` zero codes. */
export function emptyDurations(rows: number): DurationColumn {
  return { low: new Uint8Array(rows), high: new Uint8Array(rows) };
}

// Derived data lives beside a table, not in it: a table's own fields are exactly its columns, so two tables
// holding the same tests compare equal whatever was computed from either.
const indexes = new WeakMap<TestTable, IdIndex>();

/** The columns of a {@link TestTable}, as its constructor takes them. */
export interface TestColumns {
  /** Test ids, one per row. Unique. */
  readonly ids: TextColumn;
  /** Readable titles (`suite › name [project]`, bounded), one per row; decoded only when read. */
  readonly titles: TextColumn;
  /** The distinct repo-relative files of the tests. */
  readonly filePaths: readonly string[];
  /** Per row: 0 when the file is unknown, else 1 + its index in `filePaths`. */
  readonly fileIndex: Uint32Array;
  /** Per row: the `seq` of the last run the test was in. */
  readonly seen: Uint32Array;
  /** One column per kept run, oldest first, aligned with the last `statuses.length` runs of the document. */
  readonly statuses: readonly Uint8Array[];
  /** Duration codes, aligned with `statuses`; 0 where the test did not run. */
  readonly durations: readonly DurationColumn[];
}

/** The tests of a history, columnar. Immutable: updates build a new table. */
export class TestTable implements TestColumns {
  readonly ids: TextColumn;
  readonly titles: TextColumn;
  readonly filePaths: readonly string[];
  readonly fileIndex: Uint32Array;
  readonly seen: Uint32Array;
  readonly statuses: readonly Uint8Array[];
  readonly durations: readonly DurationColumn[];

  constructor(columns: TestColumns) {
    this.ids = columns.ids;
    this.titles = columns.titles;
    this.filePaths = columns.filePaths;
    this.fileIndex = columns.fileIndex;
    this.seen = columns.seen;
    this.statuses = columns.statuses;
    this.durations = columns.durations;
  }

  /** A table with no tests and no columns. */
  static empty(): TestTable {
    return new TestTable({
      ids: TextColumn.empty(),
      titles: TextColumn.empty(),
      filePaths: [],
      fileIndex: new Uint32Array(0),
      seen: new Uint32Array(0),
      statuses: [],
      durations: [],
    });
  }

  /** Number of tests (rows). */
  get size(): number {
    return this.seen.length;
  }

  /** Number of runs with a column (at most the test window). */
  get columns(): number {
    return this.statuses.length;
  }

  /** The newest column's statuses (the latest run), or undefined when there is no column. */
  get latest(): Uint8Array | undefined {
    return this.statuses[this.statuses.length - 1];
  }

  /** Row `row`'s id. */
  id(row: number): string {
    return this.ids.get(row);
  }

  /** Row `row`'s title. */
  title(row: number): string {
    return this.titles.get(row);
  }

  /** Row `row`'s file, when known. */
  file(row: number): string | undefined {
    const f = this.fileIndex[row] as number;
    return f === 0 ? undefined : this.filePaths[f - 1];
  }

  /** The row of a test id, or -1. The id index is built on first use (once per table). */
  rowOf(id: string): number {
    return this.idIndex().get(id);
  }

  /** The id → row index (id-index.ts). */
  idIndex(): IdIndex {
    let index = indexes.get(this);
    if (!index) {
      index = new IdIndex(this.ids);
      indexes.set(this, index);
    }
    return index;
  }

  /**
   * The table of rows `rows` only, in that order (file paths no row uses any more are dropped). Runs of
   * consecutive rows are copied as ranges.
   */
  pick(rows: Int32Array): TestTable {
    const statuses = this.statuses.map((column) => gather(column, rows, new Uint8Array(rows.length)));
    const durations = this.durations.map((column) => ({
      low: gather(column.low, rows, new Uint8Array(rows.length)),
      high: gather(column.high, rows, new Uint8Array(rows.length)),
    }));
    const files = prunedFiles(this.filePaths, gather(this.fileIndex, rows, new Uint32Array(rows.length)));
    return new TestTable({
      ids: this.ids.pick(rows),
      titles: this.titles.pick(rows),
      ...files,
      seen: gather(this.seen, rows, new Uint32Array(rows.length)),
      statuses,
      durations,
    });
  }

  /** The table with only its newest `count` columns (a shorter window for every test). */
  lastColumns(count: number): TestTable {
    if (count >= this.columns) return this;
    return new TestTable({
      ...this.columnsOf(),
      statuses: this.statuses.slice(this.columns - count),
      durations: this.durations.slice(this.columns - count),
    });
  }

  private columnsOf(): TestColumns {
    return {
      ids: this.ids,
      titles: this.titles,
      filePaths: this.filePaths,
      fileIndex: this.fileIndex,
      seen: this.seen,
      statuses: this.statuses,
      durations: this.durations,
    };
  }

  /** Row `row`'s statuses as letters, oldest first, one per column. */
  statusString(row: number): string {
    let out = '';
    for (const column of this.statuses) out += String.fromCharCode(column[row] as number);
    return out;
  }
}

/**
 * `out[k] = source[rows[k]]`; consecutive rows are copied as one range, and `rows` of `null` means every row
 * of `source` in order (one copy: the usual case of an update, where no test was dropped).
 */
export function gather<T extends Uint8Array | Uint16Array | Uint32Array>(
  source: T,
  rows: Int32Array | null,
  out: T,
): T {
  if (rows === null) {
    out.set(source as never);
    return out;
  }
  let k = 0;
  while (k < rows.length) {
    let j = k;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    const first = rows[k] as number;
    out.set(source.subarray(first, first + (j - k) + 1) as never, k);
    k = j + 1;
  }
  return out;
}

/** The file paths `fileIndex` uses, and `fileIndex` renumbered to them (unchanged when all are used). */
export function prunedFiles(
  filePaths: readonly string[],
  fileIndex: Uint32Array,
): { filePaths: readonly string[]; fileIndex: Uint32Array } {
  const used = new Uint8Array(filePaths.length + 1);
  for (let r = 0; r < fileIndex.length; r++) used[fileIndex[r] as number] = 1;
  let all = true;
  for (let f = 1; f <= filePaths.length; f++) if (used[f] === 0) all = false;
  if (all) return { filePaths, fileIndex };
  const renumber = new Uint32Array(filePaths.length + 1);
  const kept: string[] = [];
  for (let f = 1; f <= filePaths.length; f++)
    if (used[f] === 1) renumber[f] = kept.push(filePaths[f - 1] as string);
  for (let r = 0; r < fileIndex.length; r++) fileIndex[r] = renumber[fileIndex[r] as number] as number;
  return { filePaths: kept, fileIndex };
}
