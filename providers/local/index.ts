/**
 * The local provider module: never detected (it is what the registry falls back to), always available.
 */
import { MAX_SHARDS_ANY_HOST, type ProviderModule } from '../../src/ci/index.js';

export const local: ProviderModule = {
  id: 'local',
  displayName: 'local',
  // Shards run as processes on this machine.
  maxShards: MAX_SHARDS_ANY_HOST,
  detect: () => false,
  // Loaded when a verb opens a CI session, as every provider's host.
  createCiHost: async (env, deps) => (await import('./ci-host.js')).createLocalCiHost(env, deps),
};
