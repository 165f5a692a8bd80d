/** Reads many result files at once, a few at a time, keeping each file's error beside the good results. */
import { readResultFile, DEFAULT_READ_OPTIONS, type ReadOptions } from '../formats/index.js';
import { ParseError } from '../model/index.js';
import type { InputOutcome } from './merge.js';
import type { ReportSource } from './resolve-inputs.js';
import { packFailure, type TraceStore } from './trace-store.js';

/**
 * Readers throw only ParseError. Anything else is a Tessera bug; it still must not hide the other files'
 * results, so it is reported as this file's problem, saying it is a bug.
 */
function asParseError(path: string, error: unknown): ParseError {
  if (error instanceof ParseError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ParseError(
    path,
    `unexpected error while reading: ${reason}`,
    {},
    'This is a bug in Tessera: please report it with the file attached.',
    { cause: error },
  );
}

/** Files read at the same time: enough to overlap I/O with parsing, few enough to bound memory. */
export const DEFAULT_READ_CONCURRENCY = 4;

/**
 * Reads every source with at most `concurrency` in flight. The outcomes come back in the order of
 * `sources`, whatever order the reads finish in, so the merge is deterministic. With `traces`, every failure's
 * stack trace goes into that store as it is read (see trace-store.ts).
 */
export async function readInputs(
  sources: readonly ReportSource[],
  options: ReadOptions = DEFAULT_READ_OPTIONS,
  concurrency = DEFAULT_READ_CONCURRENCY,
  traces?: TraceStore,
): Promise<InputOutcome[]> {
  const readOptions: ReadOptions = traces
    ? { ...options, keepFailure: (failure) => packFailure(failure, traces) }
    : options;
  const outcomes = new Array<InputOutcome>(sources.length);
  let next = 0;

  async function worker(): Promise<void> {
    while (next < sources.length) {
      const index = next++;
      const source = sources[index] as ReportSource;
      try {
        outcomes[index] = { source: source.path, results: await readResultFile(source.path, readOptions) };
      } catch (error) {
        outcomes[index] = { source: source.path, error: asParseError(source.path, error) };
      }
    }
  }

  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, sources.length)) }, worker);
  await Promise.all(workers);
  return outcomes;
}
