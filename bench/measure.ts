/**
 * Runs a program as a child process and measures it the same way for every contender: wall time from spawn
 * to exit, seen from the parent; and, from the child's rusage as GNU `/usr/bin/time` reads it after the child
 * exits, its peak resident set size and its CPU time (user + system). On a shared machine CPU time is the
 * steadier of the two times: other processes stretch the wall clock but not the child's own CPU use.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const TIME_BIN = '/usr/bin/time';
// Captured output beyond this is dropped: a summary on stdout is all any contender should print.
const MAX_CAPTURED_CHARS = 1024 * 1024;

/** How one child run went. */
export interface ChildRun {
  /** Spawn to exit, in milliseconds. */
  readonly wallMs: number;
  /** Peak resident set size in bytes; undefined when `/usr/bin/time` is not installed. */
  readonly peakRssBytes: number | undefined;
  /** User plus system CPU time in milliseconds (every thread); undefined without `/usr/bin/time`. */
  readonly cpuMs: number | undefined;
  /** Exit code, or null when a signal ended it. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A program to run: `command args…` in `cwd`. */
export interface ChildCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
}

/** Whether peak RSS can be measured on this machine. */
export function canMeasureRss(): boolean {
  return existsSync(TIME_BIN);
}

/** Runs the command once and measures it. Rejects only when the process cannot be started. */
export async function runMeasured(child: ChildCommand): Promise<ChildRun> {
  const scratch = await mkdtemp(join(tmpdir(), 'tessera-bench-time-'));
  const usageFile = join(scratch, 'rss');
  const measureRss = canMeasureRss();
  const [command, args] = measureRss
    ? [TIME_BIN, ['-f', '%M %U %S', '-o', usageFile, child.command, ...child.args]]
    : [child.command, [...child.args]];
  try {
    const started = performance.now();
    const { exitCode, stdout, stderr } = await spawnAndWait(command, args, child.cwd);
    const wallMs = performance.now() - started;
    const usage = measureRss ? await readUsage(usageFile) : { peakRssBytes: undefined, cpuMs: undefined };
    return { wallMs, ...usage, exitCode, stdout, stderr };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function spawnAndWait(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const running = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    running.stdout.setEncoding('utf8').on('data', (text: string) => {
      if (stdout.length < MAX_CAPTURED_CHARS) stdout += text;
    });
    running.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < MAX_CAPTURED_CHARS) stderr += text;
    });
    running.on('error', reject);
    running.on('close', (exitCode) => resolvePromise({ exitCode, stdout, stderr }));
  });
}

/**
 * Reads `%M %U %S` (KiB, seconds, seconds). GNU time writes "Command exited with non-zero status N" before
 * the figures when the child fails, so only the last line counts.
 */
async function readUsage(
  usageFile: string,
): Promise<{ peakRssBytes: number | undefined; cpuMs: number | undefined }> {
  const lines = (await readFile(usageFile, 'utf8')).trim().split('\n');
  const [kibibytes, user, system] = (lines.at(-1) ?? '').split(' ').map(Number);
  const known = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);
  return {
    peakRssBytes: known(kibibytes) ? kibibytes * 1024 : undefined,
    cpuMs: known(user) && known(system) ? (user + system) * 1000 : undefined,
  };
}

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median() of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
