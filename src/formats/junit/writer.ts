/**
 * Merged JUnit XML for the CIs' own test tabs: GitLab `artifacts:reports:junit`, Jenkins `junit`, Azure
 * `PublishTestResults@2` (JUnit). One `<testsuites>` root, a `<testsuite>` per file with nested
 * `<testsuite>`s per describe/class level (as PHPUnit writes them), one `<testcase>` per distinct test.
 *
 * Retries follow Maven Surefire, which Jenkins reads and the others ignore harmlessly: a flaky test is a
 * passed testcase with a `<flakyFailure>`/`<flakyError>` per failed attempt; a failed test has its first
 * failure as `<failure>`/`<error>` and each later failed attempt as `<rerunFailure>`/`<rerunError>`. Each
 * test appears once, because GitLab keeps only the first of duplicate test names.
 *
 * Output is streamed test by test; nothing holds the whole document in memory.
 */
import type { Writable } from 'node:stream';
import type { Attempt, Failure, TestCase } from '../../model/index.js';
import { createTextSink, type TextSink } from '../text-sink.js';
import { isLocationLike } from './identity.js';
import { escapeXmlAttr, escapeXmlText } from './xml-escape.js';

function attrs(pairs: Record<string, string | number | undefined>): string {
  let out = '';
  // for…in rather than Object.entries: no array of pairs per element (one per suite and per failed test).
  for (const key in pairs) {
    const value = pairs[key];
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === 'number' ? value : escapeXmlAttr(value)}"`;
  }
  return out;
}

// One-entry memos of escapeXmlAttr for the class name and file of consecutive testcases, which are
// nearly always the same (shared) strings. escapeXmlAttr is pure, so the memos are not observable.
let lastClassname = '';
let lastClassnameEscaped = '';
let lastFile = '';
let lastFileEscaped = '';

function escapedClassname(classname: string): string {
  if (classname !== lastClassname) {
    lastClassname = classname;
    lastClassnameEscaped = escapeXmlAttr(classname);
  }
  return lastClassnameEscaped;
}

function escapedFile(file: string): string {
  if (file !== lastFile) {
    lastFile = file;
    lastFileEscaped = escapeXmlAttr(file);
  }
  return lastFileEscaped;
}

/** Seconds with millisecond precision, as JUnit's `time` attribute. */
function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

/** JUnit distinguishes an assertion that did not hold (`failure`) from a test that blew up (`error`). */
function isError(failure: Failure | undefined): boolean {
  return failure?.category === 'error' || failure?.category === 'crash';
}

/**
 * The testcase's `classname`. Our reader rebuilds the suite path from the nested `<testsuite>` names and
 * adds the classname only when it says something new, so the classname repeats the innermost suite (or the
 * file): the CI shows a meaningful class and the test reads back with the same id. Without a file, a
 * location-like classname (`com.acme.CalcTest`) would be taken for the file, so one that is not is chosen.
 * A runner project (browser, target) is appended as `[project]` so the CI keeps the projects' tests apart.
 */
export function classnameFor(test: TestCase): string {
  const last = test.suite[test.suite.length - 1];
  let classname = '';
  if (test.file !== undefined) classname = last ?? test.file;
  else {
    for (const candidate of [last, test.name]) {
      if (candidate !== undefined && candidate.length > 0 && !isLocationLike(candidate)) {
        classname = candidate;
        break;
      }
    }
  }
  return test.project !== undefined ? `${classname} [${test.project}]`.trim() : classname;
}

/** A `<testsuite>` to write: a file at the top level, then one level per suite name. */
interface SuiteNode {
  readonly name: string;
  readonly file?: string;
  /** Child suites by name, in first-seen order; made with the first child (most nodes are leaves). */
  children?: Map<string, SuiteNode>;
  readonly tests: TestCase[];
  counts?: Counts;
  /**
   * On a file's node: the node of each suite path array already seen in it. Readers share one array among
   * the tests with the same path, so most tests find their node with one lookup by identity instead of a
   * lookup per path entry by string.
   */
  byPath?: Map<readonly string[], SuiteNode>;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  ms: number;
}

function newNode(name: string, file?: string): SuiteNode {
  // One literal per shape rather than a spread: the tree has a node per distinct suite path (tens of
  // thousands in a large run).
  return file !== undefined
    ? { name, file, children: undefined, tests: [] }
    : { name, children: undefined, tests: [] };
}

/** The node of `suite` under a file's node, made (with its ancestors) when missing. */
function suiteNode(fileNode: SuiteNode, suite: readonly string[]): SuiteNode {
  let node = fileNode;
  for (const name of suite) {
    const children = (node.children ??= new Map());
    let child: SuiteNode | undefined = children.get(name);
    if (child === undefined) {
      child = newNode(name);
      children.set(name, child);
    }
    node = child;
  }
  return node;
}

/** Files in first-seen order, each with its suite tree; tests without a file share one unnamed suite. */
function buildTree(tests: Iterable<TestCase>): Map<string, SuiteNode> {
  const files = new Map<string, SuiteNode>();
  // Consecutive tests nearly always share a file (and their suite arrays): remember the last ones.
  let lastFile: string | undefined;
  let lastFileNode: SuiteNode | undefined;
  let lastSuite: readonly string[] | undefined;
  let lastNode: SuiteNode | undefined;
  for (const test of tests) {
    const key = test.file ?? '';
    let fileNode = lastFileNode;
    if (fileNode === undefined || key !== lastFile) {
      fileNode = files.get(key);
      if (fileNode === undefined) {
        fileNode = newNode(key, test.file);
        fileNode.byPath = new Map();
        files.set(key, fileNode);
      }
      lastFile = key;
      lastFileNode = fileNode;
      lastSuite = undefined;
    }
    let node: SuiteNode | undefined;
    if (test.suite === lastSuite) node = lastNode as SuiteNode;
    else {
      const byPath = fileNode.byPath as Map<readonly string[], SuiteNode>;
      node = byPath.get(test.suite);
      if (node === undefined) {
        node = suiteNode(fileNode, test.suite);
        // Only frozen arrays are remembered: they are the readers' shared ones, and cannot change later.
        if (Object.isFrozen(test.suite)) byPath.set(test.suite, node);
      }
      lastSuite = test.suite;
      lastNode = node;
    }
    node.tests.push(test);
  }
  return files;
}

function countNode(node: SuiteNode): Counts {
  if (node.counts) return node.counts;
  const c: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
  for (const t of node.tests) {
    c.tests += 1;
    c.ms += t.durationMs;
    if (t.outcome === 'skipped') c.skipped += 1;
    else if (t.outcome === 'failed') {
      if (isError(t.attempts.find((a) => a.status === 'failed')?.failure)) c.errors += 1;
      else c.failures += 1;
    }
  }
  if (node.children !== undefined)
    for (const child of node.children.values()) {
      const cc = countNode(child);
      c.tests += cc.tests;
      c.failures += cc.failures;
      c.errors += cc.errors;
      c.skipped += cc.skipped;
      c.ms += cc.ms;
    }
  node.counts = c;
  return c;
}

function countAttrs(c: Counts): Record<string, number | string> {
  return { tests: c.tests, failures: c.failures, errors: c.errors, skipped: c.skipped, time: seconds(c.ms) };
}

function outputElements(attempt: Attempt | undefined, indent: string): string {
  let out = '';
  if (attempt?.stdout) out += `${indent}<system-out>${escapeXmlText(attempt.stdout)}</system-out>\n`;
  if (attempt?.stderr) out += `${indent}<system-err>${escapeXmlText(attempt.stderr)}</system-err>\n`;
  return out;
}

/** The `type` attribute: the failure's own type, or `timeout` so that category survives a round trip. */
function failureType(failure: Failure | undefined): string | undefined {
  return failure?.type ?? (failure?.category === 'timeout' ? 'timeout' : undefined);
}

/** `<failure>`/`<error>`: the message and type as attributes, the trace (or the message) as text. */
function failureElement(tag: string, failure: Failure | undefined, indent: string): string {
  const text = failure?.trace ?? failure?.message ?? '';
  return `${indent}<${tag}${attrs({ message: failure?.message, type: failureType(failure) })}>${escapeXmlText(text)}</${tag}>\n`;
}

/** A Surefire rerun element for one other failed attempt: trace and output as child elements. */
function rerunElement(kind: 'flaky' | 'rerun', attempt: Attempt, indent: string): string {
  const tag = `${kind}${isError(attempt.failure) ? 'Error' : 'Failure'}`;
  const f = attempt.failure;
  const head = attrs({ message: f?.message, type: failureType(f), time: seconds(attempt.durationMs) });
  let out = `${indent}<${tag}${head}>\n`;
  const trace = f?.trace ?? f?.message;
  if (trace) out += `${indent}  <stackTrace>${escapeXmlText(trace)}</stackTrace>\n`;
  out += outputElements(attempt, `${indent}  `);
  return `${out}${indent}</${tag}>\n`;
}

/** One `<testcase>` with its result, output and Surefire rerun elements. */
export function testcaseElement(test: TestCase, indent = '    '): string {
  const only = test.attempts.length === 1 ? test.attempts[0] : undefined;
  if (only?.status === 'passed' && only.stdout === undefined && only.stderr === undefined) {
    // The common case (one clean pass), built directly: it is most of a 100k-test file.
    const file = test.file === undefined ? '' : ` file="${escapedFile(test.file)}"`;
    const line = test.line === undefined ? '' : ` line="${test.line}"`;
    return `${indent}<testcase classname="${escapedClassname(classnameFor(test))}" name="${escapeXmlAttr(test.name)}"${file}${line} time="${seconds(test.durationMs)}"/>\n`;
  }
  const inner = `${indent}  `;
  const failed = test.attempts.filter((a) => a.status === 'failed');
  let primary: Attempt | undefined;
  let reruns: Attempt[] = [];
  let kind: 'flaky' | 'rerun' = 'rerun';
  if (test.outcome === 'failed') {
    primary = failed[0];
    reruns = failed.slice(1);
  } else if (test.outcome === 'flaky') {
    primary = test.attempts.findLast((a) => a.status === 'passed');
    reruns = failed;
    kind = 'flaky';
  } else {
    primary = test.attempts.findLast((a) => a.status === test.outcome) ?? test.attempts[0];
  }
  // The testcase's time is what the reruns do not account for, so a reader that sums them gets the total.
  const rerunMs = reruns.reduce((sum, a) => sum + a.durationMs, 0);
  const head = `${indent}<testcase${attrs({
    classname: classnameFor(test),
    name: test.name,
    file: test.file,
    line: test.line,
    time: seconds(test.durationMs - rerunMs),
  })}`;

  let body = '';
  if (test.outcome === 'failed') {
    body += failureElement(isError(primary?.failure) ? 'error' : 'failure', primary?.failure, inner);
  } else if (test.outcome === 'skipped') {
    const message = test.attempts.find((a) => a.skipMessage !== undefined)?.skipMessage;
    body += `${inner}<skipped${attrs({ message })}/>\n`;
  }
  body += outputElements(primary, inner);
  for (const attempt of reruns) body += rerunElement(kind, attempt, inner);
  return body ? `${head}>\n${body}${indent}</testcase>\n` : `${head}/>\n`;
}

/** Options of the JUnit writer. */
export interface JUnitWriteOptions {
  /** The root element's `name`; defaults to `tessera`. */
  readonly name?: string;
}

async function writeSuite(node: SuiteNode, sink: TextSink, indent: string): Promise<void> {
  const head = attrs({ name: node.name, ...countAttrs(countNode(node)), file: node.file });
  await sink.write(`${indent}<testsuite${head}>\n`);
  const inner = `${indent}  `;
  for (const test of node.tests) {
    // The sink only returns a promise when it flushed into a full stream: awaiting nothing would still
    // cost a microtask turn per test.
    const pending = sink.write(testcaseElement(test, inner));
    if (pending !== undefined) await pending;
  }
  if (node.children !== undefined)
    for (const child of node.children.values()) await writeSuite(child, sink, inner);
  await sink.write(`${indent}</testsuite>\n`);
}

/**
 * Writes merged JUnit XML for `tests` to `out` (which is not ended): a `<testsuite>` per file (named after
 * it, with a `file` attribute) holding nested `<testsuite>`s per describe/class level, in first-seen order.
 * Tests without a file sit in one suite with an empty name, which readers do not add to the suite path.
 */
export async function writeJUnit(
  tests: Iterable<TestCase>,
  out: Writable,
  options: JUnitWriteOptions = {},
): Promise<void> {
  const files = buildTree(tests);
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
  for (const node of files.values()) {
    const c = countNode(node);
    total.tests += c.tests;
    total.failures += c.failures;
    total.errors += c.errors;
    total.skipped += c.skipped;
    total.ms += c.ms;
  }
  const sink = createTextSink(out);
  await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await sink.write(`<testsuites${attrs({ name: options.name ?? 'tessera', ...countAttrs(total) })}>\n`);
  for (const node of files.values()) await writeSuite(node, sink, '  ');
  await sink.write('</testsuites>\n');
  await sink.flush();
}
