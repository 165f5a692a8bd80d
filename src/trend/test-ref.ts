/** How the trend modules name a test in their results: its id plus what a reader needs to find it. */
import { testTitle, type TestCase } from '../model/index.js';
import type { HistoryDocument } from '../history/history-document.js';
import { joinRows, type RowJoin } from '../history/join.js';

/** A test named in a comparison: id, readable title, and its place when known. */
export interface TestRef {
  readonly id: string;
  /** `suite › name [project]`; untrusted, escape where rendered. */
  readonly title: string;
  readonly file?: string;
  readonly line?: number;
}

/**
 * One reference per test object, made on first use. A failed test is named by the comparison, both cluster
 * lists and the fail decision: without this each made its own reference and title, and at 960,000 tests with
 * 190,000 failures those copies were 130 MiB of the report's peak (BENCHMARKS.md, "Peak RSS"). References
 * are read-only, so sharing one is not observable; a test object is never changed after it is made.
 */
const refs = new WeakMap<TestCase, TestRef>();

/** The reference of a test of the current run (the same object for the same test). */
export function refOfTest(test: TestCase): TestRef {
  let ref = refs.get(test);
  if (ref === undefined) {
    ref = {
      id: test.id,
      title: testTitle(test),
      ...(test.file !== undefined ? { file: test.file } : {}),
      ...(test.line !== undefined ? { line: test.line } : {}),
    };
    refs.set(test, ref);
  }
  return ref;
}

/** The reference of a test known only from history (e.g. a removed test): row `row` of its test table. */
export function refOfHistory(doc: HistoryDocument, row: number): TestRef {
  const file = doc.tests.file(row);
  return { id: doc.tests.id(row), title: doc.tests.title(row), ...(file !== undefined ? { file } : {}) };
}

/** Orders references by file, then title, then id: the order reports list tests in, the same on every machine. */
export function compareRefs(a: TestRef, b: TestRef): number {
  return cmp(a.file ?? '', b.file ?? '') || cmp(a.title, b.title) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each test's row in a history's test table, aligned with `tests` (-1 where the table has none): the join of
 * a run with a history by id. Computed once per document and run (src/history/join.ts) and shared by every
 * check, where each would otherwise look all 100,000 ids up again.
 */
export type HistoryEntries = RowJoin;

/** The join of `tests` with `doc` by id (see {@link HistoryEntries}). */
export function historyEntries(tests: readonly TestCase[], doc: HistoryDocument): HistoryEntries {
  return joinRows(tests, doc.tests);
}
