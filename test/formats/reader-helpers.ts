/**
 * Helpers shared by the reader tests: read inline documents or corpus files with a reader, count
 * outcomes, and read the expected counts from the corpus's own oracle files (never typed in by hand).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ParseError, type ParsedResults } from '../../src/model/index.js';
import {
  bufferInput,
  DEFAULT_READ_OPTIONS,
  fileInput,
  type ReadOptions,
  type ResultReader,
} from '../../src/formats/reader.js';
import { corpusFile } from '../support/corpus.js';

/** Distinct tests and outcomes, the numbers every oracle gives. */
export interface Counts {
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
}

/** Counts a reader's tests by outcome. */
export function countsOf(results: ParsedResults): Counts {
  const counts: Counts = { tests: results.tests.length, passed: 0, failed: 0, skipped: 0, flaky: 0 };
  for (const t of results.tests) counts[t.outcome]++;
  return counts;
}

/** Reads an inline document with a reader. */
export function readInline(
  reader: ResultReader,
  text: string | Uint8Array,
  options: Partial<ReadOptions> = {},
  name = 'inline',
): Promise<ParsedResults> {
  return reader.read(bufferInput(name, text), { ...DEFAULT_READ_OPTIONS, ...options });
}

/** Reads a corpus file with a reader. */
export async function readCorpus(
  reader: ResultReader,
  relative: string,
  options: Partial<ReadOptions> = {},
): Promise<ParsedResults> {
  return reader.read(await fileInput(corpusFile(relative)), { ...DEFAULT_READ_OPTIONS, ...options });
}

/** Asserts that a read fails with a ParseError (and nothing else) and returns it. */
export async function parseErrorOf(read: Promise<unknown>): Promise<ParseError> {
  let caught: unknown;
  try {
    await read;
  } catch (error) {
    caught = error;
  }
  expect(caught, 'the read should have failed').toBeInstanceOf(ParseError);
  return caught as ParseError;
}

/** EnricoMi's `X.results.json` for an input `X.ext`: errors count as failures in our model. */
export function enricoMiCounts(relativeInput: string): Counts {
  const stats = (
    JSON.parse(readFileSync(corpusFile(relativeInput.replace(/\.[^.]+$/, '.results.json')), 'utf8')) as {
      stats: Record<string, number>;
    }
  ).stats;
  const n = (k: string): number => stats[k] ?? 0;
  return {
    tests: n('tests'),
    passed: n('tests_succ'),
    failed: n('tests_fail') + n('tests_error'),
    skipped: n('tests_skip'),
    flaky: 0,
  };
}

/** dorny/test-reporter's rendered summary: `**N** tests were completed in … with **P** passed, **F** failed and **S** skipped`. */
export function dornyCounts(relativeMarkdown: string): Counts {
  const md = readFileSync(corpusFile(relativeMarkdown), 'utf8');
  const m =
    /\*\*(\d+)\*\* tests were completed in .*? with \*\*(\d+)\*\* passed, \*\*(\d+)\*\* failed and \*\*(\d+)\*\* skipped/.exec(
      md,
    );
  if (!m) throw new Error(`no summary line in ${relativeMarkdown}`);
  return { tests: Number(m[1]), passed: Number(m[2]), failed: Number(m[3]), skipped: Number(m[4]), flaky: 0 };
}

/** The ground truth of `generated/EXPECTED.md`: `N tests: P passed, F failed (…), S skipped`. */
export function generatedGroundTruth(): Counts {
  const md = readFileSync(corpusFile('generated/EXPECTED.md'), 'utf8');
  const m = /Ground truth: (\d+) tests: (\d+) passed, (\d+) failed .*?, (\d+) skipped/.exec(md);
  if (!m) throw new Error('no ground truth line in generated/EXPECTED.md');
  return { tests: Number(m[1]), passed: Number(m[2]), failed: Number(m[3]), skipped: Number(m[4]), flaky: 0 };
}

/**
 * A Playwright shard's JSON stats from the table of `generated/EXPECTED.md`
 * (`expected E, skipped S, unexpected U, flaky F`).
 */
export function playwrightShardTruth(row: 'shard-1' | 'shard-2' | 'merged'): Counts {
  const md = readFileSync(corpusFile('generated/EXPECTED.md'), 'utf8');
  const line = md.split('\n').find((l) => l.startsWith(`| ${row}`));
  const m = line && /expected (\d+), skipped (\d+), unexpected (\d+), flaky (\d+)/.exec(line);
  if (!m) throw new Error(`no ${row} row in generated/EXPECTED.md`);
  const [passed, skipped, failed, flaky] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  return { tests: passed + skipped + failed + flaky, passed, failed, skipped, flaky };
}

/** How a fuzz case broke a corpus file. */
type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number };

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const at = Math.min(m.at, bytes.length);
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'flip': {
      const copy = Buffer.from(bytes);
      if (at < copy.length) copy[at] = m.byte;
      return copy;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text), bytes.subarray(at)]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
  }
}

/**
 * Property: a reader given a real corpus file that was cut, had a byte changed, or had markup inserted or
 * removed either returns results or throws a ParseError: never another exception, never a hang. The seed is
 * fixed so a failure replays.
 */
export async function fuzzReader(
  reader: ResultReader,
  relativePaths: readonly string[],
  runs = 60,
): Promise<void> {
  const fc = await import('fast-check');
  const files = relativePaths.map((p) => readFileSync(corpusFile(p)));
  const insertions = [
    '<',
    '>',
    '&',
    '&amp',
    '"',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '\n',
    '    ',
    '---\n',
    '# Subtest: x\n',
    'not ok\n',
    '\u0000',
    '\uFFFF',
    '\uD800',
  ];
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...insertions) }),
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 64 }),
    }),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.nat({ max: files.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      async (index, mutations) => {
        const original = files[index] as Buffer;
        const broken = mutations.reduce(
          (bytes, m) => mutate(bytes, { ...m, at: m.at % (bytes.length + 1) }),
          original,
        );
        try {
          const results = await reader.read(bufferInput('fuzzed', broken), DEFAULT_READ_OPTIONS);
          expect(Array.isArray(results.tests)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ParseError);
        }
      },
    ),
    { seed: 20261121, numRuns: runs },
  );
}
