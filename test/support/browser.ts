/**
 * Which Chromium the browser tests drive. The HTML report and Mermaid tests must run on a machine with only
 * Node and npm, so there is always a browser: `CHROMIUM_PATH` when given; else a system Chromium
 * (`/usr/bin/chromium`, or `chromium` on PATH) unless `TESSERA_BROWSER=bundled`; else the Chromium that
 * `npm ci` brought in the `@sparticuz/chromium` package (test/support/bundled-chromium.ts).
 * `TESSERA_BROWSER=system` insists on a system Chromium (a failure, not a fallback, when there is none).
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Debian installs Chromium. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The values `TESSERA_BROWSER` accepts ('' or unset: the default order). */
export const BROWSER_MODES = ['bundled', 'system'] as const;

/** The browser the tests will launch, and why that one. */
export type BrowserChoice =
  | { readonly kind: 'given'; readonly path: string }
  | { readonly kind: 'system'; readonly path: string }
  | { readonly kind: 'bundled' };

/** The first `chromium` executable on `path` (the PATH string), if any. */
export function chromiumOnPath(path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    const candidate = dir === '' ? undefined : join(dir, 'chromium');
    if (candidate !== undefined && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** A system Chromium: Debian's, else `chromium` on PATH. */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : chromiumOnPath(env.PATH ?? '');
}

/**
 * Chooses the browser. Pure: the environment and the system probe are arguments so the order is tested.
 *
 * @throws Error when `TESSERA_BROWSER` has an unknown value, when `CHROMIUM_PATH` names no file, or when
 *   `TESSERA_BROWSER=system` and there is no system Chromium
 */
export function chooseBrowser(
  env: NodeJS.ProcessEnv = process.env,
  findSystem: () => string | undefined = () => systemChromium(env),
  fileExists: (path: string) => boolean = existsSync,
): BrowserChoice {
  const mode = env.TESSERA_BROWSER ?? '';
  if (mode !== '' && !(BROWSER_MODES as readonly string[]).includes(mode))
    throw new Error(
      `TESSERA_BROWSER=${JSON.stringify(mode)} is not a browser mode: use ${BROWSER_MODES.join(' or ')}, ` +
        'or leave it unset (CHROMIUM_PATH, else a system Chromium, else the bundled one)',
    );
  const given = env.CHROMIUM_PATH ?? '';
  if (given !== '') {
    if (!fileExists(given))
      throw new Error(
        `CHROMIUM_PATH=${JSON.stringify(given)} is not a file: point it at a Chromium executable, ` +
          'or unset it to use a system Chromium or the bundled one',
      );
    return { kind: 'given', path: given };
  }
  if (mode !== 'bundled') {
    const system = findSystem();
    if (system !== undefined) return { kind: 'system', path: system };
    if (mode === 'system')
      throw new Error(
        `TESSERA_BROWSER=system but there is no Chromium at ${DEBIAN_CHROMIUM} or on PATH: ` +
          'install it (`apt-get install -y chromium` on Debian), or unset TESSERA_BROWSER to use the bundled one',
      );
  }
  return { kind: 'bundled' };
}

/** One line saying which browser the tests use, for the start of a run. */
export function describeChoice(choice: BrowserChoice): string {
  switch (choice.kind) {
    case 'given':
      return `browser tests use ${choice.path} (CHROMIUM_PATH)`;
    case 'system':
      return `browser tests use the system Chromium ${choice.path} (TESSERA_BROWSER=bundled uses the one from npm)`;
    case 'bundled':
      return 'browser tests use the Chromium from the @sparticuz/chromium npm package';
  }
}
