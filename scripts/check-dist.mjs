// Fails when the committed dist/ differs from a fresh build: the action runs dist/, not src/.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = await mkdtemp(join(tmpdir(), 'tessera-dist-'));

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out', fresh], { stdio: 'inherit' });
  const committed = join(root, 'dist');
  const want = await listFiles(fresh);
  const have = await listFiles(committed).catch(() => []);
  const problems = [];
  for (const file of new Set([...want, ...have])) {
    if (!want.includes(file)) problems.push(`dist/${file} is not produced by the build (delete it)`);
    else if (!have.includes(file)) problems.push(`dist/${file} is missing`);
    else if (!(await readFile(join(fresh, file))).equals(await readFile(join(committed, file))))
      problems.push(`dist/${file} differs from a fresh build`);
  }
  if (problems.length > 0) {
    console.error(`dist/ is stale:\n  ${problems.join('\n  ')}\nRun 'npm run build' and commit dist/.`);
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${want.length} files).`);
  }
} finally {
  await rm(fresh, { recursive: true, force: true });
}
