/**
 * Conformance: every corpus file whose expected results are known is read through the real readers and its
 * distinct tests, passed, failed, skipped and (where the oracle knows) flaky counts are compared with the
 * oracle's. Deliberate differences and known reader bugs are in differences.ts, each with its reason; the
 * test then asserts the documented value, so a regression (or a fixed bug) still fails.
 */
import { describe, expect, it } from 'vitest';
import { DIFFERENCES, differenceFor } from './differences.js';
import { evaluateCase, inOracleTerms, readCase } from './evaluate.js';
import { ORACLES } from './oracles/index.js';
import type { ConformanceCase } from './types.js';

const loads = await Promise.all(ORACLES.map(async (oracle) => ({ oracle, load: await oracle.load() })));

/** What a case must give once the differences table is applied. */
function wanted(c: ConformanceCase) {
  const difference = differenceFor(c.source, c.name);
  return { want: difference?.expected ?? c.expected, flaky: difference?.flaky ?? c.flaky, difference };
}

for (const { oracle, load } of loads)
  describe(oracle.id, () => {
    it('finds cases in the corpus', () => {
      // A moved or emptied corpus must not pass by reading nothing.
      expect(load.cases.length, `${oracle.title}: no cases`).toBeGreaterThan(0);
    });

    const supported = load.cases.filter((c) => c.unsupported === undefined);
    const unsupported = load.cases.filter((c) => c.unsupported !== undefined);

    // Plain loops rather than it.each: its `$name` titles are cut at 40 characters, and paths need all of theirs.
    for (const c of supported)
      it(c.name, async () => {
        const { want, flaky, difference } = wanted(c);
        const actual = await readCase(c);
        const why = difference ? `documented ${difference.kind}: ${difference.reason}` : (c.note ?? c.source);
        if ('error' in want) {
          expect(actual.kind, `${c.name} must be refused with a ParseError (${why})`).toBe('parse-error');
          return;
        }
        expect(actual.kind, `${c.name} must be read (${why})`).toBe('counts');
        if (actual.kind !== 'counts') return;
        // Only the fields the oracle states are compared; the rest are not known.
        const got = inOracleTerms(actual.counts, flaky);
        const stated = Object.fromEntries(
          Object.entries(want)
            .filter(([, v]) => v !== undefined)
            .map(([k]) => [k, got[k as keyof typeof got]]),
        );
        expect(stated, `${c.name} (${why})`).toEqual(want);
      });

    for (const c of unsupported)
      it(`${c.name} is refused (${c.unsupported} is not a supported format)`, async () => {
        const result = await evaluateCase(c);
        expect(result.actual.kind, `${c.name}: a ${c.unsupported} file must not be misread`).toBe(
          'parse-error',
        );
      });
  });

describe('differences table', () => {
  const names = new Set(loads.flatMap(({ load }) => load.cases.map((c) => `${c.source}:${c.name}`)));

  for (const d of DIFFERENCES)
    it(`${d.source}:${d.name} names a loaded case and gives a reason`, () => {
      expect(names.has(`${d.source}:${d.name}`), 'no case has this name: a typo or a moved file').toBe(true);
      expect(d.reason.length).toBeGreaterThan(20);
    });
});
