/**
 * The test command's words and placeholders, and the shell command line they make for a list of items. Pure,
 * and below both its users: `tessera run` (src/run/execute.ts) builds each invocation with it, and the report
 * builds the command that reproduces a failure locally (reproduce.ts) with the same quoting.
 */
import { quote as shellQuoteWords } from 'shell-quote';
import { filterSyntaxOf, testFilterWords, TESTS_PLACEHOLDER } from './test-filter.js';

/** Replaced by all of the invocation's items, each shell-quoted. */
export const FILES_PLACEHOLDER = '{files}';
/** Replaced by one item: the command then runs once per item, and Tessera times each file itself. */
export const FILE_PLACEHOLDER = '{file}';
/** Replaced by the folder this invocation must write its result files into (also `$TESSERA_RESULTS_DIR`). */
export const RESULTS_PLACEHOLDER = '{results}';

/**
 * Whether the command runs once per item (it contains `{file}`). This is for runners whose results do not
 * say which file a test came from (node:test's JUnit has no `file` attribute): one process per file lets
 * Tessera attribute each test to its file, time the whole file, and retry only the files that failed.
 */
export function runsPerItem(words: readonly string[]): boolean {
  return words.some((w) => w.includes(FILE_PLACEHOLDER));
}

/** Quotes words for a POSIX shell and joins them with spaces. */
export type QuoteWords = (words: readonly string[]) => string;

/** shell-quote's quoting: correct for every word, if not always the shortest. */
export const shellQuote: QuoteWords = (words) => shellQuoteWords([...words]);

/** Words a POSIX shell takes literally in an argument: left bare so a command stays readable. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quoting for commands people read and paste (the reproduce command): a plain word stays bare
 * (`--test-reporter=junit`), a word without `'` goes in single quotes (where a POSIX shell expands nothing),
 * any other through shell-quote. Only for arguments: a first word with `=` would be an assignment, and a
 * command's first word is its program.
 */
export const readableQuote: QuoteWords = (words) =>
  words.map((w) => (PLAIN_WORD.test(w) ? w : w.includes("'") ? shellQuoteWords([w]) : `'${w}'`)).join(' ');

function fill(
  text: string,
  items: readonly string[],
  resultsDir: string,
  quoted: boolean,
  quote: QuoteWords,
  tests: readonly string[],
): string {
  const files = quoted ? quote(items) : items.join(' ');
  const file = quoted ? quote(items.slice(0, 1)) : (items[0] ?? '');
  const results = quoted ? quote([resultsDir]) : resultsDir;
  const names = quoted ? quote(tests) : tests.join(' ');
  // Replacer functions: a replacement string would read `$'`, `$&` … in a value (a test name's pattern) as
  // references to the match.
  return text
    .replaceAll(FILES_PLACEHOLDER, () => files)
    .replaceAll(FILE_PLACEHOLDER, () => file)
    .replaceAll(RESULTS_PLACEHOLDER, () => results)
    .replaceAll(TESTS_PLACEHOLDER, () => names);
}

/**
 * Runners whose command line takes `--` as "options end here; the rest are files" (their argument parsers
 * do: pytest's argparse, Jest's and Mocha's yargs, Playwright's commander). Vitest (cac puts what follows
 * `--` aside) and `node --test` (it would take the first file for the script) do not.
 */
export const END_OF_OPTIONS_RUNNERS: readonly string[] = ['jest', 'mocha', 'pytest', 'py.test', 'playwright'];

/**
 * Whether the items should follow a `--`: the command (several words) runs one of
 * {@link END_OF_OPTIONS_RUNNERS} and has no `--` of its own. Items are checked never to start with `-`
 * (plan/item-path.ts); the `--` is a second guard where the runner allows it.
 */
export function itemsAfterEndOfOptions(words: readonly string[]): boolean {
  if (words.length < 2 || words.includes('--')) return false;
  return words.some((w) => {
    const name = (w.split('/').pop() ?? w).replace(/\.(c|m)?js$/, '');
    return END_OF_OPTIONS_RUNNERS.includes(name);
  });
}

/**
 * Builds the shell command line for one invocation.
 *
 * - One word (`-- "npx jest --ci {files}"`): a shell command string, kept as written (pipes, `$VARS` and
 *   `&&` work); placeholders become shell-quoted values.
 * - Several words (`-- npx jest --ci {files}`): the words the user's shell already split; each is quoted
 *   again so it reaches the runner unchanged. A word that is exactly `{files}` becomes one quoted word per
 *   item; a placeholder inside a word (`--out={results}/a.xml`) is filled in before that word is quoted.
 *
 * `{tests}` becomes `tests`: the name filter of a re-run attempt (test-filter.ts), or by default a pattern
 * that matches every test. A word that is exactly `{tests}` becomes one quoted word per entry (pytest's
 * node ids). Without `{files}` or `{file}`, the items are appended, quoted. For a runner that accepts one
 * ({@link itemsAfterEndOfOptions}), the items are put after a `--`.
 */
export function buildCommandLine(
  words: readonly string[],
  items: readonly string[],
  resultsDir: string,
  quote: QuoteWords = shellQuote,
  tests: readonly string[] = testFilterWords([], filterSyntaxOf(words)) ?? [],
): string {
  const placesItems = words.some((w) => w.includes(FILES_PLACEHOLDER) || w.includes(FILE_PLACEHOLDER));
  const end = itemsAfterEndOfOptions(words) && items.length > 0 ? '-- ' : '';
  let line: string;
  if (words.length === 1) {
    line = fill(words[0] as string, items, resultsDir, true, quote, tests);
  } else {
    line = words
      .map((w) =>
        w === FILES_PLACEHOLDER
          ? `${end}${quote(items)}`
          : w === FILE_PLACEHOLDER
            ? `${end}${quote(items.slice(0, 1))}`
            : w === TESTS_PLACEHOLDER
              ? quote(tests)
              : quote([fill(w, items, resultsDir, false, quote, tests)]),
      )
      .join(' ');
  }
  return placesItems || items.length === 0 ? line : `${line} ${end}${quote(items)}`;
}
