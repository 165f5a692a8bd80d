/**
 * Bytes ⇄ history document. Stores keep the document as gzipped JSON; reading also accepts plain JSON (a
 * history a person unzipped to look at). Decoding never throws: damaged bytes come back as a
 * {@link HistoryProblem} that the caller turns into a warning and a fresh history.
 */
import { promisify } from 'node:util';
import { gunzipSync, gzip, gzipSync } from 'node:zlib';
import { validateHistory, type HistoryDocument, type HistoryReadResult } from './history-document.js';

/**
 * Bound on the decompressed size. A real 100k-test history is a few tens of MB of JSON; anything far beyond
 * that is a gzip bomb or not our file, and must not take the report down with it.
 */
export const MAX_DECODED_BYTES = 256 * 1024 * 1024;

/** Serialises a document to JSON text. Deterministic: key order is the document's own (sorted by update). */
export function serializeHistory(doc: HistoryDocument): string {
  return JSON.stringify(doc);
}

// Documents are immutable, so the bytes the size cap already gzipped (to measure them) are the bytes the
// store writes: remembering them saves a second serialise + gzip of a 100k-test document.
const encoded = new WeakMap<HistoryDocument, Buffer>();

/**
 * Gzips a document's JSON (`json` when the caller already serialised it) and remembers the bytes for
 * {@link encodeHistory}.
 */
export function gzipHistory(doc: HistoryDocument, json = serializeHistory(doc)): Buffer {
  const bytes = gzipSync(json);
  encoded.set(doc, bytes);
  return bytes;
}

const gzipInPool = promisify(gzip);

/** Larger than any history's gzipped bytes under the default 5 MB cap. */
const ASYNC_GZIP_CHUNK = 8 * 1024 * 1024;

/**
 * {@link gzipHistory} on libuv's thread pool: the same bytes (same input, same zlib settings), but the main
 * thread is free meanwhile. `report` uses it to compress the updated history while it writes its other outputs.
 */
export async function gzipHistoryAsync(doc: HistoryDocument, json = serializeHistory(doc)): Promise<Buffer> {
  // One work item for a whole history: with the default 16 KiB output chunks, each chunk waits for the main
  // thread to queue the next, so a busy main thread (the very case this is for) would stall the gzip. The
  // output buffer's size does not change the compressed bytes.
  const bytes = await gzipInPool(json, { chunkSize: ASYNC_GZIP_CHUNK });
  encoded.set(doc, bytes);
  return bytes;
}

/** Serialises and gzips a document: what a store writes. */
export function encodeHistory(doc: HistoryDocument): Buffer {
  return encoded.get(doc) ?? gzipHistory(doc);
}

/** Whether bytes start with the gzip magic number. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Reads a document from stored bytes (gzipped or plain JSON). Truncated gzip, invalid JSON, a schema
 * mismatch or an unknown version give `{ ok: false, problem }`, never an exception.
 */
export function decodeHistory(bytes: Uint8Array, maxDecodedBytes = MAX_DECODED_BYTES): HistoryReadResult {
  let text: string;
  try {
    const raw = isGzip(bytes) ? gunzipSync(bytes, { maxOutputLength: maxDecodedBytes }) : Buffer.from(bytes);
    if (raw.length > maxDecodedBytes)
      return {
        ok: false,
        problem: { kind: 'corrupt', message: `the history is larger than ${maxDecodedBytes} bytes` },
      };
    text = raw.toString('utf8');
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'corrupt', message: `the history cannot be decompressed (${reason(error)})` },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'corrupt', message: `the history is not valid JSON (${reason(error)})` },
    };
  }
  return validateHistory(value);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
