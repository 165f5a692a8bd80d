/** How the trend modules name a test in their results: its id plus what a reader needs to find it. */
import { testTitle, type TestCase } from '../model/index.js';
import type { HistoryDocument, TestHistory } from '../history/history-document.js';

/** A test named in a comparison: id, readable title, and its place when known. */
export interface TestRef {
  readonly id: string;
  /** `suite › name [project]`; untrusted, escape where rendered. */
  readonly title: string;
  readonly file?: string;
  readonly line?: number;
}

/** The reference of a test of the current run. */
export function refOfTest(test: TestCase): TestRef {
  return {
    id: test.id,
    title: testTitle(test),
    ...(test.file !== undefined ? { file: test.file } : {}),
    ...(test.line !== undefined ? { line: test.line } : {}),
  };
}

/** The reference of a test known only from history (e.g. a removed test). */
export function refOfHistory(id: string, entry: TestHistory): TestRef {
  return { id, title: entry.t, ...(entry.f !== undefined ? { file: entry.f } : {}) };
}

/** Orders references by file, then title, then id: the order reports list tests in, the same on every machine. */
export function compareRefs(a: TestRef, b: TestRef): number {
  return cmp(a.file ?? '', b.file ?? '') || cmp(a.title, b.title) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each test's entry in a history document, aligned with `tests` (undefined where the document has none): the
 * join of a run with a history by id. {@link analyseRun} does it once per document and hands it to every
 * check, where each would otherwise look all 100,000 ids up again.
 */
export type HistoryEntries = readonly (TestHistory | undefined)[];

/** The join of `tests` with `doc` by id (see {@link HistoryEntries}). */
export function historyEntries(tests: readonly TestCase[], doc: HistoryDocument): HistoryEntries {
  return tests.map((test) => (Object.hasOwn(doc.tests, test.id) ? doc.tests[test.id] : undefined));
}
