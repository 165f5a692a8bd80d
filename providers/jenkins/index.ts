/**
 * The Jenkins provider module. Jenkins builds pull requests that live on GitHub or GitLab, so it has no
 * `createCodeHost`: the registry picks the code host `CHANGE_URL` names (code-host.ts).
 * https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables
 */
import { MAX_SHARDS_ANY_HOST, type Env, type ProviderModule } from '../../src/ci/index.js';

/**
 * A Jenkins build: `JENKINS_URL` and `BUILD_ID` are both set (as ci-info requires), so a stray
 * `JENKINS_URL` in a developer's shell does not count.
 */
export function detectJenkins(env: Env): boolean {
  return Boolean(env.JENKINS_URL) && Boolean(env.BUILD_ID);
}

export const jenkins: ProviderModule = {
  id: 'jenkins',
  displayName: 'Jenkins',
  // A `parallel` map has no documented limit.
  maxShards: MAX_SHARDS_ANY_HOST,
  detect: detectJenkins,
  // Loaded when a verb opens a CI session, as every provider's host.
  createCiHost: async (env, deps) => (await import('./ci-host.js')).createJenkinsCiHost(env, deps),
};
