// Used by scripts/regenerate-runners.mjs: PW_OUT is where the reports go.
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const out = process.env.PW_OUT ?? 'out';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  workers: 1,
  outputDir: join(process.env.PW_TMP ?? out, '.test-results'),
  reporter: [
    ['list'],
    ['json', { outputFile: join(out, 'playwright-load-error.json') }],
    ['junit', { outputFile: join(out, 'playwright-load-error.xml') }],
  ],
});
