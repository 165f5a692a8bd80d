/**
 * `npm run bench:report`: how fast `tessera report --json --junit` reads and merges JUnit, next to a bare
 * saxes pass over the same bytes (the floor) and junit-report-merger (the peer), all measured the same way in
 * child processes, in one run. Prints the table for BENCHMARKS.md and a PASS/MISS line per target of issue 2.
 * A diagnostic row runs `tessera report` with no output files, to split its cost into reading and writing.
 * A history row runs the same report with `--history` over a 20-run history of the same tests (issue 4: the
 * history may add at most 20% to the report's time) and prints the history's size.
 *
 *   npm run bench:report                         # 96,000 cases, 5 timed runs after a warm-up
 *   npm run bench:report -- --scale 10           # 960,000 cases, peak RSS target
 *   npm run bench:report -- --cli dist/cli/index.js --runs 9 --no-merger --no-diagnostic
 *   npm run bench:report -- --profile             # then one `node --cpu-prof` run of tessera, summarised
 *   npm run bench:report -- --no-history          # without the history row (and without building the history)
 *
 * The outcome is informational: it exits 0 whether targets pass or miss, and 1 only when a contender crashed,
 * produced wrong counts, or the bundle could not be built.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  format,
  junitReportMerger,
  saxesFloor,
  tesseraReport,
  tesseraReportWithHistory,
  tesseraReportWithoutOutputs,
  type BenchHistory,
  type Contender,
  type ContenderId,
  type RaceSetup,
} from './contenders.js';
import { readMainThreadProfile, summarizeProfile, type ProfileLine } from './cpu-profile.js';
import { generateHistory, type GeneratedHistory } from './generate-history.js';
import { DEFAULT_SEED, generateJUnitFiles } from './generate-junit.js';
import { canMeasureRss, median, runMeasured } from './measure.js';
import { mebibytes, printRaceTable, race, type Measured as RaceResult } from './race.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(REPO_ROOT, 'bench/.out');
const MIB = 1024 * 1024;

/** A goal as printed, and the test a measured value must pass; no test for an informational row. */
type Goal = readonly [text: string, pass?: (value: number) => boolean];

const INFORMATIONAL: Goal = ['(informational)'];

type Measured = RaceResult<Contender>;

const options = parseOptions();
printSetting();

const dataDir = join(OUT_DIR, `junit-x${options.scale}`);
console.log(`Generating JUnit files (scale ${options.scale}, seed ${options.seed}) into ${dataDir} …`);
const manifest = await generateJUnitFiles({ outDir: dataDir, scale: options.scale, seed: options.seed });
const { totals } = manifest;
console.log(
  `  ${manifest.files.length} files, ${format(totals.tests)} test cases (${format(totals.failed)} failed, ` +
    `${format(totals.skipped)} skipped, ${format(totals.withOutput)} with system-out), ${mebibytes(totals.bytes)}\n`,
);

const scratchDir = join(OUT_DIR, 'scratch');
await mkdir(scratchDir, { recursive: true });
const setup: RaceSetup = {
  dataDir,
  files: manifest.files.map((file) => basename(file.path)),
  expected: totals,
  scratchDir,
  repoRoot: REPO_ROOT,
};

const cliPath = options.cli ?? buildBundle();
const unavailable = cliPath ? reportCommandProblem(cliPath) : 'the bundle could not be built (see above)';
const contenders: Contender[] = [saxesFloor(setup)];
let history: GeneratedHistory | undefined;
if (cliPath && !unavailable) {
  contenders.push(tesseraReport(setup, cliPath));
  if (options.history) {
    history = await buildHistory();
    contenders.push(tesseraReportWithHistory(setup, cliPath, history));
  }
  if (options.diagnostic) contenders.push(tesseraReportWithoutOutputs(setup, cliPath));
}
if (options.merger) contenders.push(junitReportMerger(setup));

const results = await race(contenders, {
  warmup: options.warmup,
  runs: options.runs,
  commandOf: (c) => c.command,
  time: seconds,
});
printRaceTable(results, seconds);
printTargets(results, unavailable);
printHistoryTargets(results, history);
if (options.profile && contenders.some((contender) => contender.id === 'tessera') && cliPath) {
  await printProfile(tesseraReport(setup, cliPath));
  if (history) await printProfile(tesseraReportWithHistory(setup, cliPath, history));
}
console.log(`\nload average at the end: ${loadAverage()}`);
process.exitCode = unavailable || results.some((result) => result.error) ? 1 : 0;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      cli: { type: 'string' },
      merger: { type: 'boolean' },
      'no-merger': { type: 'boolean', default: false },
      'no-diagnostic': { type: 'boolean', default: false },
      'no-history': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${values.scale}`);
  const large = scale > 1;
  return {
    scale,
    seed: count('--seed', values.seed, 0),
    // Large runs take a while per round and their point is peak memory; one timed run is enough there.
    runs: count('--runs', values.runs ?? (large ? '1' : '5'), 1),
    warmup: count('--warmup', values.warmup ?? (large ? '0' : '1'), 0),
    cli: values.cli ? resolve(values.cli) : undefined,
    // junit-report-merger holds a DOM of every file (about 500 MiB at 1×) and takes minutes at 10×: opt-in there.
    merger: values['no-merger'] ? false : (values.merger ?? !large),
    diagnostic: !values['no-diagnostic'],
    history: !values['no-history'],
    profile: values.profile,
  };
}

/**
 * Writes the 20-run history the history row starts from (bench/generate-history.ts), from the generated JUnit
 * files and the same seed, once per bench run.
 */
async function buildHistory(): Promise<GeneratedHistory & BenchHistory> {
  const path = join(OUT_DIR, `history-x${options.scale}.json.gz`);
  console.log(`Building the 20-run history of these tests into ${path} …`);
  const started = Date.now();
  const built = await generateHistory({ dataDir, files: setup.files, outPath: path, seed: options.seed });
  console.log(
    `  ${built.runs} runs of ${format(built.tests)} tests: ${mebibytes(built.rawBytes)} before gzip, ` +
      `${mebibytes(built.gzipBytes)} gzipped (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return built;
}

/**
 * Issue 4's target: the history (read, compare, update, write) adds at most 20% to the report's time. The
 * ratio is the history row over the same command without `--history`; wall time is what the target names,
 * CPU time is printed beside it because the machine is shared. Then the history's size, raw and gzipped.
 */
function printHistoryTargets(results: readonly Measured[], built: GeneratedHistory | undefined): void {
  if (!built) return;
  const find = (id: ContenderId) => results.find((result) => result.contender.id === id && !result.error);
  const [plain, withHistory] = [find('tessera'), find('tessera-history')];
  const middle = (result: Measured | undefined, metric: 'wallsMs' | 'cpusMs') =>
    result && result[metric].length > 0 ? median(result[metric]) : undefined;
  const show = (ms: number | undefined) => (ms === undefined ? 'n/a' : seconds(ms));
  const ratio = (over: number | undefined, under: number | undefined) =>
    over !== undefined && under !== undefined ? over / under : undefined;
  console.log('\n| history overhead | without --history | with --history | ratio | goal | verdict |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [metric, label, goal] of [
    ['wallsMs', 'wall, median', '≤ 1.20×'],
    ['cpusMs', 'CPU user+sys, median', '(informational)'],
  ] as const) {
    const [without, withIt] = [middle(plain, metric), middle(withHistory, metric)];
    const value = ratio(withIt, without);
    const verdict = value === undefined || metric === 'cpusMs' ? '–' : value <= 1.2 ? 'PASS' : 'MISS';
    const shown = value === undefined ? 'n/a' : `${value.toFixed(2)}×`;
    console.log(`| ${label} | ${show(without)} | ${show(withIt)} | ${shown} | ${goal} | ${verdict} |`);
  }
  console.log(
    `\nHistory of ${format(built.tests)} tests × ${built.runs} runs (the input): ${format(built.rawBytes)} bytes before gzip ` +
      `(${mebibytes(built.rawBytes)}), ${format(built.gzipBytes)} bytes gzipped (${mebibytes(built.gzipBytes)}); ` +
      `cap 5,000,000 bytes gzipped. The updated history (${built.runs + 1} runs) is in the history row's note.`,
  );
}

/** A whole number of at least `min`, or an error naming the flag. */
function count(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${flag} must be a whole number ≥ ${min}, got ${text}`);
  return value;
}

function printSetting(): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`tessera bench:report — ${new Date().toISOString()}`);
  console.log(`node ${process.version}, ${cpus().length} × ${cpu}, ${process.platform}/${process.arch}`);
  console.log(
    `load average ${loadAverage()} (other work on the machine stretches wall times, not CPU times)`,
  );
  if (!canMeasureRss()) console.log('(no /usr/bin/time: peak RSS and CPU time are not measured)');
}

function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}

/**
 * Builds the CLI bundle with the project's own build script into the OS temp directory: never into dist/, and
 * not under the repository, where `eslint .` would lint the bundle.
 */
function buildBundle(): string | undefined {
  const outDir = join(tmpdir(), 'tessera-bench-build');
  const logPath = join(tmpdir(), 'tessera-bench-build.log');
  console.log(`Building the CLI bundle into ${outDir} …`);
  // Output goes to a file, not a pipe: the build exits right after printing its error, and writes to a pipe
  // still pending at exit are lost.
  const log = openSync(logPath, 'w');
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), '--out', outDir], {
    cwd: REPO_ROOT,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  if (build.status === 0) return join(outDir, 'cli/index.js');
  const output = readFileSync(logPath, 'utf8');
  console.log(`  build failed (exit ${build.status}; full log in ${logPath}):\n${errorLines(output)}\n`);
  return undefined;
}

/** ncc prints its own minified source around a failure; keep only the lines that say what broke. */
function errorLines(output: string): string {
  const lines = output.split('\n').filter((line) => line.length < 400 && /error|TS\d{4}/i.test(line));
  const shown =
    lines.length > 0
      ? lines
      : output
          .split('\n')
          .filter((line) => line.length < 400)
          .slice(-6);
  return shown
    .slice(0, 12)
    .map((line) => `    ${line.trim()}`)
    .join('\n');
}

/** Why the bundle cannot run `report`, or undefined when it can. */
function reportCommandProblem(cli: string): string | undefined {
  const help = spawnSync(process.execPath, [cli, 'report', '--help'], { encoding: 'utf8' });
  if (help.status === 0 && /--junit/.test(help.stdout)) return undefined;
  return `\`tessera report\` is not in ${cli} yet (report --help exited ${help.status}: ${help.stderr.trim().split('\n')[0] ?? ''})`;
}

/**
 * Runs every contender `warmup + runs` times, interleaved (one of each per round) so that drift in the machine
 * spreads over all of them. Warm-up rounds are verified but not timed; a contender that fails drops out.
 */

/**
 * Compares with the targets of issue 2. Ratios use medians; memory uses the worst run. Wall time is what the
 * targets name; the CPU-time ratios beside them are informational, and steadier when the machine is shared.
 */
function printTargets(results: readonly Measured[], tesseraProblem: string | undefined): void {
  const find = (id: ContenderId) => results.find((result) => result.contender.id === id && !result.error);
  const [floor, tessera, merger] = [find('floor'), find('tessera'), find('merger')];
  const readOnly = find('tessera-read');
  const quotient = (over: Measured | undefined, under: Measured | undefined, metric: 'wallsMs' | 'cpusMs') =>
    over && under && over[metric].length > 0 && under[metric].length > 0
      ? median(over[metric]) / median(under[metric])
      : undefined;
  const peak = tessera && tessera.peakRssBytes.length > 0 ? Math.max(...tessera.peakRssBytes) : undefined;
  const base = options.scale === 1;
  const ratio = (value: number): string => `${value.toFixed(2)}×`;
  const goal = (text: string, pass: (value: number) => boolean): Goal =>
    base ? [text, pass] : INFORMATIONAL;

  console.log('\n| target | measured | goal | verdict |');
  console.log('| --- | --- | --- | --- |');
  const overFloor = 'tessera ÷ saxes floor';
  printTarget(
    `${overFloor}, wall`,
    quotient(tessera, floor, 'wallsMs'),
    ratio,
    goal('≤ 1.5×', (v) => v <= 1.5),
  );
  printTarget(`${overFloor}, CPU`, quotient(tessera, floor, 'cpusMs'), ratio, INFORMATIONAL);
  if (readOnly) {
    const readOverFloor = 'tessera with no output files ÷ saxes floor, CPU';
    printTarget(readOverFloor, quotient(readOnly, floor, 'cpusMs'), ratio, INFORMATIONAL);
  }
  if (merger || base) {
    const overTessera = 'junit-report-merger ÷ tessera';
    printTarget(
      `${overTessera}, wall`,
      quotient(merger, tessera, 'wallsMs'),
      ratio,
      goal('≥ 5×', (v) => v >= 5),
    );
    printTarget(`${overTessera}, CPU`, quotient(merger, tessera, 'cpusMs'), ratio, INFORMATIONAL);
  }
  printTarget(`tessera peak RSS at ${format(totals.tests)} cases`, peak, mebibytes, rssGoal(options.scale));
  if (tesseraProblem) console.log(`\ntessera was not measured: ${tesseraProblem}`);
}

function printTarget(
  target: string,
  measured: number | undefined,
  show: (value: number) => string,
  goal: Goal,
) {
  const [text, pass] = goal;
  const verdict = measured === undefined ? 'n/a' : !pass ? '–' : pass(measured) ? 'PASS' : 'MISS';
  console.log(`| ${target} | ${measured === undefined ? 'n/a' : show(measured)} | ${text} | ${verdict} |`);
}

/** Issue 2's memory targets: ≤ 200 MiB at 96,000 cases, < 1 GiB at 960,000; other scales are informational. */
function rssGoal(scale: number): Goal {
  if (scale === 1) return ['≤ 200 MiB', (bytes) => bytes <= 200 * MIB];
  if (scale === 10) return ['< 1024 MiB', (bytes) => bytes < 1024 * MIB];
  return INFORMATIONAL;
}

/** Runs tessera once more under `node --cpu-prof` and prints where its time went. */
async function printProfile(tessera: Contender): Promise<void> {
  const profileDir = await mkdtemp(join(tmpdir(), 'tessera-bench-profile-'));
  const { command, args, cwd } = tessera.command;
  await runMeasured({ command, args: ['--cpu-prof', '--cpu-prof-dir', profileDir, ...args], cwd });
  const summary = summarizeProfile(await readMainThreadProfile(profileDir));
  console.log(`\nCPU profile of ${tessera.label} (${seconds(summary.totalMs)} sampled; in ${profileDir}):`);
  const show = (title: string, lines: readonly ProfileLine[]) => {
    console.log(`  ${title}:`);
    for (const line of lines) console.log(`    ${line.ms.toFixed(0).padStart(6)} ms  ${line.where}`);
  };
  show('self time', summary.self.slice(0, 15));
  show('inclusive time', summary.inclusive.slice(0, 20));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
