/**
 * The GitLab CI provider module: detection only for now; the host (context from `CI_*`, staged artifacts,
 * MR notes) comes next and needs no change to the ports.
 * https://docs.gitlab.com/ci/variables/predefined_variables/
 */
import { hostNotYetSupported, type Env, type ProviderModule } from '../../src/ci/index.js';

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
  createCiHost: hostNotYetSupported('GitLab CI'),
};
