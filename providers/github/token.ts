/** Where a GitHub job's token for the REST API is found. */
import type { Env } from '../../src/ci/index.js';

/**
 * The variables that may hold the REST token, first match wins: the action's `token` input (which defaults
 * to `github.token`), then `GITHUB_TOKEN` (the runner does not set it; a workflow may, in `env:`). The CLI
 * looks here for the PR comment's token after `TESSERA_TOKEN`; the CI host uses the same list for
 * histories and for the triggering run's artifacts.
 */
export const GITHUB_TOKEN_VARIABLES = ['INPUT_TOKEN', 'GITHUB_TOKEN'] as const;

/** The first of {@link GITHUB_TOKEN_VARIABLES} that is set and not empty. */
export function githubToken(env: Env): string | undefined {
  for (const name of GITHUB_TOKEN_VARIABLES) if (env[name]) return env[name];
  return undefined;
}
