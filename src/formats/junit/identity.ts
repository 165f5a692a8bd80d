/**
 * How a JUnit `<testcase>` becomes a test identity (file, suite path, name). JUnit has no standard for it:
 * each reporter puts the file, the class and the describe path in different attributes. These rules make
 * the ids stable (the same test gets the same id in every shard and run) and readable (no part repeats
 * another), and they are pure so they can be tested dialect by dialect.
 *
 * **File**, first found of:
 * 1. the testcase's `file` attribute (pytest xunit1, PHPUnit, RSpec, mocha xunit, Playwright);
 * 2. the innermost enclosing testsuite's `file` attribute (PHPUnit, nested suites);
 * 3. the `classname`, when it names a location rather than a title: no whitespace, and a `/`, `\`, `.` or
 *    `::` in it. That covers a file (vitest, Playwright: `calculator.test.js`), a Go package
 *    (`example.com/calc`), a Java class (Surefire, Gradle, Ant: `com.acme.CalcTest`), a Python module or
 *    class (pytest xunit2: `tests.test_calc.TestCalc`) and a Rust module (nextest: `crate::module`). It is
 *    kept as given, not turned into a path, because its kind cannot be told from the text. A classname
 *    that reads like a title (jest-junit's describe path, mocha-junit-reporter's test title, node:test's
 *    constant `test`) is not a location;
 * 4. the innermost testsuite's name, when it names a location by the same test (jest-junit configured with
 *    the file path as suite name, Bazel's target `pkg/target`).
 *
 * Otherwise the test has no file (jest-junit defaults, mocha-junit-reporter, node:test).
 *
 * Paths are normalised with the model's `normalizePath` against the read root.
 *
 * **Suite path**: the names of the enclosing testsuites, outermost first, without the root `<testsuites>`
 * (a run-level container: "jest tests", "Mocha Tests") and without a name equal to the file (vitest and
 * Playwright name each suite after its file). Then the classname, where it adds something: not when it is
 * the file, a suite name already in the path, the test name or the tail of the test name
 * (mocha-junit-reporter), nor
 * the file as a module path (RSpec's `spec.calc_spec` for `spec/calc_spec.rb`). When it is the module path
 * plus a class (pytest `tests.test_calc.TestCalc` for `tests/test_calc.py`) only the class is added; when
 * it ends with the test name (jest-junit's `{classname} {title}`) only the part before the name is.
 *
 * **Name**: the testcase's `name`, as given.
 */

/** The attributes of a `<testcase>` that identity depends on. */
export interface TestcaseAttributes {
  readonly name: string;
  readonly classname?: string;
  readonly file?: string;
}

/** What the enclosing testsuites contribute. */
export interface SuiteContext {
  /** Names of the enclosing suites, outermost first. */
  readonly path: readonly string[];
  /** The innermost `file` attribute of an enclosing suite, normalised. */
  readonly file?: string;
  /** The innermost suite's name as a normalised path, when it names a location. */
  readonly nameAsFile?: string;
}

/** A test's identity parts, as {@link TestCaseDraft} wants them. */
export interface JunitIdentity {
  readonly file: string | undefined;
  readonly suite: readonly string[];
  readonly name: string;
}

/** Whether a classname names a location (file, package, class, module) rather than a title. */
export function isLocationLike(classname: string): boolean {
  if (classname.length === 0 || /\s/.test(classname)) return false;
  return /[/\\.]|::/.test(classname);
}

// One-entry memo for moduleOf: consecutive testcases nearly always share a file, and this runs per testcase
// in files of 100,000. The function is pure, so the memo is not observable.
let memoFile = '';
let memoModule = '';

/** `spec/calc_spec.rb` → `spec.calc_spec`: the module path some reporters derive the classname from. */
function moduleOf(file: string): string {
  if (file === memoFile) return memoModule;
  const slash = file.lastIndexOf('/');
  const dot = file.lastIndexOf('.');
  const stem = dot > slash + 1 ? file.slice(0, dot) : file;
  memoFile = file;
  memoModule = stem.replaceAll('/', '.');
  return memoModule;
}

const DOT = 0x2e;
const SPACE = 0x20;

// `text.startsWith(prefix + char)` and `text.endsWith(char + suffix)` without building the joined string:
// these run for every testcase, and the joined string would be flattened (copied) on each comparison.
function startsWithThenChar(text: string, prefix: string, char: number): boolean {
  return text.length > prefix.length && text.charCodeAt(prefix.length) === char && text.startsWith(prefix);
}

function endsWithAfterChar(text: string, suffix: string, char: number): boolean {
  const at = text.length - suffix.length - 1;
  return at >= 0 && text.charCodeAt(at) === char && text.endsWith(suffix);
}

const NODE_TEST_CLASSNAME = 'test';

/** The suite entry a classname contributes, or undefined when it repeats what the id already has. */
function classnameEntry(
  classname: string,
  name: string,
  file: string | undefined,
  suite: readonly string[],
): string | undefined {
  if (classname === file || classname === name || name.endsWith(classname) || suite.includes(classname))
    return;
  // node:test's JUnit reporter writes the constant classname "test" on every testcase: it names nothing.
  if (classname === NODE_TEST_CLASSNAME) return;
  if (file !== undefined) {
    const module = moduleOf(file);
    if (classname === module) return;
    if (startsWithThenChar(classname, module, DOT)) return classname.slice(module.length + 1);
  }
  if (endsWithAfterChar(classname, name, SPACE)) {
    const prefix = classname.slice(0, -name.length - 1).trimEnd();
    return prefix.length > 0 && !suite.includes(prefix) ? prefix : undefined;
  }
  return classname;
}

/**
 * How a suite path is derived from the enclosing suites' path. The reader passes memoised ones that return
 * one shared (frozen) array per distinct result, since thousands of testcases share each suite path.
 */
export interface SuitePathOps {
  /** `path` without the entries equal to `entry`. */
  without(path: readonly string[], entry: string): readonly string[];
  /** `path` with `entry` appended. */
  with(path: readonly string[], entry: string): readonly string[];
}

/** Fresh arrays every time: for callers that read a handful of testcases. */
const PLAIN_PATHS: SuitePathOps = {
  without: (path, entry) => path.filter((s) => s !== entry),
  with: (path, entry) => [...path, entry],
};

/**
 * The identity of one testcase: see the module comment for the rules. `normalize` turns a raw path into the
 * repo-relative form ({@link normalizePath} against the read root); the reader passes a memoised one,
 * since a suite's testcases usually repeat the same path. `paths` builds the suite path; the reader's
 * shares one array among the testcases with the same path.
 */
export function junitIdentity(
  testcase: TestcaseAttributes,
  suites: SuiteContext,
  normalize: (path: string) => string,
  paths: SuitePathOps = PLAIN_PATHS,
): JunitIdentity {
  const classname = testcase.classname !== undefined ? testcase.classname.trim() : '';
  let file: string | undefined;
  let classnameIsFile = false;
  if (testcase.file !== undefined && testcase.file.trim().length > 0) file = normalize(testcase.file);
  else if (suites.file !== undefined) file = suites.file;
  else if (isLocationLike(classname)) {
    file = normalize(classname);
    classnameIsFile = true;
  } else file = suites.nameAsFile;

  let suite = suites.path;
  if (file !== undefined && suite.includes(file)) suite = paths.without(suite, file);
  if (!classnameIsFile && classname.length > 0) {
    const entry = classnameEntry(classname, testcase.name, file, suite);
    if (entry !== undefined) suite = paths.with(suite, entry);
  }
  return { file, suite, name: testcase.name };
}
