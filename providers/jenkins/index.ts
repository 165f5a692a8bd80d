/**
 * The Jenkins provider module: detection only for now; the host (context from `BUILD_*`/`CHANGE_*`, the
 * code host parsed from `CHANGE_URL`, staged artifacts) comes next and needs no change to the ports.
 * https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables
 */
import {
  hostNotYetSupported,
  MAX_SHARDS_ANY_HOST,
  type Env,
  type ProviderModule,
} from '../../src/ci/index.js';

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
  createCiHost: hostNotYetSupported('Jenkins'),
};
