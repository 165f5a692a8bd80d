/**
 * `{tests}`: the test names a re-run attempt passes to the runner's own name filter (docs/rerun.md), as the
 * runner's pattern syntax wants them. Pure.
 *
 * Test names are untrusted (a fork writes them): each is escaped for the runner's regex syntax (JavaScript
 * for Vitest, Jest, Mocha and Playwright; RE2 for `go test -run`), and every character outside printable
 * ASCII becomes an escape, so the pattern is one plain argument; command-line.ts then quotes it for the
 * shell like any other value. pytest takes node ids (`file::Class::name`) as separate arguments, literally.
 * A filter longer than {@link MAX_TEST_FILTER_CHARS} is not built: the caller runs the failed files whole.
 */
import type { TestCase } from '../model/index.js';

/** Replaced by the failed tests of a re-run attempt, or by a pattern that matches every test. */
export const TESTS_PLACEHOLDER = '{tests}';

/**
 * The longest `{tests}` value: well under Linux's 128 KiB for one argument and Windows' 32,767 characters
 * for a whole command line, with room for the rest of the command.
 */
export const MAX_TEST_FILTER_CHARS = 16_384;

/** The name-filter syntaxes Tessera knows. */
export type FilterSyntax = 'jest' | 'vitest' | 'mocha' | 'playwright' | 'pytest' | 'go';

/** Whether the command takes test names (it contains `{tests}`). */
export function takesTestNames(words: readonly string[]): boolean {
  return words.some((w) => w.includes(TESTS_PLACEHOLDER));
}

/** The runner a command runs, by its words (`npx vitest run`, `go test ./...`); Jest's syntax otherwise. */
export function filterSyntaxOf(words: readonly string[]): FilterSyntax {
  const tokens = words
    .flatMap((w) => w.split(/\s+/))
    .map((w) => (w.split('/').pop() ?? w).replace(/\.(c|m)?js$/, ''));
  for (const [i, token] of tokens.entries()) {
    if (token === 'vitest') return 'vitest';
    if (token === 'jest') return 'jest';
    if (token === 'mocha' || token === '_mocha') return 'mocha';
    if (token === 'playwright') return 'playwright';
    if (token === 'pytest' || token === 'py.test') return 'pytest';
    if (token === 'go' && tokens[i + 1] === 'test') return 'go';
  }
  return 'jest';
}

/** Every character outside printable ASCII as a `\uXXXX` escape (JavaScript regex, no `u` flag needed). */
function jsEscape(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (/[.*+?^${}()|[\]\\/]/.test(ch)) out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  }
  return out;
}

/** RE2's QuoteMeta, with every character outside printable ASCII as `\x{…}`. */
function re2Escape(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (/[\\.+*?()|[\]{}^$]/.test(ch)) out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else out += `\\x{${code.toString(16)}}`;
  }
  return out;
}

/**
 * The title a runner matches its name pattern against, as far as the result file tells it: suite path and
 * name joined by spaces (Jest, Mocha, Playwright), without repeating a suite the name already starts with
 * (mocha-junit-reporter writes full titles); Vitest's JUnit writes `describe > test`, its full name joins
 * with spaces.
 */
export function runnerTitle(test: Pick<TestCase, 'suite' | 'name'>, syntax: FilterSyntax): string {
  const name = syntax === 'vitest' ? test.name.replaceAll(' > ', ' ') : test.name;
  const prefix = test.suite.join(' ');
  return prefix === '' || name === prefix || name.startsWith(`${prefix} `) ? name : `${prefix} ${name}`;
}

/** A pytest node id: `file::Class::name` (the suite's class path, when the results gave one). */
function pytestNodeId(test: Pick<TestCase, 'file' | 'suite' | 'name'>): string {
  const classes = test.suite.map((s) => s.split('.').pop() ?? s);
  return [test.file ?? '', ...classes, test.name].join('::');
}

/**
 * The words `{tests}` becomes: one anchored alternation of the tests' titles, or pytest's node ids; with no
 * tests, a pattern that matches every test (`.*`), or no words for pytest. Undefined when the filter would
 * be longer than `maxChars`.
 */
export function testFilterWords(
  tests: readonly Pick<TestCase, 'file' | 'suite' | 'name'>[],
  syntax: FilterSyntax,
  maxChars: number = MAX_TEST_FILTER_CHARS,
): string[] | undefined {
  if (tests.length === 0) return syntax === 'pytest' ? [] : ['.*'];
  let words: string[];
  if (syntax === 'pytest') {
    words = [...new Set(tests.map(pytestNodeId))];
  } else if (syntax === 'go') {
    // `-run` splits its pattern at slashes, one part per subtest level: filter on the top-level test.
    const names = [...new Set(tests.map((t) => re2Escape(t.name.split('/')[0] ?? t.name)))];
    words = [`^(?:${names.join('|')})$`];
  } else {
    const titles = [...new Set(tests.map((t) => jsEscape(runnerTitle(t, syntax))))];
    // Anchored at the end, and at the start or a space: runners prefix the title differently (Playwright
    // with the project and file), and a shorter name must not match a longer one.
    const end = syntax === 'playwright' ? '(?:$|\\s)' : '$';
    words = [`(?:^|\\s)(?:${titles.join('|')})${end}`];
  }
  const length = words.reduce((sum, w) => sum + w.length + 1, 0);
  return length > maxChars ? undefined : words;
}
