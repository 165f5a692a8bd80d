/**
 * Retrying calls to a CI service. Transient failures (5xx, 429, a dropped connection) are retried with
 * exponential backoff, or after the delay the service asked for (`Retry-After`); the last error is
 * re-thrown as is, so its message still names what failed.
 */

/** What to retry and how long to wait. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** The first backoff delay; doubles each time. */
  readonly baseDelayMs: number;
  /** Waits; injected so tests do not wait for real. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Whether `error` is worth another try. */
  readonly isRetryable: (error: unknown) => boolean;
  /** A delay the service asked for (Retry-After), in ms, when the error carries one. */
  readonly requestedDelayMs?: (error: unknown) => number | undefined;
  /** Called before each wait, for the log. */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** The longest wait honoured from a Retry-After header: a service asking for more is treated as down. */
export const MAX_REQUESTED_DELAY_MS = 60_000;

/** A real timer. */
export const realSleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Runs `operation`, retrying it as `policy` says. */
export async function withRetries<T>(operation: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= policy.attempts || !policy.isRetryable(error)) throw error;
      const requested = policy.requestedDelayMs?.(error);
      const delay =
        requested !== undefined
          ? Math.min(requested, MAX_REQUESTED_DELAY_MS)
          : policy.baseDelayMs * 2 ** (attempt - 1);
      policy.onRetry?.(error, attempt, delay);
      await policy.sleep(delay);
    }
  }
}

/**
 * Parses a Retry-After value (seconds, or an HTTP date) into milliseconds from `now`; undefined when it
 * is absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: Date = new Date()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}
