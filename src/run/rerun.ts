/**
 * Re-running only what failed (issue 21, part 1). Given the results of an earlier attempt of the same shard
 * (a CI re-run finds them among the run's artifacts; `--rerun-failed` names a bundle or a report), this
 * chooses what to run again and what to carry forward. Pure: reading the earlier results is in
 * rerun-source.ts, running in shard.ts.
 *
 * The unit is the file: a file with a failure runs again (with `{tests}`, only its failed tests do), a file
 * whose tests all passed (flaky included) or were skipped keeps those results, marked with the attempt they
 * came from. Whatever cannot be pinned on a file of the shard (a failure without a file, a dead command)
 * runs the whole shard again, with the reason.
 */
import type { TestCase } from '../model/index.js';
import { appendAll } from '../model/arrays.js';
import {
  filterSyntaxOf,
  MAX_TEST_FILTER_CHARS,
  takesTestNames,
  testFilterWords,
  type FilterSyntax,
} from '../command/test-filter.js';
import { infrastructureTestParts } from './retry.js';

/** One test of an earlier attempt, and the attempt its result comes from. */
export interface EarlierTest {
  readonly test: TestCase;
  /** The attempt that ran it (earlier than the one being run; an attempt may itself carry it forward). */
  readonly attempt: number;
}

/** The results of an earlier attempt: of one shard, or of a whole run (a report, `--local`). */
export interface EarlierResults {
  /** The attempt these results are (the latest one that ran, for a folder of several). */
  readonly attempt: number;
  readonly tests: readonly EarlierTest[];
  /**
   * The items the earlier attempt ran, when known (bundles say; a report does not): an item of this shard
   * it did not run runs now.
   */
  readonly items?: ReadonlySet<string>;
  /** Where they were read from, for messages. */
  readonly source: string;
  /** Why the earlier attempt cannot be trusted as a whole (its command died), when it cannot. */
  readonly untrusted?: string;
}

/** What a re-run attempt does for one set of items (a shard, or the whole matrix locally). */
export interface RerunSelection {
  /** The earlier attempt the selection comes from. */
  readonly fromAttempt: number;
  /** The items to run again, in the shard's order. */
  readonly run: readonly string[];
  /** Results kept from the earlier attempt: every test of an item not run again. */
  readonly carried: readonly EarlierTest[];
  /**
   * The failed tests of each item run again, for `{tests}`: a file that is here runs only these; one that is
   * not (not run before, or a failure without a name to filter by) runs whole.
   */
  readonly failedTests: ReadonlyMap<string, readonly TestCase[]>;
  /** Set when everything runs again: why (one line, for the log). */
  readonly wholeReason?: string;
}

/** The stand-in name of a file whose command died (retry.ts): no test name there to filter by. */
const FILE_DID_NOT_COMPLETE = infrastructureTestParts({ file: '' }).name;

const isInfrastructure = (t: TestCase): boolean => t.suite.length === 0 && t.name === FILE_DID_NOT_COMPLETE;

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Runs every item again, for `reason`. */
function runAll(items: readonly string[], fromAttempt: number, reason: string): RerunSelection {
  return { fromAttempt, run: [...items], carried: [], failedTests: new Map(), wholeReason: reason };
}

/**
 * Chooses what of `items` to run again after `earlier`: the files with a failed test, and the items the
 * earlier attempt did not run; every other item's tests are carried forward. Tests of files outside `items`
 * are ignored (another shard's).
 */
export function selectRerun(items: readonly string[], earlier: EarlierResults): RerunSelection {
  const from = earlier.attempt;
  if (earlier.untrusted !== undefined)
    return runAll(items, from, `attempt ${from} cannot be trusted (${earlier.untrusted})`);
  const inShard = new Set(items);
  const byFile = new Map<string, EarlierTest[]>();
  const failing = new Map<string, TestCase[]>();
  const covered = new Set<string>();
  for (const earlierTest of earlier.tests) {
    const { test } = earlierTest;
    if (test.file === undefined || !inShard.has(test.file)) {
      // A failure Tessera cannot place (no file, a file none of the earlier items, the shard's command died)
      // may hide any item's tests; a failed file of another shard is that shard's.
      const unplaced =
        test.file === undefined || (earlier.items !== undefined && !earlier.items.has(test.file));
      if (test.outcome === 'failed' && unplaced)
        return runAll(
          items,
          from,
          `a failure of attempt ${from} names no file of this shard (${test.name.slice(0, 120)})`,
        );
      continue;
    }
    covered.add(test.file);
    pushTo(byFile, test.file, earlierTest);
    if (test.outcome === 'failed') pushTo(failing, test.file, test);
  }
  const ran = earlier.items ?? covered;
  const run = items.filter((item) => failing.has(item) || !ran.has(item));
  const again = new Set(run);
  const carried = items.filter((item) => !again.has(item)).flatMap((item) => byFile.get(item) ?? []);
  const failedTests = new Map<string, readonly TestCase[]>();
  for (const [file, tests] of failing)
    // A file's own failure (its process died) has no test name to filter by: the file runs whole.
    if (!tests.some(isInfrastructure)) failedTests.set(file, tests);
  return { fromAttempt: from, run, carried, failedTests };
}

/**
 * Narrows a selection to whole files: for a command without `{tests}`, or a name filter too long to pass.
 * The failed files then run whole; the passing tests of those files are results of this attempt too.
 */
export function wholeFiles(selection: RerunSelection): RerunSelection {
  return { ...selection, failedTests: new Map() };
}

/** The failed tests `{tests}` names, by file, in the runner's syntax. */
export interface NameFilter {
  readonly syntax: FilterSyntax;
  readonly byFile: ReadonlyMap<string, readonly TestCase[]>;
}

/** A re-run attempt, decided: what runs, by name or whole, and the lines that say so. */
export interface PreparedRerun {
  readonly earlier: EarlierResults;
  readonly selection: RerunSelection;
  /** Present when the command takes `{tests}` and every re-run file has names to filter by. */
  readonly nameFilter?: NameFilter;
  /** One line each, for the log: what runs again, and why not by name when it could have been. */
  readonly notes: readonly string[];
}

/**
 * Decides a re-run attempt of `items` after `earlier`. The failed tests are passed by name only when the
 * command takes `{tests}`, every file run again has names (with one invocation for several files, one
 * unnamed file would need every test of all of them), and the filter fits in {@link MAX_TEST_FILTER_CHARS};
 * otherwise the failed files run whole.
 */
export function prepareRerun(
  earlier: EarlierResults,
  items: readonly string[],
  command: readonly string[],
  perItem: boolean,
  attempt: number,
): PreparedRerun {
  const chosen = selectRerun(items, earlier);
  const notes: string[] = [];
  let selection = wholeFiles(chosen);
  let nameFilter: NameFilter | undefined;
  if (takesTestNames(command) && chosen.failedTests.size > 0) {
    const syntax = filterSyntaxOf(command);
    const named = chosen.run.every((item) => chosen.failedTests.has(item));
    const all = [...chosen.failedTests.values()].flat();
    if (!named && !perItem) {
      notes.push('{tests} matches every test: a file run again has no failed test to name');
    } else if (testFilterWords(all, syntax) === undefined) {
      notes.push(
        `the names of the ${all.length} failed tests make a {tests} filter longer than ${MAX_TEST_FILTER_CHARS} characters: the failed files run whole`,
      );
    } else {
      selection = chosen;
      nameFilter = { syntax, byFile: chosen.failedTests };
    }
  }
  notes.unshift(describeSelection(selection, items.length, attempt));
  return { earlier, selection, ...(nameFilter ? { nameFilter } : {}), notes };
}

/**
 * The words `{tests}` becomes for one invocation: the failed tests of its files by name, or undefined (every
 * test) when a file has none to name.
 */
export function invocationTestWords(
  filter: NameFilter | undefined,
  items: readonly string[],
): string[] | undefined {
  if (!filter) return undefined;
  const tests: TestCase[] = [];
  for (const item of items) {
    const named = filter.byFile.get(item);
    if (!named) return undefined;
    appendAll(tests, named);
  }
  return testFilterWords(tests, filter.syntax);
}

/**
 * The earlier results a re-run bundle carries: every test of `carriedItems` (its items not run again), and,
 * after a run by name, the earlier results of the tests of `ranItems` that were not asked for, unless the
 * re-run reported them other than skipped. Jest and Vitest report the tests `-t` leaves out as skipped;
 * such a skip must not replace a pass.
 */
export function carriedFor(
  prepared: PreparedRerun,
  carriedItems: ReadonlySet<string>,
  ranItems: ReadonlySet<string>,
  ranTests: readonly TestCase[],
): EarlierTest[] {
  const inFile = (c: EarlierTest, files: ReadonlySet<string>): boolean =>
    c.test.file !== undefined && files.has(c.test.file);
  const carried = prepared.selection.carried.filter((c) => inFile(c, carriedItems));
  const filter = prepared.nameFilter;
  if (!filter) return carried;
  const ranForReal = new Set(ranTests.filter((t) => t.outcome !== 'skipped').map((t) => t.id));
  const asked = new Set([...filter.byFile.values()].flatMap((tests) => tests.map((t) => t.id)));
  const beside = prepared.earlier.tests.filter(
    (c) =>
      inFile(c, ranItems) &&
      filter.byFile.has(c.test.file as string) &&
      !asked.has(c.test.id) &&
      !ranForReal.has(c.test.id),
  );
  return [...carried, ...beside];
}

/** How many failed tests of `ranItems` were asked for by name. */
export function askedByName(prepared: PreparedRerun, ranItems: readonly string[]): number {
  return ranItems.reduce((sum, item) => sum + (prepared.nameFilter?.byFile.get(item)?.length ?? 0), 0);
}

/** The tests of a re-run attempt: carried first, then the new results of the tests not carried. */
export function combineAttempts(
  carried: readonly EarlierTest[],
  rerunTests: readonly TestCase[],
): { tests: TestCase[]; carriedFrom: Map<string, number> } {
  const carriedFrom = new Map<string, number>();
  for (const c of carried) carriedFrom.set(c.test.id, c.attempt);
  const tests = [...carried.map((c) => c.test), ...rerunTests.filter((t) => !carriedFrom.has(t.id))];
  return { tests, carriedFrom };
}

/** The one line that says what a re-run attempt runs. */
export function describeSelection(selection: RerunSelection, total: number, attempt: number): string {
  if (selection.wholeReason !== undefined)
    return `attempt ${attempt} runs all ${total} items again: ${selection.wholeReason}`;
  const byName = [...selection.failedTests.values()].reduce((sum, tests) => sum + tests.length, 0);
  const what = `${selection.run.length} of ${total} items with failures in attempt ${selection.fromAttempt}`;
  return (
    `attempt ${attempt} re-runs ${what}` +
    (byName > 0 ? ` (${byName} failed tests by name)` : '') +
    `; ${selection.carried.length} results carried forward`
  );
}
