/**
 * Vitest global setup: prints, once per run and before the tests, one line per missing system tool (what
 * is skipped and how to install it; see test/support/system-tools.ts for the rule) and one line naming the
 * browser the browser tests use. When that is the bundled Chromium it is unpacked here, once, so the test
 * files that launch it in parallel find it whole instead of each unpacking it inside a hook's timeout.
 * It also bundles the sources' CLI once for the tests that start it as a child process (cli-bundle.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chooseBrowser, describeChoice } from './browser.js';
import { bundledChromium } from './bundled-chromium.js';
import { bundleEntry } from './bundle-entry.js';
import { REPO_ROOT } from './corpus.js';
import { missingToolLines } from './system-tools.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const bundleDir = await mkdtemp(join(tmpdir(), 'tessera-cli-bundle-'));
  const cli = join(bundleDir, 'tessera.mjs');
  await bundleEntry(join(REPO_ROOT, 'src/cli/index.ts'), cli);
  project.provide('tesseraCliBundle', cli);
  for (const line of missingToolLines()) process.stdout.write(`tessera: ${line}\n`);
  try {
    const choice = chooseBrowser();
    let line = describeChoice(choice);
    if (choice.kind === 'bundled') {
      const bundled = await bundledChromium();
      line += ` ${bundled.version}`;
      if (bundled.unpackedInMs !== undefined)
        line += ` (unpacked in ${(bundled.unpackedInMs / 1000).toFixed(1)} s)`;
    }
    process.stdout.write(`tessera: ${line}\n`);
  } catch (error) {
    // Not fatal here: most tests need no browser, and the browser tests fail with this same message.
    process.stdout.write(`tessera: browser tests will fail: ${(error as Error).message}\n`);
  }
  return () => rm(bundleDir, { recursive: true, force: true });
}
