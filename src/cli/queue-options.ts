/**
 * The queue flags of `run` and `report` (run-time balancing across CI jobs on the team's own Redis or
 * Valkey), declared and read in one place so that both verbs name them alike.
 */
import type { Command } from 'commander';
import { UsageError } from '../model/errors.js';
import { parseDuration } from '../plan/duration.js';
import type { RunInfo } from '../model/index.js';

/** The queue flags as commander names them. */
export interface QueueFlags {
  /** `true` for a bare `--queue` (the URL is then $TESSERA_QUEUE_URL's). */
  queue?: string | boolean;
  queueId?: string;
  lease?: string;
  queueFallback?: 'static';
  queueTimeout?: string;
}

/** The queue a verb talks to: where, which run, and how. */
export interface QueueSettings {
  readonly url: string;
  readonly queueId: string;
  readonly leaseMs?: number;
  readonly fallback?: 'static';
  readonly timeoutMs: number;
}

/** The environment variable the URL is read from when `--queue` is not given: keep the password out of argv. */
export const QUEUE_URL_VARIABLE = 'TESSERA_QUEUE_URL';

/** The report's default wait for the queue to drain. */
export const DEFAULT_QUEUE_TIMEOUT_MS = 30 * 60_000;

/** Registers the queue flags; `report` gets `--queue-timeout`, `run` `--lease` and `--queue-fallback`. */
export function addQueueOptions(command: Command, verb: 'run' | 'report'): void {
  command
    .option(
      '--queue [url]',
      `balance at run time across the jobs through this Redis/Valkey (redis:// or rediss://); a bare --queue reads the URL from $${QUEUE_URL_VARIABLE}, which keeps the password out of the command line`,
    )
    .option('--queue-id <id>', "the run's queue (default: the CI run id and attempt)");
  if (verb === 'run')
    command
      .option('--lease <duration>', 'how long a batch stays reserved without a renewal (default 60s)')
      .option('--queue-fallback <how>', "'static': when the queue cannot be reached, run the planned shard");
  else
    command.option(
      '--queue-timeout <duration>',
      'how long to wait for the queue to drain before reporting (default 30m)',
    );
}

function duration(flag: string, value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0)
    throw new UsageError(`${flag} '${value}' is not a duration`, 'Write e.g. 60s, 2m, 1h.');
  return ms;
}

/**
 * The queue to use, or undefined without `--queue`. The variable alone does not turn the queue on: a team
 * may keep the secret in every job's environment, and a job that did not ask for a queue runs its shard.
 *
 * @throws UsageError for a bad duration, an unknown fallback, or no queue id outside CI
 */
export function queueSettings(
  flags: QueueFlags,
  run: RunInfo | undefined,
  env: NodeJS.ProcessEnv = process.env,
): QueueSettings | undefined {
  if (flags.queue === undefined || flags.queue === false) {
    if (flags.queueId !== undefined || flags.lease !== undefined || flags.queueFallback !== undefined)
      throw new UsageError(
        '--queue-id, --lease and --queue-fallback need --queue',
        `Add --queue (the URL from $${QUEUE_URL_VARIABLE}) or --queue <url>.`,
      );
    return undefined;
  }
  const url = flags.queue === true ? (env[QUEUE_URL_VARIABLE] ?? '') : flags.queue;
  if (url === '')
    throw new UsageError(
      `--queue without a URL reads $${QUEUE_URL_VARIABLE}, which is not set`,
      'Map the secret into the job’s environment as TESSERA_QUEUE_URL, or pass --queue <url>.',
    );
  if (flags.queueFallback !== undefined && flags.queueFallback !== 'static')
    throw new UsageError(
      `--queue-fallback '${flags.queueFallback}' is not known`,
      "The only fallback is 'static'.",
    );
  const fromRun = run?.runId !== undefined ? `${run.provider}-${run.runId}-${run.attempt ?? 1}` : undefined;
  const queueId = flags.queueId ?? fromRun;
  if (queueId === undefined)
    throw new UsageError(
      '--queue needs --queue-id outside CI',
      'Give every job of one run the same id, and each run its own, e.g. --queue-id "$BUILD_ID".',
    );
  return {
    url,
    queueId,
    ...(flags.lease !== undefined ? { leaseMs: duration('--lease', flags.lease) } : {}),
    ...(flags.queueFallback !== undefined ? { fallback: flags.queueFallback } : {}),
    timeoutMs:
      flags.queueTimeout !== undefined
        ? duration('--queue-timeout', flags.queueTimeout)
        : DEFAULT_QUEUE_TIMEOUT_MS,
  };
}
