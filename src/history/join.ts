/**
 * The join of a run's tests with a history's test table by id: for each test of the run, its row in the
 * table, or -1. The history update and each trend check need it; it is computed once per (table, run) and
 * shared, since at 100,000 tests the id lookups are the larger part of what those steps cost.
 */
import type { TestCase } from '../model/index.js';
import { runColumns } from './run-columns.js';
import type { TestTable } from './test-table.js';

/** Per test of a run, its row in a test table, or -1 when the table does not hold it. */
export type RowJoin = Int32Array;

const joins = new WeakMap<TestTable, WeakMap<readonly TestCase[], RowJoin>>();

/** The rows of `tests` in `table` (see {@link RowJoin}); remembered per table and tests array. */
export function joinRows(tests: readonly TestCase[], table: TestTable): RowJoin {
  let perTable = joins.get(table);
  const known = perTable?.get(tests);
  if (known) return known;
  const index = table.idIndex();
  const { ids } = runColumns(tests);
  const rows = new Int32Array(tests.length);
  for (let i = 0; i < ids.length; i++) rows[i] = index.get(ids[i] as string);
  if (!perTable) {
    perTable = new WeakMap();
    joins.set(table, perTable);
  }
  perTable.set(tests, rows);
  return rows;
}
