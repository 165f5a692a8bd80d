/**
 * Turns the SAX events of one JUnit document into test drafts and suite timings, holding only the open
 * suites, the open testcase and bounded text buffers: memory grows with the number of tests, never with
 * the size of their output.
 *
 * Text is only wanted inside result elements and `system-out`/`system-err`; the collector tells its
 * owner (through `wantText`) when to listen, so the parser does not even build the strings of the
 * whitespace and properties between them.
 */
import type { SuiteTiming } from '../../model/index.js';
import { normalizePath } from '../../model/index.js';
import { detach, StringInterner } from '../common/detach.js';
import type { ReadOptions } from '../reader.js';
import { parseLine, parseSecondsToMs } from './attributes.js';
import { keepFailures } from '../common/keep-failures.js';
import { BoundedBuffer } from './bounded-buffer.js';
import { JunitOddities } from './oddities.js';
import { isLocationLike, junitIdentity, type SuiteContext, type SuitePathOps } from './identity.js';
import type { PendingTest } from './fold.js';
import { recordResult, testcaseAttempts, withOutput, type OpenCase } from './open-testcase.js';
import { resultKind, type OpenResult } from './result-element.js';

type Attributes = Readonly<Record<string, string>>;

/** The name of the test that stands for a suite-level `<failure>` or `<error>`. */
export const SUITE_FAILURE_NAME = '(suite failure)';

/** The suite path of a testcase outside any testsuite. */
const NO_PATH: readonly string[] = Object.freeze([]);

/** The context of a testcase outside any testsuite (fuzzed or hand-written files). */
const NO_SUITE: SuiteContext = { path: NO_PATH };

/** Suites nested deeper than this share their parent's path: a bound against hostile nesting. */
const MAX_SUITE_DEPTH = 32;

/** Testcase `status` values (Catch2, tst, GoogleTest) that mean the test did not run. */
const NOT_RUN_STATUSES: ReadonlySet<string> = new Set(['disabled', 'skipped', 'notrun', 'not run']);

interface SuiteFrame extends SuiteContext {
  readonly depth: number;
  readonly name: string;
  /** Own `file` attribute, normalised. */
  readonly ownFile: string | undefined;
  readonly durationMs: number | undefined;
  /** Whether the suite is the document's `<testsuites>` container. */
  readonly container: boolean;
  /**
   * For an outermost suite that only names the run, the context of a testcase directly inside that locates
   * itself (see {@link JunitCollector.contextFor}): the frame's, without the suite's name.
   */
  readonly locatedContext: SuiteContext | undefined;
  /** The Playwright project the suite ran in (see {@link JunitCollector.projectOf}). */
  readonly project: string | undefined;
  childSuites: number;
  /** The suite's own `tests` attribute: checked against what it lists, never counted. */
  readonly declaredTests: number;
  /** How many suite timings existed when the suite opened: the ones after it are its descendants'. */
  readonly timingsBefore: number;
  /** Indexes (in the drafts) of the testcases directly inside: for suite-level output and the file. */
  readonly cases: number[];
  stdout: BoundedBuffer | undefined;
  stderr: BoundedBuffer | undefined;
}

/** A place text currently goes to, and the element depth that closes it. */
interface TextTarget {
  readonly depth: number;
  readonly buffer: BoundedBuffer;
}

/** What the collector produced, ready for folding. */
export interface CollectedResults {
  /** Tests in document order; repeated ones are folded (and ids computed) by `finishTests`. */
  readonly drafts: PendingTest[];
  readonly suites: readonly SuiteTiming[];
  readonly warnings: readonly string[];
}

/**
 * Suite paths shared by every testcase (and testsuite element) that has the same one: one frozen array per
 * distinct path instead of one per test. A path is shared by a few tests in a jest-junit file (four on
 * average in the benchmark's data) and by every test of a class in a Surefire one. Keyed by the parent
 * path's identity, which is itself shared, then by the entry. Frozen, because they are shared: the writer
 * and testId rely on a frozen array never changing.
 */
class SuitePaths implements SuitePathOps {
  private readonly extended = new Map<readonly string[], Map<string, readonly string[]>>();
  private readonly reduced = new Map<readonly string[], Map<string, readonly string[]>>();

  constructor(private readonly strings: StringInterner) {}

  with(path: readonly string[], entry: string): readonly string[] {
    const byEntry = this.table(this.extended, path);
    let derived = byEntry.get(entry);
    if (derived === undefined) {
      const kept = this.strings.intern(entry);
      derived = Object.freeze([...path, kept]);
      byEntry.set(kept, derived);
    }
    return derived;
  }

  without(path: readonly string[], entry: string): readonly string[] {
    const byEntry = this.table(this.reduced, path);
    let derived = byEntry.get(entry);
    if (derived === undefined) {
      derived = Object.freeze(path.filter((s) => s !== entry));
      byEntry.set(this.strings.intern(entry), derived);
    }
    return derived;
  }

  /** The derived paths of `path`; the map's keys are interned, so they do not pin the input chunk. */
  private table(
    tables: Map<readonly string[], Map<string, readonly string[]>>,
    path: readonly string[],
  ): Map<string, readonly string[]> {
    let byEntry = tables.get(path);
    if (byEntry === undefined) {
      byEntry = new Map();
      tables.set(path, byEntry);
    }
    return byEntry;
  }
}

/** Event sink for one JUnit document. Not reusable: make one per read. */
export class JunitCollector {
  /** Called with `true` when element text becomes wanted and `false` when it stops being wanted. */
  wantText: (wanted: boolean) => void = () => undefined;

  private readonly root: string;
  private depth = 0;
  private readonly suites: SuiteFrame[] = [];
  private testcase: OpenCase | undefined;
  private result: OpenResult | undefined;
  private readonly targets: TextTarget[] = [];
  private readonly drafts: PendingTest[] = [];
  private readonly timings: SuiteTiming[] = [];
  private readonly oddities = new JunitOddities();
  private hostnameIsProject = false;
  private lastRawPath = '';
  private lastNormalizedPath = '';
  /** One detached copy of each repeated string (paths, suite names, class names, projects). */
  private readonly strings = new StringInterner();
  private readonly suitePaths = new SuitePaths(this.strings);
  /** Raw path → normalised, interned path; keys are detached copies. */
  private readonly normalizedPaths = new Map<string, string>();

  constructor(private readonly options: ReadOptions) {
    this.root = options.root ?? process.cwd();
  }

  /**
   * normalizePath against the root, interned, remembering every answer: consecutive testcases share paths,
   * and a file has few distinct ones.
   */
  private readonly normalize = (path: string): string => {
    if (path !== this.lastRawPath) {
      let normalized = this.normalizedPaths.get(path);
      if (normalized === undefined) {
        normalized = this.strings.intern(normalizePath(path, this.root));
        this.normalizedPaths.set(this.strings.intern(path), normalized);
      }
      this.lastRawPath = path;
      this.lastNormalizedPath = normalized;
    }
    return this.lastNormalizedPath;
  };

  /** The root element's name, checked by the reader before any other event. */
  static isJunitRoot(name: string): boolean {
    return name === 'testsuites' || name === 'testsuite';
  }

  /** An element opened. */
  open(name: string, attributes: Attributes): void {
    const depth = ++this.depth;
    if (this.testcase !== undefined) {
      this.openInsideTestcase(name, attributes, depth);
      return;
    }
    switch (name) {
      case 'testsuite':
      case 'testsuites':
        this.openSuite(name, attributes, depth);
        return;
      case 'testcase':
        this.openTestcase(attributes, depth);
        return;
      case 'failure':
      case 'error':
        this.openSuiteFailure(name, attributes, depth);
        return;
      case 'system-out':
      case 'system-err': {
        const suite = this.suites[this.suites.length - 1];
        if (suite === undefined) return;
        if (name === 'system-out') this.listen(depth, (suite.stdout ??= this.outputBuffer()));
        else this.listen(depth, (suite.stderr ??= this.outputBuffer()));
      }
    }
  }

  /** Text (or CDATA) inside the element that asked for it. */
  text(piece: string): void {
    this.targets[this.targets.length - 1]?.buffer.append(piece);
  }

  /** An element closed. */
  close(): void {
    const depth = this.depth--;
    const target = this.targets[this.targets.length - 1];
    if (target !== undefined && target.depth === depth) {
      this.targets.pop();
      if (target.buffer.truncated) this.oddities.truncatedTexts++;
      if (this.targets.length === 0) this.wantText(false);
    }
    const testcase = this.testcase;
    if (testcase !== undefined) {
      if (depth === testcase.depth + 1 && this.result !== undefined) {
        this.closeResult(testcase, this.result);
        if (testcase.standIn) this.closeTestcase(testcase);
      } else if (depth === testcase.depth) this.closeTestcase(testcase);
      return;
    }
    const suite = this.suites[this.suites.length - 1];
    if (suite !== undefined && suite.depth === depth) this.closeSuite(suite);
  }

  /** The drafts, suite timings and warnings, once the document has ended. */
  finish(): CollectedResults {
    const warnings = this.oddities.warnings(this.options);
    return { drafts: this.drafts, suites: this.timings, warnings };
  }

  private outputBuffer(): BoundedBuffer {
    return new BoundedBuffer(this.options.maxOutputChars);
  }

  private listen(depth: number, buffer: BoundedBuffer): void {
    if (this.targets.length === 0) this.wantText(true);
    this.targets.push({ depth, buffer });
  }

  private time(value: string | undefined): number {
    const ms = parseSecondsToMs(value);
    if (ms !== undefined) return ms;
    this.oddities.badTimes++;
    return 0;
  }

  private openSuite(name: string, attributes: Attributes, depth: number): void {
    const parent = this.suites[this.suites.length - 1];
    if (parent !== undefined) parent.childSuites++;
    // The document's <testsuites> is a run-level container ("jest tests"): its name is not a suite.
    const container = name === 'testsuites' && parent === undefined;
    if (container) this.hostnameIsProject = attributes.id !== undefined;
    const suiteName = container ? '' : this.strings.intern(this.suiteName(attributes));
    const parentPath = parent?.path ?? NO_PATH;
    const path =
      suiteName.length > 0 && parentPath.length < MAX_SUITE_DEPTH
        ? this.suitePaths.with(parentPath, suiteName)
        : parentPath;
    const rawFile = attributes.file;
    const ownFile = rawFile !== undefined && rawFile.length > 0 ? this.normalize(rawFile) : undefined;
    const time = attributes.time;
    const nameAsFile = isLocationLike(suiteName) ? this.normalize(suiteName) : undefined;
    const file = ownFile ?? parent?.file;
    // An outermost suite with neither a file nor a location for a name names the run, not the tests in it:
    // pytest's `junit_suite_name` ("pytest", or the shard's name), RSpec's "rspec", mocha xunit's "Mocha Tests".
    const namesRun =
      (parent === undefined || parent.container) &&
      !container &&
      ownFile === undefined &&
      nameAsFile === undefined &&
      suiteName.length > 0;
    this.suites.push({
      depth,
      name: suiteName,
      path,
      file,
      nameAsFile,
      ownFile,
      durationMs: time !== undefined && time.length > 0 ? this.time(time) : undefined,
      container,
      locatedContext: namesRun ? { path: parentPath, file, nameAsFile } : undefined,
      project: this.projectOf(attributes) ?? parent?.project,
      childSuites: 0,
      declaredTests: Number(attributes.tests) || 0,
      timingsBefore: this.timings.length,
      cases: [],
      stdout: undefined,
      stderr: undefined,
    });
  }

  /**
   * Playwright writes the project (browser) name as each testsuite's `hostname`: without it the same test
   * run in chromium and in firefox would be one test. Every other reporter writes the machine's name there,
   * which must never enter an id, so the attribute is only read in Playwright's files, recognised by the
   * `id` attribute Playwright writes on the root `<testsuites>`.
   */
  private projectOf(attributes: Attributes): string | undefined {
    const hostname = attributes.hostname;
    return this.hostnameIsProject && hostname !== undefined && hostname.length > 0
      ? this.strings.intern(hostname)
      : undefined;
  }

  /** Ant's aggregate writes `package="com.acme" name="CalcTest"`; Surefire writes the whole class name. */
  private suiteName(attributes: Attributes): string {
    const name = attributes.name?.trim() ?? '';
    const pkg = attributes.package?.trim();
    const joined = pkg && name.length > 0 && !name.includes('.') ? `${pkg}.${name}` : name;
    // PHPUnit names the outer suite after a directory: keep it repo-relative when it is under the root.
    return joined.startsWith('/') || /^[A-Za-z]:[\\/]/.test(joined)
      ? normalizePath(joined, this.root)
      : joined;
  }

  private closeSuite(suite: SuiteFrame): void {
    this.suites.pop();
    this.attributeSuiteOutput(suite);
    if (suite.declaredTests > 0 && suite.cases.length === 0 && suite.childSuites === 0)
      this.oddities.suitesWithoutCases++;
    // A suite's time includes its child suites': planning on both would count it twice. Wrapper suites
    // (only child suites, no testcases) leave the timing to their children; a suite with testcases of its
    // own (PHPUnit's class suite around a data-provider suite) replaces its descendants' timings.
    if (suite.container || suite.durationMs === undefined) return;
    if (suite.cases.length === 0 && suite.childSuites > 0) return;
    this.timings.length = suite.timingsBefore;
    const file = suite.ownFile ?? this.commonFile(suite.cases) ?? suite.file;
    this.timings.push({
      name: suite.name,
      ...(file !== undefined ? { file } : {}),
      durationMs: suite.durationMs,
    });
  }

  /** The file every testcase directly in a suite shares, if they share one. */
  private commonFile(cases: readonly number[]): string | undefined {
    const first = this.drafts[cases[0] ?? -1]?.file;
    return first !== undefined && cases.every((i) => this.drafts[i]?.file === first) ? first : undefined;
  }

  /**
   * The suite context a testcase's identity is made in. A testcase that locates itself (a `file`
   * attribute, a classname that is a location, or pytest's collection entry: an empty classname and a
   * module path for a name) directly inside an outermost suite that only names the run (a flat file, as
   * pytest, RSpec and mocha's xunit write them) does not take that suite's name: pytest
   * run as shards names that suite after each shard and writes a module skipped at collection into every
   * shard's file, which must stay one test, and a test must keep its id whichever shard runs it.
   */
  private contextFor(
    suite: SuiteFrame | undefined,
    name: string,
    classname: string | undefined,
    file: string | undefined,
  ): SuiteContext {
    if (suite === undefined) return NO_SUITE;
    const cls = classname?.trim() ?? '';
    const located =
      (file !== undefined && file.trim().length > 0) ||
      isLocationLike(cls) ||
      (cls.length === 0 && isLocationLike(name));
    return located && suite.locatedContext !== undefined ? suite.locatedContext : suite;
  }

  private openTestcase(attributes: Attributes, depth: number): void {
    const frame = this.suites[this.suites.length - 1];
    const suite = frame ?? NO_SUITE;
    const classname = attributes.classname ?? attributes.class;
    const name = this.testcaseName(attributes.name, suite);
    const identity = junitIdentity(
      { name, classname, file: attributes.file },
      this.contextFor(frame, name, classname, attributes.file),
      this.normalize,
      this.suitePaths,
    );
    const status = attributes.status;
    this.testcase = {
      depth,
      project: suite === NO_SUITE ? undefined : (suite as SuiteFrame).project,
      file: identity.file,
      line: parseLine(attributes.line),
      suite: identity.suite,
      name: identity.name,
      durationMs: this.time(attributes.time),
      notRun: status !== undefined && NOT_RUN_STATUSES.has(status.toLowerCase()),
      standIn: false,
      primary: undefined,
      extras: undefined,
      stdout: undefined,
      stderr: undefined,
    };
  }

  /**
   * A `<failure>` or `<error>` directly inside a testsuite: the suite failed before or around its tests
   * (JUnit 4 `@BeforeClass`, a class that does not load, JENKINS-6700), often with no testcase at all. It
   * becomes a failed test of its own, named {@link SUITE_FAILURE_NAME}, so that the failure is counted and
   * shown rather than the suite reading as green. Its identity comes from the suite as if the suite name
   * were the classname.
   */
  private openSuiteFailure(name: string, attributes: Attributes, depth: number): void {
    const suite = this.suites[this.suites.length - 1];
    if (suite === undefined || depth !== suite.depth + 1) return;
    const identity = junitIdentity(
      { name: SUITE_FAILURE_NAME, classname: suite.name },
      suite,
      this.normalize,
      this.suitePaths,
    );
    this.testcase = {
      depth: suite.depth,
      project: suite.project,
      file: identity.file,
      line: undefined,
      suite: identity.suite,
      name: identity.name,
      durationMs: 0,
      notRun: false,
      standIn: true,
      primary: undefined,
      extras: undefined,
      stdout: undefined,
      stderr: undefined,
    };
    this.openInsideTestcase(name, attributes, depth);
  }

  /**
   * A testcase without a name (EnricoMi's no-attributes file, Jenkins' empty-name report) gets its position
   * in the suite, so that several of them stay several tests instead of folding into one.
   */
  private testcaseName(name: string | undefined, suite: SuiteContext): string {
    // Names are mostly distinct: detached one by one rather than interned.
    if (name !== undefined && name.length > 0) return detach(name);
    this.oddities.unnamedCases++;
    return `(unnamed testcase ${(suite === NO_SUITE ? this.drafts.length : (suite as SuiteFrame).cases.length) + 1})`;
  }

  private openInsideTestcase(name: string, attributes: Attributes, depth: number): void {
    const testcase = this.testcase as OpenCase;
    if (depth === testcase.depth + 1) {
      const kind = resultKind(name);
      if (kind !== undefined) {
        const text = new BoundedBuffer(this.options.maxMessageChars);
        this.result = {
          kind,
          ...(attributes.message !== undefined ? { message: attributes.message } : {}),
          ...(attributes.type !== undefined ? { type: attributes.type } : {}),
          durationMs: kind.role === 'primary' ? 0 : this.time(attributes.time),
          text,
        };
        this.listen(depth, text);
      } else if (name === 'system-out') this.listen(depth, (testcase.stdout ??= this.outputBuffer()));
      else if (name === 'system-err') this.listen(depth, (testcase.stderr ??= this.outputBuffer()));
      else if (name === 'testcase') this.oddities.nestedCases++;
      return;
    }
    // Surefire puts a rerun's own output inside the rerun element.
    const result = this.result;
    if (result !== undefined && result.kind.role !== 'primary' && depth === testcase.depth + 2) {
      if (name === 'system-out') this.listen(depth, (result.stdout ??= this.outputBuffer()));
      else if (name === 'system-err') this.listen(depth, (result.stderr ??= this.outputBuffer()));
    }
  }

  private closeResult(testcase: OpenCase, result: OpenResult): void {
    this.result = undefined;
    recordResult(testcase, result, this.options.maxMessageChars);
  }

  private closeTestcase(testcase: OpenCase): void {
    this.testcase = undefined;
    this.result = undefined;
    const attempts = testcaseAttempts(testcase, this.options.failedOutputOnly);
    if (this.options.keepFailure) keepFailures(attempts, this.options.keepFailure);
    this.suites[this.suites.length - 1]?.cases.push(this.drafts.length);
    // Final TestCase shape from the start (id, outcome and duration are filled in by finishTests), so the
    // fold does not copy 100,000 objects.
    const draft: PendingTest = {
      id: '',
      file: testcase.file,
      line: testcase.line,
      suite: testcase.suite,
      name: testcase.name,
      attempts,
      outcome: 'passed',
      durationMs: 0,
    };
    if (testcase.project !== undefined) draft.project = testcase.project;
    this.drafts.push(draft);
  }

  /**
   * Suite-level system-out/err (Bazel, older Ant) belongs to the test when the suite has exactly one,
   * which is Bazel's shape (one suite per test target) and is where Bazel puts the test log. With several
   * tests it cannot be attributed to any of them and is dropped.
   */
  private attributeSuiteOutput(suite: SuiteFrame): void {
    if (suite.cases.length !== 1 || (suite.stdout === undefined && suite.stderr === undefined)) return;
    const draft = this.drafts[suite.cases[0] as number] as PendingTest;
    if (this.options.failedOutputOnly && draft.attempts[draft.attempts.length - 1]?.status !== 'failed')
      return;
    draft.attempts = withOutput(draft.attempts, suite.stdout?.finish(), suite.stderr?.finish());
  }
}
