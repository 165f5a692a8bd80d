/**
 * mikepenz/action-junit-report: `EXPECTED.md` lists total/skipped/failed per file as asserted by the
 * upstream tests, some under non-default action options. One case per file:
 * - the row parsed with default options wins;
 * - otherwise the non-default rows are used when they agree (the options there change annotations and
 *   titles, not counts), and the case notes that;
 * - where they disagree, the row whose options match Tessera's semantics is named in PREFERRED_ROW, with why.
 *
 * `total` counts every test once; with retry handling on, a test that failed then passed is a pass there.
 */
import type { ConformanceCase, ExpectedCounts } from '../types.js';
import { countCell, findTable, plainCell } from '../markdown-table.js';
import { corpusFile } from '../../support/corpus.js';
import { readCorpusText, type Oracle, type OmittedEntry } from './oracle.js';

const ROOT = 'action-junit-report';

/** For files whose rows disagree: the upstream test title to use, and why it is the one Tessera matches. */
const PREFERRED_ROW: Readonly<Record<string, { readonly title: string; readonly why: string }>> = {
  'test_results/junit-web-test/expectedRetries.xml': {
    title: 'should handle retries',
    why: 'retries merged into one test, as Tessera folds repeated cases into attempts',
  },
};

interface Row {
  readonly file: string;
  readonly counts: ExpectedCounts;
  readonly defaultOptions: boolean;
  readonly title: string;
}

function rowsOf(markdown: string): Row[] {
  const table = findTable(markdown, ['file', 'total'], `${ROOT}/EXPECTED.md`);
  return table.rows.map((r) => {
    const skipped = countCell(r['skipped'], false);
    const failed = countCell(r['failed'], false);
    const tests = countCell(r['total'], false);
    if (tests === undefined)
      throw new Error(`${ROOT}/EXPECTED.md: row without a total: ${JSON.stringify(r)}`);
    return {
      file: plainCell(r['file'] ?? ''),
      counts: {
        tests,
        ...(skipped !== undefined ? { skipped } : {}),
        ...(failed !== undefined ? { failed } : {}),
      },
      defaultOptions: (r['options'] ?? '').trim() === 'default',
      title: r['upstream test title'] ?? '',
    };
  });
}

/** Rows agree when every field both state has the same value; the merge keeps every stated field. */
function mergeAgreeing(rows: readonly Row[]): ExpectedCounts | undefined {
  const merged: Record<string, number> = {};
  for (const row of rows) {
    for (const [field, value] of Object.entries(row.counts)) {
      if (merged[field] !== undefined && merged[field] !== value) return undefined;
      merged[field] = value;
    }
  }
  return merged as unknown as ExpectedCounts;
}

function chooseCounts(file: string, rows: readonly Row[]): { counts: ExpectedCounts; note: string } {
  const preferred = PREFERRED_ROW[file];
  if (preferred) {
    const row = rows.find((r) => r.title === preferred.title);
    if (!row) throw new Error(`${ROOT}/EXPECTED.md: no row "${preferred.title}" for ${file}`);
    return { counts: row.counts, note: `non-default options: "${row.title}" (${preferred.why})` };
  }
  const defaults = rows.filter((r) => r.defaultOptions);
  const chosen = defaults.length > 0 ? defaults : rows;
  const counts = mergeAgreeing(chosen);
  if (!counts)
    throw new Error(
      `${ROOT}/EXPECTED.md: rows for ${file} disagree; name the one to use in PREFERRED_ROW with the reason`,
    );
  const note =
    defaults.length > 0
      ? `default options: ${defaults.map((r) => `"${r.title}"`).join(', ')}`
      : `non-default options only: ${rows.map((r) => `"${r.title}"`).join(', ')}`;
  return { counts, note };
}

/** The mikepenz oracle. */
export const mikepenzOracle: Oracle = {
  id: 'mikepenz',
  title: 'mikepenz action-junit-report EXPECTED.md',
  async load() {
    const rows = rowsOf(await readCorpusText(`${ROOT}/EXPECTED.md`));
    const byFile = new Map<string, Row[]>();
    for (const row of rows) byFile.set(row.file, [...(byFile.get(row.file) ?? []), row]);
    const cases: ConformanceCase[] = [];
    const omitted: OmittedEntry[] = [];
    for (const [file, fileRows] of byFile) {
      const path = `${ROOT}/${file}`;
      corpusFile(path); // a listed input that is missing means a moved corpus: fail loudly
      const { counts, note } = chooseCounts(file, fileRows);
      cases.push({
        source: 'mikepenz',
        name: path,
        files: [path],
        expected: counts,
        flaky: 'as-passed',
        note,
      });
    }
    return { cases, omitted };
  },
};
