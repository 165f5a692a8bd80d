/**
 * `npm run bench:cold-start`: how long the GitHub Action takes, from spawn to exit, to plan 1,000 test files
 * (issue 5: under 300 ms wall on this machine), next to two peers measured in the same run: a bare
 * `node -e 0` (the floor no JavaScript action can beat) and `tessera plan` from the CLI bundle over the same
 * files (the same work without the action's entry, `@actions/*` and the CI host). Then the size of every
 * bundle file, raw and gzipped.
 *
 * The action runs as the runner runs it: `node <bundle>/github/index.js` in a generated monorepo
 * (bench/generate-test-project.ts), with only the environment a runner gives a step: `INPUT_*` for every
 * input of action.yml (command plan, tests, shards 8, the token), `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`
 * files, `GITHUB_ACTIONS=true`, `GITHUB_WORKSPACE`, the real `pull_request.opened` payload of the corpus at
 * `GITHUB_EVENT_PATH`, and `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL` and `GITHUB_API_URL` pointing at
 * the fake GitHub of test/fake-servers/github, started in this process. A bundle in CI mode then does what a
 * real plan job does: looks for the base branch's `tessera-history` (none: a first run) and uploads the
 * `tessera-plan` artifact; an older bundle only plans. Each run's note says which of the two it did.
 *
 *   npm run bench:cold-start                     # builds the working tree into a temp folder, 9 runs
 *   npm run bench:cold-start -- --dist           # measures the committed dist/ instead
 *   npm run bench:cold-start -- --bundle <dir>   # a folder holding cli/index.js and github/index.js
 *   npm run bench:cold-start -- --runs 15 --files 1000 --profile
 *
 * Every child runs under `/usr/bin/env -i` with an explicit environment (so nothing of this process, such as
 * tsx's NODE_OPTIONS, reaches it) and under GNU `/usr/bin/time` (bench/measure.ts); both wrappers cost every
 * row the same one or two milliseconds. The outcome is informational: it exits 0 whether the target passes or
 * misses, and 1 only when a run failed its check or the bundle could not be built.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_ARTIFACT_LIMITS, extractZip } from '../src/ci/index.js';
import { actionInputDefaults, JOB_TOKEN, parseOutputFile } from '../test/e2e/support/action-runner.js';
import { runnerEnv } from '../test/fake-servers/github/runner-env.js';
import { FakeGithub } from '../test/fake-servers/github/server.js';
import { corpusFile } from '../test/support/corpus.js';
import { bundleSizes } from './bundle-sizes.js';
import { readMainThreadProfile, summarizeProfile } from './cpu-profile.js';
import { generateTestProject } from './generate-test-project.js';
import { canMeasureRss, median, runMeasured, type ChildCommand, type ChildRun } from './measure.js';
import { printRaceTable, race, type Measured as RaceResult } from './race.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 300;
const SEED = 20261121;
/** The corpus payload: PR #2 of Codertocat/Hello-World, head `changes`, base `master`. */
const PAYLOAD = 'github/webhook-payloads/pull_request.opened.json';
const RUN_ID = 7001;
/** The test merge commit of a `pull_request` run (`GITHUB_SHA`), not the PR's head. */
const MERGE_SHA = 'f00dfacecafe0000000000000000000000000001';
const ENV_BIN = '/usr/bin/env';

/** One program in the race: a fresh command per run (outputs emptied first) and a check of what it did. */
interface Contender {
  readonly id: 'floor' | 'cli' | 'action' | 'action-timings';
  readonly label: string;
  prepare(): Promise<ChildCommand>;
  /** Throws when the run did not do the whole job; returns a short note of what it did. */
  verify(run: ChildRun): Promise<string>;
}

type Measured = RaceResult<Contender>;

const options = parseOptions();
printSetting();

const scratch = await mkdtemp(join(tmpdir(), 'tessera-bench-cold-start-'));
const bundle =
  options.bundle ?? (options.dist ? join(REPO_ROOT, 'dist') : buildBundle(join(scratch, 'bundle')));
if (!bundle) {
  await rm(scratch, { recursive: true, force: true });
  process.exit(1);
}
console.log(`Measuring: ${describeBundle(bundle)}`);

const project = await generateTestProject(await mkdirp(join(scratch, 'project')), options.files, SEED);
console.log(
  `Project: ${project.testFiles.length} test files matching '${project.testsGlob}' (${project.filesWritten} files written: ` +
    `tests, the sources beside them, package.json files, ${project.timingsFile}) in ${project.root}\n`,
);

const fake = await new FakeGithub().start();
const defaults = await actionInputDefaults();
const contenders: Contender[] = [
  floorContender(),
  cliContender(),
  actionContender('action', 'action: plan (CI mode: history lookup, tessera-plan upload)', {}),
  actionContender('action-timings', 'action: plan with timings input (JUnit)', {
    timings: project.timingsFile,
  }),
];
let results: Measured[];
try {
  results = await race(contenders, {
    warmup: options.warmup,
    runs: options.runs,
    commandOf: (c) => c.prepare(),
    time: ms,
  });
  printRaceTable(results, ms);
  const missed = printTargets(results);
  if (options.profile || (missed && !options.noProfile)) await printProfile(contenders[2] as Contender);
  await printSizes(bundle);
} finally {
  await fake.stop();
  if (options.keep) console.log(`\nKept the scratch folder ${scratch}`);
  else await rm(scratch, { recursive: true, force: true });
}
console.log(`\nload average at the end: ${loadAverage()}`);
process.exitCode = results.length === 0 || results.some((result) => result.error) ? 1 : 0;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '9' },
      warmup: { type: 'string', default: '1' },
      files: { type: 'string', default: '1000' },
      shards: { type: 'string', default: '8' },
      dist: { type: 'boolean', default: false },
      bundle: { type: 'string' },
      profile: { type: 'boolean', default: false },
      'no-profile': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  if (values.dist && values.bundle) throw new Error('give --dist or --bundle <dir>, not both');
  const runs = count('--runs', values.runs, 1);
  if (runs < 7) console.log(`(--runs ${runs}: issue 5 asks for the median of at least 7 runs)`);
  return {
    runs,
    warmup: count('--warmup', values.warmup, 0),
    files: count('--files', values.files, 1),
    shards: count('--shards', values.shards, 1),
    dist: values.dist,
    bundle: values.bundle ? resolve(values.bundle) : undefined,
    profile: values.profile,
    noProfile: values['no-profile'],
    keep: values.keep,
  };
}

/** A whole number of at least `min`, or an error naming the flag. */
function count(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${flag} must be a whole number ≥ ${min}, got ${text}`);
  return value;
}

async function mkdirp(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return dir;
}

function printSetting(): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`tessera bench:cold-start — ${new Date().toISOString()}`);
  console.log(`node ${process.version}, ${cpus().length} × ${cpu}, ${process.platform}/${process.arch}`);
  console.log(`load average ${loadAverage()} (other work on the machine stretches wall times)`);
  if (!canMeasureRss()) console.log('(no /usr/bin/time: peak RSS and CPU time are not measured)');
}

function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}

/**
 * Builds both bundles from the working tree with the project's own build script (ncc, the options of dist/)
 * into `outDir`, never into dist/. Undefined, after printing why, when the build fails.
 */
function buildBundle(outDir: string): string | undefined {
  const logPath = `${outDir}.log`;
  console.log(`Building the bundles from the working tree into ${outDir} …`);
  // Output goes to a file, not a pipe: the build exits right after printing its error.
  const log = openSync(logPath, 'w');
  const started = performance.now();
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), '--out', outDir], {
    cwd: REPO_ROOT,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  if (build.status === 0) {
    console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return outDir;
  }
  const lines = readFileSync(logPath, 'utf8')
    .split('\n')
    .filter((line) => line.length < 400 && /error|TS\d{4}/i.test(line))
    .slice(0, 12);
  console.log(
    `  build failed (exit ${build.status}):\n${lines.map((line) => `    ${line.trim()}`).join('\n')}`,
  );
  console.log('  Fix the build, or measure the committed bundle with --dist (or --bundle <dir>).');
  return undefined;
}

/** What is measured, for the record: which bundle, and for dist/ the commit and whether it is modified. */
function describeBundle(dir: string): string {
  if (options.bundle) return `the bundle in ${dir} (--bundle)`;
  if (!options.dist) return `a fresh build of the working tree (scripts/build.mjs --out ${dir})`;
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const changed = git('status', '--porcelain', '--', 'dist') !== '';
  return `the committed dist/ (--dist) at ${git('rev-parse', '--short', 'HEAD')}${changed ? ', with uncommitted changes' : ''}`;
}

/** `node <args>` under `env -i` with exactly `env`, in `cwd`. */
function nodeCommand(args: readonly string[], env: Record<string, string>, cwd: string): ChildCommand {
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`);
  return { command: ENV_BIN, args: ['-i', ...assignments, process.execPath, ...args], cwd };
}

/** What every child gets: no CI variables, so the CLI peer and the floor never see a runner. */
function baseEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8' };
}

function floorContender(): Contender {
  return {
    id: 'floor',
    label: 'node -e 0 (bare startup)',
    prepare: async () => nodeCommand(['-e', '0'], baseEnv(), project.root),
    verify: async (run) => {
      expectExit(run, 0);
      return 'exit 0';
    },
  };
}

/** The CLI bundle's `plan` over the same files, outside any CI. */
function cliContender(): Contender {
  const out = join(scratch, 'cli-plan.json');
  const args = [
    join(bundle as string, 'cli/index.js'),
    'plan',
    '--tests',
    project.testsGlob,
    '--shards',
    String(options.shards),
    '--format',
    'json',
    '--out',
    out,
  ];
  return {
    id: 'cli',
    label: 'node cli/index.js plan',
    prepare: async () => {
      await rm(out, { force: true });
      return nodeCommand(args, baseEnv(), project.root);
    },
    verify: async (run) => {
      expectExit(run, 0);
      return planNote(await readPlan(out));
    },
  };
}

/**
 * The action's `plan` step in a `pull_request` run, with `inputs` over action.yml's defaults. Before each
 * run the fake forgets the last run's uploads (a second `tessera-plan` in the same attempt would be a 409)
 * and the step gets empty file-command files and no plan file.
 */
function actionContender(id: Contender['id'], label: string, inputs: Record<string, string>): Contender {
  const runnerTemp = join(scratch, `runner-${id}`);
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'].map((name) => [
      name,
      join(runnerTemp, name.toLowerCase()),
    ]),
  );
  const payloadPath = corpusFile(PAYLOAD);
  const event = JSON.parse(readFileSync(payloadPath, 'utf8')) as {
    number: number;
    pull_request: { head: { ref: string }; base: { ref: string } };
    repository: { full_name: string };
  };
  const pr = event.pull_request;
  const repository = event.repository.full_name;
  const step = { command: 'plan', tests: project.testsGlob, shards: String(options.shards), ...inputs };
  const env: Record<string, string> = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKFLOW: 'tests',
    GITHUB_RUN_ID: String(RUN_ID),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'plan',
    GITHUB_ACTION: '__tessera_tessera',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: payloadPath,
    GITHUB_REF: `refs/pull/${event.number}/merge`,
    GITHUB_REF_NAME: `${event.number}/merge`,
    GITHUB_REF_TYPE: 'branch',
    GITHUB_HEAD_REF: pr.head.ref,
    GITHUB_BASE_REF: pr.base.ref,
    GITHUB_SHA: MERGE_SHA,
    ...runnerEnv(fake, project.root),
    ...files,
  };
  for (const [name, value] of Object.entries({ ...defaults, ...step }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.replace(
      /\$\{\{\s*github\.token\s*\}\}/g,
      JOB_TOKEN,
    );
  const planPath = join(project.root, '.tessera/plan.json');
  return {
    id,
    label,
    prepare: async () => {
      await mkdir(runnerTemp, { recursive: true });
      for (const file of Object.values(files)) await writeFile(file, '');
      await rm(join(project.root, '.tessera'), { recursive: true, force: true });
      fake.reset();
      fake.runId = RUN_ID;
      fake.headBranch = pr.head.ref;
      return nodeCommand([join(bundle as string, 'github/index.js')], env, project.root);
    },
    verify: async (run) => {
      expectExit(run, 0);
      if (fake.problems.length > 0) throw new Error(`the fake GitHub saw: ${fake.problems.join('; ')}`);
      const outputs = parseOutputFile(await readFile(files.GITHUB_OUTPUT as string, 'utf8'));
      const matrix = JSON.parse(outputs.matrix ?? 'null') as { include?: unknown[] } | null;
      if (matrix?.include?.length !== options.shards || outputs.shards !== String(options.shards))
        throw new Error(`outputs matrix/shards are not ${options.shards} shards: ${JSON.stringify(outputs)}`);
      const plan = await readPlan(planPath);
      if (inputs.timings && plan.unknownItems === plan.total)
        throw new Error('the timings input gave no file a timing');
      await checkUploadedPlan(planPath);
      return `${planNote(plan)}; outputs ok; ${traffic()}`;
    },
  };
}

function expectExit(run: ChildRun, code: number): void {
  if (run.exitCode !== code)
    throw new Error(
      `exit ${run.exitCode} (expected ${code}): ${run.stderr.trim().split('\n').slice(-5).join(' / ')}`,
    );
}

interface PlanFile {
  readonly total: number;
  readonly unknownItems: number;
  readonly shards: readonly { readonly items: readonly string[] }[];
}

/** Reads a plan and checks it holds every generated file exactly once, on the asked number of shards. */
async function readPlan(path: string): Promise<PlanFile> {
  const plan = JSON.parse(await readFile(path, 'utf8')) as PlanFile;
  const items = plan.shards.flatMap((shard) => shard.items);
  const expected = new Set(project.testFiles);
  if (
    plan.shards.length !== options.shards ||
    items.length !== expected.size ||
    !items.every((i) => expected.has(i))
  )
    throw new Error(
      `${basename(path)}: ${items.length} items on ${plan.shards.length} shards, expected the ${expected.size} generated files on ${options.shards}`,
    );
  return plan;
}

/**
 * When the bundle uploaded a `tessera-plan` artifact, it must be a zip holding exactly the plan file the
 * step wrote, as the shard jobs will extract it (with the project's own zip reader and its checks).
 */
async function checkUploadedPlan(planPath: string): Promise<void> {
  const artifact = fake.artifacts.find((a) => a.finalized && a.name === 'tessera-plan');
  if (!artifact) return;
  const into = await mkdtemp(join(scratch, 'uploaded-plan-'));
  await extractZip(artifact.data, into, DEFAULT_ARTIFACT_LIMITS, artifact.name);
  const [uploaded, written] = await Promise.all([
    readFile(join(into, 'plan.json'), 'utf8'),
    readFile(planPath, 'utf8'),
  ]);
  await rm(into, { recursive: true, force: true });
  if (uploaded !== written)
    throw new Error('the tessera-plan artifact does not hold the plan the step wrote');
}

function planNote(plan: PlanFile): string {
  return `${plan.total} files on ${plan.shards.length} shards, ${plan.unknownItems} without timing`;
}

/** What the last action run asked of the fake GitHub. */
function traffic(): string {
  const twirp = fake.requests.filter((r) => r.includes('/twirp/')).length;
  const blob = fake.requests.filter((r) => r.includes(' /blob/')).length;
  const rest = fake.requests.length - twirp - blob;
  const uploaded = fake.artifacts.filter((a) => a.finalized).map((a) => a.name);
  if (fake.requests.length === 0) return 'no GitHub traffic (this bundle only plans)';
  return `GitHub: ${rest} REST, ${twirp} Twirp, ${blob} blob requests; uploaded ${uploaded.join(', ') || 'nothing'}`;
}

/**
 * Runs every contender `warmup + runs` times, interleaved (one of each per round) so that drift in the machine
 * spreads over all of them. Warm-up rounds are checked but not timed; a contender that fails drops out.
 */

/** The target of issue 5 and the ratios to the peers; true when the target was missed. */
function printTargets(measured: readonly Measured[]): boolean {
  const wall = (id: Contender['id']) => {
    const found = measured.find((m) => m.contender.id === id && !m.error && m.wallsMs.length > 0);
    return found ? median(found.wallsMs) : undefined;
  };
  const [floor, cli, action, withTimings] = [
    wall('floor'),
    wall('cli'),
    wall('action'),
    wall('action-timings'),
  ];
  const show = (value: number | undefined, unit: (v: number) => string) =>
    value === undefined ? 'n/a' : unit(value);
  const times = (v: number) => `${v.toFixed(2)}×`;
  const minus = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined ? a - b : undefined;
  const over = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined ? a / b : undefined;
  const verdict = action === undefined ? 'n/a' : action <= TARGET_MS ? 'PASS' : 'MISS';
  console.log('\n| target | measured | goal | verdict |');
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| action plan, ${options.files} files, wall median | ${show(action, ms)} | ≤ ${TARGET_MS} ms | ${verdict} |`,
  );
  console.log(`| action plan ÷ target | ${show(over(action, TARGET_MS), times)} | ≤ 1.00× | ${verdict} |`);
  console.log(
    `| action plan − bare node startup | ${show(minus(action, floor), ms)} | (informational) | – |`,
  );
  console.log(`| action plan ÷ CLI plan | ${show(over(action, cli), times)} | (informational) | – |`);
  console.log(`| CLI plan − bare node startup | ${show(minus(cli, floor), ms)} | (informational) | – |`);
  console.log(
    `| action plan with timings ÷ target | ${show(over(withTimings, TARGET_MS), times)} | (informational) | – |`,
  );
  return verdict === 'MISS';
}

/** Runs the action once more under `node --cpu-prof` and prints where its time went, by function and file. */
async function printProfile(contender: Contender): Promise<void> {
  const profileDir = await mkdtemp(join(scratch, 'profile-'));
  const { command, args, cwd } = await contender.prepare();
  // The node flags go right before the script: after env's assignments and node's own path.
  const at = args.findIndex((arg) => arg === process.execPath) + 1;
  const profiled = [...args.slice(0, at), '--cpu-prof', '--cpu-prof-dir', profileDir, ...args.slice(at)];
  const run = await runMeasured({ command, args: profiled, cwd });
  await contender.verify(run);
  const profile = await readMainThreadProfile(profileDir);
  const summary = summarizeProfile(profile);
  console.log(
    `\nCPU profile of one ${contender.label} run (wall ${ms(run.wallMs)} with profiling; ${ms(summary.totalMs)} sampled):`,
  );
  const byFile = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, index) => {
    const url = byId.get(id)?.callFrame.url ?? '';
    const file =
      url === '' ? '(native, GC, idle)' : url.startsWith('node:') ? '(node internals)' : basename(url);
    byFile.set(file, (byFile.get(file) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  console.log('  self time by script (which bundle files ran):');
  for (const [file, spent] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`    ${spent.toFixed(0).padStart(6)} ms  ${file}`);
  console.log('  self time:');
  for (const line of summary.self.slice(0, 12))
    console.log(`    ${line.ms.toFixed(0).padStart(6)} ms  ${line.where}`);
  console.log('  inclusive time:');
  for (const line of summary.inclusive.slice(0, 15))
    console.log(`    ${line.ms.toFixed(0).padStart(6)} ms  ${line.where}`);
}

/** The size of every file of dist/, and of the measured bundle when it is another folder. */
async function printSizes(measuredDir: string): Promise<void> {
  const dirs = [join(REPO_ROOT, 'dist')];
  if (resolve(measuredDir) !== dirs[0]) dirs.push(measuredDir);
  for (const dir of dirs) {
    const label = dir === dirs[0] ? 'dist/ (as on disk)' : `the measured build (${dir})`;
    console.log(`\nBundle sizes of ${label}; gzip at zlib's default level:\n`);
    console.log('| file | bytes | gzipped |');
    console.log('| --- | ---: | ---: |');
    for (const entry of await bundleSizes(dir)) {
      for (const file of entry.files)
        console.log(
          `| ${file.path} | ${file.bytes.toLocaleString('en')} | ${file.gzipBytes.toLocaleString('en')} |`,
        );
      if (entry.entry !== '(root)')
        console.log(
          `| **${entry.entry} total** | **${entry.bytes.toLocaleString('en')}** | **${entry.gzipBytes.toLocaleString('en')}** |`,
        );
    }
  }
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}
