import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ParseError, type Failure, type FormatId, type ParsedResults } from '../model/index.js';

/** Bounds every reader applies. Untrusted files must not exhaust memory. */
export interface ReadOptions {
  /** Largest file accepted, in bytes. Larger files are a ParseError naming the cap. */
  readonly maxBytes: number;
  /** Longest stdout/stderr kept per attempt, in characters; the rest is cut with a marker. */
  readonly maxOutputChars: number;
  /** Longest failure message and trace kept, in characters. */
  readonly maxMessageChars: number;
  /** Absolute paths under this root are made repo-relative. Defaults to the working directory. */
  readonly root?: string;
  /**
   * Keep stdout/stderr only on attempts that failed. `tessera report` writes no other output (the report,
   * merged JUnit, CTRF and HTML leave passing attempts' output out: report/build-report.ts), so it reads
   * with this on and never holds that output: half the memory of a Gradle run that logs in every test.
   * Off by default: `collect` and the other readers' callers keep everything.
   */
  readonly failedOutputOnly?: boolean;
  /**
   * What to keep of each failure, called once for each: by a reader that `keepsFailures` as it makes each
   * one, else after the read (formats/common/keep-failures.ts). `tessera report` packs traces with it
   * (report/trace-store.ts): packed while the test is being read, a trace's string dies young instead of
   * outliving the file in the old generation.
   */
  readonly keepFailure?: (failure: Failure) => Failure;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: 256 * 1024 * 1024,
  maxOutputChars: 16 * 1024,
  maxMessageChars: 16 * 1024,
};

/** A result file's bytes, streamed; `name` is what errors and reports call it. */
export interface ResultInput {
  readonly name: string;
  /** Size in bytes, when known before reading. */
  readonly size?: number;
  /** The bytes, in chunks. Each call starts from the beginning. */
  chunks(): AsyncIterable<Uint8Array>;
}

/** One result format: how to recognise it and how to read it. */
export interface ResultReader {
  readonly format: FormatId;
  /**
   * Whether a file looks like this format, from its first few kilobytes (BOM removed) and its name.
   * Content decides; the name only breaks ties between JSON formats.
   */
  sniff(head: string, name: string): boolean;
  /** Reads the whole input. Throws ParseError (never anything else) for unreadable input. */
  read(input: ResultInput, options: ReadOptions): Promise<ParsedResults>;
  /** Whether `read` hands each failure to `options.keepFailure` itself, while reading. */
  readonly keepsFailures?: boolean;
}

/** A file on disk as a ResultInput. */
export async function fileInput(path: string): Promise<ResultInput> {
  const info = await stat(path);
  // A FIFO or a device would block the read forever (or never end): only regular files are read.
  if (!info.isFile()) throw notRegularFile(path);
  const { size } = info;
  if (size <= SMALL_FILE_BYTES) {
    const bytes = readSmallFile(path, size);
    if (bytes) return bufferInput(path, bytes);
  }
  return { name: path, size, chunks: () => createReadStream(path, { highWaterMark: FILE_CHUNK_BYTES }) };
}

/**
 * The chunk size of a streamed file. Each chunk becomes one decoded string, and the ones being parsed when
 * the young generation is collected are promoted to the old one, where they stay until a full collection:
 * 256 KiB chunks (large objects, promoted at once) cost 20–30 MiB more peak RSS at 96,000 tests than
 * 64 KiB ones (bench:report, java-system-out 281 → 255 MiB, failure-heavy 226 → 206 MiB), with no CPU
 * difference measured; 16 and 32 KiB gain nothing more.
 */
const FILE_CHUNK_BYTES = 64 * 1024;

/**
 * Files up to this size are read whole, at once, and served from memory to the sniffer and the reader. A
 * stream costs a stat, an open, two reads and a close on the thread pool, twice (sniff, then read), each a
 * round trip through the event loop: for 6,000 Surefire files of a few kilobytes that was most of the time
 * (issue 17, `many-small-files`). Four files in flight hold at most 1 MiB this way.
 */
const SMALL_FILE_BYTES = 256 * 1024;

function notRegularFile(path: string): ParseError {
  return new ParseError(
    path,
    'not a regular file (a FIFO, socket, device or directory)',
    {},
    'Point Tessera at the result files the tests wrote.',
  );
}

/**
 * The whole of a small regular file, read synchronously (a few system calls, no thread-pool round trips), or
 * undefined when it grew past `SMALL_FILE_BYTES` since it was measured (then it is streamed like any large
 * file, so the size cap still applies as the bytes arrive). Opened non-blocking and checked again, so a file
 * swapped for a FIFO after the `stat` cannot block the read.
 */
function readSmallFile(path: string, size: number): Uint8Array | undefined {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw notRegularFile(path);
    // One byte more than expected tells a file that grew from one that did not.
    const buffer = Buffer.allocUnsafe(Math.max(size, 0) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
      if (length === buffer.length) return undefined;
    }
  } finally {
    closeSync(fd);
  }
}

/** Bytes or text in memory as a ResultInput (tests, fuzzing, artifacts already downloaded). */
export function bufferInput(name: string, data: string | Uint8Array): ResultInput {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return {
    name,
    size: bytes.byteLength,
    async *chunks() {
      yield bytes;
    },
  };
}
