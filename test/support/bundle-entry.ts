/**
 * Bundling a TypeScript entry point of the sources into one ES module with esbuild, as Node 20 runs it: the
 * global setup's CLI bundle (cli-bundle.ts) and the tests that bundle an entry of their own use it.
 */
import { build } from 'esbuild';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The path of the CLI bundled by the global setup (test/support/global-setup.ts). */
    tesseraCliBundle: string;
  }
}

/** Bundles `entry` into the ES module `outfile`. */
export async function bundleEntry(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: {
      js: "import { createRequire as __tesseraRequire } from 'node:module'; const require = __tesseraRequire(import.meta.url);",
    },
  });
}
