import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseBrowser, chromiumOnPath, describeChoice } from './browser.js';

const SYSTEM = '/usr/bin/chromium';
const hasSystem = () => SYSTEM;
const noSystem = () => undefined;
const anyFile = () => true;

describe('which Chromium the browser tests use', () => {
  it('takes CHROMIUM_PATH first, over a system Chromium and over TESSERA_BROWSER=bundled', () => {
    for (const mode of [undefined, 'bundled', 'system'])
      expect(
        chooseBrowser({ CHROMIUM_PATH: '/opt/chrome/chrome', TESSERA_BROWSER: mode }, hasSystem, anyFile),
      ).toEqual({ kind: 'given', path: '/opt/chrome/chrome' });
  });

  it('refuses a CHROMIUM_PATH that names no file instead of falling back', () => {
    expect(() => chooseBrowser({ CHROMIUM_PATH: '/nowhere/chromium' }, hasSystem, () => false)).toThrow(
      /CHROMIUM_PATH="\/nowhere\/chromium" is not a file/,
    );
  });

  it('uses a system Chromium when there is one, else the bundled one', () => {
    expect(chooseBrowser({}, hasSystem, anyFile)).toEqual({ kind: 'system', path: SYSTEM });
    expect(chooseBrowser({ CHROMIUM_PATH: '' }, noSystem, anyFile)).toEqual({ kind: 'bundled' });
  });

  it('ignores a system Chromium with TESSERA_BROWSER=bundled', () => {
    expect(chooseBrowser({ TESSERA_BROWSER: 'bundled' }, hasSystem, anyFile)).toEqual({ kind: 'bundled' });
  });

  it('fails with TESSERA_BROWSER=system and no system Chromium, and on an unknown mode', () => {
    expect(() => chooseBrowser({ TESSERA_BROWSER: 'system' }, noSystem, anyFile)).toThrow(/apt-get install/);
    expect(() => chooseBrowser({ TESSERA_BROWSER: 'bundeld' }, hasSystem, anyFile)).toThrow(
      /"bundeld" is not a browser mode: use bundled or system/,
    );
  });

  it('says in one line which browser it chose', () => {
    expect(describeChoice({ kind: 'system', path: SYSTEM })).toMatch(
      /^browser tests use the system Chromium/,
    );
    expect(describeChoice({ kind: 'bundled' })).toContain('@sparticuz/chromium');
  });
});

describe('chromiumOnPath', () => {
  const dirs = [
    mkdtempSync(join(tmpdir(), 'tessera-path-a-')),
    mkdtempSync(join(tmpdir(), 'tessera-path-b-')),
  ];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('finds the first chromium on PATH, skipping empty entries and folders without one', () => {
    const [a, b] = dirs as [string, string];
    expect(chromiumOnPath(['', a, b].join(delimiter))).toBeUndefined();
    writeFileSync(join(b, 'chromium'), '');
    expect(chromiumOnPath(['', a, b].join(delimiter))).toBe(join(b, 'chromium'));
  });
});
