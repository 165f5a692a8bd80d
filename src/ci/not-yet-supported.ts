/**
 * The factory of a provider whose detection exists but whose host does not yet: it fails with a typed
 * error that says how to carry on, so the registry can fall back to the local provider (which stages
 * `.tessera/` for the CI's template to move) when the provider was detected rather than asked for.
 */
import { UsageError } from '../model/index.js';
import type { CiHost } from './ci-host.js';

/**
 * A provider that has no CI host in this version. `how` says whether it was detected from the environment
 * or chosen by name (`--provider`, `TESSERA_PROVIDER`), so the message does not claim a detection that
 * never happened.
 */
export class HostNotSupportedError extends UsageError {
  constructor(
    readonly displayName: string,
    readonly how: 'detected' | 'chosen' = 'detected',
  ) {
    super(
      how === 'chosen'
        ? `${displayName} was chosen (--provider or TESSERA_PROVIDER), but this version of Tessera has no ${displayName} support yet`
        : `${displayName} was detected, but this version of Tessera has no ${displayName} support yet`,
      'Set TESSERA_PROVIDER=local (or pass --provider local) to stage artifacts and the summary under .tessera/, or leave --ci off: plan, run --shard, collect and report --from work in any CI.',
    );
  }
}

/** A `createCiHost` that rejects with {@link HostNotSupportedError}. */
export function hostNotYetSupported(displayName: string): () => Promise<CiHost> {
  return () => Promise.reject(new HostNotSupportedError(displayName));
}
