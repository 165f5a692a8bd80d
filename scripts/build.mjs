// Bundles every entry point into dist/<name>/index.js with @vercel/ncc.
// `node scripts/build.mjs --out <dir>` writes elsewhere; check-dist uses that to compare with the committed dist/.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

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

/**
 * ncc's bundle of one entry. A failure (a TypeScript error, an unresolved import) is printed as ncc's own
 * message and ends the build with exit 1: left uncaught, Node would print the error's stack, whose first
 * line is a minified line of ncc itself, tens of kilobytes long, burying the message under it.
 */
async function bundle(entry) {
  try {
    return await ncc(join(root, entry.source), {
      minify: false,
      sourceMap: false,
      quiet: true,
      target: 'es2022',
      cache: false,
    });
  } catch (error) {
    console.error(
      `build: ${entry.source} failed to bundle:\n${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

/** Writes one entry's bundle into outDir/<name>/. */
async function buildEntry(entry) {
  const { code, assets } = await bundle(entry);
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

/**
 * Each entry is bundled in a child process of its own, all at once: ncc type-checks each entry's program on
 * one thread, and three bundles at a time finish sooner on two cores than two lanes do (57 s against 61 s
 * before tsconfig.json was narrowed to the shipped code; 44 s after).
 */
async function buildInChildren(selected) {
  const exitCodes = await Promise.all(
    selected.map(async (entry) => {
      const child = spawn(
        process.execPath,
        [fileURLToPath(import.meta.url), '--only', entry.name, '--out', outDir],
        {
          stdio: 'inherit',
        },
      );
      const [exitCode] = await once(child, 'exit');
      return exitCode;
    }),
  );
  const failures = selected.filter((_, i) => exitCodes[i] !== 0).map((entry) => entry.name);
  if (failures.length > 0) {
    console.error(`build: ${failures.join(', ')} failed to bundle (see above).`);
    process.exit(1);
  }
}

if (only !== undefined) {
  const entry = entries.find((e) => e.name === only);
  if (entry === undefined) {
    console.error(`build: no entry named '${only}' (entries: ${entries.map((e) => e.name).join(', ')}).`);
    process.exit(1);
  }
  await buildEntry(entry);
} else {
  await rm(outDir, { recursive: true, force: true });
  await buildInChildren(entries);
}
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n');
