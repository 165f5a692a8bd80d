/**
 * Parsers of flag values that several verbs share. Each error names the flag, so the user knows which one to
 * fix. Light on purpose: the command declarations import it, and they load on every start of the CLI.
 */
import { UsageError } from '../model/errors.js';

/** Collects a repeatable flag (`--tests a --tests b` → ['a', 'b']). */
export const repeat = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

/**
 * A whole-number flag of at least `min`, or undefined when it was not given. Plain digits only: `1e3`,
 * `0x10` or `4.0` are numbers to JavaScript but not what anyone types for a count, so they are refused.
 *
 * @throws UsageError naming the flag and the value given
 */
export function wholeNumberFlag(flag: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${flag} must be a whole number ≥ ${min}, got '${value}'`);
  return n;
}

/**
 * A fraction flag (0 < value ≤ 1), or undefined when it was not given. Plain decimals only (`0.05`, `.1`,
 * `1`), for the same reason as whole numbers.
 *
 * @throws UsageError naming the flag and the value given
 */
export function fractionFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(n > 0 && n <= 1))
    throw new UsageError(
      `${flag} must be a fraction above 0 and at most 1, got '${value}'`,
      'e.g. 0.05 for 5 % of the items',
    );
  return n;
}
