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
