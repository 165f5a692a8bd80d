/**
 * The current sources' CLI as one file, for the tests that start it as a child process many times (the
 * Jenkins harness, the queue and Jenkins end-to-end runs, gitlab-ci-local's jobs). The committed dist/ is
 * rebuilt only when the project merges, so these tests run the sources; through tsx each start compiles
 * them again, about 0.3 s more per start than a bundle (measured: `shared-library-queue` and `e2e/queue`
 * together went from 104 s to 68 s of test time). The global setup bundles once per run with esbuild
 * (bundle-entry.ts, a couple of seconds) and hands the file's path to every test file.
 */
import { inject } from 'vitest';

/** The bundled CLI's path; start it as `node <path> …`. */
export function cliBundle(): string {
  const path = inject('tesseraCliBundle');
  if (!path) throw new Error('the global setup bundled no CLI (test/support/global-setup.ts)');
  return path;
}
