/**
 * Array helpers for input-sized data. `target.push(...items)`, `Math.max(...values)` and `f.apply(x, items)`
 * pass every element as an argument, and V8 throws `RangeError: Maximum call stack size exceeded` past about
 * 100,000 of them: a shard of 200,000 tests would crash the report. These loop instead. A test
 * (test/hardening/huge-inputs.test.ts) keeps the spread forms out of src/ and providers/.
 */

/** Appends every item to `target` (in place) and returns it. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `empty` when there is none. */
export function maxOf(values: Iterable<number>, empty: number): number {
  let max: number | undefined;
  for (const v of values) if (max === undefined || v > max) max = v;
  return max ?? empty;
}

/** The smallest of `values`, or `empty` when there is none. */
export function minOf(values: Iterable<number>, empty: number): number {
  let min: number | undefined;
  for (const v of values) if (min === undefined || v < min) min = v;
  return min ?? empty;
}
