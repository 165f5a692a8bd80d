/**
 * The GitHub Actions provider module.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/variables
 */
import type { Env, ProviderModule } from '../../src/ci/index.js';
import { createGithubCiHost } from './ci-host.js';
import { GithubCodeHost } from './code-host.js';

export { GITHUB_TOKEN_VARIABLES, githubToken } from './token.js';

/** A GitHub Actions job: the runner sets `GITHUB_ACTIONS=true` in every step. */
export function detectGithub(env: Env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

export const github: ProviderModule = {
  id: 'github',
  displayName: 'GitHub Actions',
  detect: detectGithub,
  createCiHost: createGithubCiHost,
  // `deps.sleep` is not used: the waits between tries are the Octokit plugins' own timers (rest-client.ts).
  createCodeHost: (ref, token, deps) => new GithubCodeHost(ref, token, { log: deps.log }),
};
