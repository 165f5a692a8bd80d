import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default on 2 cores is one worker (cores - 1). Most of the slow files wait on child processes
    // (CLI jobs, fake servers, gitlab-ci-local, Groovy, redis-server), so two workers use both cores.
    maxWorkers: 2,
    // Prints one line per missing system tool (test/support/system-tools.ts).
    globalSetup: ['test/support/global-setup.ts'],
    deps: {
      optimizer: {
        // @actions/workflow-parser's ESM imports its schema JSON without `with { type: 'json' }`, which Node
        // refuses (ERR_IMPORT_ASSERTION_TYPE_MISSING). Pre-bundling it lets Vite resolve that import; only
        // this package is bundled (Vitest turns dependency discovery off). Bundling rather than
        // `server.deps.inline` because inlining transforms each of its files and Vite then warns 67 times
        // that their source maps point to missing sources.
        ssr: { enabled: true, include: ['@actions/workflow-parser'] },
      },
    },
  },
});
