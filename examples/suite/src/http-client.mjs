import { retry, withTimeout } from './timing.mjs';

export class HttpError extends Error {
  name = 'HttpError';
  constructor(status, url) {
    super(`HTTP ${status} from ${url}`);
    this.status = status;
  }
}

/**
 * GETs JSON with a per-request timeout, retrying server errors and timeouts (never 4xx: asking again will
 * not help).
 */
export async function getJson(url, { timeoutMs = 1000, attempts = 3, delayMs = 100 } = {}) {
  return retry(
    async () => {
      const controller = new AbortController();
      try {
        const response = await withTimeout(fetch(url, { signal: controller.signal }), timeoutMs);
        if (response.status >= 400 && response.status < 500)
          throw Object.assign(new HttpError(response.status, url), { final: true });
        if (!response.ok) throw new HttpError(response.status, url);
        return await response.json();
      } catch (error) {
        controller.abort();
        if (error.final) return { error };
        throw error;
      }
    },
    { attempts, delayMs },
  ).then((result) => {
    if (result && result.error instanceof HttpError) throw result.error;
    return result;
  });
}
