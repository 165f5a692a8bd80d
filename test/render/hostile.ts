/** Untrusted text that tries every trick on a markdown or HTML renderer, for the escaping tests. */
import type { ReportView } from '../../src/render/view.js';
import { makeView } from './view-fixtures.js';

/** A test name that tries to run script, close tags and comments, break tables, ping people and link. */
export const HOSTILE_TITLE =
  '<script>window.__pwned=1</script> | @octocat fixes #123 [x](javascript:alert(1)) `tick` --> </details> <img src=x onerror="window.__pwned=2">';

/** A failure message with the same tricks, over several lines, including a code fence of its own. */
export const HOSTILE_MESSAGE = [
  'Expected <b>bold</b> </script><script>window.__pwned=3</script> to be ok',
  '```',
  '</details> @team please look at #45 | a | b |',
  '[click](javascript:alert(2)) <!-- --> ~~~',
].join('\n');

/** A file path with table and mention characters. */
export const HOSTILE_FILE = 'tests/we|ird @dev #9 `x`.test.ts';

/** A view whose every test, message, file and branch is hostile. */
export function hostileView(): ReportView {
  const view = makeView({
    newFailures: 4,
    groups: 2,
    stillFailing: 3,
    flaky: 2,
    slower: 2,
    fixed: 2,
    passed: 5,
    title: (i) => `${HOSTILE_TITLE} ${i}`,
    message: () => HOSTILE_MESSAGE,
  });
  const hostileFile = <T extends { file?: string }>(t: T): T => ({ ...t, file: HOSTILE_FILE });
  return {
    ...view,
    delta: view.delta ? { ...view.delta, branch: 'feat/@evil #99 [x](javascript:1) <script>' } : null,
    newFailures: view.newFailures.map((g) => ({
      ...g,
      signature: `${HOSTILE_TITLE} signature`,
      tests: g.tests.map(hostileFile),
    })),
    stillFailing: view.stillFailing.map(hostileFile),
    flaky: view.flaky.map((f) => ({ ...hostileFile(f), evidence: HOSTILE_TITLE })),
    slower: view.slower.map(hostileFile),
    fixed: view.fixed.map(hostileFile),
    tests: view.tests.map(hostileFile),
    unreadable: [{ file: HOSTILE_FILE, line: 3, message: HOSTILE_MESSAGE }],
  };
}
