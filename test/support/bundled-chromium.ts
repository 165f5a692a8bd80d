/**
 * The Chromium that `npm ci` brings: the `@sparticuz/chromium` package ships a headless Chromium for Linux
 * x64 in its npm tarball, brotli-compressed, with the few shared libraries a bare Linux lacks (NSS, expat)
 * and a font. Nothing is downloaded: the package unpacks its own files.
 *
 * The package always unpacks into `os.tmpdir()` (`/tmp/chromium`, `/tmp/fonts`, …) and reuses whatever is
 * there, which on a shared machine means two checkouts or two versions racing on one half-written binary.
 * So a child process unpacks it with TMPDIR pointed at a private staging folder, and a rename publishes the
 * result, whole or not at all, under node_modules/.cache/tessera-chromium/<version>/ (which `npm ci` clears,
 * so an upgrade never meets a stale binary).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './corpus.js';

/** The npm package that ships the browser. */
export const BUNDLED_PACKAGE = '@sparticuz/chromium';

/** A bundled Chromium ready to launch. */
export interface BundledChromium {
  /** The package's version (the folder it is unpacked in). */
  readonly version: string;
  readonly executable: string;
  /** What the browser's environment needs on top of ours: the shipped libraries and the shipped font. */
  readonly env: Readonly<Record<string, string>>;
  /** How long the unpacking took, or undefined when an earlier run had unpacked it. */
  readonly unpackedInMs: number | undefined;
}

/** The package's entry and version, from where Node resolves it in this checkout. */
export function bundledPackage(): { readonly entry: string; readonly version: string } {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  let entry: string;
  try {
    entry = require.resolve(BUNDLED_PACKAGE);
  } catch {
    throw new Error(`${BUNDLED_PACKAGE} is not installed: run \`npm ci\` (it is a devDependency)`);
  }
  // The entry is <package>/build/cjs/index.cjs.
  const manifest = join(resolve(dirname(entry), '../..'), 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { entry, version };
}

/** Where a version is unpacked. */
export function unpackedFolder(version: string): string {
  return join(REPO_ROOT, 'node_modules/.cache/tessera-chromium', version);
}

/** The fontconfig file that gives the browser the shipped font, and only it, so text measures alike everywhere. */
function fontsConf(folder: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${join(folder, 'fonts/fonts')}</dir>`,
    `  <cachedir>${join(folder, 'fonts-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

function ready(folder: string, version: string, unpackedInMs: number | undefined): BundledChromium {
  const libraries = join(folder, 'al2023/lib');
  return {
    version,
    executable: join(folder, 'chromium'),
    env: {
      LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(folder, 'fonts.conf'),
    },
    unpackedInMs,
  };
}

/** Runs the package's own unpacking in a child whose TMPDIR is `staging`. */
async function unpackInto(staging: string, entry: string): Promise<void> {
  const script =
    'require(process.argv[1]).executablePath().then((p) => process.stdout.write(p), (e) => { ' +
    'process.stderr.write(String(e && e.stack || e)); process.exit(1); })';
  await promisify(execFile)(process.execPath, ['-e', script, entry], {
    env: {
      ...process.env,
      TMPDIR: staging,
      // The package unpacks the shared libraries it ships (NSS, expat) only where it takes itself to be on
      // Amazon Linux 2023; a bare Debian or Ubuntu lacks the same ones, so the unpacking child says so.
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
    },
    maxBuffer: 1 << 20,
  });
  for (const part of ['chromium', 'al2023/lib/libnss3.so', 'fonts/fonts'])
    if (!existsSync(join(staging, part)))
      throw new Error(
        `${BUNDLED_PACKAGE} unpacked without ${part}: its layout changed; check the pinned version`,
      );
}

let pending: Promise<BundledChromium> | undefined;

/**
 * The bundled Chromium, unpacked on first use (a few seconds, once per `npm ci`).
 *
 * @throws Error on anything but Linux x64 (the only build the package ships), naming CHROMIUM_PATH as the way out
 */
export function bundledChromium(): Promise<BundledChromium> {
  pending ??= prepare();
  return pending;
}

async function prepare(): Promise<BundledChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(
      `${BUNDLED_PACKAGE} ships Chromium for Linux x64 only, and this is ${process.platform}-${process.arch}: ` +
        'set CHROMIUM_PATH to a Chromium or Chrome executable to run the browser tests',
    );
  const { entry, version } = bundledPackage();
  const folder = unpackedFolder(version);
  if (existsSync(join(folder, 'chromium'))) return ready(folder, version, undefined);

  const started = performance.now();
  await mkdir(dirname(folder), { recursive: true });
  const staging = await mkdtemp(join(dirname(folder), `.unpacking-${version}-`));
  try {
    await unpackInto(staging, entry);
    await writeFile(join(staging, 'fonts.conf'), fontsConf(folder));
    try {
      await rename(staging, folder);
    } catch (error) {
      // Another process published the same version first: theirs is as good as ours.
      if (!existsSync(join(folder, 'chromium'))) throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return ready(folder, version, performance.now() - started);
}
