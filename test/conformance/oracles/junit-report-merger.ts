/**
 * bhovhannes/junit-report-merger: `testsuite-merging/N/file*.xml` merge into `N/expected.xml`, and
 * `m1..m3.xml` into `expected/expected-combined-1-3.xml`. Two cases per merge:
 * - the inputs read together and folded as one run must give the merged file's counts;
 * - the merged file read on its own must give them too.
 *
 * The counts are taken from the merged file's elements, not its root attributes, which the merger sums from
 * its inputs' attributes and which are wrong in several fixtures (e.g. `tests="3"` over 12 test cases). The
 * count is deliberately naive: every `<testcase>` is a test, failed when it has a `<failure>` or `<error>`
 * child, skipped when it has a `<skipped>` child. The merged files have no repeated cases.
 */
import { SaxesParser } from 'saxes';
import type { ConformanceCase, ExpectedCounts } from '../types.js';
import { globCorpus, readCorpusText, type Oracle } from './oracle.js';

const ROOT = 'junit-report-merger/test/fixtures';

/** Counts `<testcase>` elements and their direct status children, as described above. */
export function countTestcaseElements(xml: string, where: string): ExpectedCounts {
  const parser = new SaxesParser();
  const counts = { tests: 0, passed: 0, failed: 0, skipped: 0, flaky: 0 };
  let caseDepth = -1;
  let depth = 0;
  let status: 'passed' | 'failed' | 'skipped' = 'passed';
  parser.on('opentag', (tag) => {
    depth++;
    if (tag.name === 'testcase') {
      caseDepth = depth;
      status = 'passed';
    } else if (caseDepth >= 0 && depth === caseDepth + 1) {
      if (tag.name === 'failure' || tag.name === 'error') status = 'failed';
      else if (tag.name === 'skipped' && status !== 'failed') status = 'skipped';
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'testcase' && depth === caseDepth) {
      counts.tests++;
      counts[status]++;
      caseDepth = -1;
    }
    depth--;
  });
  parser.on('error', (error) => {
    throw new Error(`${where}: ${error.message}`);
  });
  parser.write(xml).close();
  return counts;
}

async function mergeCases(
  label: string,
  inputs: readonly string[],
  merged: string,
): Promise<ConformanceCase[]> {
  const expected = countTestcaseElements(await readCorpusText(merged), merged);
  const note = `counts of the <testcase> elements in ${merged}`;
  return [
    {
      source: 'junit-report-merger',
      name: `${label}: inputs folded`,
      files: inputs,
      expected,
      flaky: 'separate',
      note,
    },
    {
      source: 'junit-report-merger',
      name: `${label}: merged file`,
      files: [merged],
      expected,
      flaky: 'separate',
      note,
    },
  ];
}

/** The junit-report-merger oracle. */
export const junitReportMergerOracle: Oracle = {
  id: 'junit-report-merger',
  title: 'junit-report-merger expected merges (testsuite-merging/N, m1..m3)',
  async load() {
    const cases: ConformanceCase[] = [];
    const expectedFiles = await globCorpus(`${ROOT}/testsuite-merging`, ['*/expected.xml']);
    for (const merged of expectedFiles) {
      const dir = merged.slice(0, -'/expected.xml'.length);
      const inputs = await globCorpus(dir, ['file*.xml']);
      if (inputs.length === 0) throw new Error(`${dir}: no file*.xml inputs beside expected.xml`);
      cases.push(...(await mergeCases(dir, inputs, merged)));
    }
    const combined = await globCorpus(ROOT, ['m[0-9].xml']);
    cases.push(
      ...(await mergeCases(`${ROOT}/m1..m3`, combined, `${ROOT}/expected/expected-combined-1-3.xml`)),
    );
    return { cases, omitted: [] };
  },
};
