/**
 * What a plan item may be. Items become arguments of the test command, and they come from files a fork can
 * write (a plan artifact, timings, a `--tests-from` list): an item `--require=evil.js` would be read by the
 * runner as an option, `../../etc/passwd` or `/etc/passwd` would point it outside the checkout. So an item
 * must be a repo-relative path inside the checkout: not absolute, no `..` segment, not starting with `-`,
 * no control characters. Anything else is refused with the item named.
 */
import { UsageError } from '../model/errors.js';

/** The longest item accepted, in characters (far past any real path). */
export const MAX_ITEM_CHARS = 4_096;

/** Why `item` cannot be a plan item, or undefined when it can. */
export function itemPathProblem(item: string): string | undefined {
  if (item.length === 0) return 'it is empty';
  if (item.length > MAX_ITEM_CHARS) return `it is longer than ${MAX_ITEM_CHARS} characters`;
  if (item.startsWith('-')) return 'it starts with "-", so the test runner would read it as an option';
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001F\u007F-\u009F]/.test(item)) return 'it holds a control character';
  if (item.startsWith('/') || item.startsWith('\\') || /^[A-Za-z]:/.test(item) || item.startsWith('~'))
    return 'it is an absolute path, not a path inside the checkout';
  if (item.split(/[/\\]/).includes('..')) return 'it leaves the checkout through ".."';
  return undefined;
}

/** Shortened for an error message. */
function shown(item: string): string {
  return JSON.stringify(item.length > 200 ? `${item.slice(0, 200)}…` : item);
}

/**
 * Checks every item; throws UsageError naming the first bad one, where it came from (`source`), and why.
 */
export function checkItems(items: readonly string[], source: string): void {
  for (const item of items) {
    const problem = itemPathProblem(item);
    if (problem !== undefined)
      throw new UsageError(
        `${source}: the item ${shown(item)} is refused: ${problem}`,
        'Plan items are test files given as repo-relative paths inside the checkout (e.g. test/a.test.ts).',
      );
  }
}
