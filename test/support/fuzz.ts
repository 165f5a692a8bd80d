/**
 * Fuzzing result files: mutations that break files the way files really break (cut short, bytes lost or
 * doubled, stray markup, NUL, flipped bytes), and the property every reader must keep on them: well-formed
 * results or a ParseError, never another exception. Shared by test/formats/fuzz.test.ts and
 * test/runners/fuzz.test.ts. Seeds are fixed by the callers so a failure replays.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { bufferInput, readResults } from '../../src/formats/index.js';
import { outcomeOf, ParseError } from '../../src/model/index.js';

const OPTIONS = { maxBytes: 4 * 1024 * 1024, maxOutputChars: 2048, maxMessageChars: 2048 };

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'flip'; at: number; byte: number };

const INSERTIONS = [
  '<',
  '>',
  '&',
  '&amp',
  '&xxe;',
  '\u0000',
  '"',
  ']]>',
  '<![CDATA[',
  '<testcase>',
  '</testsuite>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '{',
  '}',
  '\uD800',
  'not ok 1\n',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTIONS) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);

function apply(bytes: Buffer, m: Mutation): Buffer {
  const at = m.at % (bytes.length + 1);
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'splice':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    case 'duplicate':
      return Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text), bytes.subarray(at)]);
    case 'flip': {
      const copy = Buffer.from(bytes);
      if (at < copy.length) copy[at] = m.byte;
      return copy;
    }
  }
}

/** Reads a broken file; anything but results that hold together or a ParseError fails the property. */
export async function readsOrFailsCleanly(bytes: Buffer): Promise<void> {
  let results;
  try {
    results = await readResults(bufferInput('fuzzed', bytes), OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).file).toBe('fuzzed');
    return;
  }
  for (const test of results.tests) {
    expect(test.id).toMatch(/^[0-9a-f]{16}$/);
    expect(test.attempts.length).toBeGreaterThan(0);
    expect(test.outcome).toBe(outcomeOf(test.attempts));
    expect(Number.isFinite(test.durationMs) && test.durationMs >= 0).toBe(true);
  }
}

/** Runs the property over mutations of the given files (absolute paths). */
export function fuzzFiles(paths: readonly string[], runs: number, seed: number): Promise<void> {
  const contents = paths.map((p) => readFileSync(p));
  return fc.assert(
    fc.asyncProperty(
      fc.nat({ max: contents.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      async (index, mutations) => {
        await readsOrFailsCleanly(mutations.reduce(apply, contents[index] as Buffer));
      },
    ),
    { seed, numRuns: runs },
  );
}
