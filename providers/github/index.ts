/**
 * The GitHub Actions provider module.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/variables
 */
import type { Env, ProviderModule } from '../../src/ci/index.js';
import { GithubCodeHost } from './code-host.js';

export { GITHUB_TOKEN_VARIABLES, githubToken } from './token.js';

/** A GitHub Actions job: the runner sets `GITHUB_ACTIONS=true` in every step. */
export function detectGithub(env: Env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

export const github: ProviderModule = {
  id: 'github',
  displayName: 'GitHub Actions',
  // A matrix runs at most 256 jobs per workflow run (docs: Actions limits).
  maxShards: 256,
  detect: detectGithub,
  // The host (context, artifacts, history, outputs) loads when a verb opens a CI session, not at start-up.
  createCiHost: async (env, deps) => (await import('./ci-host.js')).createGithubCiHost(env, deps),
  // `deps.sleep` is not used: the waits between tries are the Octokit plugins' own timers (rest-client.ts).
  createCodeHost: (ref, token, deps) => new GithubCodeHost(ref, token, { log: deps.log }),
};
