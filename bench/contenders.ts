/**
 * The programs `npm run bench:report` races over the same JUnit files, and how each run is checked: a
 * contender that is fast because it skipped the work must fail loudly, not win.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeHistory } from '../src/history/codec.js';
import type { GeneratedCounts } from './generate-junit.js';
import type { ChildCommand, ChildRun } from './measure.js';
import { mebibytes } from './race.js';

/** One program in the race. */
export interface Contender {
  /** Short key used in the results. */
  readonly id: ContenderId;
  /** What the table calls it. */
  readonly label: string;
  /** The command, run in the directory that holds the generated files. */
  readonly command: ChildCommand;
  /** Throws when the run did not do the whole job; returns a short note of what it produced. */
  verify(run: ChildRun): Promise<string>;
}

/** The contenders the race knows. */
export type ContenderId =
  | 'floor'
  | 'tessera'
  | 'tessera-history'
  | 'tessera-read'
  | 'merger'
  | 'junit-to-ctrf'
  | 'floor-sax-wasm'
  | 'floor-workers'
  | 'floor-indexof';

/** Where things are, shared by every contender. */
export interface RaceSetup {
  /** Directory holding the generated files; every contender runs there. */
  readonly dataDir: string;
  /** The generated file names, relative to dataDir. */
  readonly files: readonly string[];
  /**
   * What the contenders are given to name those files: a glob each of them expands itself (`*.xml`), since
   * thousands of file names (60,000 for `many-small-files` at scale 10) would not fit on a command line.
   */
  readonly inputs: readonly string[];
  /** What the generator wrote, to check the contenders' answers against. */
  readonly expected: GeneratedCounts;
  /** A directory for outputs (report JSON, merged XML). */
  readonly scratchDir: string;
  /** The repository root (for node_modules and bench/probes). */
  readonly repoRoot: string;
}

/** A bare saxes pass that only counts test cases: the floor. */
export function saxesFloor(setup: RaceSetup): Contender {
  return {
    id: 'floor',
    label: 'saxes pass (floor)',
    command: {
      command: process.execPath,
      // The floor takes the folder and lists its *.xml files itself: the same files, in the same order.
      args: [join(setup.repoRoot, 'bench/probes/saxes-floor.mjs'), '.'],
      cwd: setup.dataDir,
    },
    async verify(run) {
      expectExit(run, [0]);
      const counted = parseJsonLine(run.stdout) as { testcases?: number };
      expectEqual('test cases counted by the floor', counted.testcases, setup.expected.tests);
      return `${format(counted.testcases ?? 0)} <testcase> tags`;
    },
  };
}

/** The tokenizer and both-cores levers of issue 17, each a floor-like pass given by a probe. */
export type Lever = 'sax-wasm' | 'workers' | 'indexof';

/** Every lever, in the order the bench races them. */
export const LEVER_IDS: readonly Lever[] = ['sax-wasm', 'workers', 'indexof'];

const LEVERS: Record<Lever, { probe: string; id: ContenderId; label: string; args: readonly string[] }> = {
  'sax-wasm': {
    probe: 'sax-wasm-floor.mjs',
    id: 'floor-sax-wasm',
    label: 'sax-wasm pass (tokenizer lever)',
    args: [],
  },
  workers: {
    probe: 'saxes-workers-floor.mjs',
    id: 'floor-workers',
    label: 'saxes on 2 workers + binary hand-off (both-cores lever)',
    args: ['--workers', '2'],
  },
  indexof: {
    probe: 'indexof-scanner-floor.mjs',
    id: 'floor-indexof',
    label: 'indexOf + sticky-regex scan, no checks (hand-written tokenizer lever)',
    args: [],
  },
};

/**
 * A lever of issue 17, weighed on the floor itself: the same pass with sax-wasm as the tokenizer
 * (bench/probes/sax-wasm-floor.mjs), split over worker threads that send back a compact binary form of every
 * testcase for the main thread to decode (bench/probes/saxes-workers-floor.mjs), or an indexOf scan that
 * checks nothing, the upper bound of a hand-written tokenizer (bench/probes/indexof-scanner-floor.mjs).
 */
export function leverFloor(setup: RaceSetup, lever: Lever): Contender {
  const { probe, id, label, args } = LEVERS[lever];
  return {
    id,
    label,
    command: {
      command: process.execPath,
      args: [join(setup.repoRoot, 'bench/probes', probe), ...args, '.'],
      cwd: setup.dataDir,
    },
    async verify(run) {
      expectExit(run, [0]);
      const counted = parseJsonLine(run.stdout) as { testcases?: number; failed?: number };
      expectEqual('test cases counted', counted.testcases, setup.expected.tests);
      if (lever === 'workers')
        expectEqual('failed test cases decoded', counted.failed, setup.expected.failed);
      return `${format(counted.testcases ?? 0)} <testcase> tags${lever === 'workers' ? ', decoded' : ''}`;
    },
  };
}

/** `tessera report --json --junit` from a built bundle. */
export function tesseraReport(setup: RaceSetup, cliPath: string): Contender {
  const jsonPath = join(setup.scratchDir, 'tessera-report.json');
  const junitPath = join(setup.scratchDir, 'tessera-merged.xml');
  return {
    id: 'tessera',
    label: 'tessera report --json --junit',
    command: {
      command: process.execPath,
      args: [cliPath, 'report', '--json', jsonPath, '--junit', junitPath, ...setup.inputs],
      cwd: setup.dataDir,
    },
    async verify(run) {
      // 1 is the expected answer: about 1% of the generated tests fail.
      expectExit(run, [0, 1]);
      // At 960,000 failure-heavy cases the report is over V8's longest string: read only its summary line.
      const report = { summary: await readReportSummary(jsonPath) };
      expectEqual('tests in the report summary', report.summary?.tests, setup.expected.tests);
      expectEqual('failed tests in the report summary', report.summary?.failed, setup.expected.failed);
      expectEqual('skipped tests in the report summary', report.summary?.skipped, setup.expected.skipped);
      const mergedCases = await countTestcaseTagsIn(junitPath);
      expectEqual('<testcase> tags in the merged JUnit', mergedCases, setup.expected.tests);
      const bytes = (await stat(junitPath)).size;
      return `${format(setup.expected.tests)} tests; merged JUnit ${mebibytes(bytes)}`;
    },
  };
}

/** The history `tessera report --history` starts from, as bench/generate-history.ts wrote it. */
export interface BenchHistory {
  readonly path: string;
  /** Runs it holds; the report adds one. */
  readonly runs: number;
}

/**
 * `tessera report --json --junit --history`: the same run, compared with a full-window history of its tests
 * and appended to it. The updated history goes to `--history-out` in the scratch directory, so every round
 * starts from the same 20-run document (in place, each round would add a run to the next one's input).
 */
export function tesseraReportWithHistory(
  setup: RaceSetup,
  cliPath: string,
  history: BenchHistory,
): Contender {
  const jsonPath = join(setup.scratchDir, 'tessera-history-report.json');
  const junitPath = join(setup.scratchDir, 'tessera-history-merged.xml');
  const historyOut = join(setup.scratchDir, 'tessera-history.json.gz');
  const plain = tesseraReport(setup, cliPath);
  return {
    id: 'tessera-history',
    label: 'tessera report --json --junit --history',
    command: {
      ...plain.command,
      args: [
        cliPath,
        'report',
        '--json',
        jsonPath,
        '--junit',
        junitPath,
        '--history',
        history.path,
        '--history-out',
        historyOut,
        ...setup.inputs,
      ],
    },
    async verify(run) {
      expectExit(run, [0, 1]);
      const report = JSON.parse(await readFile(jsonPath, 'utf8')) as {
        summary?: { tests?: number; failed?: number; skipped?: number };
        comparison?: { newFailures?: unknown[]; stillFailing?: unknown[] } | null;
      };
      expectEqual('tests in the report summary', report.summary?.tests, setup.expected.tests);
      expectEqual('failed tests in the report summary', report.summary?.failed, setup.expected.failed);
      expectEqual('skipped tests in the report summary', report.summary?.skipped, setup.expected.skipped);
      // Every failure is either new or still failing against the baseline: the comparison really ran.
      const compared =
        (report.comparison?.newFailures?.length ?? 0) + (report.comparison?.stillFailing?.length ?? 0);
      expectEqual('new + still-failing tests in the comparison', compared, setup.expected.failed);
      const mergedCases = await countTestcaseTagsIn(junitPath);
      expectEqual('<testcase> tags in the merged JUnit', mergedCases, setup.expected.tests);
      // The updated history must be written and read back as a valid document holding this run.
      const bytes = await readFile(historyOut);
      const read = decodeHistory(bytes);
      if (!read.ok) throw new Error(`the updated history cannot be read back: ${read.problem.message}`);
      expectEqual('runs in the updated history', read.doc.runs.length, history.runs + 1);
      expectEqual('tests in the updated history', read.doc.tests.size, setup.expected.tests);
      expectEqual('tests of the appended run', read.doc.runs.at(-1)?.summary.tests, setup.expected.tests);
      return `${format(setup.expected.tests)} tests; history ${mebibytes(bytes.length)} gzipped, ${read.doc.runs.length} runs`;
    },
  };
}

/** junit-report-merger's own CLI (`jrm <out> <globs…>`), which reads every file into a DOM. */
export function junitReportMerger(setup: RaceSetup): Contender {
  const outPath = join(setup.scratchDir, 'jrm-merged.xml');
  const cli = join(setup.repoRoot, 'node_modules/junit-report-merger/cli.js');
  return {
    id: 'merger',
    label: 'junit-report-merger (jrm)',
    command: { command: process.execPath, args: [cli, outPath, ...setup.inputs], cwd: setup.dataDir },
    async verify(run) {
      expectExit(run, [0]);
      const mergedCases = await countTestcaseTagsIn(outPath);
      expectEqual('<testcase> tags in the jrm output', mergedCases, setup.expected.tests);
      return `${format(mergedCases)} tests merged`;
    },
  };
}

/**
 * junit-to-ctrf's own CLI (`junit-to-ctrf <glob> --output <file>`): what a user who wants one JSON report of
 * many JUnit files would pick. It reads every file into an xml2js object tree, all files at once. It prints
 * its errors and still exits 0, so the check is on the report it wrote: every test case, with its status.
 */
export function junitToCtrf(setup: RaceSetup): Contender {
  const outPath = join(setup.scratchDir, 'junit-to-ctrf.json');
  const cli = join(setup.repoRoot, 'node_modules/junit-to-ctrf/dist/cli.js');
  return {
    id: 'junit-to-ctrf',
    label: 'junit-to-ctrf',
    command: {
      command: process.execPath,
      args: [cli, ...setup.inputs, '--output', outPath],
      cwd: setup.dataDir,
    },
    async verify(run) {
      expectExit(run, [0]);
      if (/^Error:/m.test(run.stderr)) throw new Error(`junit-to-ctrf failed: ${run.stderr.slice(0, 300)}`);
      const report = JSON.parse(await readFile(outPath, 'utf8')) as {
        results?: { tests?: { status?: string }[] };
      };
      const tests = report.results?.tests ?? [];
      expectEqual('tests in the CTRF report', tests.length, setup.expected.tests);
      const failed = tests.filter((test) => test.status === 'failed').length;
      expectEqual('failed tests in the CTRF report', failed, setup.expected.failed);
      return `${format(tests.length)} tests in CTRF`;
    },
  };
}

/**
 * `tessera report` with no output files: reading, merging and the stdout summary only. A diagnostic row that
 * splits the full command's time into reading and merging versus writing the JSON and JUnit outputs.
 */
export function tesseraReportWithoutOutputs(setup: RaceSetup, cliPath: string): Contender {
  return {
    id: 'tessera-read',
    label: 'tessera report, no output files (diagnostic)',
    command: { command: process.execPath, args: [cliPath, 'report', ...setup.inputs], cwd: setup.dataDir },
    async verify(run) {
      expectExit(run, [0, 1]);
      // The summary's wording is the report command's to choose; only the count is checked, in either spelling.
      const count = setup.expected.tests;
      if (!run.stdout.includes(`${count} tests`) && !run.stdout.includes(`${format(count)} tests`)) {
        throw new Error(`the summary does not mention ${format(count)} tests: ${run.stdout.slice(0, 200)}`);
      }
      return `${format(count)} tests in the summary`;
    },
  };
}

function expectExit(run: ChildRun, accepted: readonly number[]): void {
  if (run.exitCode === null || !accepted.includes(run.exitCode)) {
    const tail = run.stderr.trim().split('\n').slice(-8).join('\n');
    throw new Error(
      `exited with ${run.exitCode ?? 'a signal'} (expected ${accepted.join(' or ')}):\n${tail}`,
    );
  }
}

function expectEqual(what: string, actual: number | undefined, expected: number): void {
  if (actual !== expected) throw new Error(`${what}: got ${actual ?? 'nothing'}, expected ${expected}`);
}

function parseJsonLine(stdout: string): unknown {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`expected a JSON line on stdout, got: ${line.slice(0, 200)}`);
  }
}

/**
 * Counts `<testcase` openings in a file, chunk by chunk (a merged file of 960,000 failure-heavy cases is over
 * V8's longest string); outside the timed run, so a plain scan is fine. The last 9 characters of a chunk are
 * carried into the next, so a tag split across two chunks counts once.
 */
async function countTestcaseTagsIn(path: string): Promise<number> {
  let count = 0;
  let carry = '';
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(path, { highWaterMark: 4 * 1024 * 1024 })) {
    const text = carry + decoder.decode(chunk as Buffer, { stream: true });
    // Only tags whose following character is in this text are counted here; the rest wait for the next chunk.
    const limit = text.length - 9;
    for (let at = text.indexOf('<testcase'); at >= 0 && at < limit; at = text.indexOf('<testcase', at + 9)) {
      const next = text.charCodeAt(at + 9);
      // `<testcase ` or `<testcase>` or `<testcase/>`, not `<testcases`.
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x0a || next === 0x09) count++;
    }
    carry = text.slice(Math.max(0, limit));
  }
  const rest = carry + decoder.decode();
  if (/^<testcase[\s>/]/.test(rest)) count++;
  return count;
}

/** The `summary` of a report JSON, from its first lines (writeReportJson puts it on a line of its own). */
async function readReportSummary(
  path: string,
): Promise<{ tests?: number; failed?: number; skipped?: number } | undefined> {
  let head = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 })) {
    head += chunk as string;
    const line = head.split('\n').find((text) => text.startsWith('"summary":'));
    if (line && head.indexOf(line) + line.length < head.length) {
      return (JSON.parse(`{${line.replace(/,$/, '')}}`) as { summary?: { tests?: number } }).summary;
    }
    if (head.length > 1024 * 1024) break;
  }
  return undefined;
}

/** 96000 → "96,000". */
export function format(count: number): string {
  return count.toLocaleString('en-US');
}
