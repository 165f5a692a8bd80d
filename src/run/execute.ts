/**
 * Runs a shard's test command: builds the command line from the user's words and the shard's items, spawns
 * it through the shell in its own process group, enforces the timeout and reports how it ended. Nothing
 * here reads results; the caller decides what an ending means.
 */
import { spawn } from 'node:child_process';
import { testCommandEnvironment } from './child-environment.js';
import type { OutputSink } from './output-log.js';
export {
  buildCommandLine,
  END_OF_OPTIONS_RUNNERS,
  FILE_PLACEHOLDER,
  FILES_PLACEHOLDER,
  itemsAfterEndOfOptions,
  RESULTS_PLACEHOLDER,
  runsPerItem,
} from '../command/command-line.js';

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
