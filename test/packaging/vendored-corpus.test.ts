/**
 * test/corpus is the slice of the shared corpus the tests read (test/corpus/MANIFEST, copied by
 * scripts/vendor-corpus.mjs). This checks the copy is complete on every checkout, that it matches the shared
 * corpus byte for byte wherever that corpus is present, and that the script's check really fails on a
 * doctored copy.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/corpus.js';

const VENDORED = join(REPO_ROOT, 'test/corpus');
const SHARED = join(REPO_ROOT, '../shared/corpus');
const SCRIPT = join(REPO_ROOT, 'scripts/vendor-corpus.mjs');
/** The copy's own files, which are not corpus files. */
const OWN_FILES = ['MANIFEST', 'README.md'];
/** The copy's own folder: the real-runner matrix's outputs (npm run runners:regenerate), not copies. */
const OWN_FOLDER = 'runners/';

/** The manifest's entries (the script's format: '#' comments, blank lines, globs contain * ? [ {). */
function manifestEntries(dir = VENDORED): { entry: string; isGlob: boolean }[] {
  return readFileSync(join(dir, 'MANIFEST'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((entry) => ({ entry, isGlob: /[*?[{]/.test(entry) }));
}

/** Every file under a folder, relative with '/' separators, less the copy's own files and folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((f) => !OWN_FILES.includes(f) && !f.startsWith(OWN_FOLDER))
    .sort();
}

function runScript(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the vendored corpus (test/corpus)', () => {
  it('holds every manifest entry: each named file, and at least one file per glob', async () => {
    const entries = manifestEntries();
    const absent: string[] = [];
    for (const { entry, isGlob } of entries) {
      const present = isGlob
        ? (await glob(entry, { cwd: VENDORED, onlyFiles: true, dot: true })).length > 0
        : existsSync(join(VENDORED, entry)) && statSync(join(VENDORED, entry)).isFile();
      if (!present) absent.push(entry);
    }
    expect(absent, 'run `node scripts/vendor-corpus.mjs` to copy them from the shared corpus').toEqual([]);
    // Not vacuous: the manifest names hundreds of files and the copy holds them.
    expect(entries.length).toBeGreaterThan(50);
    expect(filesUnder(VENDORED).length).toBeGreaterThan(400);
  });

  it('holds nothing the manifest does not select', async () => {
    const selected = new Set<string>();
    for (const { entry, isGlob } of manifestEntries())
      for (const f of isGlob ? await glob(entry, { cwd: VENDORED, onlyFiles: true, dot: true }) : [entry])
        selected.add(f);
    expect(filesUnder(VENDORED).filter((f) => !selected.has(f))).toEqual([]);
  });

  it("keeps each source folder's licence beside the files copied from it", () => {
    // generated/ was made for this project by real tools (../shared/corpus/README.md), so it has no upstream.
    const unlicensed = filesUnder(VENDORED).filter((file) => {
      if (file.startsWith('generated/')) return false;
      for (let dir = dirname(file); dir !== '.'; dir = dirname(dir))
        if (readdirSync(join(VENDORED, dir)).some((f) => /^(LICEN[CS]E|NOTICE)/i.test(f))) return false;
      return true;
    });
    expect(unlicensed).toEqual([]);
  });

  it.skipIf(!existsSync(SHARED))(
    'is byte-equal to the shared corpus (skipped: ../shared/corpus is absent, as on a GitHub runner)',
    () => {
      const { status, output } = runScript(SHARED, '--check');
      expect(output).toMatch(/all equal to/);
      expect(status, output).toBe(0);
    },
  );
});

describe('scripts/vendor-corpus.mjs', () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });

  /** A two-file source corpus and an empty vendored folder whose manifest selects one file and one glob. */
  function fixture(): { source: string; into: string } {
    const root = mkdtempSync(join(tmpdir(), 'tessera-vendor-'));
    temps.push(root);
    const source = join(root, 'corpus');
    const into = join(root, 'vendored');
    for (const [file, text] of [
      ['a/LICENSE', 'licence'],
      ['a/one.xml', '<testsuite/>'],
      ['a/deep/two.xml', '<testsuites/>'],
      ['b/left-out.json', '{}'],
    ] as const) {
      mkdirSync(dirname(join(source, file)), { recursive: true });
      writeFileSync(join(source, file), text);
    }
    mkdirSync(into);
    writeFileSync(join(into, 'MANIFEST'), '# a comment\n\na/LICENSE\na/**/*.xml\n');
    return { source, into };
  }

  it('copies what the manifest selects, then its check passes', () => {
    const { source, into } = fixture();
    const copy = runScript(source, '--into', into);
    expect(copy.status, copy.output).toBe(0);
    expect(filesUnder(into)).toEqual(['a/LICENSE', 'a/deep/two.xml', 'a/one.xml']);
    expect(readFileSync(join(into, 'a/deep/two.xml'), 'utf8')).toBe('<testsuites/>');
    expect(runScript(source, '--into', into, '--check').status).toBe(0);

    // A re-copy after the manifest drops a folder removes its copies, and the folder left empty.
    writeFileSync(join(into, 'MANIFEST'), 'a/LICENSE\na/one.xml\n');
    expect(runScript(source, '--into', into).status).toBe(0);
    expect(filesUnder(into)).toEqual(['a/LICENSE', 'a/one.xml']);
    expect(existsSync(join(into, 'a/deep'))).toBe(false);
  });

  it('--check exits 1 naming a changed copy, a missing copy and a stale copy', () => {
    const { source, into } = fixture();
    expect(runScript(source, '--into', into).status).toBe(0);
    writeFileSync(join(into, 'a/one.xml'), '<testsuite />');
    rmSync(join(into, 'a/deep/two.xml'));
    writeFileSync(join(into, 'a/stale.txt'), 'old');
    const { status, output } = runScript(source, '--into', into, '--check');
    expect(status).toBe(1);
    expect(output).toMatch(/a\/one\.xml: differs from/);
    expect(output).toMatch(/a\/deep\/two\.xml: missing in/);
    expect(output).toMatch(/a\/stale\.txt: in .* but not selected by the manifest/);
  });

  it('refuses a manifest entry the source lacks, naming its line, and copies nothing', () => {
    const { source, into } = fixture();
    writeFileSync(join(into, 'MANIFEST'), 'a/LICENSE\na/gone.xml\nc/*.tap\n');
    const { status, output } = runScript(source, '--into', into);
    expect(status).toBe(1);
    expect(output).toMatch(/MANIFEST:2: a\/gone\.xml is missing in/);
    expect(output).toMatch(/MANIFEST:3: the glob c\/\*\.tap matches no file/);
    expect(filesUnder(into)).toEqual([]);
  });
});
