/**
 * The shapes of JUnit results `npm run bench:report` races on: the same 96,000 test cases (at scale 1) laid
 * out the way different runners and projects write them, because a reader that is fast on one layout can be
 * slow on another (issue 17). Every shape is generated from a seed and a scale only, so the same arguments give
 * the same bytes, and every shape's manifest holds the exact counts a reader must find.
 *
 * - `jest-monorepo`: the original bench data (bench/generate-junit.ts): 32 jest-junit files, 1% failed.
 * - `tiny-passing`: Vitest-style files of short, nearly all passing cases with no output (Jest, Vitest).
 * - `failure-heavy`: a quarter of the cases fail, each with a long Java-or-node stack trace.
 * - `java-system-out`: Gradle-style aggregated files where most cases (and every class) print log lines.
 * - `deep-nesting`: describe blocks nested 6 to 12 deep, written as nested `<testsuite>` elements.
 * - `many-small-files`: 6,000 Surefire `TEST-<class>.xml` files of 16 cases, each with its `<properties>`.
 * - `few-huge-files`: two files of 48,000 cases each.
 *
 * Scale multiplies the cases per file, except for `many-small-files`, which keeps its small files and
 * multiplies their number (60,000 files at scale 10), because the count of files is its point.
 */
import { mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  DEFAULT_SEED,
  generateJUnitFiles,
  type GeneratedCounts,
  type GeneratedFile,
  type GeneratedManifest,
} from './generate-junit.js';
import { drawFailureMessage, drawLogLines, drawTestFile, drawTestName } from './junit-vocabulary.js';
import { createPrng, type Prng } from './prng.js';

/** The shapes, in the order the bench runs them. */
export const SHAPE_IDS = [
  'jest-monorepo',
  'tiny-passing',
  'failure-heavy',
  'java-system-out',
  'deep-nesting',
  'many-small-files',
  'few-huge-files',
] as const;

export type ShapeId = (typeof SHAPE_IDS)[number];

/** How one shape is drawn. Ranges are inclusive `[min, max]`. */
interface ShapeSpec {
  /** What the shape stands for, as the bench prints it. */
  readonly summary: string;
  /** Which reporter's layout: decides the root element, the identity attributes and the trace style. */
  readonly dialect: 'vitest' | 'jest' | 'gradle' | 'surefire';
  readonly files: number;
  readonly casesPerFile: number;
  /** Whether scale multiplies the number of files (true) or the cases per file. */
  readonly scaleFiles: boolean;
  /** Cases per top-level suite (one test file or class). */
  readonly suiteSize: readonly [number, number];
  readonly failureRate: number;
  readonly skipRate: number;
  /** Share of cases with their own `<system-out>`. */
  readonly outputRate: number;
  /** Lines in one case's output. */
  readonly outputLines: readonly [number, number];
  /** Stack frames under a failure's header line. */
  readonly traceFrames: readonly [number, number];
  /** Depth of nested `<testsuite>` elements under each top-level one; [0, 0] is flat. */
  readonly nesting: readonly [number, number];
  /** `<property>` elements per top-level suite (Surefire writes the JVM's system properties). */
  readonly properties: number;
  /** Lines of suite-level `<system-out>` per top-level suite. */
  readonly suiteOutputLines: number;
}

const SPECS: Record<Exclude<ShapeId, 'jest-monorepo'>, ShapeSpec> = {
  'tiny-passing': {
    summary: '32 Vitest files of tiny cases: 0.1% failed, 0.5% skipped, no output',
    dialect: 'vitest',
    files: 32,
    casesPerFile: 3000,
    scaleFiles: false,
    suiteSize: [3, 40],
    failureRate: 0.001,
    skipRate: 0.005,
    outputRate: 0,
    outputLines: [0, 0],
    traceFrames: [4, 8],
    nesting: [0, 0],
    properties: 0,
    suiteOutputLines: 0,
  },
  'failure-heavy': {
    summary: '32 jest files: 20% failed, stack traces of 15 to 40 frames',
    dialect: 'jest',
    files: 32,
    casesPerFile: 3000,
    scaleFiles: false,
    suiteSize: [4, 60],
    failureRate: 0.2,
    skipRate: 0.02,
    outputRate: 0.05,
    outputLines: [1, 5],
    traceFrames: [15, 40],
    nesting: [0, 0],
    properties: 0,
    suiteOutputLines: 0,
  },
  'java-system-out': {
    summary: '32 Gradle files: half the cases print 3 to 20 log lines, every class 10',
    dialect: 'gradle',
    files: 32,
    casesPerFile: 3000,
    scaleFiles: false,
    suiteSize: [5, 40],
    failureRate: 0.01,
    skipRate: 0.02,
    outputRate: 0.5,
    outputLines: [3, 20],
    traceFrames: [15, 40],
    nesting: [0, 0],
    properties: 0,
    suiteOutputLines: 10,
  },
  'deep-nesting': {
    summary: '32 files of describe blocks nested 6 to 12 deep as <testsuite> elements',
    dialect: 'jest',
    files: 32,
    casesPerFile: 3000,
    scaleFiles: false,
    suiteSize: [20, 80],
    failureRate: 0.01,
    skipRate: 0.02,
    outputRate: 0.03,
    outputLines: [1, 5],
    traceFrames: [6, 14],
    nesting: [6, 12],
    properties: 0,
    suiteOutputLines: 0,
  },
  'many-small-files': {
    summary: '6,000 Surefire TEST-*.xml files of 16 cases, each with 60 <property> elements',
    dialect: 'surefire',
    files: 6000,
    casesPerFile: 16,
    scaleFiles: true,
    suiteSize: [16, 16],
    failureRate: 0.01,
    skipRate: 0.02,
    outputRate: 0.05,
    outputLines: [1, 8],
    traceFrames: [15, 40],
    nesting: [0, 0],
    properties: 60,
    suiteOutputLines: 0,
  },
  'few-huge-files': {
    summary: '2 jest files of 48,000 cases each',
    dialect: 'jest',
    files: 2,
    casesPerFile: 48_000,
    scaleFiles: false,
    suiteSize: [4, 60],
    failureRate: 0.01,
    skipRate: 0.02,
    outputRate: 0.03,
    outputLines: [1, 5],
    traceFrames: [6, 14],
    nesting: [0, 0],
    properties: 0,
    suiteOutputLines: 0,
  },
};

/** What the bench prints about a shape. */
export function shapeSummary(shape: ShapeId): string {
  return shape === 'jest-monorepo'
    ? '32 jest-junit files: 1% failed, 2% skipped, 3% with output (the original bench data)'
    : SPECS[shape].summary;
}

/** Parses `a,b` into known shape ids, or throws naming the unknown one and the known ones. */
export function parseShapes(text: string): ShapeId[] {
  const known = new Set<string>(SHAPE_IDS);
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  for (const id of ids) {
    if (!known.has(id)) throw new Error(`unknown shape '${id}'; the shapes are ${SHAPE_IDS.join(', ')}`);
  }
  if (ids.length === 0) throw new Error(`--shapes names no shape; the shapes are ${SHAPE_IDS.join(', ')}`);
  return [...new Set(ids)] as ShapeId[];
}

/** What to generate. */
export interface ShapeOptions {
  readonly shape: ShapeId;
  /** Directory to write into; generated files from an earlier run there are replaced. */
  readonly outDir: string;
  /** 1 gives 96,000 cases; 10 gives 960,000. */
  readonly scale?: number;
  readonly seed?: number;
}

const GENERATED_NAME = /^(junit-shard-\d+-of-\d+\.xml|shape-\d+\.xml|TEST-[\w.-]+\.xml|manifest\.json)$/;
const FLUSH_CHARS = 256 * 1024;
const RUN_STARTED_AT = Date.UTC(2026, 10, 21, 12, 0, 0);

/** Generates one shape into `outDir`; returns (and writes as `manifest.json`) what it wrote. */
export async function generateShape(options: ShapeOptions): Promise<GeneratedManifest> {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${scale}`);
  if (options.shape === 'jest-monorepo') return generateJUnitFiles({ outDir: options.outDir, scale, seed });
  const spec = SPECS[options.shape];
  const outDir = resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  for (const name of await readdir(outDir)) {
    if (GENERATED_NAME.test(name)) await rm(join(outDir, name));
  }
  const fileCount = spec.scaleFiles ? Math.max(1, Math.round(spec.files * scale)) : spec.files;
  const casesPerFile = spec.scaleFiles
    ? spec.casesPerFile
    : Math.max(1, Math.round(spec.casesPerFile * scale));
  // One sequence per shape: the shape's name is mixed into the seed so two shapes never share draws.
  const prng = createPrng(seed ^ hashName(options.shape));
  const takenPaths = new Set<string>();
  const files: GeneratedFile[] = [];
  for (let index = 1; index <= fileCount; index++) {
    const suites = drawFileSuites(prng, spec, takenPaths, casesPerFile);
    const name =
      spec.dialect === 'surefire'
        ? `TEST-${javaClassOf(suites[0]?.path ?? `class-${index}`)}.xml`
        : `shape-${String(index).padStart(String(fileCount).length, '0')}.xml`;
    const path = join(outDir, name);
    const bytes = await writeShapeFile(path, spec, suites, index);
    files.push({ path, ...countTree(suites), bytes });
  }
  const manifest: GeneratedManifest = { seed, scale, files, totals: sumCounts(files) };
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

type CaseStatus = 'passed' | 'failure' | 'error' | 'skipped';

interface CaseData {
  readonly classname: string;
  readonly name: string;
  readonly seconds: number;
  readonly status: CaseStatus;
  readonly failure?: { readonly type: string; readonly message: string; readonly trace: string };
  readonly output?: string;
}

/** A `<testsuite>`: a test file or class at the top, a describe block below. */
interface SuiteNode {
  /** The test file (jest, vitest) or source path of the class (Java): unique over the whole shape. */
  readonly path: string;
  readonly name: string;
  readonly cases: CaseData[];
  readonly children: SuiteNode[];
  readonly output?: string;
}

/** Draws one file's top-level suites until they hold exactly `cases` test cases. */
function drawFileSuites(prng: Prng, spec: ShapeSpec, takenPaths: Set<string>, cases: number): SuiteNode[] {
  const suites: SuiteNode[] = [];
  let remaining = cases;
  while (remaining > 0) {
    const { path, describe } = drawTestFile(prng, takenPaths);
    const size = Math.min(remaining, prng.int(spec.suiteSize[0], spec.suiteSize[1]));
    const depth = prng.int(spec.nesting[0], spec.nesting[1]);
    // Names are unique within a test file, so every id (file, suite path, name) is unique in the shape.
    const takenNames = new Set<string>();
    const draw = (classname: string): CaseData => drawCase(prng, spec, path, classname, takenNames);
    const top = spec.dialect === 'vitest' || spec.dialect === 'jest' ? describe : javaClassOf(path);
    const output = spec.suiteOutputLines > 0 ? javaLogLines(prng, spec.suiteOutputLines) : undefined;
    suites.push(drawNested(prng, path, top, top, size, depth, draw, output));
    remaining -= size;
  }
  return suites;
}

/**
 * A suite holding `size` cases: some directly, the rest in one or two nested describe blocks, `depth` levels
 * further down (a chain, branching now and then, as nested describes are). A nested suite's element names
 * its own block; its cases' classname is the whole describe path, as jest-junit writes it.
 */
function drawNested(
  prng: Prng,
  path: string,
  name: string,
  classname: string,
  size: number,
  depth: number,
  draw: (classname: string) => CaseData,
  output?: string,
): SuiteNode {
  const own = depth === 0 ? size : Math.min(size, prng.int(1, 4));
  const cases: CaseData[] = [];
  for (let index = 0; index < own; index++) cases.push(draw(classname));
  const children: SuiteNode[] = [];
  let rest = size - own;
  const branches = rest > 8 && prng.chance(0.3) ? 2 : 1;
  for (let branch = 0; branch < branches && rest > 0; branch++) {
    const share = branch === branches - 1 ? rest : Math.ceil(rest / 2);
    const childName = `${prng.pick(DESCRIBE_WORDS)} ${branch + 1}`;
    children.push(drawNested(prng, path, childName, `${classname} ${childName}`, share, depth - 1, draw));
    rest -= share;
  }
  return { path, name, cases, children, ...(output === undefined ? {} : { output }) };
}

function drawCase(
  prng: Prng,
  spec: ShapeSpec,
  path: string,
  classname: string,
  takenNames: Set<string>,
): CaseData {
  const java = spec.dialect === 'gradle' || spec.dialect === 'surefire';
  const name = java ? javaMethodName(prng, takenNames) : drawTestName(prng, takenNames);
  const seconds = prng.chance(0.01) ? prng.logNormal(2.5, 0.8) : prng.logNormal(0.004, 1.1);
  const roll = prng.next();
  const output =
    prng.chance(spec.outputRate) && spec.outputLines[1] > 0
      ? java
        ? javaLogLines(prng, prng.int(spec.outputLines[0], spec.outputLines[1]))
        : drawLogLines(prng)
      : undefined;
  const frames = (): number => prng.int(spec.traceFrames[0], spec.traceFrames[1]);
  if (roll < spec.failureRate) {
    const isError = prng.chance(0.2);
    const { type, message } = drawFailureMessage(prng, isError);
    const trace = java
      ? javaTrace(prng, path, `${javaType(type)}: ${message}`, frames())
      : nodeTrace(prng, path, `${type}: ${message}`, frames());
    const status = isError ? 'error' : 'failure';
    return { classname, name, seconds, status, failure: { type, message, trace }, output };
  }
  if (roll < spec.failureRate + spec.skipRate) return { classname, name, seconds: 0, status: 'skipped' };
  return { classname, name, seconds, status: 'passed', output };
}

const DESCRIBE_WORDS = [
  'when the cache is warm',
  'with a signed-in user',
  'on retry',
  'given an empty basket',
  'for EUR',
  'after a timeout',
  'in dry-run mode',
  'with feature flags',
] as const;

const NODE_RUNNER_FRAMES = [
  'Promise.then.completed (node_modules/jest-circus/build/utils.js:298:28)',
  'new Promise (<anonymous>)',
  'callAsyncCircusFn (node_modules/jest-circus/build/utils.js:231:10)',
  '_callCircusTest (node_modules/jest-circus/build/run.js:316:40)',
  'processTicksAndRejections (node:internal/process/task_queues:95:5)',
  '_runTest (node_modules/jest-circus/build/run.js:252:3)',
  '_runTestsForDescribeBlock (node_modules/jest-circus/build/run.js:126:9)',
  'run (node_modules/jest-circus/build/run.js:71:3)',
] as const;

const JAVA_FRAMES = [
  'org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)',
  'org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)',
  'java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
  'java.base/java.lang.reflect.Method.invoke(Method.java:580)',
  'org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:728)',
  'org.junit.jupiter.engine.execution.MethodInvocation.proceed(MethodInvocation.java:60)',
  'org.junit.jupiter.engine.execution.InvocationInterceptorChain.proceed(InvocationInterceptorChain.java:131)',
  'org.springframework.test.context.junit.jupiter.SpringExtension.interceptTestMethod(SpringExtension.java:191)',
  'org.junit.jupiter.engine.descriptor.TestMethodTestDescriptor.execute(TestMethodTestDescriptor.java:151)',
  'org.junit.platform.engine.support.hierarchical.NodeTestTask.executeRecursively(NodeTestTask.java:141)',
  'java.base/java.util.ArrayList.forEach(ArrayList.java:1596)',
  'org.apache.maven.surefire.junitplatform.JUnitPlatformProvider.invoke(JUnitPlatformProvider.java:150)',
] as const;

const JAVA_LOG = [
  'INFO  [main] o.s.b.t.c.SpringBootTestContextBootstrapper - Loaded default TestExecutionListener class names',
  'DEBUG [main] c.a.s.OrderService - reserving stock for order <id> (3 lines)',
  'WARN  [pool-2-thread-1] c.a.c.RetryTemplate - attempt 2 of 3 failed: Connection reset & retrying',
  'INFO  [main] o.h.e.t.j.p.i.JtaPlatformInitiator - HHH000490: Using JtaPlatform implementation',
  'DEBUG [main] c.a.b.LedgerRepository - select l from Ledger l where l.account = ?1 [\u00e9t\u00e9]',
  'ERROR [main] c.a.p.PaymentClient - upstream returned 503 "Service Unavailable"',
] as const;

function nodeTrace(prng: Prng, file: string, header: string, frames: number): string {
  const lines = [header, `    at Object.<anonymous> (${file}:${prng.int(5, 400)}:${prng.int(3, 60)})`];
  for (let index = 1; index < frames; index++) {
    lines.push(`    at ${NODE_RUNNER_FRAMES[prng.int(0, NODE_RUNNER_FRAMES.length - 1)]}`);
  }
  return lines.join('\n');
}

function javaTrace(prng: Prng, path: string, header: string, frames: number): string {
  const owner = javaClassOf(path);
  const lines = [header, `\tat ${owner}.test(${owner.split('.').at(-1)}.java:${prng.int(20, 900)})`];
  for (let index = 1; index < frames; index++) {
    lines.push(`\tat ${JAVA_FRAMES[prng.int(0, JAVA_FRAMES.length - 1)]}`);
  }
  return lines.join('\n');
}

const JAVA_TYPES: Readonly<Record<string, string>> = {
  AssertionError: 'org.opentest4j.AssertionFailedError',
  TypeError: 'java.lang.NullPointerException',
  RangeError: 'java.lang.IllegalArgumentException',
};

function javaType(type: string): string {
  return JAVA_TYPES[type] ?? 'java.lang.IllegalStateException';
}

function javaLogLines(prng: Prng, count: number): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const ms = String(prng.int(0, 59_999)).padStart(5, '0');
    lines.push(`2026-11-21 12:00:${ms.slice(0, 2)}.${ms.slice(2)} ${prng.pick(JAVA_LOG)}`);
  }
  return lines.join('\n');
}

/** `billing/services/invoice-service.test.ts` → `com.acme.billing.services.InvoiceServiceTest`. */
function javaClassOf(path: string): string {
  const parts = path.replace(/\.test\.ts$/, '').split('/');
  const base = (parts.pop() ?? 'unknown')
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return ['com', 'acme', ...parts.map((part) => part.replace(/-/g, '_')), `${base}Test`].join('.');
}

/** A sentence name turned into a JUnit 5 method name, unique within `taken`. */
function javaMethodName(prng: Prng, taken: Set<string>): string {
  const sentence = drawTestName(prng, taken);
  const words = sentence
    .replace(/[^A-Za-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const camel = words
    .map((word, index) => (index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
  let name = `${camel}()`;
  for (let n = 2; taken.has(name); n++) name = `${camel}_${n}()`;
  taken.add(name);
  return name;
}

/** A 32-bit FNV-1a hash of a shape's name, mixed into the seed. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

/** Writes one file through a buffer flushed every FLUSH_CHARS characters; returns its size in bytes. */
async function writeShapeFile(
  path: string,
  spec: ShapeSpec,
  suites: readonly SuiteNode[],
  index: number,
): Promise<number> {
  const handle = await open(path, 'w');
  let bytes = 0;
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async (): Promise<void> => {
    const chunk = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingChars = 0;
    await handle.write(chunk);
    bytes += chunk.byteLength;
  };
  const emit = async (text: string): Promise<void> => {
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars >= FLUSH_CHARS) await flush();
  };
  try {
    await emit('<?xml version="1.0" encoding="UTF-8"?>\n');
    const clock = RUN_STARTED_AT + index * 1000;
    if (spec.dialect === 'surefire') {
      // Surefire writes one class per file, with the class as the root <testsuite>.
      for (const suite of suites) await emitSuite(emit, spec, suite, 0, clock);
    } else {
      const totals = countTree(suites);
      await emit(
        `<testsuites name="${spec.dialect} tests" tests="${totals.tests}" failures="${totals.failed - totals.errors}" ` +
          `errors="${totals.errors}" time="${treeSeconds(suites).toFixed(3)}">\n`,
      );
      for (const suite of suites) await emitSuite(emit, spec, suite, 1, clock);
      await emit('</testsuites>\n');
    }
    await flush();
  } finally {
    await handle.close();
  }
  return bytes;
}

async function emitSuite(
  emit: (text: string) => Promise<void>,
  spec: ShapeSpec,
  suite: SuiteNode,
  depth: number,
  clock: number,
): Promise<void> {
  const pad = '  '.repeat(depth);
  const counts = countTree([suite]);
  const fileAttribute = spec.dialect === 'jest' ? ` file="${escapeAttribute(suite.path)}"` : '';
  const namespace =
    spec.dialect === 'surefire'
      ? ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd"'
      : '';
  await emit(
    `${pad}<testsuite${namespace} name="${escapeAttribute(suite.name)}" tests="${counts.tests}" ` +
      `failures="${counts.failed - counts.errors}" errors="${counts.errors}" skipped="${counts.skipped}" ` +
      `time="${treeSeconds([suite]).toFixed(3)}" timestamp="${new Date(clock).toISOString().slice(0, 19)}"` +
      `${fileAttribute}>\n`,
  );
  if (spec.properties > 0) {
    await emit(`${pad}  <properties>\n`);
    for (let index = 0; index < spec.properties; index++) {
      await emit(
        `${pad}    <property name="${PROPERTY_NAMES[index % PROPERTY_NAMES.length]}.${index}" ` +
          `value="/usr/lib/jvm/java-17-openjdk-amd64/lib:/home/runner/.m2/repository/${index}"/>\n`,
      );
    }
    await emit(`${pad}  </properties>\n`);
  }
  for (const testCase of suite.cases) await emit(renderCase(spec, testCase, suite.path, `${pad}  `));
  for (const child of suite.children) await emitSuite(emit, spec, child, depth + 1, clock);
  if (suite.output !== undefined) {
    await emit(`${pad}  <system-out><![CDATA[${suite.output}]]></system-out>\n`);
  }
  await emit(`${pad}</testsuite>\n`);
}

const PROPERTY_NAMES = [
  'java.class.path',
  'sun.boot.library.path',
  'surefire.test.class.path',
  'maven.repo.local',
  'user.dir',
  'java.vm.version',
] as const;

function renderCase(spec: ShapeSpec, testCase: CaseData, path: string, pad: string): string {
  // Vitest names the test file as the classname and the describe path in the name; the others name the class.
  const classname = spec.dialect === 'vitest' ? path : testCase.classname;
  const name = spec.dialect === 'vitest' ? `${testCase.classname} > ${testCase.name}` : testCase.name;
  const fileAttribute = spec.dialect === 'jest' ? ` file="${escapeAttribute(path)}"` : '';
  const open =
    `${pad}<testcase name="${escapeAttribute(name)}" classname="${escapeAttribute(classname)}" ` +
    `time="${testCase.seconds.toFixed(3)}"${fileAttribute}`;
  const children: string[] = [];
  if (testCase.failure) {
    const tag = testCase.status === 'error' ? 'error' : 'failure';
    const { type, message, trace } = testCase.failure;
    children.push(
      `${pad}  <${tag} message="${escapeAttribute(message)}" type="${escapeAttribute(type)}">` +
        `${escapeText(trace)}</${tag}>\n`,
    );
  }
  if (testCase.status === 'skipped') children.push(`${pad}  <skipped/>\n`);
  if (testCase.output !== undefined) {
    children.push(`${pad}  <system-out>${escapeText(testCase.output)}</system-out>\n`);
  }
  return children.length === 0 ? `${open}/>\n` : `${open}>\n${children.join('')}${pad}</testcase>\n`;
}

function treeSeconds(suites: readonly SuiteNode[]): number {
  let sum = 0;
  for (const suite of suites) {
    for (const testCase of suite.cases) sum += Number(testCase.seconds.toFixed(3));
    sum += treeSeconds(suite.children);
  }
  return sum;
}

function countTree(suites: readonly SuiteNode[]): Omit<GeneratedCounts, 'bytes'> {
  let tests = 0;
  let failed = 0;
  let errors = 0;
  let skipped = 0;
  let withOutput = 0;
  const visit = (suite: SuiteNode): void => {
    for (const testCase of suite.cases) {
      tests++;
      if (testCase.status === 'failure' || testCase.status === 'error') failed++;
      if (testCase.status === 'error') errors++;
      if (testCase.status === 'skipped') skipped++;
      if (testCase.output !== undefined) withOutput++;
    }
    for (const child of suite.children) visit(child);
  };
  for (const suite of suites) visit(suite);
  return { tests, passed: tests - failed - skipped, failed, errors, skipped, withOutput };
}

function sumCounts(files: readonly GeneratedCounts[]): GeneratedCounts {
  const sum = (key: keyof GeneratedCounts): number => files.reduce((total, file) => total + file[key], 0);
  return {
    tests: sum('tests'),
    passed: sum('passed'),
    failed: sum('failed'),
    errors: sum('errors'),
    skipped: sum('skipped'),
    withOutput: sum('withOutput'),
    bytes: sum('bytes'),
  };
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
