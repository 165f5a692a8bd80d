/**
 * `generated/EXPECTED.md`: one known scenario run through many real reporters. Every file listed in its
 * first table holds the ground truth stated there (7 tests: 4 passed, 2 failed, 1 skipped, none flaky);
 * files whose reporter says otherwise are documented differences. The Playwright shard table gives the
 * per-shard and merged counts, and the merge of the two shards must equal Playwright's own merged report.
 */
import type { ConformanceCase, ExpectedCounts } from '../types.js';
import { findTable, plainCell } from '../markdown-table.js';
import { corpusFile } from '../../support/corpus.js';
import { readCorpusText, type Oracle } from './oracle.js';

const ROOT = 'generated';

/** Files in the table whose format Tessera does not read. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  'rspec/rspec-json.json': 'RSpec JSON',
  'gotestsum/go-test.json': 'go test -json',
};

function groundTruth(markdown: string): ExpectedCounts {
  const m = /Ground truth:\s*(\d+) tests:\s*(\d+) passed,\s*(\d+) failed[^,]*,\s*(\d+) skipped/i.exec(
    markdown,
  );
  if (!m) throw new Error(`${ROOT}/EXPECTED.md: the "Ground truth: …" sentence is missing or reworded`);
  const [tests, passed, failed, skipped] = m.slice(1).map(Number) as [number, number, number, number];
  return { tests, passed, failed, skipped, flaky: 0 };
}

/** "expected 2, skipped 1, unexpected 2, flaky 0" (Playwright JSON stats) as counts. */
function jsonStats(cell: string, where: string): ExpectedCounts {
  const m = /expected (\d+), skipped (\d+), unexpected (\d+), flaky (\d+)/.exec(cell);
  if (!m) throw new Error(`${where}: cannot read Playwright stats from "${cell}"`);
  const [passed, skipped, failed, flaky] = m.slice(1).map(Number) as [number, number, number, number];
  return { tests: passed + skipped + failed + flaky, passed, failed, skipped, flaky };
}

/** "5 (failures=1 errors=1 skipped=1)" (JUnit root attributes) as counts; a flaky test is a plain pass there. */
function junitCounts(cell: string, where: string): ExpectedCounts {
  const tests = /^(\d+)/.exec(cell.trim());
  if (!tests) throw new Error(`${where}: cannot read a test count from "${cell}"`);
  const attr = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cell)?.[1] ?? 0);
  const failed = attr('failures') + attr('errors');
  const skipped = attr('skipped');
  const total = Number(tests[1]);
  return { tests: total, passed: total - failed - skipped, failed, skipped };
}

function shardCases(markdown: string): ConformanceCase[] {
  const where = `${ROOT}/EXPECTED.md (Playwright shards)`;
  const table = findTable(markdown, ['', 'tests (junit)', 'json stats'], where);
  const folder = (label: string) => `${ROOT}/playwright-shards/${/^merged/.test(label) ? 'merged' : label}`;
  const cases: ConformanceCase[] = [];
  const byLabel = new Map<string, { junit: ExpectedCounts; json: ExpectedCounts }>();
  for (const row of table.rows) {
    const label = plainCell(row[''] ?? '').split(' ')[0] ?? '';
    const junit = junitCounts(row['tests (junit)'] ?? '', where);
    const json = jsonStats(row['json stats'] ?? '', where);
    byLabel.set(label, { junit, json });
    const dir = folder(label);
    cases.push(
      {
        source: 'generated',
        name: `${dir}/playwright-json.json`,
        files: [`${dir}/playwright-json.json`],
        expected: json,
        flaky: 'separate',
      },
      {
        source: 'generated',
        name: `${dir}/playwright-junit.xml`,
        files: [`${dir}/playwright-junit.xml`],
        expected: junit,
        flaky: 'as-passed',
        note: 'JUnit shows a flaky test as a plain pass',
      },
    );
  }
  const merged = byLabel.get('merged');
  if (!merged || !byLabel.has('shard-1') || !byLabel.has('shard-2'))
    throw new Error(`${where}: expected rows shard-1, shard-2 and merged`);
  for (const [kind, file, expected, flaky] of [
    ['json', 'playwright-json.json', merged.json, 'separate'],
    ['junit', 'playwright-junit.xml', merged.junit, 'as-passed'],
  ] as const) {
    cases.push({
      source: 'generated',
      name: `${ROOT}/playwright-shards/shard-1+shard-2 ${kind} folded = merged`,
      files: [`${folder('shard-1')}/${file}`, `${folder('shard-2')}/${file}`],
      expected,
      flaky,
      note: "Playwright's own merge-reports is the oracle for folding shards",
    });
  }
  return cases;
}

/** The generated-scenario oracle. */
export const generatedOracle: Oracle = {
  id: 'generated',
  title: 'generated/EXPECTED.md (one scenario, many reporters; Playwright shards)',
  async load() {
    const markdown = await readCorpusText(`${ROOT}/EXPECTED.md`);
    const truth = groundTruth(markdown);
    const table = findTable(markdown, ['file'], `${ROOT}/EXPECTED.md`);
    const cases: ConformanceCase[] = table.rows.map((row) => {
      const file = plainCell(row['file'] ?? '').split(' ')[0] ?? '';
      const path = `${ROOT}/${file}`;
      const unsupported = UNSUPPORTED[file];
      return {
        source: 'generated',
        name: path,
        files: [path],
        expected: truth,
        flaky: 'separate',
        ...(unsupported !== undefined ? { unsupported } : {}),
      };
    });
    cases.push(...shardCases(markdown));
    for (const c of cases) for (const f of c.files) corpusFile(f);
    return { cases, omitted: [] };
  },
};
