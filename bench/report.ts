/**
 * `npm run bench:report`: how fast `tessera report --json --junit` reads and merges JUnit, on every shape of
 * results users have (bench/junit-shapes.ts: tiny passing cases, failure-heavy files, system-out-heavy Java
 * suites, deep nesting, thousands of small files, a few huge ones), next to a bare saxes pass over the same
 * bytes (the floor) and two peers a user would pick (junit-report-merger, junit-to-ctrf), all measured the
 * same way in child processes, interleaved within each shape. Prints a table per shape, then one table of
 * every shape's ratios with the worst, and a PASS/MISS line per shape and target of issue 17:
 *
 * - junit-report-merger ÷ tessera (wall) ≥ 5×, on every shape;
 * - reading and merging (tessera with no output files) ÷ the floor (wall) ≤ 2×, on every shape;
 * - tessera's peak RSS ≤ 200 MiB at 96,000 cases, < 1 GiB at 960,000 (`--scale 10`).
 *
 * A history row (issue 4) runs the `jest-monorepo` report with `--history` over a 20-run history.
 *
 *   npm run bench:report                                  # every shape, 96,000 cases, 5 timed runs each
 *   npm run bench:report -- --shapes failure-heavy --quick  # one shape at 9,600 cases, one run: to iterate
 *   npm run bench:report -- --scale 10                    # 960,000 cases: the peak RSS target (no peers)
 *   npm run bench:report -- --cli dist/cli/index.js --runs 9 --no-merger --no-ctrf --no-diagnostic
 *   npm run bench:report -- --profile                     # then one `node --cpu-prof` run per shape
 *   npm run bench:report -- --levers                      # also the floor with sax-wasm, on 2 workers, by indexOf
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
  junitToCtrf,
  LEVER_IDS,
  leverFloor,
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
import { DEFAULT_SEED, type GeneratedManifest } from './generate-junit.js';
import { generateShape, parseShapes, SHAPE_IDS, shapeSummary, type ShapeId } from './junit-shapes.js';
import { canMeasureRss, median, runMeasured } from './measure.js';
import { mebibytes, printRaceTable, race, type Measured as RaceResult } from './race.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(REPO_ROOT, 'bench/.out');
const MIB = 1024 * 1024;

/** A goal as printed, and the test a measured value must pass; no test for an informational row. */
type Goal = readonly [text: string, pass?: (value: number) => boolean];

const INFORMATIONAL: Goal = ['(informational)'];

type Measured = RaceResult<Contender>;

/** What one shape's race gave. */
interface ShapeOutcome {
  readonly shape: ShapeId;
  readonly manifest: GeneratedManifest;
  readonly results: readonly Measured[];
}

const options = parseOptions();
printSetting();

const cliPath = options.cli ?? buildBundle();
const unavailable = cliPath ? reportCommandProblem(cliPath) : 'the bundle could not be built (see above)';
const outcomes: ShapeOutcome[] = [];
for (const shape of options.shapes) outcomes.push(await raceShape(shape));
if (outcomes.length > 0) printShapeSummary(outcomes);
if (unavailable) console.log(`\ntessera was not measured: ${unavailable}`);
console.log(`\nload average at the end: ${loadAverage()}`);
process.exitCode =
  unavailable || outcomes.some((outcome) => outcome.results.some((result) => result.error)) ? 1 : 0;

/** Generates one shape, races the contenders on it and prints its table; the history row for jest-monorepo. */
async function raceShape(shape: ShapeId): Promise<ShapeOutcome> {
  const dataDir = join(OUT_DIR, `${shape}-x${options.scale}`);
  console.log(`\n## ${shape}: ${shapeSummary(shape)}`);
  console.log(`Generating (scale ${options.scale}, seed ${options.seed}) into ${dataDir} …`);
  const manifest = await generateShape({ shape, outDir: dataDir, scale: options.scale, seed: options.seed });
  const { totals } = manifest;
  console.log(
    `  ${format(manifest.files.length)} files, ${format(totals.tests)} test cases (${format(totals.failed)} failed, ` +
      `${format(totals.skipped)} skipped, ${format(totals.withOutput)} with system-out), ${mebibytes(totals.bytes)}\n`,
  );
  const scratchDir = join(OUT_DIR, 'scratch', `${shape}-x${options.scale}`);
  await mkdir(scratchDir, { recursive: true });
  const setup: RaceSetup = {
    dataDir,
    files: manifest.files.map((file) => basename(file.path)),
    inputs: ['*.xml'],
    expected: totals,
    scratchDir,
    repoRoot: REPO_ROOT,
  };
  const contenders: Contender[] = [saxesFloor(setup)];
  let history: GeneratedHistory | undefined;
  if (cliPath && !unavailable) {
    contenders.push(tesseraReport(setup, cliPath));
    if (options.history && shape === 'jest-monorepo') {
      history = await buildHistory(setup);
      contenders.push(tesseraReportWithHistory(setup, cliPath, history));
    }
    if (options.diagnostic) contenders.push(tesseraReportWithoutOutputs(setup, cliPath));
  }
  if (options.merger) contenders.push(junitReportMerger(setup));
  if (options.ctrf) contenders.push(junitToCtrf(setup));
  if (options.levers) contenders.push(...LEVER_IDS.map((lever) => leverFloor(setup, lever)));

  const results = await race(contenders, {
    warmup: options.warmup,
    runs: options.runs,
    commandOf: (c) => c.command,
    time: seconds,
  });
  console.log(`\n### ${shape} (${format(totals.tests)} cases, ${mebibytes(totals.bytes)})`);
  printRaceTable(results, seconds);
  printHistoryTargets(results, history);
  if (options.profile && cliPath && !unavailable) {
    await printProfile(tesseraReport(setup, cliPath));
    if (history) await printProfile(tesseraReportWithHistory(setup, cliPath, history));
  }
  return { shape, manifest, results };
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      shapes: { type: 'string', default: SHAPE_IDS.join(',') },
      scale: { type: 'string' },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      cli: { type: 'string' },
      merger: { type: 'boolean' },
      ctrf: { type: 'boolean' },
      'no-merger': { type: 'boolean', default: false },
      'no-ctrf': { type: 'boolean', default: false },
      'no-diagnostic': { type: 'boolean', default: false },
      'no-history': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      levers: { type: 'boolean', default: false },
    },
  });
  // --quick: a tenth of the cases and one timed run, to iterate on a shape; --scale and --runs still win.
  const scale = Number(values.scale ?? (values.quick ? '0.1' : '1'));
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${values.scale}`);
  const large = scale > 1;
  const few = large || values.quick;
  return {
    shapes: parseShapes(values.shapes),
    scale,
    seed: count('--seed', values.seed, 0),
    // Large runs take a while per round and their point is peak memory; one timed run is enough there.
    runs: count('--runs', values.runs ?? (few ? '1' : '5'), 1),
    warmup: count('--warmup', values.warmup ?? (large ? '0' : '1'), 0),
    cli: values.cli ? resolve(values.cli) : undefined,
    // The peers hold a DOM or object tree of every file (junit-report-merger about 500 MiB at 1×) and take
    // minutes at 10×: opt-in there.
    merger: values['no-merger'] ? false : (values.merger ?? !large),
    ctrf: values['no-ctrf'] ? false : (values.ctrf ?? !large),
    diagnostic: !values['no-diagnostic'],
    history: !values['no-history'],
    profile: values.profile,
    levers: values.levers,
  };
}

/**
 * Writes the 20-run history the history row starts from (bench/generate-history.ts), from the generated JUnit
 * files and the same seed, once per bench run.
 */
async function buildHistory(setup: RaceSetup): Promise<GeneratedHistory & BenchHistory> {
  const path = join(OUT_DIR, `history-x${options.scale}.json.gz`);
  console.log(`Building the 20-run history of these tests into ${path} …`);
  const started = Date.now();
  const built = await generateHistory({
    dataDir: setup.dataDir,
    files: setup.files,
    outPath: path,
    seed: options.seed,
  });
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

/** The ratios of one shape; undefined where a contender did not run or failed. */
interface ShapeRatios {
  readonly shape: ShapeId;
  readonly mib: number;
  /** tessera report with no output files ÷ floor: reading and merging. */
  readonly readWall: number | undefined;
  readonly readCpu: number | undefined;
  /** tessera report --json --junit ÷ floor. */
  readonly fullWall: number | undefined;
  readonly merger: number | undefined;
  readonly mergerCpu: number | undefined;
  readonly ctrf: number | undefined;
  readonly rss: number | undefined;
  /** The levers' passes ÷ the saxes floor, wall and CPU. */
  readonly saxWasm: readonly [number | undefined, number | undefined];
  readonly workers: readonly [number | undefined, number | undefined];
  readonly indexof: readonly [number | undefined, number | undefined];
}

function ratiosOf({ shape, manifest, results }: ShapeOutcome): ShapeRatios {
  const find = (id: ContenderId) => results.find((result) => result.contender.id === id && !result.error);
  const [floor, tessera, readOnly] = [find('floor'), find('tessera'), find('tessera-read')];
  const quotient = (over: Measured | undefined, under: Measured | undefined, metric: 'wallsMs' | 'cpusMs') =>
    over && under && over[metric].length > 0 && under[metric].length > 0
      ? median(over[metric]) / median(under[metric])
      : undefined;
  return {
    shape,
    mib: manifest.totals.bytes / MIB,
    readWall: quotient(readOnly, floor, 'wallsMs'),
    readCpu: quotient(readOnly, floor, 'cpusMs'),
    fullWall: quotient(tessera, floor, 'wallsMs'),
    merger: quotient(find('merger'), tessera, 'wallsMs'),
    mergerCpu: quotient(find('merger'), tessera, 'cpusMs'),
    ctrf: quotient(find('junit-to-ctrf'), tessera, 'wallsMs'),
    rss: tessera && tessera.peakRssBytes.length > 0 ? Math.max(...tessera.peakRssBytes) : undefined,
    saxWasm: [
      quotient(find('floor-sax-wasm'), floor, 'wallsMs'),
      quotient(find('floor-sax-wasm'), floor, 'cpusMs'),
    ],
    workers: [
      quotient(find('floor-workers'), floor, 'wallsMs'),
      quotient(find('floor-workers'), floor, 'cpusMs'),
    ],
    indexof: [
      quotient(find('floor-indexof'), floor, 'wallsMs'),
      quotient(find('floor-indexof'), floor, 'cpusMs'),
    ],
  };
}

/**
 * One table of every shape's ratios (medians of wall time, interleaved within the shape, so load on the
 * machine touches both sides of a ratio alike), its worst row, then each target's verdict on every shape.
 * Targets hold at scale 1 (and RSS at scale 10); at other scales the verdicts are informational.
 */
function printShapeSummary(all: readonly ShapeOutcome[]): void {
  const rows = all.map(ratiosOf);
  const ratio = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)}×`);
  const rss = (value: number | undefined) => (value === undefined ? 'n/a' : mebibytes(value));
  const cases = format(all[0]?.manifest.totals.tests ?? 0);
  console.log(`\n## Every shape at ${cases} cases (scale ${options.scale}): ratios of medians`);
  console.log(
    '\n| shape | input | reading + merging ÷ floor, wall (CPU) | tessera --json --junit ÷ floor, wall | ' +
      'junit-report-merger ÷ tessera, wall (CPU) | junit-to-ctrf ÷ tessera, wall | tessera peak RSS |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.shape} | ${row.mib.toFixed(1)} MiB | ${ratio(row.readWall)} (${ratio(row.readCpu)}) | ` +
        `${ratio(row.fullWall)} | ${ratio(row.merger)} (${ratio(row.mergerCpu)}) | ${ratio(row.ctrf)} | ${rss(row.rss)} |`,
    );
  }
  const worst = (pick: (row: ShapeRatios) => number | undefined, highest: boolean) => {
    let found: { value: number; shape: ShapeId } | undefined;
    for (const row of rows) {
      const value = pick(row);
      if (value === undefined) continue;
      if (!found || (highest ? value > found.value : value < found.value))
        found = { value, shape: row.shape };
    }
    return found;
  };
  const show = (found: { value: number; shape: ShapeId } | undefined, text: (v: number) => string) =>
    found ? `${text(found.value)} (${found.shape})` : 'n/a';
  console.log(
    `| **worst** | | ${show(
      worst((r) => r.readWall, true),
      (v) => ratio(v),
    )} | ` +
      `${show(
        worst((r) => r.fullWall, true),
        (v) => ratio(v),
      )} | ` +
      `${show(
        worst((r) => r.merger, false),
        (v) => ratio(v),
      )} | ` +
      `${show(
        worst((r) => r.ctrf, false),
        (v) => ratio(v),
      )} | ` +
      `${show(
        worst((r) => r.rss, true),
        (v) => rss(v),
      )} |`,
  );

  const base = options.scale === 1;
  const targets: {
    name: string;
    goal: Goal;
    pick: (row: ShapeRatios) => number | undefined;
    show: (v: number) => string;
  }[] = [
    {
      name: 'junit-report-merger ÷ tessera, wall',
      goal: base ? ['≥ 5×', (v) => v >= 5] : INFORMATIONAL,
      pick: (row) => row.merger,
      show: (v) => ratio(v),
    },
    {
      name: 'reading + merging ÷ saxes floor, wall',
      goal: base ? ['≤ 2×', (v) => v <= 2] : INFORMATIONAL,
      pick: (row) => row.readWall,
      show: (v) => ratio(v),
    },
    {
      name: `tessera peak RSS at ${cases} cases`,
      goal: rssGoal(options.scale),
      pick: (row) => row.rss,
      show: rss,
    },
  ];
  console.log('\n| target | goal | ' + rows.map((row) => row.shape).join(' | ') + ' | verdict |');
  console.log('| --- | --- | ' + rows.map(() => '---').join(' | ') + ' | --- |');
  const misses: string[] = [];
  for (const target of targets) {
    const [text, pass] = target.goal;
    const cells = rows.map((row) => {
      const value = target.pick(row);
      if (value === undefined) return 'n/a';
      if (!pass) return target.show(value);
      if (pass(value)) return `${target.show(value)} PASS`;
      misses.push(`${target.name} on ${row.shape}: ${target.show(value)} (goal ${text})`);
      return `${target.show(value)} **MISS**`;
    });
    const measured = rows.map(target.pick).filter((value) => value !== undefined);
    const verdict = !pass
      ? '–'
      : measured.length < rows.length
        ? 'INCOMPLETE'
        : measured.every((value) => pass(value))
          ? 'PASS on every shape'
          : `MISS on ${rows.length - measured.filter((value) => pass(value)).length} of ${rows.length}`;
    console.log(`| ${target.name} | ${text} | ${cells.join(' | ')} | ${verdict} |`);
  }
  if (misses.length > 0) console.log(`\nMISS:\n${misses.map((miss) => `- ${miss}`).join('\n')}`);
  if (options.levers) {
    console.log('\n| lever, on the floor itself | ' + rows.map((row) => row.shape).join(' | ') + ' |');
    console.log('| --- | ' + rows.map(() => '---').join(' | ') + ' |');
    const pair = ([wall, cpu]: readonly [number | undefined, number | undefined]) =>
      `${ratio(wall)} (${ratio(cpu)})`;
    console.log(
      `| sax-wasm pass ÷ saxes floor, wall (CPU) | ${rows.map((row) => pair(row.saxWasm)).join(' | ')} |`,
    );
    console.log(
      `| saxes on 2 workers + binary hand-off ÷ saxes floor, wall (CPU) | ${rows.map((row) => pair(row.workers)).join(' | ')} |`,
    );
    console.log(
      `| indexOf + sticky-regex scan (no checks) ÷ saxes floor, wall (CPU) | ${rows.map((row) => pair(row.indexof)).join(' | ')} |`,
    );
  }
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
