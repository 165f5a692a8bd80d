/**
 * Runs a shard's test command: builds the command line from the user's words and the shard's items, spawns
 * it through the shell in its own process group, enforces the timeout and reports how it ended. Nothing
 * here reads results; the caller decides what an ending means.
 */
import { spawn } from 'node:child_process';
import { quote } from 'shell-quote';
import { testCommandEnvironment } from './child-environment.js';
import type { OutputSink } from './output-log.js';

/** Replaced by all of the invocation's items, each shell-quoted. */
export const FILES_PLACEHOLDER = '{files}';
/** Replaced by one item: the command then runs once per item, and Tessera times each file itself. */
export const FILE_PLACEHOLDER = '{file}';
/** Replaced by the folder this invocation must write its result files into (also `$TESSERA_RESULTS_DIR`). */
export const RESULTS_PLACEHOLDER = '{results}';

/**
 * Whether the command runs once per item (it contains `{file}`). This is for runners whose results do not
 * say which file a test came from (node:test's JUnit has no `file` attribute): one process per file lets
 * Tessera attribute each test to its file, time the whole file, and retry only the files that failed.
 */
export function runsPerItem(words: readonly string[]): boolean {
  return words.some((w) => w.includes(FILE_PLACEHOLDER));
}

function fill(text: string, items: readonly string[], resultsDir: string, quoted: boolean): string {
  const files = quoted ? quote([...items]) : items.join(' ');
  const file = quoted ? quote(items.slice(0, 1)) : (items[0] ?? '');
  const results = quoted ? quote([resultsDir]) : resultsDir;
  return text
    .replaceAll(FILES_PLACEHOLDER, files)
    .replaceAll(FILE_PLACEHOLDER, file)
    .replaceAll(RESULTS_PLACEHOLDER, results);
}

/**
 * Runners whose command line takes `--` as "options end here; the rest are files" (their argument parsers
 * do: pytest's argparse, Jest's and Mocha's yargs, Playwright's commander). Vitest (cac puts what follows
 * `--` aside) and `node --test` (it would take the first file for the script) do not.
 */
export const END_OF_OPTIONS_RUNNERS: readonly string[] = ['jest', 'mocha', 'pytest', 'py.test', 'playwright'];

/**
 * Whether the items should follow a `--`: the command (several words) runs one of
 * {@link END_OF_OPTIONS_RUNNERS} and has no `--` of its own. Items are checked never to start with `-`
 * (plan/item-path.ts); the `--` is a second guard where the runner allows it.
 */
export function itemsAfterEndOfOptions(words: readonly string[]): boolean {
  if (words.length < 2 || words.includes('--')) return false;
  return words.some((w) => {
    const name = (w.split('/').pop() ?? w).replace(/\.(c|m)?js$/, '');
    return END_OF_OPTIONS_RUNNERS.includes(name);
  });
}

/**
 * Builds the shell command line for one invocation.
 *
 * - One word (`-- "npx jest --ci {files}"`): a shell command string, kept as written (pipes, `$VARS` and
 *   `&&` work); placeholders become shell-quoted values.
 * - Several words (`-- npx jest --ci {files}`): the words the user's shell already split; each is quoted
 *   again so it reaches the runner unchanged. A word that is exactly `{files}` becomes one quoted word per
 *   item; a placeholder inside a word (`--out={results}/a.xml`) is filled in before that word is quoted.
 *
 * Without `{files}` or `{file}`, the items are appended, quoted. For a runner that accepts one
 * ({@link itemsAfterEndOfOptions}), the items are put after a `--`.
 */
export function buildCommandLine(
  words: readonly string[],
  items: readonly string[],
  resultsDir: string,
): string {
  const placesItems = words.some((w) => w.includes(FILES_PLACEHOLDER) || w.includes(FILE_PLACEHOLDER));
  const end = itemsAfterEndOfOptions(words) && items.length > 0 ? '-- ' : '';
  let line: string;
  if (words.length === 1) {
    line = fill(words[0] as string, items, resultsDir, true);
  } else {
    line = words
      .map((w) =>
        w === FILES_PLACEHOLDER
          ? `${end}${quote([...items])}`
          : w === FILE_PLACEHOLDER
            ? `${end}${quote(items.slice(0, 1))}`
            : quote([fill(w, items, resultsDir, false)]),
      )
      .join(' ');
  }
  return placesItems || items.length === 0 ? line : `${line} ${end}${quote([...items])}`;
}

/** How a command ended. */
export interface CommandEnding {
  /** The exit code, or null when a signal ended it. */
  readonly exitCode: number | null;
  /** The signal that ended it, when one did. */
  readonly signal?: NodeJS.Signals;
  /** Whether Tessera stopped it because it ran past the timeout. */
  readonly timedOut: boolean;
  /** Wall time from spawn to exit. */
  readonly wallMs: number;
  /** When the shell could not be started at all. */
  readonly spawnError?: string;
}

/**
 * Where a command's output goes: the terminal (a single shard's CI log) or a sink (local mode's masked,
 * bounded `output.log`).
 */
export type CommandOutput =
  { readonly kind: 'inherit' } | { readonly kind: 'sink'; readonly sink: OutputSink };

/** What to run and how. */
export interface ExecuteOptions {
  readonly commandLine: string;
  readonly cwd: string;
  /** Added to the inherited environment. */
  readonly env: Readonly<Record<string, string>>;
  /**
   * The inherited environment: by default Tessera's own without its credentials
   * ({@link testCommandEnvironment}).
   */
  readonly baseEnv?: Readonly<Record<string, string>>;
  /** Stop the command (its whole process group) after this long; none when undefined. */
  readonly timeoutMs?: number;
  readonly output: CommandOutput;
  /** Time between SIGTERM and SIGKILL when stopping a command. */
  readonly killGraceMs?: number;
}

// How long the output pipes may stay open after the command exited.
const PIPE_DRAIN_MS = 2_000;

// Process groups still running, so an interrupted Tessera does not leave test processes behind.
const liveGroups = new Set<number>();
let interruptHandlerInstalled = false;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}

function installInterruptHandler(): void {
  if (interruptHandlerInstalled) return;
  interruptHandlerInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const pid of liveGroups) killGroup(pid, 'SIGTERM');
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Spawns the command line through the shell, in a process group of its own so a timeout stops the runner's
 * workers too, and resolves when it has exited. Never rejects: a shell that cannot start is reported in
 * `spawnError`.
 */
export function executeCommand(options: ExecuteOptions): Promise<CommandEnding> {
  const started = performance.now();
  const sink = options.output.kind === 'sink' ? options.output.sink : undefined;
  // No stdin: the command runs in a process group of its own, so reading the terminal would stop it (SIGTTIN),
  // and a test run must not wait for input anyway.
  const out = sink ? 'pipe' : 'inherit';
  installInterruptHandler();
  return new Promise((resolve) => {
    const child = spawn(options.commandLine, {
      cwd: options.cwd,
      env: { ...(options.baseEnv ?? testCommandEnvironment(process.env).env), ...options.env },
      shell: true,
      detached: true,
      stdio: ['ignore', out, out],
    });
    const write = (chunk: Buffer): void => sink?.write(chunk);
    child.stdout?.on('data', write);
    child.stderr?.on('data', write);
    const pid = child.pid;
    if (pid !== undefined) liveGroups.add(pid);
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            if (pid === undefined) return;
            timedOut = true;
            killGroup(pid, 'SIGTERM');
            killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), options.killGraceMs ?? 5_000);
          }, options.timeoutMs);
    let settled = false;
    const finish = (ending: Omit<CommandEnding, 'wallMs' | 'timedOut'>): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      if (pid !== undefined) {
        liveGroups.delete(pid);
        // The shell has exited; stragglers it left in the group (a runner's workers) must not outlive it.
        killGroup(pid, 'SIGKILL');
      }
      const done = { ...ending, timedOut, wallMs: performance.now() - started };
      if (!sink) return resolve(done);
      // The pipes drain after the exit; a process that left the group could hold them open, so not forever.
      const drained = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        resolve(done);
      }, PIPE_DRAIN_MS);
      child.once('close', () => {
        clearTimeout(drained);
        resolve(done);
      });
    };
    child.once('error', (error) => finish({ exitCode: null, spawnError: error.message }));
    child.once('exit', (code, signal) =>
      finish(signal ? { exitCode: null, signal } : { exitCode: code ?? null }),
    );
  });
}
