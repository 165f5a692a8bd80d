// Used by scripts/regenerate-runners.mjs: PW_OUT is where the reports go, PW_SHARD names this shard's files,
// the reporters resolve from test/runners/suites/node_modules.
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const out = process.env.PW_OUT ?? 'out';
const shard = process.env.PW_SHARD ?? '1';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  retries: 1,
  workers: 1,
  fullyParallel: true,
  // Attachments and traces stay out of the stored corpus.
  outputDir: join(process.env.PW_TMP ?? out, '.test-results'),
  reporter: [
    ['list'],
    ['json', { outputFile: join(out, `playwright-shard-${shard}.json`) }],
    ['junit', { outputFile: join(out, `playwright-shard-${shard}.xml`) }],
    ['playwright-ctrf-json-reporter', { outputDir: out, outputFile: `playwright-ctrf-shard-${shard}.json` }],
  ],
});
