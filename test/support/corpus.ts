import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared corpus of real result files (`../shared/corpus` beside the checkout, as on CI). Override with
 * TESSERA_CORPUS. A missing corpus is an error, not a skip: conformance must never pass by reading nothing.
 */
export const CORPUS = resolve(process.env.TESSERA_CORPUS ?? join(REPO_ROOT, '../shared/corpus'));

/** Path of a file in the corpus; throws when it is absent so a moved file cannot silently drop a case. */
export function corpusFile(relative: string): string {
  const path = join(CORPUS, relative);
  if (!existsSync(path))
    throw new Error(`corpus file missing: ${path} (set TESSERA_CORPUS to the corpus folder)`);
  return path;
}

/** The timing datasets for the planner benchmark. */
export const SHARDING_BENCH = resolve(
  process.env.TESSERA_SHARDING_BENCH ?? join(REPO_ROOT, '../shared/sharding-bench'),
);
