import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The corpus of real result files, schemas, payloads and API specs the tests read: by default the copy in
 * the repository (test/corpus/, the subset of the shared corpus the tests use, refreshed and checked by
 * scripts/vendor-corpus.mjs), so the suite runs on any checkout. TESSERA_CORPUS (when set and not empty)
 * points it at another corpus folder, such as the full shared corpus. A missing corpus file is an error,
 * not a skip: conformance must never pass by reading nothing.
 */
export const CORPUS = resolve(process.env.TESSERA_CORPUS || join(REPO_ROOT, 'test/corpus'));

/** Path of a file in the corpus; throws when it is absent so a moved file cannot silently drop a case. */
export function corpusFile(relative: string): string {
  const path = join(CORPUS, relative);
  if (!existsSync(path))
    throw new Error(
      `corpus file missing: ${path}. If a test newly needs it, add it to test/corpus/MANIFEST and run ` +
        '`node scripts/vendor-corpus.mjs` (or set TESSERA_CORPUS to a corpus folder that has it).',
    );
  return path;
}

/** The timing datasets for the planner benchmark (not vendored: only bench/plan.ts reads them). */
export const SHARDING_BENCH = resolve(
  process.env.TESSERA_SHARDING_BENCH ?? join(REPO_ROOT, '../shared/sharding-bench'),
);
