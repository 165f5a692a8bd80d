/**
 * The Chromium from npm works here even when a system one is installed: the browser tests use it on a
 * machine with only Node and npm, so it is exercised on every machine, not only on those.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledChromium } from '../support/bundled-chromium.js';
import { launchChromium, type Browser } from './chromium.js';

let browser: Browser | undefined;

afterEach(async () => {
  vi.unstubAllEnvs();
  await browser?.close();
  browser = undefined;
});

describe('the bundled Chromium (TESSERA_BROWSER=bundled)', () => {
  // The package ships Linux x64 only; elsewhere the browser tests use CHROMIUM_PATH instead.
  const shipped = process.platform === 'linux' && process.arch === 'x64';
  it.skipIf(!shipped)(
    'launches with the libraries and the font it ships, and renders a page',
    async () => {
      vi.stubEnv('TESSERA_BROWSER', 'bundled');
      vi.stubEnv('CHROMIUM_PATH', '');
      const bundled = await bundledChromium();
      browser = await launchChromium({ width: 800, height: 600 });
      const page = await browser.context.newPage();
      await page.setContent('<p><span id="text" style="font: 16px sans-serif">Tessera</span></p>');
      const agent = String(await page.evaluate('navigator.userAgent'));
      const width = (await page.locator('#text').boundingBox())?.width ?? 0;
      // The font the text was drawn with, as the browser reports it: the shipped one, and only it, is listed
      // in the fontconfig file the launcher gives the bundled browser, so text measures alike on every machine.
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#text' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      // The package's major version is the Chromium major it ships.
      expect(agent).toContain(`HeadlessChrome/${bundled.version.split('.')[0]}.`);
      expect(width).toBeGreaterThan(20);
      expect(fonts.map((font) => font.familyName)).toEqual(['Open Sans']);
    },
    60_000,
  );
});
