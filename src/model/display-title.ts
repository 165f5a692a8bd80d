/**
 * The title a person reads, as opposed to the parts a test's id is made of. Reporters that write the full
 * title into the test name (mocha-junit-reporter, jest-junit's defaults) repeat the suite path in the name,
 * and some put a synthetic root suite in front ("Root Suite", "All specs"): read as is, a title says
 * `calculator › calculator adds two numbers`. The display drops what is repeated and what is synthetic; the
 * id is computed from the parts as read (test-id.ts), so histories keyed by it stay valid. Pure.
 */
import type { TestIdParts } from './test-id.js';

/**
 * Suite names runners invent for the top of the tree: mocha's root suite (mocha-junit-reporter's default
 * `rootSuiteTitle`), Jasmine's and Karma's "All specs", Jasmine's internal top-level suite.
 */
const SYNTHETIC_ROOTS: readonly string[] = [
  'Root Suite',
  'All specs',
  'All Specs',
  'Jasmine__TopLevel__Suite',
  'Mocha Tests',
];

/** Separators a reporter puts between a synthetic root and the suite below it in one name. */
const JOINERS = /^(?:\s*[/.›>:]\s*|\s+)/;

/** A suite name without a synthetic root in front of it; '' when it is nothing but one. */
function withoutSyntheticRoot(suite: string): string {
  const trimmed = suite.trim();
  for (const root of SYNTHETIC_ROOTS) {
    if (trimmed === root) return '';
    if (trimmed.startsWith(root)) {
      const joiner = JOINERS.exec(trimmed.slice(root.length));
      if (joiner) return trimmed.slice(root.length + joiner[0].length).trim();
    }
  }
  return trimmed;
}

/** How a reporter joins a suite path and a name when it writes the full title: a space, `›`, `>` or `.`. */
const TITLE_SEPARATOR = /^(?:\s*[›>]\s*|\.|\s+)/;

/** `name` without `prefix` and the separator after it; undefined when the name does not start with both. */
function stripPrefix(name: string, prefix: string): string | undefined {
  if (prefix.length === 0 || !name.startsWith(prefix)) return undefined;
  const separator = TITLE_SEPARATOR.exec(name.slice(prefix.length));
  if (!separator) return undefined;
  const rest = name.slice(prefix.length + separator[0].length).trim();
  return rest.length > 0 ? rest : undefined;
}

// One-entry memo of cleanSuite: readers hand over the tests of one describe block in a row, sharing one
// frozen suite array, which cannot change, so the memo is not observable.
let memoRaw: readonly string[] | undefined;
let memoClean: readonly string[] = [];

/** The suite path without synthetic roots, repeats, and a parent's name in front of a child's. */
function cleanSuite(raw: readonly string[]): readonly string[] {
  if (raw === memoRaw) return memoClean;
  const suite: string[] = [];
  for (const entry of raw) {
    let s = withoutSyntheticRoot(entry);
    const parent = suite[suite.length - 1];
    // A nested suite named with its parent's path in front (`strings upper` in `strings`).
    if (parent !== undefined) s = stripPrefix(s, parent) ?? s;
    if (s.length > 0 && s !== parent) suite.push(s);
  }
  if (Object.isFrozen(raw)) {
    memoRaw = raw;
    memoClean = suite;
  }
  return suite;
}

/** The parts a person reads: the suite path without synthetic roots and repeats, and the bare name. */
export interface DisplayParts {
  readonly suite: readonly string[];
  readonly name: string;
}

/**
 * The suite path and name as a person should read them:
 * - synthetic root suites are dropped, also in front of a joined name (`Root Suite.calculator`);
 * - a suite equal to the one before it is dropped (jenkins-mode mocha repeats each suite), and one named
 *   with the one before it in front loses that prefix (`strings upper` in `strings`);
 * - a name that starts with the suite path (or its innermost suites) joined by spaces, `›`, `>` or `.`
 *   loses that prefix, the way mocha-junit-reporter and jest-junit write `calculator adds two numbers`;
 * - a name that holds outer suites the path does not list, then the innermost suite
 *   (`strings upper uppercases ascii` in suite `upper`), shows them as suites.
 */
export function displayParts(parts: Pick<TestIdParts, 'suite' | 'name'>): DisplayParts {
  const suite = cleanSuite(parts.suite);
  let name = withoutSyntheticRoot(parts.name) || parts.name.trim();
  const innermost = suite[suite.length - 1];
  // Every repeat this removes ends with the innermost suite: without it in the name, nothing to do (the
  // common case, and the fast one at 100,000 tests).
  if (innermost === undefined || !name.includes(innermost)) return { suite, name: name || parts.name };
  for (const joiner of [' ', ' › ', ' > ', '.']) {
    for (let from = 0; from < suite.length; from++) {
      const rest = stripPrefix(name, suite.slice(from).join(joiner));
      if (rest !== undefined) return { suite, name: rest };
    }
  }
  // Outer suites missing from the path, then the innermost one: `strings upper uppercases ascii`.
  const at = name.indexOf(` ${innermost} `);
  if (at > 0) {
    const outer = name.slice(0, at).trim();
    const rest = name.slice(at + innermost.length + 2).trim();
    if (rest.length > 0) return { suite: [...suite.slice(0, -1), outer, innermost], name: rest };
  }
  name = name.length > 0 ? name : parts.name;
  return { suite, name };
}

/**
 * The readable one-line title: `suite › suite › name [project]`, with what a reporter repeated or invented
 * left out (see {@link displayParts}). Use it wherever a person reads a title; use `testTitle` where the
 * title is a key (quarantine patterns, the history's stored title).
 */
export function displayTitle(parts: TestIdParts): string {
  const { suite, name } = displayParts(parts);
  const title = [...suite, name].filter((s) => s.length > 0).join(' › ');
  return parts.project ? `${title} [${parts.project}]` : title;
}
