/**
 * ctrf-io/ctrf: the specification's example documents (`examples/*.json`) each carry a `results.summary`
 * written by the spec's authors alongside the tests it summarises. In CTRF a flaky test has status `passed`
 * and `flaky: true`: it counts in `passed` and again in `flaky`. `pending` is a kind of skip for Tessera.
 */
import { z } from 'zod';
import type { ConformanceCase, ExpectedCounts } from '../types.js';
import { globCorpus, readCorpusText, type Oracle } from './oracle.js';

const ROOT = 'ctrf/examples';

const Summary = z.object({
  tests: z.number(),
  passed: z.number(),
  failed: z.number(),
  skipped: z.number(),
  pending: z.number().default(0),
  other: z.number().default(0),
  flaky: z.number().optional(),
});
const Document = z.object({ results: z.object({ summary: Summary }) });

function expectedOf(summary: z.infer<typeof Summary>): ExpectedCounts {
  return {
    tests: summary.tests,
    passed: summary.passed,
    failed: summary.failed,
    // An `other` status has no single place in Tessera's model; where one occurs, skipped is not compared.
    ...(summary.other === 0 ? { skipped: summary.skipped + summary.pending } : {}),
    flaky: summary.flaky ?? 0,
  };
}

/** The CTRF examples oracle. */
export const ctrfExamplesOracle: Oracle = {
  id: 'ctrf-examples',
  title: 'ctrf-io/ctrf examples/*.json results.summary',
  async load() {
    const files = await globCorpus(ROOT, ['*.json']);
    const cases: ConformanceCase[] = [];
    for (const file of files) {
      const parsed = Document.safeParse(JSON.parse(await readCorpusText(file)));
      if (!parsed.success) throw new Error(`${file}: no results.summary (${parsed.error.message})`);
      cases.push({
        source: 'ctrf-examples',
        name: file,
        files: [file],
        expected: expectedOf(parsed.data.results.summary),
        flaky: 'within-passed',
      });
    }
    return { cases, omitted: [] };
  },
};
