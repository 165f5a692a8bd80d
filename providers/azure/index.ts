/**
 * The Azure Pipelines provider module.
 * https://learn.microsoft.com/azure/devops/pipelines/build/variables
 *
 * The CI host and the Azure Repos code host load on use (they pull in `azure-devops-node-api`), not at
 * start-up. A build of a GitHub repository comments through the GitHub code host: the registry chooses the
 * code host by the context's `codeHost.kind`, not by the CI.
 */
import type { CodeHost, CodeHostRef, Env, HostDeps, ProviderModule } from '../../src/ci/index.js';
import { createLogger, PLAIN_DIALECT } from '../../src/ci/index.js';
import { AzureReposCodeHost } from './code-host.js';

export { AZURE_TOKEN_VARIABLES, azureToken } from './token.js';

/** An Azure Pipelines job: the agent sets `TF_BUILD=True` (capitalised, so compare case-insensitively). */
export function detectAzure(env: Env): boolean {
  return env.TF_BUILD?.toLowerCase() === 'true';
}

function createAzureReposCodeHost(ref: CodeHostRef, token: string, deps: HostDeps): CodeHost {
  const log = deps.log ?? createLogger(deps.write, PLAIN_DIALECT, { secrets: [token] });
  return new AzureReposCodeHost(ref, token, { log, ...(deps.sleep ? { sleep: deps.sleep } : {}) });
}

export const azure: ProviderModule = {
  id: 'azure',
  displayName: 'Azure Pipelines',
  // `strategy: parallel` takes at most 99 jobs.
  maxShards: 99,
  detect: detectAzure,
  createCiHost: async (env, deps) => (await import('./ci-host.js')).createAzureCiHost(env, deps),
  createCodeHost: createAzureReposCodeHost,
};
