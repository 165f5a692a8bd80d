/**
 * Generates the JUnit files `npm run bench:report` reads: by default 32 files with 96,000 test cases (about
 * 15 MB), about 1% failed with multi-line stack traces, 2% skipped and 3% with captured output, in the shape
 * jest-junit writes for a TypeScript monorepo. The output depends only on the seed and the scale.
 *
 *   npx tsx bench/generate-junit.ts --out bench/.out/junit [--scale 10] [--seed 20261121]
 *
 * Each file's cases are drawn as small objects, then written through a 256 KiB buffer, so the 150 MB data set
 * never sits in memory as one string.
 */
import { mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  drawFailureMessage,
  drawLogLines,
  drawStackTrace,
  drawSubDescribe,
  drawTestFile,
  drawTestName,
} from './junit-vocabulary.js';
import { createPrng, type Prng } from './prng.js';

/** The seed `npm run bench:report` uses; change it only together with BENCHMARKS.md. */
export const DEFAULT_SEED = 20261121;
/** Number of files at every scale: one per shard of a 32-shard matrix. */
export const FILE_COUNT = 32;
/** Test cases per file at scale 1 (32 × 3,000 = 96,000). */
export const CASES_PER_FILE = 3000;

const FAILURE_RATE = 0.01;
const ERROR_SHARE = 0.2; // of the failures: thrown errors (<error>) rather than assertions (<failure>)
const SKIP_RATE = 0.02;
const OUTPUT_RATE = 0.03;
const FLUSH_CHARS = 256 * 1024;
const GENERATED_NAME = /^(junit-shard-\d+-of-\d+\.xml|manifest\.json)$/;
// A fixed start so timestamps are reproducible.
const RUN_STARTED_AT = Date.UTC(2026, 10, 21, 12, 0, 0);

/** What to generate. */
export interface GenerateOptions {
  /** Directory to write into; files from an earlier generation there are replaced, nothing else is touched. */
  readonly outDir: string;
  /** Multiplies the cases per file; 10 gives 960,000 cases. */
  readonly scale?: number;
  readonly seed?: number;
}

/** Counts for one generated file, or for all of them. */
export interface GeneratedCounts {
  readonly tests: number;
  readonly passed: number;
  /** `<failure>` plus `<error>` cases: the model's `failed` outcome. */
  readonly failed: number;
  /** The part of `failed` written as `<error>`. */
  readonly errors: number;
  readonly skipped: number;
  /** Cases with a `<system-out>`. */
  readonly withOutput: number;
  readonly bytes: number;
}

/** One generated file. */
export interface GeneratedFile extends GeneratedCounts {
  /** Absolute path. */
  readonly path: string;
}

/** What was generated: written beside the files as `manifest.json` too. */
export interface GeneratedManifest {
  readonly seed: number;
  readonly scale: number;
  readonly files: readonly GeneratedFile[];
  readonly totals: GeneratedCounts;
}

type CaseStatus = 'passed' | 'failure' | 'error' | 'skipped';

interface CaseData {
  readonly classname: string;
  readonly name: string;
  readonly seconds: number;
  readonly status: CaseStatus;
  readonly failure?: { readonly type: string; readonly message: string; readonly trace: string };
  readonly skipMessage?: string;
  readonly output?: { readonly text: string; readonly cdata: boolean };
}

interface SuiteData {
  readonly path: string;
  readonly describe: string;
  readonly cases: readonly CaseData[];
}

/** Generates every file into `outDir` and returns (and writes) the manifest. */
export async function generateJUnitFiles(options: GenerateOptions): Promise<GeneratedManifest> {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${scale}`);
  const outDir = resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  // A smaller scale writes the same file names, but a stale manifest or a file from another FILE_COUNT must go.
  for (const name of await readdir(outDir)) {
    if (GENERATED_NAME.test(name)) await rm(join(outDir, name));
  }

  const prng = createPrng(seed);
  const takenPaths = new Set<string>();
  const casesPerFile = Math.round(CASES_PER_FILE * scale);
  const files: GeneratedFile[] = [];
  for (let index = 1; index <= FILE_COUNT; index++) {
    const suites = drawSuites(prng, takenPaths, casesPerFile);
    const path = join(outDir, `junit-shard-${String(index).padStart(2, '0')}-of-${FILE_COUNT}.xml`);
    const bytes = await writeJUnitFile(path, suites, index);
    files.push({ path, ...countCases(suites), bytes });
  }
  const manifest: GeneratedManifest = { seed, scale, files, totals: sumCounts(files) };
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Draws one file's suites (one per test file) until they hold exactly `cases` test cases. */
function drawSuites(prng: Prng, takenPaths: Set<string>, cases: number): SuiteData[] {
  const suites: SuiteData[] = [];
  let remaining = cases;
  while (remaining > 0) {
    const { path, describe } = drawTestFile(prng, takenPaths);
    const size = Math.min(remaining, prng.int(4, 60));
    const namesByClass = new Map<string, Set<string>>();
    const suiteCases: CaseData[] = [];
    for (let index = 0; index < size; index++) {
      const sub = drawSubDescribe(prng);
      const classname = sub ? `${describe} ${sub}` : describe;
      const taken = namesByClass.get(classname) ?? new Set<string>();
      namesByClass.set(classname, taken);
      suiteCases.push(drawCase(prng, path, classname, drawTestName(prng, taken)));
    }
    suites.push({ path, describe, cases: suiteCases });
    remaining -= size;
  }
  return suites;
}

function drawCase(prng: Prng, path: string, classname: string, name: string): CaseData {
  // A few tests are slow (integration-style); the rest are a handful of milliseconds.
  const seconds = prng.chance(0.01) ? prng.logNormal(2.5, 0.8) : prng.logNormal(0.008, 1.1);
  const roll = prng.next();
  const output = prng.chance(OUTPUT_RATE) ? { text: drawLogLines(prng), cdata: prng.chance(0.5) } : undefined;
  if (roll < FAILURE_RATE) {
    const isError = prng.chance(ERROR_SHARE);
    const { type, message } = drawFailureMessage(prng, isError);
    const trace = drawStackTrace(prng, path, `${type}: ${message}`);
    return {
      classname,
      name,
      seconds,
      status: isError ? 'error' : 'failure',
      failure: { type, message, trace },
      output,
    };
  }
  if (roll < FAILURE_RATE + SKIP_RATE) {
    const skipMessage = prng.chance(0.5) ? 'skipped: flaky on CI, see #4711' : undefined;
    return { classname, name, seconds: 0, status: 'skipped', skipMessage };
  }
  return { classname, name, seconds, status: 'passed', output };
}

/** Writes one file through a buffer flushed every FLUSH_CHARS characters; returns its size in bytes. */
async function writeJUnitFile(path: string, suites: readonly SuiteData[], index: number): Promise<number> {
  const totals = countCases(suites);
  const totalSeconds = suites.reduce((sum, suite) => sum + suiteSeconds(suite), 0);
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
    await emit(
      `<testsuites name="jest tests" tests="${totals.tests}" failures="${totals.failed - totals.errors}" ` +
        `errors="${totals.errors}" time="${totalSeconds.toFixed(3)}">\n`,
    );
    let clock = RUN_STARTED_AT + index * 1000;
    for (const suite of suites) {
      await emit(renderSuiteOpen(suite, clock));
      for (const testCase of suite.cases) await emit(renderCase(testCase, suite.path));
      await emit('</testsuite>\n');
      clock += Math.round(suiteSeconds(suite) * 1000);
    }
    await emit('</testsuites>\n');
    await flush();
  } finally {
    await handle.close();
  }
  return bytes;
}

function renderSuiteOpen(suite: SuiteData, startedAt: number): string {
  const counts = countCases([suite]);
  const timestamp = new Date(startedAt).toISOString().slice(0, 19);
  return (
    `<testsuite name="${escapeAttribute(suite.describe)}" errors="${counts.errors}" ` +
    `failures="${counts.failed - counts.errors}" skipped="${counts.skipped}" timestamp="${timestamp}" ` +
    `time="${suiteSeconds(suite).toFixed(3)}" tests="${counts.tests}" file="${escapeAttribute(suite.path)}">\n`
  );
}

function renderCase(testCase: CaseData, path: string): string {
  const open =
    `  <testcase classname="${escapeAttribute(testCase.classname)}" name="${escapeAttribute(testCase.name)}" ` +
    `time="${testCase.seconds.toFixed(3)}" file="${escapeAttribute(path)}"`;
  const children: string[] = [];
  if (testCase.failure) {
    const tag = testCase.status === 'error' ? 'error' : 'failure';
    const { type, message, trace } = testCase.failure;
    children.push(
      `    <${tag} message="${escapeAttribute(message)}" type="${escapeAttribute(type)}">` +
        `${escapeText(trace)}</${tag}>\n`,
    );
  }
  if (testCase.status === 'skipped') {
    children.push(
      testCase.skipMessage
        ? `    <skipped message="${escapeAttribute(testCase.skipMessage)}"/>\n`
        : '    <skipped/>\n',
    );
  }
  if (testCase.output) {
    const { text, cdata } = testCase.output;
    children.push(`    <system-out>${cdata ? `<![CDATA[${text}]]>` : escapeText(text)}</system-out>\n`);
  }
  return children.length === 0 ? `${open}/>\n` : `${open}>\n${children.join('')}  </testcase>\n`;
}

function suiteSeconds(suite: SuiteData): number {
  return suite.cases.reduce((sum, testCase) => sum + Number(testCase.seconds.toFixed(3)), 0);
}

function countCases(suites: readonly SuiteData[]): Omit<GeneratedCounts, 'bytes'> {
  let tests = 0;
  let failed = 0;
  let errors = 0;
  let skipped = 0;
  let withOutput = 0;
  for (const suite of suites) {
    for (const testCase of suite.cases) {
      tests++;
      if (testCase.status === 'failure' || testCase.status === 'error') failed++;
      if (testCase.status === 'error') errors++;
      if (testCase.status === 'skipped') skipped++;
      if (testCase.output) withOutput++;
    }
  }
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
    .replace(/\n/g, '&#10;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function runFromCommandLine(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'bench/.out/junit' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  const manifest = await generateJUnitFiles({
    outDir: values.out,
    scale: Number(values.scale),
    seed: Number(values.seed),
  });
  const { tests, failed, skipped, bytes } = manifest.totals;
  console.log(
    `${manifest.files.length} files, ${tests} test cases (${failed} failed, ${skipped} skipped), ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MiB in ${resolve(values.out)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await runFromCommandLine();
}
