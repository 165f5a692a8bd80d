import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ParseError, type FormatId, type ParsedResults } from '../model/index.js';

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
}

/** A file on disk as a ResultInput. */
export async function fileInput(path: string): Promise<ResultInput> {
  const info = await stat(path);
  // A FIFO or a device would block the read forever (or never end): only regular files are read.
  if (!info.isFile())
    throw new ParseError(
      path,
      'not a regular file (a FIFO, socket, device or directory)',
      {},
      'Point Tessera at the result files the tests wrote.',
    );
  const { size } = info;
  return { name: path, size, chunks: () => createReadStream(path, { highWaterMark: 256 * 1024 }) };
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
