/**
 * The factory of a provider whose detection exists but whose host does not yet: it fails with a message
 * that says how to carry on (the local provider works on every CI, with the template moving `.tessera/`).
 */
import { UsageError } from '../model/index.js';
import type { CiHost } from './ci-host.js';

/** Rejects with a UsageError naming the provider and the `--provider local` way out. */
export function hostNotYetSupported(displayName: string): () => Promise<CiHost> {
  return () =>
    Promise.reject(
      new UsageError(
        `${displayName} was detected, but this version of Tessera has no ${displayName} support yet`,
        'Set TESSERA_PROVIDER=local (or pass --provider local) to stage artifacts and the summary under .tessera/.',
      ),
    );
}
