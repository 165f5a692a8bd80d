/**
 * The GitLab CI provider module.
 * https://docs.gitlab.com/ci/variables/predefined_variables/
 */
import type { Env, ProviderModule } from '../../src/ci/index.js';
import { GitlabCodeHost } from './code-host.js';

export { GITLAB_TOKEN_VARIABLES, gitlabToken } from './token.js';

/** A GitLab CI job: the runner sets `GITLAB_CI=true`. */
export function detectGitlab(env: Env): boolean {
  return env.GITLAB_CI === 'true';
}

export const gitlab: ProviderModule = {
  id: 'gitlab',
  displayName: 'GitLab CI',
  // `parallel:` takes 1 to 200 jobs (docs.gitlab.com/ci/yaml/#parallel).
  maxShards: 200,
  detect: detectGitlab,
  // The host (context, staged artifacts, history, reports) loads when a verb opens a CI session.
  createCiHost: async (env, deps) => (await import('./ci-host.js')).createGitlabCiHost(env, deps),
  // Also what Jenkins uses for merge requests on GitLab (providers/index.ts, createCodeHostFor).
  createCodeHost: (ref, token, deps) =>
    new GitlabCodeHost(ref, token, { log: deps.log, ...(deps.sleep ? { sleep: deps.sleep } : {}) }),
};
