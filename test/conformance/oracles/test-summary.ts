/**
 * test-summary/action: the corpus has its resources; the expected counts live in its test code, which is not
 * in the corpus. They are transcribed here as data (counts only), from
 * - test/junit.ts at commit 8e33c5c5ae978074eb910c94d7fcc8b2190db416 (the corpus commit);
 * - test/tap.ts at commit f9e918c5cece8a1e6cbe52f28970a41932f1a1a7 (its one stored version).
 * Files the upstream tests read without asserting counts (junit 07, 08) are left out.
 *
 * test-summary counts every case it finds; it has no notion of retries, so a flaky test would be a failure.
 */
import type { ConformanceCase, Expectation } from '../types.js';
import { corpusFile } from '../../support/corpus.js';
import type { Oracle } from './oracle.js';

const ROOT = 'test-summary-action/test/resources';

/** [file under ROOT, passed, failed, skipped, upstream test title], or [file, 'error', title]. */
type Row =
  | readonly [file: string, passed: number, failed: number, skipped: number, title: string]
  | readonly [file: string, error: 'error', title: string];

const ROWS: readonly Row[] = [
  ['junit/01-common.xml', 7, 1, 0, 'parses common'],
  ['junit/02-example.xml', 21, 9, 0, 'parses example'],
  ['junit/03-junit.xml', 4, 4, 2, 'parses junit'],
  ['junit/04-bazel-junit.xml', 1, 1, 0, 'parses bazel'],
  ['junit/05-empty.xml', 0, 0, 0, 'parses empty testsuites'],
  ['junit/06-empty.xml', 0, 0, 0, 'parses empty testsuite'],
  ['tap/01-common.tap', 6, 0, 0, 'parses common'],
  ['tap/02-unknown-amount-and-failure.tap', 5, 2, 0, 'parses unknown amount and failure'],
  ['tap/03-bail-out.tap', 0, 1, 0, 'can bail out'],
  ['tap/04-skipped.tap', 1, 0, 4, 'understands skipped tests'],
  ['tap/05-skip-everything.tap', 0, 0, 0, 'can skip an entire file'],
  ['tap/06-todo.tap', 2, 0, 2, 'reads todos as skipped'],
  ['tap/07-creative-liberties.tap', 9, 0, 0, 'handles creative liberties'],
  ['tap/08-everything.tap', 6, 6, 8, 'handles everything'],
  ['tap/09-node-tap.tap', 4, 4, 2, 'parses node-tap output'],
  ['tap/10-results-after-trailer.tap', 'error', 'rejects invalid trailer'],
];

function expectationOf(row: Row): Expectation {
  if (row[1] === 'error') return { error: true };
  const [, passed, failed, skipped] = row;
  return { tests: passed + failed + skipped, passed, failed, skipped };
}

/** The test-summary oracle. */
export const testSummaryOracle: Oracle = {
  id: 'test-summary',
  title: 'test-summary/action test/junit.ts, test/tap.ts (transcribed)',
  async load() {
    const cases: ConformanceCase[] = ROWS.map((row) => {
      const path = `${ROOT}/${row[0]}`;
      corpusFile(path);
      const title = row[row.length - 1] as string;
      return {
        source: 'test-summary',
        name: path,
        files: [path],
        expected: expectationOf(row),
        flaky: 'as-failed',
        note: `upstream test "${title}"`,
      };
    });
    return { cases, omitted: [] };
  },
};
