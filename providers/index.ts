/**
 * The provider registry: the one list of provider modules, and the choice of the provider for a job.
 * Only the entries (src/cli's composition root, the GitHub action, the Azure task) import it.
 */
import {
  isProviderId,
  PROVIDER_IDS,
  type Env,
  type ProviderId,
  type ProviderModule,
} from '../src/ci/index.js';
import { UsageError } from '../src/model/index.js';
import { azure } from './azure/index.js';
import { github } from './github/index.js';
import { gitlab } from './gitlab/index.js';
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
