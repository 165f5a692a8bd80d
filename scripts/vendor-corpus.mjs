// Copies the part of the shared test corpus that the tests read into the repository (test/corpus/), or with
// --check compares the copy with the corpus, so CI runs the whole suite without ../shared beside the checkout.
//
// Usage: node scripts/vendor-corpus.mjs [corpus-dir] [--check] [--into <dir>]
//   corpus-dir  the shared corpus to copy from (default: ../shared/corpus beside the repository)
//   --check     copy nothing; exit 1 naming each selected file that is missing from the copy or differs from
//               the corpus, each copied file the manifest no longer selects, and each manifest entry the
//               corpus lacks
//   --into      the vendored folder (default: test/corpus); its manifest is <into>/MANIFEST
//
// MANIFEST format: one entry per line, a path relative to the corpus root ('/' separators). Blank lines and
// lines starting with '#' are ignored. An entry containing any of * ? [ { is a glob (tinyglobby, files only,
// dotfiles included) and selects every corpus file it matches; it must match at least one. Any other entry
// is one file, which must exist. Globs are for folders a test lists itself (a test that globs a folder sees
// every file the glob matches, so the copy must hold all of them); files a test opens by name are listed
// one by one. README.md and MANIFEST in <into> are the copy's own files, never corpus files.
import { copyFile, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Files of the vendored folder that are not copies of corpus files. */
const OWN_FILES = new Set(['MANIFEST', 'README.md']);
/**
 * Folders of the vendored folder that hold its own data, not copies: `runners/` is written by
 * scripts/regenerate-runners.mjs (the real-runner matrix). Never checked against the corpus, never pruned.
 */
const OWN_FOLDERS = ['runners/'];
const isOwn = (f) => OWN_FILES.has(f) || OWN_FOLDERS.some((folder) => f.startsWith(folder));
const GLOB_CHARS = /[*?[{]/;

/** The manifest's entries, each with its line number for error messages. */
async function readManifest(path) {
  const text = await readFile(path, 'utf8').catch((error) => {
    throw new Error(`cannot read the manifest ${path}: ${error.message}`);
  });
  const entries = [];
  text.split('\n').forEach((raw, index) => {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) return;
    if (entry.startsWith('/') || entry.split('/').includes('..'))
      throw new Error(
        `${path}:${index + 1}: "${entry}" must be a path inside the corpus (relative, no "..")`,
      );
    entries.push({ entry, line: index + 1, isGlob: GLOB_CHARS.test(entry) });
  });
  return entries;
}

async function isFile(path) {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/**
 * The corpus-relative files the manifest selects in `dir`, sorted, and the entries that select nothing there
 * (a missing file, a glob without a match), as messages naming the manifest line.
 */
async function expandManifest(entries, dir, manifestPath) {
  const files = new Set();
  const problems = [];
  for (const { entry, line, isGlob } of entries) {
    const where = `${manifestPath}:${line}`;
    if (isGlob) {
      const found = (await glob(entry, { cwd: dir, onlyFiles: true, dot: true })).filter(
        (f) => !OWN_FILES.has(f),
      );
      if (found.length === 0) problems.push(`${where}: the glob ${entry} matches no file in ${dir}`);
      for (const f of found) files.add(f);
    } else if (await isFile(join(dir, entry))) files.add(entry);
    else problems.push(`${where}: ${entry} is missing in ${dir}`);
  }
  return { files: [...files].sort(), problems };
}

/** Every file under `dir`, corpus-relative with '/' separators, less the copy's own files. */
async function listCopied(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((f) => !isOwn(f))
    .sort();
}

/** Removes the folders under `dir` that removing stale copies left empty (deepest first). */
async function pruneEmptyFolders(dir) {
  const folders = (await readdir(dir, { withFileTypes: true, recursive: true }))
    .filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders)
    if ((await readdir(folder)).length === 0) await rm(folder, { recursive: true });
}

/** What differs between the copy and the corpus, one message per file; empty when they agree. */
async function compare(source, into, selected) {
  const problems = [];
  const wanted = new Set(selected);
  for (const file of selected) {
    const copy = join(into, file);
    if (!(await isFile(copy)))
      problems.push(`${file}: missing in ${into} (run: node scripts/vendor-corpus.mjs)`);
    else if (!(await readFile(copy)).equals(await readFile(join(source, file))))
      problems.push(`${file}: differs from ${join(source, file)}`);
  }
  for (const file of await listCopied(into))
    if (!wanted.has(file)) problems.push(`${file}: in ${into} but not selected by the manifest (stale copy)`);
  return problems;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: 'boolean', default: false }, into: { type: 'string' } },
  });
  if (positionals.length > 1)
    throw new Error('usage: node scripts/vendor-corpus.mjs [corpus-dir] [--check] [--into <dir>]');
  const source = resolve(positionals[0] ?? join(ROOT, '../shared/corpus'));
  const into = resolve(values.into ?? join(ROOT, 'test/corpus'));
  if (!(await stat(source).catch(() => undefined))?.isDirectory())
    throw new Error(`the corpus folder ${source} does not exist (give its path as the first argument)`);
  const manifestPath = join(into, 'MANIFEST');
  const { files, problems } = await expandManifest(await readManifest(manifestPath), source, manifestPath);

  if (values.check) {
    problems.push(...(await compare(source, into, files)));
    for (const p of problems) console.error(p);
    console.log(
      problems.length === 0
        ? `${into}: ${files.length} files, all equal to ${source}`
        : `${problems.length} problem(s) between ${into} and ${source}`,
    );
    return problems.length === 0 ? 0 : 1;
  }

  // Copy only a manifest that fully resolves: a half-refreshed copy would pass tests it should not.
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    return 1;
  }
  const wanted = new Set(files);
  let bytes = 0;
  for (const file of files) {
    await mkdir(dirname(join(into, file)), { recursive: true });
    await copyFile(join(source, file), join(into, file));
    bytes += (await stat(join(into, file))).size;
  }
  let removed = 0;
  for (const file of await listCopied(into))
    if (!wanted.has(file)) {
      await rm(join(into, file));
      removed += 1;
    }
  await pruneEmptyFolders(into);
  console.log(
    `copied ${files.length} files (${bytes} bytes) from ${source} to ${into}; removed ${removed} stale`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`vendor-corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
