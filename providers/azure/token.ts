/** Where an Azure Pipelines job's token for the Azure DevOps REST API is found. */
import type { Env } from '../../src/ci/index.js';

/**
 * The variables that may hold the build's token, first match wins: `SYSTEM_ACCESSTOKEN` (a script step that
 * maps `$(System.AccessToken)`), then the `SystemVssConnection` endpoint's access token, which the agent
 * gives every task (what `tl.getEndpointAuthorizationParameter('SystemVssConnection', 'AccessToken')`
 * reads). `TESSERA_TOKEN` is for the PR comment only (the registry reads it), not for the build's artifacts.
 */
export const AZURE_TOKEN_VARIABLES = [
  'SYSTEM_ACCESSTOKEN',
  'ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN',
] as const;

/** The first of {@link AZURE_TOKEN_VARIABLES} that is set and not empty. */
export function azureToken(env: Env): string | undefined {
  for (const name of AZURE_TOKEN_VARIABLES) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}
