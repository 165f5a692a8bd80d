import type { ParsedResults } from '../model/index.js';
import {
  capTestNames,
  durationWarning,
  foldTests,
  ParseError,
  saneDurations,
  type TestCase,
} from '../model/index.js';
import {
  DEFAULT_READ_OPTIONS,
  fileInput,
  type ReadOptions,
  type ResultInput,
  type ResultReader,
} from './reader.js';
import { READERS } from './registry.js';
import { keepFailedOutputOnly } from './common/failed-output.js';
import { keepTestFailures } from './common/keep-failures.js';

export * from './reader.js';
export { READERS } from './registry.js';

const SNIFF_BYTES = 8 * 1024;

/** The first few kilobytes of an input as text, without a byte-order mark. */
export async function readHead(input: ResultInput, bytes = SNIFF_BYTES): Promise<string> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of input.chunks()) {
    parts.push(Buffer.from(chunk));
    length += chunk.byteLength;
    if (length >= bytes) break;
  }
  const head = Buffer.concat(parts).subarray(0, bytes);
  // UTF-16 files start with FF FE or FE FF; TRX from some Windows tools is written that way.
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  return head.toString('utf8').replace(/^\uFEFF/, '');
}

/** Picks the reader for an input from its content, or throws a ParseError listing what is supported. */
export async function pickReader(
  input: ResultInput,
  readers: readonly ResultReader[] = READERS,
): Promise<ResultReader> {
  const head = await readHead(input);
  if (head.trim().length === 0)
    throw new ParseError(
      input.name,
      'the file is empty',
      {},
      'The test runner wrote nothing: check that it ran and finished.',
    );
  const reader = readers.find((r) => r.sniff(head, input.name));
  if (!reader) {
    throw new ParseError(
      input.name,
      'not a recognised test-result format',
      { line: 1, column: 1 },
      `Supported formats: ${readers.map((r) => r.format).join(', ')}. Point the glob at result files only.`,
    );
  }
  return reader;
}

/** Reads one result input of any supported format, found by content. Throws only ParseError. */
export async function readResults(
  input: ResultInput,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): Promise<ParsedResults> {
  if (input.size !== undefined && input.size > options.maxBytes) {
    throw new ParseError(
      input.name,
      `the file is ${input.size} bytes, over the ${options.maxBytes}-byte limit`,
      {},
      'Split the results into several files, or raise the limit with --max-file-size.',
    );
  }
  const reader = await pickReader(input);
  const parsed = await reader.read(input, options);
  if (options.keepFailure && !reader.keepsFailures) keepTestFailures(parsed.tests, options.keepFailure);
  const kept = options.failedOutputOnly ? { ...parsed, tests: keepFailedOutputOnly(parsed.tests) } : parsed;
  return saneResults(kept, input.name);
}

/**
 * Bounds what every reader returns, once: names (model/name-limits.ts; cut tests may fold together) and
 * durations (model/durations.ts), each with one warning naming the file.
 */
function saneResults(parsed: ParsedResults, name: string): ParsedResults {
  const warnings = [...parsed.warnings];
  let tests: readonly TestCase[] = parsed.tests;
  const capped = tests.map(capTestNames);
  if (capped.some((t, i) => t !== tests[i])) {
    tests = foldTests(capped);
    warnings.push(`${name}: some test names were over the documented length and were cut`);
  }
  const timed = saneDurations(tests, parsed.suites);
  if (timed.fixed === 0 && warnings.length === parsed.warnings.length) return parsed;
  if (timed.fixed > 0) warnings.push(durationWarning(name, timed.fixed));
  return { ...parsed, tests: timed.fixed > 0 ? timed.tests : tests, suites: timed.suites, warnings };
}

/** Reads one result file from disk. Throws only ParseError (a missing file included). */
export async function readResultFile(
  path: string,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): Promise<ParsedResults> {
  let input: ResultInput;
  try {
    input = await fileInput(path);
  } catch (cause) {
    if (cause instanceof ParseError) throw cause;
    throw new ParseError(
      path,
      `cannot open the file (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
      {},
      'Check the path and the permissions.',
      { cause },
    );
  }
  return readResults(input, options);
}
