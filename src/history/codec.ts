/**
 * Bytes ⇄ history document. Stores keep a version-2 document as the gzipped binary form of
 * binary-format.ts; reading also accepts it uncompressed, and migrates a version-1 document (gzipped or
 * plain JSON, as Tessera wrote before the columnar format) so a branch keeps its history across the upgrade.
 * Decoding never throws: damaged bytes come back as a {@link HistoryProblem} that the caller turns into a
 * warning and a fresh history.
 */
import { promisify } from 'node:util';
import { constants, gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';
import { BINARY_MAGIC, decodeBinary, encodeBinary, versionProblem } from './binary-format.js';
import type { HistoryDocument, HistoryReadResult } from './history-document.js';
import { migrateV1 } from './v1-migration.js';

/**
 * Bound on the decompressed size. A 100k-test history is 15–20 MB uncompressed (a version-1 one, 25 MB
 * of JSON); anything far beyond that is a gzip bomb or not our file, and must not take the report down.
 */
export const MAX_DECODED_BYTES = 256 * 1024 * 1024;

/**
 * The gzip level: 1, the fastest. The binary form compresses well at any level (100k tests: 3.55 MB at level
 * 1, 3.39 MB at level 6, under the 5 MB cap either way) and level 1 takes half the CPU of level 6 (76 against
 * 160 ms), on a 2-core runner that also writes the report meanwhile (BENCHMARKS.md, "History overhead").
 */
export const HISTORY_GZIP_LEVEL = constants.Z_BEST_SPEED;

// Documents are immutable, so the bytes the size cap already gzipped (to measure them) are the bytes the
// store writes: remembering them saves a second encode + gzip of a 100k-test document.
const encoded = new WeakMap<HistoryDocument, Buffer>();

/** Gzips a document's stored form and remembers the bytes for {@link encodeHistory}. */
export function gzipHistory(doc: HistoryDocument): Buffer {
  const bytes = gzipSync(encodeBinary(doc), { level: HISTORY_GZIP_LEVEL });
  encoded.set(doc, bytes);
  return bytes;
}

const gzipInPool = promisify(gzip);

/** Larger than any history's gzipped bytes under the default 5 MB cap. */
const ASYNC_GZIP_CHUNK = 8 * 1024 * 1024;

/**
 * {@link gzipHistory} on libuv's thread pool: the same bytes, while the main thread is free. `report` uses it
 * to compress the updated history while it writes its other outputs.
 */
export async function gzipHistoryAsync(doc: HistoryDocument): Promise<Buffer> {
  // One work item for a whole history: with the default 16 KiB output chunks, each chunk waits for the main
  // thread to queue the next, so a busy main thread (the very case this is for) would stall the gzip. The
  // output buffer's size does not change the compressed bytes.
  const bytes = await gzipInPool(encodeBinary(doc), {
    level: HISTORY_GZIP_LEVEL,
    chunkSize: ASYNC_GZIP_CHUNK,
  });
  encoded.set(doc, bytes);
  return bytes;
}

/** Encodes and gzips a document: what a store writes. */
export function encodeHistory(doc: HistoryDocument): Buffer {
  return encoded.get(doc) ?? gzipHistory(doc);
}

/** Whether bytes start with the gzip magic number. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function corrupt(message: string): HistoryReadResult {
  return { ok: false, problem: { kind: 'corrupt', message } };
}

/**
 * Reads a document from stored bytes: version 2 (gzipped or not), or version 1 JSON, migrated. Truncated
 * gzip, bytes that are neither, a damaged table, a schema mismatch or an unknown version give
 * `{ ok: false, problem }`, never an exception.
 */
export function decodeHistory(bytes: Uint8Array, maxDecodedBytes = MAX_DECODED_BYTES): HistoryReadResult {
  let raw: Uint8Array;
  try {
    // Uncompressed input is copied: the document's columns are views of these bytes, and the caller's buffer
    // is the caller's to reuse.
    raw = isGzip(bytes) ? gunzipSync(bytes, { maxOutputLength: maxDecodedBytes }) : new Uint8Array(bytes);
  } catch (error) {
    return corrupt(`the history cannot be decompressed (${reason(error)})`);
  }
  return decodeRaw(raw, maxDecodedBytes);
}

const gunzipInPool = promisify(gunzip);

/**
 * {@link decodeHistory} with the gunzip on libuv's thread pool: the same result, while the main thread does
 * other work (`report` reads the result files meanwhile when it starts the load early).
 */
export async function decodeHistoryAsync(
  bytes: Uint8Array,
  maxDecodedBytes = MAX_DECODED_BYTES,
): Promise<HistoryReadResult> {
  let raw: Uint8Array;
  try {
    raw = isGzip(bytes)
      ? await gunzipInPool(bytes, { maxOutputLength: maxDecodedBytes, chunkSize: ASYNC_GZIP_CHUNK * 4 })
      : new Uint8Array(bytes);
  } catch (error) {
    return corrupt(`the history cannot be decompressed (${reason(error)})`);
  }
  return decodeRaw(raw, maxDecodedBytes);
}

/**
 * The decompressed bytes as a document (see {@link decodeHistory}). Never throws: whatever the checks did
 * not foresee is `corrupt`, so a bad history is a warning and a fresh start.
 */
function decodeRaw(raw: Uint8Array, maxDecodedBytes: number): HistoryReadResult {
  try {
    return decodeCheckedRaw(raw, maxDecodedBytes);
  } catch (error) {
    return corrupt(`the history is damaged (${reason(error)})`);
  }
}

function decodeCheckedRaw(raw: Uint8Array, maxDecodedBytes: number): HistoryReadResult {
  if (raw.length > maxDecodedBytes) return corrupt(`the history is larger than ${maxDecodedBytes} bytes`);
  if (startsWith(raw, BINARY_MAGIC)) return decodeBinary(raw);
  // Not the binary form: version 1 wrote JSON.
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8'));
  } catch (error) {
    return corrupt(`the history is neither a Tessera history nor valid JSON (${reason(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return corrupt('the history is JSON but not a JSON object');
  const version = (value as { version?: unknown }).version;
  if (version === 1) return migrateV1(value);
  return versionProblem(version) ?? corrupt('a version-2 history must be in the binary form, not JSON');
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
