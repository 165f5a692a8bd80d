/**
 * The local provider module: never detected (it is what the registry falls back to), always available.
 */
import type { ProviderModule } from '../../src/ci/index.js';
import { createLocalCiHost } from './ci-host.js';

export const local: ProviderModule = {
  id: 'local',
  displayName: 'local',
  detect: () => false,
  createCiHost: createLocalCiHost,
};
