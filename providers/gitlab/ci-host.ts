import { hostNotYetSupported, type CiHost, type Env, type HostDeps } from '../../src/ci/index.js';

export function createGitlabCiHost(env: Env, deps: HostDeps): Promise<CiHost> {
  void env;
  void deps;
  return hostNotYetSupported('GitLab CI')();
}
