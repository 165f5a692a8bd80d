/**
 * The environment a GitHub runner gives a JavaScript action, pointed at a {@link FakeGithub}.
 * `@actions/artifact` reads `process.env` itself, at call time, so tests that use it must set these on
 * `process.env` (and restore them after).
 */
import type { FakeGithub } from './server.js';

/** The runtime variables of a JavaScript action, for the fake server. */
export function runnerEnv(server: FakeGithub, workspace: string): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: FakeGithubToken.value,
    ACTIONS_RESULTS_URL: `${server.url}/`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    // The REST API (artifacts of another run, comments). @actions/github reads it when first imported, so
    // it must be set before any client library is loaded.
    GITHUB_API_URL: server.url,
  };
}

/** The fake runtime token (a JWT with the Results scope), shared so tests can look for it in logs. */
export const FakeGithubToken = {
  get value(): string {
    const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.Results:run-backend-1:job-backend-1' })}.fake-signature-do-not-log`;
  },
};

/** Sets `vars` on process.env and returns a function that restores the previous values. */
export function setProcessEnv(vars: Record<string, string | undefined>): () => void {
  const apply = (values: Record<string, string | undefined>): void => {
    for (const k of Object.keys(values)) Reflect.deleteProperty(process.env, k);
    for (const [k, v] of Object.entries(values)) if (v !== undefined) process.env[k] = v;
  };
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  apply(vars);
  return () => apply(saved);
}

/**
 * Makes the client libraries' retry back-off instant for the duration of a test: `@actions/artifact` sleeps
 * 3–13 s between Twirp retries and 5 s between blob download retries, with `setTimeout` and no way to
 * configure it. Delays between 1 s and 20 s become 1 ms; shorter timers and the longer stall time-outs
 * (30 s and more) are left alone, so no time-out fires early. Every shortened delay is recorded, so a
 * test can assert that the library really backed off. Returns the restore function.
 */
export function compressBackoff(): { delays: number[]; restore: () => void } {
  const original = globalThis.setTimeout;
  const delays: number[] = [];
  const patched = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    if (ms !== undefined && ms >= 1000 && ms <= 20_000) {
      delays.push(ms);
      return original(handler, 1, ...args);
    }
    return original(handler, ms, ...args);
  }) as typeof setTimeout;
  globalThis.setTimeout = patched;
  return { delays, restore: () => void (globalThis.setTimeout = original) };
}
