// Used by scripts/regenerate-runners.mjs: RUNNER_OUT is where the reports go; reporters resolve from this folder's node_modules
// (vitest-trx-results-processor 1.0.3 is left out: it does not load, importing a named export mkdirp lacks).
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const out = process.env.RUNNER_OUT ?? 'out';

export default defineConfig({
  test: {
    include: ['*.test.js'],
    pool: 'forks',
    fileParallelism: false,
    reporters: [
      'default',
      'junit',
      'json',
      ['@d2t/vitest-ctrf-json-reporter', { outputDir: out, outputFile: 'vitest-ctrf.json' }],
    ],
    outputFile: { junit: join(out, 'vitest-junit.xml'), json: join(out, 'vitest-json.json') },
  },
});
