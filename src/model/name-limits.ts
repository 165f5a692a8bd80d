/**
 * Bounds on the names a test carries (its name, suite path, file and project). They come from result files
 * and bundles, which a test or a fork can write: a test name of hundreds of megabytes would otherwise be
 * copied into every report, the history and every rendering. Messages and traces have their own bound
 * (the readers' `maxMessageChars`, 16 KiB by default). Every cut text ends in a visible marker.
 */
import { makeTestCase } from './outcome.js';
import type { TestCase } from './test-result.js';

/** The documented bounds (README, "Limits"; SECURITY.md). */
export const NAME_LIMITS = {
  /** A test's own name, and each suite name. */
  nameChars: 2_000,
  /** A test's file path. */
  pathChars: 1_024,
  /** Suite levels kept (the outermost ones). */
  suiteDepth: 32,
} as const;

/** `text` cut to `max` characters, ending with `… [N more characters cut]`; as it is when short enough. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… [${text.length - max} more characters cut]`;
}

function exceeds(t: Pick<TestCase, 'name' | 'suite' | 'file' | 'project'>): boolean {
  return (
    t.name.length > NAME_LIMITS.nameChars ||
    t.suite.length > NAME_LIMITS.suiteDepth ||
    t.suite.some((s) => s.length > NAME_LIMITS.nameChars) ||
    (t.file?.length ?? 0) > NAME_LIMITS.pathChars ||
    (t.project?.length ?? 0) > NAME_LIMITS.nameChars
  );
}

/**
 * `test` with its names within {@link NAME_LIMITS}; the same object when they already are (the usual case,
 * so this costs a few comparisons per test). A cut test gets the id of its cut names.
 */
export function capTestNames<T extends TestCase>(test: T): TestCase {
  if (!exceeds(test)) return test;
  const suite = test.suite.slice(0, NAME_LIMITS.suiteDepth).map((s) => capText(s, NAME_LIMITS.nameChars));
  if (test.suite.length > NAME_LIMITS.suiteDepth)
    suite.push(`… [${test.suite.length - NAME_LIMITS.suiteDepth} more suite levels cut]`);
  return makeTestCase({
    ...test,
    name: capText(test.name, NAME_LIMITS.nameChars),
    suite,
    ...(test.file !== undefined ? { file: capText(test.file, NAME_LIMITS.pathChars) } : {}),
    ...(test.project !== undefined ? { project: capText(test.project, NAME_LIMITS.nameChars) } : {}),
  });
}
