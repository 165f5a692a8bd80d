/**
 * Turns a result input's bytes into text for the non-JUnit readers: enforces the size cap while the bytes
 * arrive, honours a UTF-8 or UTF-16 byte-order mark, and decodes invalid bytes to U+FFFD with a warning
 * rather than failing (one bad byte in a test name must not cost the whole file).
 */
import { TextDecoder } from 'node:util';
import { ParseError } from '../../model/index.js';
import type { ReadOptions, ResultInput } from '../reader.js';

/** Text decoded so far, plus what went wrong on the way without stopping the read. */
export interface DecodedText {
  readonly text: string;
  readonly warnings: readonly string[];
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function encodingOf(first: Uint8Array): { encoding: Encoding; bomBytes: number } {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (first[0] === 0xff && first[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (first[0] === 0xfe && first[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  return { encoding: 'utf-8', bomBytes: 0 };
}

/** The ParseError for an input over the size cap. */
export function tooLarge(name: string, maxBytes: number): ParseError {
  return new ParseError(
    name,
    `the file is over the ${maxBytes}-byte limit`,
    {},
    'Split the results into several files, or raise the limit with --max-file-size.',
  );
}

/** The bytes U+FFFD itself is written as, per encoding: a literal replacement character is not an error. */
const REPLACEMENT_BYTES: Record<Encoding, Buffer> = {
  'utf-8': Buffer.from([0xef, 0xbf, 0xbd]),
  'utf-16le': Buffer.from([0xfd, 0xff]),
  'utf-16be': Buffer.from([0xff, 0xfd]),
};

/** How many times a character occurs in a text. */
function charCount(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/** How many times a byte sequence occurs in bytes. */
function byteCount(bytes: Uint8Array, sequence: Buffer): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let i = buffer.indexOf(sequence); i !== -1; i = buffer.indexOf(sequence, i + 1)) count++;
  return count;
}

/**
 * Streams an input as text pieces. Stops with a ParseError as soon as more than `options.maxBytes` bytes
 * have arrived, so an oversized file is never held in memory. `onInvalid` is called once when the bytes
 * are not valid in their encoding (they decode to U+FFFD).
 */
export async function* decodeChunks(
  input: ResultInput,
  options: Pick<ReadOptions, 'maxBytes'>,
  onInvalid: (encoding: string) => void = () => undefined,
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let encoding: Encoding = 'utf-8';
  let seen = 0;
  let reported = false;
  // Invalid bytes are found by counting replacement characters the bytes did not spell out themselves:
  // one decoding pass instead of a strict and a lenient one. A literal U+FFFD split across two chunks
  // can cause a false warning, never a lost one.
  const check = (bytes: Uint8Array, text: string): void => {
    if (reported || !text.includes('\uFFFD')) return;
    if (charCount(text, '\uFFFD') > byteCount(bytes, REPLACEMENT_BYTES[encoding])) {
      reported = true;
      onInvalid(encoding);
    }
  };
  for await (const chunk of readChunks(input)) {
    seen += chunk.byteLength;
    if (seen > options.maxBytes) throw tooLarge(input.name, options.maxBytes);
    let bytes = chunk;
    if (!decoder) {
      // The BOM could straddle the first chunk boundary only in theory: real inputs arrive in kilobytes.
      const found = encodingOf(chunk);
      encoding = found.encoding;
      decoder = new TextDecoder(encoding, { ignoreBOM: true });
      bytes = chunk.subarray(found.bomBytes);
    }
    const text = decoder.decode(bytes, { stream: true });
    check(bytes, text);
    if (text.length > 0) yield text;
  }
  if (decoder) {
    const rest = decoder.decode();
    check(new Uint8Array(0), rest);
    if (rest.length > 0) yield rest;
  }
}

/** Reads a whole input as text, within the size cap. */
export async function readText(
  input: ResultInput,
  options: Pick<ReadOptions, 'maxBytes'>,
): Promise<DecodedText> {
  const warnings: string[] = [];
  const pieces: string[] = [];
  for await (const piece of decodeChunks(input, options, (encoding) =>
    warnings.push(`${input.name}: bytes that are not valid ${encoding} were replaced with U+FFFD`),
  ))
    pieces.push(piece);
  return { text: pieces.join(''), warnings };
}

/** The input's chunks; an I/O failure (a file deleted mid-read) becomes a ParseError naming the file. */
async function* readChunks(input: ResultInput): AsyncGenerator<Uint8Array> {
  const iterator = input.chunks()[Symbol.asyncIterator]();
  try {
    for (;;) {
      let step: IteratorResult<Uint8Array>;
      try {
        step = await iterator.next();
      } catch (cause) {
        throw new ParseError(
          input.name,
          `cannot read the file (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
          {},
          'Check that the file exists and is readable.',
          { cause },
        );
      }
      if (step.done) return;
      yield step.value;
    }
  } finally {
    // A reader that stops early (size cap, syntax error) must still close the file behind the iterator.
    await iterator.return?.();
  }
}

/** 1-based line and column of a character offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
