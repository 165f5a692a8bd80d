/**
 * The Azure Pipelines provider module: detection only for now; the host (context from `BUILD_*` and
 * `SYSTEM_*`, pipeline artifacts, `##vso` commands) comes next and needs no change to the ports.
 * https://learn.microsoft.com/azure/devops/pipelines/build/variables
 */
import { hostNotYetSupported, type Env, type ProviderModule } from '../../src/ci/index.js';

/** An Azure Pipelines job: the agent sets `TF_BUILD=True` (capitalised, so compare case-insensitively). */
export function detectAzure(env: Env): boolean {
  return env.TF_BUILD?.toLowerCase() === 'true';
}

export const azure: ProviderModule = {
  id: 'azure',
  displayName: 'Azure Pipelines',
  // `strategy: parallel` takes at most 99 jobs.
  maxShards: 99,
  detect: detectAzure,
  createCiHost: hostNotYetSupported('Azure Pipelines'),
};
