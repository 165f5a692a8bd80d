/**
 * `npm run bench:browser`: what the Chromium from npm (@sparticuz/chromium, test/support/bundled-chromium.ts)
 * costs the browser tests, against the system Chromium when there is one: the one-time unpacking after
 * `npm ci`, then launch → first page rendered → close, as test/render/chromium.ts does it, in alternating
 * rounds so both see the same load.
 *
 * Flags: --rounds N (default 7); --cold unpacks again first (removes the unpacked folder: do not run it
 * while this checkout's tests run).
 */
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/render/chromium.js';
import { systemChromium } from '../test/support/browser.js';
import { bundledChromium, bundledPackage, unpackedFolder } from '../test/support/bundled-chromium.js';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, cold: { type: 'boolean' } },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be a whole number >= 1, not ${values.rounds}`);

/** Launches the browser `mode` picks, renders one page, closes it; returns the milliseconds taken. */
async function launchOnce(mode: 'bundled' | 'system'): Promise<number> {
  process.env.TESSERA_BROWSER = mode;
  const started = performance.now();
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  await page.setContent('<!doctype html><p>Tessera</p>');
  await page.locator('p').waitFor();
  await browser.close();
  return performance.now() - started;
}

function summary(ms: readonly number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  return `median ${median.toFixed(0)} ms (min ${sorted[0]?.toFixed(0)}, max ${sorted.at(-1)?.toFixed(0)})`;
}

delete process.env.CHROMIUM_PATH;
if (values.cold) await rm(unpackedFolder(bundledPackage().version), { recursive: true, force: true });
const bundled = await bundledChromium();
console.log(
  `bundled Chromium: @sparticuz/chromium ${bundled.version}, ` +
    (bundled.unpackedInMs === undefined
      ? 'already unpacked'
      : `unpacked in ${bundled.unpackedInMs.toFixed(0)} ms to ${unpackedFolder(bundled.version)}`),
);

const system = systemChromium();
const modes = system === undefined ? (['bundled'] as const) : (['bundled', 'system'] as const);
const times = new Map<string, number[]>(modes.map((mode) => [mode, []]));
await launchOnce('bundled'); // warm-up: the page cache holds the binary afterwards, as in a test run
if (system !== undefined) await launchOnce('system');
for (let round = 0; round < rounds; round++)
  for (const mode of modes) times.get(mode)?.push(await launchOnce(mode));

for (const [mode, ms] of times)
  console.log(
    `${mode === 'system' ? `system ${system}` : 'bundled'}: launch + first page + close, ${summary(ms)}`,
  );
if (system === undefined) console.log('no system Chromium to compare with');
