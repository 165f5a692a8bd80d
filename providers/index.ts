/**
 * The provider registry: the one list of provider modules, and the choice of the provider for a job.
 * Only the entries (src/cli's composition root, the GitHub action, the Azure task) import it.
 */
import {
  isProviderId,
  HostNotSupportedError,
  PROVIDER_IDS,
  type CiHost,
  type CodeHost,
  type CodeHostKind,
  type CodeHostRef,
  type Env,
  type HostDeps,
  type ProviderId,
  type ProviderModule,
} from '../src/ci/index.js';
import { UsageError } from '../src/model/index.js';
import { azure, AZURE_TOKEN_VARIABLES } from './azure/index.js';
import { github, GITHUB_TOKEN_VARIABLES } from './github/index.js';
import { gitlab, GITLAB_TOKEN_VARIABLES } from './gitlab/index.js';
import { jenkins } from './jenkins/index.js';
import { local } from './local/index.js';

/** Every provider, in detection order; `local` last, as the fallback. */
export const PROVIDERS: readonly ProviderModule[] = [github, gitlab, azure, jenkins, local];

/** The module of `id`. */
export function providerById(id: ProviderId): ProviderModule {
  const found = PROVIDERS.find((p) => p.id === id);
  if (!found) throw new Error(`provider ${id} is not registered; this is a bug in Tessera`);
  return found;
}

/**
 * The CI the environment belongs to: the first provider whose `detect` says yes, `local` when none does.
 * Pure. `CI=false` means "not a CI" for every provider (as ci-info reads it), so a developer can force
 * local mode inside a CI shell.
 */
export function detect(env: Env): ProviderModule {
  if (env.CI?.toLowerCase() === 'false') return local;
  return PROVIDERS.find((p) => p !== local && p.detect(env)) ?? local;
}

/** Which provider module posts to each code host. */
const CODE_HOST_PROVIDER: Record<CodeHostKind, ProviderId> = {
  github: 'github',
  gitlab: 'gitlab',
  'azure-repos': 'azure',
};

/**
 * Where each code host's token is conventionally found, after `TESSERA_TOKEN` (which wins everywhere):
 * the action's `token` input (`INPUT_TOKEN`, default `github.token`) or `GITHUB_TOKEN` for GitHub; a project
 * or personal access token for GitLab (`CI_JOB_TOKEN` cannot write notes); the build's OAuth token for Azure
 * Repos (`SYSTEM_ACCESSTOKEN` mapped into a script step, or the endpoint token the agent gives a task).
 */
export const CODE_HOST_TOKEN_VARIABLES: Record<CodeHostKind, readonly string[]> = {
  github: GITHUB_TOKEN_VARIABLES,
  gitlab: GITLAB_TOKEN_VARIABLES,
  'azure-repos': AZURE_TOKEN_VARIABLES,
};

/** What to set when there is no token to post to `kind` with, for the one warning that says so. */
export const CODE_HOST_TOKEN_HELP: Record<CodeHostKind, string> = {
  github: "set TESSERA_TOKEN, or pass the action's token input (`pull-requests: write`)",
  gitlab:
    'set GITLAB_TOKEN (or TESSERA_TOKEN) to a project or group access token with the `api` scope, as a masked CI/CD variable; CI_JOB_TOKEN cannot write merge request notes',
  'azure-repos':
    'map SYSTEM_ACCESSTOKEN into the step (`env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)`), or set TESSERA_TOKEN',
};

/** The token to post to `kind` with, from the environment; undefined when none is set. */
export function codeHostToken(kind: CodeHostKind, env: Env): string | undefined {
  for (const name of ['TESSERA_TOKEN', ...CODE_HOST_TOKEN_VARIABLES[kind]]) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * The code host for a PR, whichever CI built it (Jenkins building a GitHub PR, Azure building a GitHub
 * repository): chosen by the code host's kind, not by the CI.
 *
 * @throws UsageError when that code host has no support yet
 */
export function createCodeHostFor(ref: CodeHostRef, token: string, deps: HostDeps): CodeHost {
  const provider = providerById(CODE_HOST_PROVIDER[ref.kind]);
  if (!provider.createCodeHost)
    throw new UsageError(
      `posting to ${ref.kind} is not supported yet`,
      'The report is still in the job summary; turn the comment off to silence this.',
    );
  return provider.createCodeHost(ref, token, deps);
}

/**
 * The CI host for this job: {@link selectProvider}'s provider, through {@link openCiHost}.
 */
export async function createCiHostFor(env: Env, deps: HostDeps, override?: string): Promise<CiHost> {
  const asked = (override ?? env.TESSERA_PROVIDER ?? '') !== '';
  return openCiHost(selectProvider(env, override), env, deps, asked);
}

/**
 * The CI host of `provider`. When it was detected (not asked for) but has no host in this version, the
 * local host is used instead, with a warning in its log: the CI's template then moves `.tessera/` as it
 * would for any staged store. A provider asked for by name (`asked`) that has no host is an error that
 * says it was chosen.
 */
export async function openCiHost(
  provider: ProviderModule,
  env: Env,
  deps: HostDeps,
  asked: boolean,
): Promise<CiHost> {
  try {
    return await provider.createCiHost(env, deps);
  } catch (error) {
    if (!(error instanceof HostNotSupportedError)) throw error;
    if (asked) throw new HostNotSupportedError(error.displayName, 'chosen');
    const host = await local.createCiHost(env, deps);
    host.log.warn(`${error.message}; using the local provider (.tessera/) instead`);
    return host;
  }
}

/**
 * The provider to use: `override` (`--provider`) or `TESSERA_PROVIDER` when given, else {@link detect}.
 *
 * @throws UsageError for an unknown provider name, listing the known ones
 */
export function selectProvider(env: Env, override?: string): ProviderModule {
  const wanted = override ?? env.TESSERA_PROVIDER;
  if (wanted === undefined || wanted === '') return detect(env);
  if (!isProviderId(wanted))
    throw new UsageError(
      `unknown provider ${JSON.stringify(wanted)}`,
      `Use one of: ${PROVIDER_IDS.join(', ')}.`,
    );
  return providerById(wanted);
}
