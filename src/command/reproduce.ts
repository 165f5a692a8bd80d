/**
 * The command that re-runs a group of failed tests locally, derived from the test command the shard ran:
 * its `{files}` (or `{file}`) become the failed tests' files, and for runners that have a name filter the
 * command gets one that selects exactly those tests. Every value is shell-quoted for a POSIX shell (test
 * names and file names are untrusted: a name such as `$(rm -rf ~)` stays text), and the line is one line:
 * control characters in a name become regular-expression escapes. Pure.
 */
import { displayParts, type TestIdParts } from '../model/index.js';
import {
  buildCommandLine,
  FILE_PLACEHOLDER,
  FILES_PLACEHOLDER,
  readableQuote,
  RESULTS_PLACEHOLDER,
} from './command-line.js';

/** Where a reproduced command writes result files when its command names `{results}`. */
export const REPRODUCE_RESULTS_DIR = '.tessera/reproduce';

/** A failed test to re-run: its repo-relative file and the parts of its name. */
export type ReproduceTest = Pick<TestIdParts, 'file' | 'suite' | 'name'>;

/** A runner whose name filter Tessera knows, and how the filter is written. */
interface NameFilter {
  readonly runner: string;
  /** Whether this command runs it. */
  readonly detect: (words: readonly string[]) => boolean;
  /** The words of the filter for a regular expression. */
  readonly words: (pattern: string) => readonly string[];
  /** The name the runner matches the pattern against. */
  readonly nameOf: (test: ReproduceTest) => string;
  /** Whether the pattern must match the whole name (`^…$`) or may match part of it. */
  readonly anchored: boolean;
  /** Where the filter goes: right after this word (node's `--test`: later words are the script's), else last. */
  readonly after?: string;
  /**
   * Words that also show the results on the terminal when the command sends them only to a file (node:test
   * with `--test-reporter=junit` prints nothing else): a person reproducing reads them.
   */
  readonly console?: (words: readonly string[]) => readonly string[];
}

const fullName = (test: ReproduceTest): string => {
  const { suite, name } = displayParts(test);
  return [...suite, name].join(' ');
};

const hasWord = (words: readonly string[], pattern: RegExp): boolean => words.some((w) => pattern.test(w));

/**
 * The runners whose name filter is known. node:test (Node 20) matches `--test-name-pattern` against a test's
 * own name; Jest, Vitest and mocha match `-t`/`--grep` against the full title, suites and name joined by
 * spaces; Playwright matches `--grep` against a title path that also holds the project and file, so its
 * pattern is not anchored.
 */
const NAME_FILTERS: readonly NameFilter[] = [
  {
    runner: 'node:test',
    detect: (w) => hasWord(w, /(?:^|\/)node(?:\.exe)?$/) && w.includes('--test'),
    words: (p) => [`--test-name-pattern=${p}`],
    nameOf: (t) => displayParts(t).name,
    anchored: true,
    after: '--test',
    console: (w) =>
      hasWord(w, /^--test-reporter(?:=|$)/)
        ? ['--test-reporter=spec', '--test-reporter-destination=stdout']
        : [],
  },
  {
    runner: 'vitest',
    detect: (w) => hasWord(w, /(?:^|\/)vitest$/),
    words: (p) => ['-t', p],
    nameOf: fullName,
    anchored: true,
  },
  {
    runner: 'jest',
    detect: (w) => hasWord(w, /(?:^|\/)jest$/),
    words: (p) => ['-t', p],
    nameOf: fullName,
    anchored: true,
  },
  {
    runner: 'mocha',
    detect: (w) => hasWord(w, /(?:^|\/)_?mocha$/),
    words: (p) => ['--grep', p],
    nameOf: fullName,
    anchored: true,
  },
  {
    runner: 'playwright',
    detect: (w) => hasWord(w, /(?:^|\/)playwright$/) && w.includes('test'),
    words: (p) => ['--grep', p],
    nameOf: fullName,
    anchored: false,
  },
];

/** A longer filter is left out (the files alone still narrow the run): a command should fit a terminal. */
const MAX_PATTERN_CHARS = 2_000;

/** `text` as a literal in a JavaScript regular expression, on one line. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is being escaped
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The words of a command as Tessera runs them: one word is a shell string, split here to detect the runner. */
function wordsForDetection(command: readonly string[]): string[] {
  if (command.length !== 1) return [...command];
  return (command[0] as string).split(/\s+/).filter((w) => w.length > 0);
}

/** The name filter for the tests, or undefined when the runner has none Tessera knows, or it would be too long. */
function nameFilter(
  command: readonly string[],
  tests: readonly ReproduceTest[],
): { filter: NameFilter; pattern: string } | undefined {
  const words = wordsForDetection(command);
  const filter = NAME_FILTERS.find((f) => f.detect(words));
  if (!filter) return undefined;
  const names = [...new Set(tests.map((t) => escapeRegExp(filter.nameOf(t))))].sort();
  if (names.length === 0) return undefined;
  const alternation = names.length === 1 ? (names[0] as string) : `(?:${names.join('|')})`;
  const pattern = filter.anchored ? `^${alternation}$` : alternation;
  return pattern.length <= MAX_PATTERN_CHARS ? { filter, pattern } : undefined;
}

/** The command's words with the filter's words placed where the runner reads them. */
function withFilter(command: readonly string[], filter: NameFilter, pattern: string): string[] {
  const added = [...filter.words(pattern), ...(filter.console?.(wordsForDetection(command)) ?? [])];
  if (command.length === 1) {
    // A shell string: the filter goes in quoted, after `--test` for node, else at the end.
    const line = command[0] as string;
    const quoted = readableQuote(added);
    if (filter.after !== undefined) {
      const at = new RegExp(`(^|\\s)${escapeRegExp(filter.after)}(?=\\s|$)`).exec(line);
      if (at) {
        const end = at.index + at[0].length;
        return [`${line.slice(0, end)} ${quoted}${line.slice(end)}`];
      }
    }
    return [`${line} ${quoted}`];
  }
  const index = filter.after !== undefined ? command.indexOf(filter.after) : -1;
  return index >= 0
    ? [...command.slice(0, index + 1), ...added, ...command.slice(index + 1)]
    : [...command, ...added];
}

/**
 * The one command line that re-runs `tests` locally from the repository root, or undefined when it would
 * not narrow the run at all (no test has a file and the runner has no name filter Tessera knows).
 *
 * @param command the test command the shard ran, as recorded in its bundle (the words after `--`)
 * @param tests the failed tests of one group; their files are repo-relative
 */
export function reproduceCommand(
  command: readonly string[],
  tests: readonly ReproduceTest[],
): string | undefined {
  if (command.length === 0 || tests.length === 0) return undefined;
  const files = [
    ...new Set(tests.flatMap((t) => (t.file !== undefined && t.file.length > 0 ? [t.file] : []))),
  ].sort();
  const named = nameFilter(command, tests);
  if (files.length === 0 && !named) return undefined;
  // `{file}` ran one process per file in the shard; to reproduce, one process takes all the files.
  const words = command.map((w) =>
    w === FILE_PLACEHOLDER ? FILES_PLACEHOLDER : w.replaceAll(FILE_PLACEHOLDER, FILES_PLACEHOLDER),
  );
  const filtered = named ? withFilter(words, named.filter, named.pattern) : words;
  const line = buildCommandLine(filtered, files, REPRODUCE_RESULTS_DIR, readableQuote);
  // The runner writes into `{results}` but may not create the folder (node:test does not).
  return command.some((w) => w.includes(RESULTS_PLACEHOLDER))
    ? `mkdir -p ${readableQuote([REPRODUCE_RESULTS_DIR])} && ${line}`
    : line;
}
