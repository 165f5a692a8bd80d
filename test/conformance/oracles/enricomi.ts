/**
 * EnricoMi/publish-unit-test-result-action: for each input `X.xml|trx|json` there is `X.results.json` with
 * the counts the action derived, or `X.exception` when the input must fail to parse.
 *
 * Each input also has `X.junit-xml`, the JUnit XML the action converted it to and counted; it gets the same
 * expectation, which also brings the tests of formats Tessera does not read (NUnit, xUnit.net) to its JUnit
 * reader.
 *
 * Its `tests_*` fields count each test once, by the worst of its runs (error > failure > success > skipped),
 * so a test Tessera calls flaky is a failure there. `tests_error` is a failure for Tessera too.
 */
import { z } from 'zod';
import type { ConformanceCase, Expectation } from '../types.js';
import { corpusHas, globCorpus, readCorpusText, type Oracle, type OmittedEntry } from './oracle.js';

const ROOT = 'publish-unit-test-result-action/python/test/files';

const Stats = z.object({
  tests: z.number(),
  tests_succ: z.number(),
  tests_skip: z.number(),
  tests_fail: z.number(),
  tests_error: z.number(),
});
const ResultsJson = z.object({ stats: Stats });

/** Folders (under ROOT) of formats Tessera does not read, and the format's name. */
const UNSUPPORTED_FOLDERS: readonly (readonly [string, string])[] = [
  ['nunit/', 'NUnit XML'],
  ['xunit/', 'xUnit.net / MSTest XML'],
  ['dart/', 'Dart JSON'],
];

const INPUT_EXTENSIONS = ['.xml', '.trx', '.json'] as const;

function stemOf(path: string): string {
  return path.replace(/\.(results\.json|exception)$/, '');
}

async function expectationFor(stem: string): Promise<Expectation> {
  if (corpusHas(`${stem}.exception`)) return { error: true };
  const text = await readCorpusText(`${stem}.results.json`);
  const parsed = ResultsJson.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${stem}.results.json: unexpected shape (${parsed.error.message})`);
  const s = parsed.data.stats;
  return {
    tests: s.tests,
    passed: s.tests_succ,
    failed: s.tests_fail + s.tests_error,
    skipped: s.tests_skip,
  };
}

/** The EnricoMi oracle. */
export const enricomiOracle: Oracle = {
  id: 'enricomi',
  title: 'EnricoMi publish-unit-test-result-action *.results.json / *.exception',
  async load() {
    const listed = await globCorpus(ROOT, ['**/*.results.json', '**/*.exception']);
    const stems = [...new Set(listed.map(stemOf))];
    const cases: ConformanceCase[] = [];
    const omitted: OmittedEntry[] = [];
    for (const stem of stems) {
      const input = INPUT_EXTENSIONS.map((ext) => stem + ext).find(corpusHas);
      const expected = await expectationFor(stem);
      const relative = stem.slice(ROOT.length + 1);
      if (!input) {
        if ('error' in expected) {
          // `not-existing.exception`: the action must report a missing file as unreadable, and so must we.
          cases.push({
            source: 'enricomi',
            name: `${stem}.xml`,
            files: [`${stem}.xml`],
            expected,
            flaky: 'as-failed',
            note: 'the input does not exist on purpose',
          });
        } else {
          // Upstream keeps a second results file for a TRX whose name had spaces; its input is the underscored one.
          omitted.push({ name: `${stem}.results.json`, reason: 'no input file beside it' });
        }
        continue;
      }
      const unsupported = UNSUPPORTED_FOLDERS.find(([folder]) => relative.startsWith(folder))?.[1];
      cases.push({
        source: 'enricomi',
        name: input,
        files: [input],
        expected,
        flaky: 'as-failed',
        ...(unsupported !== undefined ? { unsupported } : {}),
      });
      const rendering = `${stem}.junit-xml`;
      if (!('error' in expected) && corpusHas(rendering)) {
        // The action turns every input into JUnit XML first and counts that, so the rendering carries the
        // same expectation; for formats Tessera does not read, it is how their tests reach the JUnit reader.
        cases.push({
          source: 'enricomi',
          name: rendering,
          files: [rendering],
          expected,
          flaky: 'as-failed',
          note: `EnricoMi's JUnit rendering of ${input.slice(ROOT.length + 1)}`,
        });
      }
    }
    return { cases, omitted };
  },
};
