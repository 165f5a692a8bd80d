/** Time-based helpers: sleep, debounce, throttle, retry with backoff, timeouts. */

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `fn` once calls have stopped for `waitMs`, with the last call's arguments. */
export function debounce(fn, waitMs) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

/** Calls `fn` at most once per `intervalMs`; calls in between are dropped. */
export function throttle(fn, intervalMs, now = Date.now) {
  let last = -Infinity;
  return (...args) => {
    const t = now();
    if (t - last < intervalMs) return false;
    last = t;
    fn(...args);
    return true;
  };
}

/** Retries an async function with exponential backoff; rethrows the last error. */
export async function retry(fn, { attempts = 3, delayMs = 50, factor = 2 } = {}) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn(i + 1);
    } catch (error) {
      lastError = error;
      if (i < attempts - 1) await sleep(delayMs * factor ** i);
    }
  }
  throw lastError;
}

export class TimeoutError extends Error {
  name = 'TimeoutError';
}

/** Rejects with a TimeoutError when the promise has not settled within `ms`. */
export function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
