/**
 * dorny/test-reporter: `__tests__/__outputs__/*.md` are the summaries the action rendered. Their first table
 * (`|Report|Passed|Failed|Skipped|Time|`) names each report by its fixture path relative to `__tests__/`
 * and gives its passed/failed/skipped counts; an empty cell is zero. dorny counts every test case it reads
 * and has no notion of retries.
 */
import type { ConformanceCase } from '../types.js';
import { countCell, findTable, plainCell } from '../markdown-table.js';
import { corpusHas, globCorpus, readCorpusText, type Oracle, type OmittedEntry } from './oracle.js';

const ROOT = 'test-reporter/__tests__';

/** Fixture paths (relative to ROOT) of formats Tessera does not read, by pattern. */
const UNSUPPORTED: readonly (readonly [RegExp, string])[] = [
  [/dart-json|flutter\//, 'Dart/Flutter JSON'],
  [/golang-json/, 'go test -json'],

  [/rspec-json/, 'RSpec JSON'],
  [/dotnet-nunit|nunit-sample/, 'NUnit XML'],
];

/** The dorny oracle. */
export const dornyOracle: Oracle = {
  id: 'dorny',
  title: 'dorny test-reporter __outputs__/*.md',
  async load() {
    const outputs = await globCorpus(`${ROOT}/__outputs__`, ['*.md']);
    const cases: ConformanceCase[] = [];
    const omitted: OmittedEntry[] = [];
    const seen = new Map<string, ConformanceCase>();
    for (const output of outputs) {
      const table = findTable(
        await readCorpusText(output),
        ['Report', 'Passed', 'Failed', 'Skipped'],
        output,
      );
      for (const row of table.rows) {
        const report = plainCell(row['Report'] ?? '');
        const input = `${ROOT}/${report}`;
        const passed = countCell(row['Passed'], true) ?? 0;
        const failed = countCell(row['Failed'], true) ?? 0;
        const skipped = countCell(row['Skipped'], true) ?? 0;
        if (!corpusHas(input)) {
          omitted.push({ name: input, reason: `input left out of the corpus (expected by ${output})` });
          continue;
        }
        const previous = seen.get(input);
        if (previous) {
          // Two summaries of one input (e.g. dotnet-trx.md and dotnet-trx-only-failed.md) must agree.
          const e = previous.expected;
          if ('error' in e || e.passed !== passed || e.failed !== failed || e.skipped !== skipped)
            throw new Error(`${output}: counts for ${input} differ from another summary of the same input`);
          continue;
        }
        const unsupported = UNSUPPORTED.find(([pattern]) => pattern.test(report))?.[1];
        const c: ConformanceCase = {
          source: 'dorny',
          name: input,
          files: [input],
          expected: { tests: passed + failed + skipped, passed, failed, skipped },
          flaky: 'as-failed',
          note: `from ${output.slice(ROOT.length + 1)}`,
          ...(unsupported !== undefined ? { unsupported } : {}),
        };
        seen.set(input, c);
        cases.push(c);
      }
    }
    return { cases, omitted };
  },
};
