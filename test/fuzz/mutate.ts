/**
 * Mutations of real files, the ways files really break or are crafted: cut short, bytes lost, doubled or
 * flipped, hostile snippets inserted (markup, entities, NUL, lone surrogates, huge numbers, `-` options,
 * `..` paths, runner commands). Pure; the fuzz suite applies them to corpus files of every format, bundles,
 * plans, timings and histories.
 */
import fc from 'fast-check';

export type Mutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'splice'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'flip'; readonly at: number; readonly byte: number };

/** Snippets an attacker or a broken writer puts into a file. */
export const HOSTILE_SNIPPETS: readonly string[] = [
  '<', '>', '&', '&xxe;', '\u0000', '"', ']]>', '<![CDATA[', '<testcase>', '</testsuite>',
  '<!DOCTYPE x [<!ENTITY a "b">]>', '{', '}', '[', ']', ',', ':', '\uD800', 'not ok 1\n', '1e308', '-1e308',
  'NaN', '-0', '4294967296', '9007199254740993', '"--require=evil.js"', '"../../etc/passwd"', '"/etc/passwd"',
  '\n::set-output name=x::y\n', '##vso[task.setvariable variable=x]y', '\u202E', '\u001b[2J', 'null', 'true',
  '"version": 99', '"items": []', '"shards": []', 'TSRH', '\u001f\u008b',
]; // prettier-ignore

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(...HOSTILE_SNIPPETS),
  }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);

/** `bytes` with `m` applied (a new buffer; `bytes` is not changed). */
export function applyMutation(bytes: Uint8Array, m: Mutation): Buffer {
  const b = Buffer.from(bytes);
  const at = m.at % (b.length + 1);
  switch (m.kind) {
    case 'truncate':
      return b.subarray(0, at);
    case 'splice':
      return Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
    case 'duplicate':
      return Buffer.concat([b.subarray(0, at + m.length), b.subarray(at)]);
    case 'insert':
      return Buffer.concat([b.subarray(0, at), Buffer.from(m.text), b.subarray(at)]);
    case 'flip':
      if (at < b.length) b[at] = m.byte;
      return b;
  }
}

/** One to four mutations in a row. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

export function applyAll(bytes: Uint8Array, ms: readonly Mutation[]): Buffer {
  return ms.reduce<Buffer>((b, m) => applyMutation(b, m), Buffer.from(bytes));
}
