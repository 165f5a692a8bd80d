import { describe, expect, it } from 'vitest';
import { MAX_REQUESTED_DELAY_MS, parseRetryAfter, withRetries } from '../../src/ci/index.js';

describe('withRetries', () => {
  const policy = (sleeps: number[], extra = {}) => ({
    attempts: 4,
    baseDelayMs: 100,
    sleep: async (ms: number) => void sleeps.push(ms),
    isRetryable: (e: unknown) => (e as Error).message !== 'fatal',
    ...extra,
  });

  it('backs off exponentially, then succeeds', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = await withRetries(async () => {
      if (++calls < 3) throw new Error('transient');
      return 'ok';
    }, policy(sleeps));
    expect(result).toBe('ok');
    expect(sleeps).toEqual([100, 200]);
  });

  it('honours a requested delay, capped', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    await withRetries(
      async () => {
        if (++calls < 3) throw Object.assign(new Error('429'), { retryAfter: calls === 1 ? 7000 : 10 ** 9 });
        return 1;
      },
      policy(sleeps, { requestedDelayMs: (e: unknown) => (e as { retryAfter: number }).retryAfter }),
    );
    expect(sleeps).toEqual([7000, MAX_REQUESTED_DELAY_MS]);
  });

  it('gives up at once on a fatal error and after the last attempt otherwise, rethrowing the last error', async () => {
    const sleeps: number[] = [];
    await expect(withRetries(async () => Promise.reject(new Error('fatal')), policy(sleeps))).rejects.toThrow(
      'fatal',
    );
    expect(sleeps).toEqual([]);
    let n = 0;
    await expect(
      withRetries(async () => Promise.reject(new Error(`try ${++n}`)), policy(sleeps)),
    ).rejects.toThrow('try 4');
    expect(sleeps).toEqual([100, 200, 400]);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = new Date('2026-11-21T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
