/**
 * The stored form of a version-2 history, before gzip: a small JSON header (branch, runs, files, the test
 * table's shape) and the test table's typed arrays back to back. Reading is a JSON parse of a few kilobytes
 * plus copies of the arrays; nothing is parsed per test except the ids (which the comparison needs anyway).
 *
 * Layout (integers little-endian):
 * ```
 * "TSRH"  u32 header length  header (UTF-8 JSON)  zero padding to a multiple of 4
 * u32 × rows  id lengths        u32 × rows  title lengths     u32 × rows  file index    u32 × rows  seen
 * ids (UTF-8, back to back)     titles (UTF-8, back to back)  zero padding to a multiple of 4
 * u8 × rows × columns  statuses, column after column (oldest run first)
 * u8 × rows × columns  low bytes of the duration codes, then u8 × rows × columns their high bytes
 * ```
 * Lengths rather than offsets, and the duration codes split into a low and a high plane: both make long runs
 * of equal bytes (ids are all 16 bytes long; a high byte is nearly always 0, 1 or 2), which gzip then stores
 * almost for free (the planes gzip 10% smaller than 16-bit codes), and the in-memory table keeps the same
 * planes, so every array is one copy to read and one to write.
 */
import { Buffer } from 'node:buffer';
import { z } from 'zod';
import {
  HISTORY_VERSION,
  historyRunSchema,
  PASSED_KEYS_PER_FILE,
  type FileHistory,
  type HistoryDocument,
  type HistoryReadResult,
} from './history-document.js';
import { TestTable, type DurationColumn } from './test-table.js';
import { TextColumn } from './text-column.js';

/** The first four bytes of a stored version-2 history. */
export const BINARY_MAGIC = Buffer.from('TSRH', 'latin1');

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const headerSchema = z.object({
  version: z.literal(HISTORY_VERSION),
  branch: z.string(),
  runs: z.array(historyRunSchema),
  // Checked by hand below: zod would walk and copy every file entry first.
  files: z.unknown(),
  tests: z.object({
    rows: z.number().int().nonnegative(),
    columns: z.number().int().nonnegative(),
    idBytes: z.number().int().nonnegative(),
    titleBytes: z.number().int().nonnegative(),
    filePaths: z.array(z.string()),
  }),
});

// Arithmetic, not `(n + 3) & ~3`: a bitwise operation truncates to 32 bits, so a crafted header declaring
// 2^32 id bytes or more would wrap to a small offset and pass the size check.
const pad4 = (n: number): number => Math.ceil(n / 4) * 4;

/** The bytes of a u32 array, little-endian. */
function u32Bytes(values: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  return LITTLE_ENDIAN ? bytes : Buffer.from(bytes).swap32();
}

/** Serialises a document to its stored form, before gzip. */
export function encodeBinary(doc: HistoryDocument): Buffer {
  const t = doc.tests;
  const rows = t.size;
  const columns = t.columns;
  const header = Buffer.from(
    JSON.stringify({
      version: doc.version,
      branch: doc.branch,
      runs: doc.runs,
      files: doc.files,
      tests: {
        rows,
        columns,
        idBytes: t.ids.bytes.length,
        titleBytes: t.titles.bytes.length,
        filePaths: t.filePaths,
      },
    }),
    'utf8',
  );
  const lengthsOf = (column: TextColumn): Uint32Array => {
    const out = new Uint32Array(rows);
    let start = 0;
    for (let i = 0; i < rows; i++) {
      const end = column.ends[i] as number;
      out[i] = end - start;
      start = end;
    }
    return out;
  };
  const tableStart = pad4(8 + header.length);
  const textStart = tableStart + 16 * rows;
  const columnStart = pad4(textStart + t.ids.bytes.length + t.titles.bytes.length);
  const cells = rows * columns;
  // Not zero-filled: every byte is written below except the padding, which is zeroed where it lies.
  const out = Buffer.allocUnsafe(columnStart + 3 * cells);
  out.fill(0, 8 + header.length, tableStart);
  out.fill(0, textStart + t.ids.bytes.length + t.titles.bytes.length, columnStart);
  BINARY_MAGIC.copy(out, 0);
  out.writeUInt32LE(header.length, 4);
  header.copy(out, 8);
  out.set(u32Bytes(lengthsOf(t.ids)), tableStart);
  out.set(u32Bytes(lengthsOf(t.titles)), tableStart + 4 * rows);
  out.set(u32Bytes(t.fileIndex), tableStart + 8 * rows);
  out.set(u32Bytes(t.seen), tableStart + 12 * rows);
  out.set(t.ids.bytes, textStart);
  out.set(t.titles.bytes, textStart + t.ids.bytes.length);
  for (let c = 0; c < columns; c++) {
    out.set(t.statuses[c] as Uint8Array, columnStart + c * rows);
    const durations = t.durations[c] as DurationColumn;
    out.set(durations.low, columnStart + cells + c * rows);
    out.set(durations.high, columnStart + 2 * cells + c * rows);
  }
  return out;
}

function corrupt(message: string): HistoryReadResult {
  return { ok: false, problem: { kind: 'corrupt', message } };
}

/** The header's JSON, or a problem; `version` is checked before anything else about the header. */
function readHeader(bytes: Uint8Array): { header: unknown; end: number } | HistoryReadResult {
  if (bytes.length < 8) return corrupt('the history is truncated (no header)');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = buffer.readUInt32LE(4);
  if (8 + length > bytes.length) return corrupt('the history is truncated (in its header)');
  try {
    return { header: JSON.parse(buffer.toString('utf8', 8, 8 + length)), end: 8 + length };
  } catch (error) {
    return corrupt(`the history's header is not valid JSON (${(error as Error).message})`);
  }
}

/** The version problem of a header whose version is not {@link HISTORY_VERSION}, if any. */
export function versionProblem(version: unknown): HistoryReadResult | undefined {
  if (version === HISTORY_VERSION) return undefined;
  const newer = typeof version === 'number' && version > HISTORY_VERSION;
  return {
    ok: false,
    problem: {
      kind: 'unsupported-version',
      version,
      message: newer
        ? `history version ${version} was written by a newer Tessera (this one reads versions 1 and ${HISTORY_VERSION})`
        : `history version ${JSON.stringify(version) ?? 'undefined'} is not one this Tessera reads (expected ${HISTORY_VERSION})`,
    },
  };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

const PASSED_KEY = /^[0-9a-f]{16}$/;

/** Whether a file's passed keys (`--skip-unchanged`) are well-formed and within the bound. */
function passedKeysWellFormed(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > PASSED_KEYS_PER_FILE) return false;
  return value.every((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return false;
    const e = entry as Record<string, unknown>;
    return (
      typeof e.k === 'string' &&
      PASSED_KEY.test(e.k) &&
      isCount(e.seq) &&
      (e.sha === undefined || (typeof e.sha === 'string' && e.sha.length <= 64))
    );
  });
}

/** Why a file entry is malformed, or undefined when it is well-formed. */
export function fileEntryProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const f = value as Record<string, unknown>;
  if (!Array.isArray(f.w) || !f.w.every(isCount)) return 'has malformed wall times';
  if (!isCount(f.seen) || f.seen < 1) return 'has no last-seen run';
  if (f.p !== undefined && !passedKeysWellFormed(f.p)) return 'has malformed passed keys';
  return undefined;
}

/**
 * `bytes[start, end)` as a plain Uint8Array view (not a Buffer, whatever `bytes` is), without a copy: the
 * table's byte columns share the decompressed block, which the document then keeps alive.
 */
function viewBytes(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start);
}

/** Copies `count` u32s from `bytes` at `offset` (the source need not be aligned). */
function readU32(bytes: Uint8Array, offset: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  const view = new Uint8Array(out.buffer);
  view.set(bytes.subarray(offset, offset + 4 * count));
  if (!LITTLE_ENDIAN) Buffer.from(out.buffer).swap32();
  return out;
}

/** Prefix sums of lengths: the end offsets of a text column, or undefined when they overflow `total`. */
function endsOf(lengths: Uint32Array, total: number): Uint32Array | undefined {
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    at += lengths[i] as number;
    // An end past the column (or past what a u32 holds) cannot be stored: the lengths are wrong.
    if (at > total) return undefined;
    lengths[i] = at;
  }
  return at === total ? lengths : undefined;
}

/**
 * Reads a document from its stored form (after gunzip). Anything that does not fit is `corrupt`, with what
 * did not fit; a version other than {@link HISTORY_VERSION} is `unsupported-version`. Never throws: an
 * error the checks did not foresee is reported as `corrupt` too, so a bad history is a fresh start.
 */
export function decodeBinary(bytes: Uint8Array): HistoryReadResult {
  try {
    return decodeCheckedBinary(bytes);
  } catch (error) {
    return corrupt(`the history is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}

function decodeCheckedBinary(bytes: Uint8Array): HistoryReadResult {
  const read = readHeader(bytes);
  if ('ok' in read) return read;
  const version = (read.header as { version?: unknown } | null)?.version;
  const wrongVersion = versionProblem(version);
  if (wrongVersion) return wrongVersion;
  const parsed = headerSchema.safeParse(read.header);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return corrupt(`the history does not match the history schema (${issues})`);
  }
  const { branch, runs, files, tests: shape } = parsed.data;
  let previousSeq = 0;
  for (const [i, run] of runs.entries()) {
    if (run.seq <= previousSeq) return corrupt(`run sequence numbers are not increasing at run ${i + 1}`);
    previousSeq = run.seq;
  }
  if (typeof files !== 'object' || files === null || Array.isArray(files))
    return corrupt('the history does not match the history schema (files: not an object)');
  for (const [path, entry] of Object.entries(files)) {
    const problem = fileEntryProblem(entry);
    if (problem) return corrupt(`file ${JSON.stringify(path.slice(0, 80))} ${problem}`);
  }
  const { rows, columns } = shape;
  if (columns > runs.length)
    return corrupt(`the tests have ${columns} runs of statuses but the history has only ${runs.length} runs`);
  // Every count the header declares is checked against the real size before any offset is computed from
  // it, so no sum below can exceed 2^53 or point outside the bytes.
  for (const [what, count, each] of [
    ['rows', rows, 16],
    ['id bytes', shape.idBytes, 1],
    ['title bytes', shape.titleBytes, 1],
    ['status cells', rows * columns, 3],
  ] as const) {
    if (!Number.isSafeInteger(count) || count * each > bytes.length)
      return corrupt(
        `the history's header declares ${count} ${what}, more than its ${bytes.length} bytes can hold`,
      );
  }
  const tableStart = pad4(read.end);
  const textStart = tableStart + 16 * rows;
  const columnStart = pad4(textStart + shape.idBytes + shape.titleBytes);
  const cells = rows * columns;
  if (bytes.length !== columnStart + 3 * cells)
    return corrupt(
      `the history is ${bytes.length} bytes long where its header says ${columnStart + 3 * cells} (truncated or damaged)`,
    );
  const idEnds = endsOf(readU32(bytes, tableStart, rows), shape.idBytes);
  const titleEnds = endsOf(readU32(bytes, tableStart + 4 * rows, rows), shape.titleBytes);
  if (!idEnds || !titleEnds) return corrupt('the lengths of the test ids or titles do not add up');
  const fileIndex = readU32(bytes, tableStart + 8 * rows, rows);
  const seen = readU32(bytes, tableStart + 12 * rows, rows);
  for (let r = 0; r < rows; r++) {
    if ((fileIndex[r] as number) > shape.filePaths.length)
      return corrupt(`test ${r + 1} names no known file`);
    if ((seen[r] as number) < 1) return corrupt(`test ${r + 1} has no last-seen run`);
  }
  const statusBlock = viewBytes(bytes, columnStart, columnStart + cells);
  // One native regular-expression scan over the statuses as Latin-1 text, not two million JS iterations.
  const badStatus = /[^PFKS-]/.exec(
    Buffer.from(statusBlock.buffer, statusBlock.byteOffset, statusBlock.byteLength).toString('latin1'),
  );
  if (badStatus)
    return corrupt(`a status of test ${(badStatus.index % rows) + 1} is not one of P, F, K, S, -`);
  const statuses: Uint8Array[] = [];
  const durations: DurationColumn[] = [];
  const durationBlock = viewBytes(bytes, columnStart + cells, columnStart + 3 * cells);
  for (let c = 0; c < columns; c++) {
    statuses.push(statusBlock.subarray(c * rows, (c + 1) * rows));
    durations.push({
      low: durationBlock.subarray(c * rows, (c + 1) * rows),
      high: durationBlock.subarray(cells + c * rows, cells + (c + 1) * rows),
    });
  }
  const table = new TestTable({
    ids: new TextColumn(viewBytes(bytes, textStart, textStart + shape.idBytes), idEnds),
    titles: new TextColumn(
      viewBytes(bytes, textStart + shape.idBytes, textStart + shape.idBytes + shape.titleBytes),
      titleEnds,
    ),
    filePaths: shape.filePaths,
    fileIndex,
    seen,
    statuses,
    durations,
  });
  // The id index is needed by every use of a loaded history; building it here also finds repeated ids.
  if (table.idIndex().hasDuplicates) return corrupt('a test id is listed twice');
  const doc: HistoryDocument = {
    version: HISTORY_VERSION,
    branch,
    runs,
    tests: table,
    files: files as Record<string, FileHistory>,
  };
  return { ok: true, doc };
}
