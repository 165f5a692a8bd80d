/**
 * A run's tests as two typed arrays: each test's status byte (test-table.ts's STATUS) and its execution time
 * (run-record.ts's `executionMs`). The history update and every trend check loop over all 100,000 tests of a
 * run; test objects come in many shapes, so reading `outcome` or the last attempt's duration off each of them
 * in each loop is slow. They are read once here, and the loops run over the arrays, touching a test object
 * only for the few tests they list. Computed once per tests array and shared.
 */
import type { Outcome, TestCase } from '../model/index.js';
import { executionMs } from './run-record.js';
import { STATUS } from './test-table.js';

/** The status byte of each outcome. */
export const STATUS_BYTE_OF_OUTCOME: Readonly<Record<Outcome, number>> = {
  passed: STATUS.passed,
  failed: STATUS.failed,
  flaky: STATUS.flaky,
  skipped: STATUS.skipped,
};

/** Per test of a run (same index as the tests array): its status byte and execution time in ms. */
export interface RunColumns {
  readonly ids: readonly string[];
  readonly status: Uint8Array;
  readonly executionMs: Float64Array;
}

const columns = new WeakMap<readonly TestCase[], RunColumns>();

/** The {@link RunColumns} of `tests`, computed on first use. */
export function runColumns(tests: readonly TestCase[]): RunColumns {
  const known = columns.get(tests);
  if (known) return known;
  const status = new Uint8Array(tests.length);
  const ms = new Float64Array(tests.length);
  const ids = new Array<string>(tests.length);
  for (let i = 0; i < tests.length; i++) {
    const test = tests[i] as TestCase;
    ids[i] = test.id;
    status[i] = STATUS_BYTE_OF_OUTCOME[test.outcome];
    ms[i] = executionMs(test);
  }
  const made = { ids, status, executionMs: ms };
  columns.set(tests, made);
  return made;
}
