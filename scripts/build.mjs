// Bundles every entry point into dist/<name>/index.js: scripts/transpile.mjs turns the TypeScript into
// JavaScript in a staging folder under .build/, and @vercel/ncc bundles the JavaScript, with no TypeScript
// of its own (`npm run typecheck` checks the types).
// `node scripts/build.mjs --out <dir>` writes elsewhere; check-dist uses that to compare with the committed dist/.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';
import { TranspileError, transpileSources } from './transpile.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Entry points: dist/<name>/index.js is built from <source>. */
export const entries = [
  { name: 'cli', source: 'src/cli/index.ts', shebang: true },
  { name: 'github', source: 'providers/github/main.ts', shebang: false },
  // The Azure task's entry: shipped in the extension as Tessera/dist/ (vss-extension.json), where the agent
  // runs it without dist/package.json above it, so the folder carries its own `"type": "module"`.
  { name: 'azure', source: 'providers/azure/main.ts', shebang: false, ownPackageJson: true },
];

// `--only <name>` builds one entry (a test that needs only the Azure task's bundle).
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag >= 0 ? process.argv[onlyFlag + 1] : undefined;
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag >= 0 ? resolve(process.argv[outFlag + 1]) : join(root, 'dist');

/** A step that failed and has said why: the build ends with exit 1 once the staging folder is removed. */
class BuildFailed extends Error {}

/**
 * A fresh staging folder for this build's JavaScript, .build/stage-XXXXXX: inside the repository, so that the
 * staged files' imports of packages resolve to its node_modules; a new one per build, so that neither a
 * stale one (left by a build that was killed) nor another build running at the same time feeds this one.
 */
async function createStage() {
  await mkdir(join(root, '.build'), { recursive: true });
  return mkdtemp(join(root, '.build', 'stage-'));
}

async function transpile(stageDir) {
  try {
    await transpileSources(root, stageDir);
  } catch (error) {
    if (!(error instanceof TranspileError)) throw error;
    throw new BuildFailed(`build: the sources do not transpile:\n${error.message}`);
  }
}

/**
 * ncc's bundle of one entry's staged JavaScript. ncc runs with the staging folder as the working directory:
 * webpack names modules (and so numbers modules and chunks) by their path from there, which is then the same
 * in every build, whatever the stage's random name. A failure is reported as ncc's own message: left
 * uncaught, Node would print the error's stack, whose first line is a minified line of ncc itself, tens of
 * kilobytes long, burying the message under it.
 */
async function bundle(entry, stageDir) {
  process.chdir(stageDir);
  try {
    return await ncc(join(stageDir, entry.source.replace(/\.ts$/, '.js')), {
      minify: false,
      sourceMap: false,
      quiet: true,
      target: 'es2022',
      cache: false,
      // Assets (the package.json azure-devops-node-api reads) come from root's node_modules, outside the
      // working directory, ncc's default base.
      filterAssetBase: root,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BuildFailed(`build: ${entry.source} failed to bundle:\n${message}`);
  } finally {
    process.chdir(root);
  }
}

/** Writes one entry's bundle into outDir/<name>/. */
async function buildEntry(entry, stageDir) {
  const { code, assets } = await bundle(entry, stageDir);
  const dir = join(outDir, entry.name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const body = entry.shebang && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code;
  await writeFile(join(dir, 'index.js'), body, { mode: 0o755 });
  for (const [file, asset] of Object.entries(assets ?? {})) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), asset.source);
  }
  // ncc may have emitted a package.json of a dependency here (azure-devops-node-api reads its own), to which
  // it adds `"type": "module"`; otherwise the folder gets one of its own.
  if (entry.ownPackageJson && !Object.hasOwn(assets ?? {}, 'package.json'))
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
}

function selectedEntries() {
  if (only === undefined) return entries;
  const entry = entries.find((e) => e.name === only);
  if (entry === undefined)
    throw new BuildFailed(
      `build: no entry named '${only}' (entries: ${entries.map((e) => e.name).join(', ')}).`,
    );
  return [entry];
}

/**
 * The sources are transpiled once, then the entries are bundled one after another in this process. Without a
 * type check a bundle is webpack's work alone (about 9 s of CPU each), and bundling the three in child
 * processes at once, as this build did while ncc type-checked each entry, was no faster on two cores (29–63 s
 * against 28–31 s, load average 4–9) for 45 s of CPU against 32 s: each child loads and warms up ncc anew.
 */
async function build() {
  const selected = selectedEntries();
  const stageDir = await createStage();
  try {
    await transpile(stageDir);
    if (only === undefined) await rm(outDir, { recursive: true, force: true });
    for (const entry of selected) await buildEntry(entry, stageDir);
  } finally {
    await rm(stageDir, { recursive: true, force: true });
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n');
}

try {
  await build();
} catch (error) {
  if (!(error instanceof BuildFailed)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
