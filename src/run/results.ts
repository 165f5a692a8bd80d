/**
 * Keeps the result files of each try apart and reads them.
 *
 * Every invocation of the command gets its own folder inside the bundle, `results/try-<t>[/<k>]`, passed to
 * the command as `{results}` and `$TESSERA_RESULTS_DIR`. A command that writes there needs nothing else.
 * A command that writes to a fixed place (`junit.xml`, `reports/*.xml`) is named with `--results <glob>`:
 * after each invocation the files the glob matches are *moved* into that invocation's folder, so the next
 * try starts from a clean slate and cannot re-read, or overwrite, an earlier try's results. Files that
 * match before the invocation started are stale (a previous run's) and are left alone with a warning.
 */
import { copyFile, mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { DEFAULT_READ_OPTIONS, readResultFile } from '../formats/index.js';
import { ParseError, type ParsedResults } from '../model/index.js';

/** Where a result glob is looked for, and what it must not match. */
export interface ResultGlob {
  readonly pattern: string;
  /** Folder the pattern is relative to (the command's working directory). */
  readonly cwd: string;
  /** Folders never searched: the bundle output folder, so earlier tries are not collected again. */
  readonly exclude: readonly string[];
}

async function moveFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    // A rename cannot cross file systems (a tmpfs results folder, a mounted workspace): copy, then delete.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await unlink(from);
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Moves (or, for `collect`, copies) the files a result glob matches into `into`, keeping their paths
 * relative to the glob's folder. Files last written before `since` are stale and are left where they are.
 *
 * @returns warnings for the log (stale files)
 */
export async function moveGlobMatches(
  spec: ResultGlob,
  into: string,
  since: number,
  mode: 'move' | 'copy' = 'move',
): Promise<string[]> {
  const matches = await glob(spec.pattern, {
    cwd: spec.cwd,
    absolute: true,
    onlyFiles: true,
    ignore: ['**/node_modules/**'],
  });
  const excluded = spec.exclude.map((e) => resolve(spec.cwd, e));
  const warnings: string[] = [];
  for (const file of matches.sort()) {
    if (excluded.some((folder) => isInside(file, folder))) continue;
    const info = await stat(file);
    // A second of slack: some file systems keep modification times in whole seconds.
    if (info.mtimeMs < since - 1_000) {
      warnings.push(
        `${relative(spec.cwd, file)} matches --results but was written before this run; it was ignored`,
      );
      continue;
    }
    const rel = relative(spec.cwd, file);
    const target = rel.startsWith('..') || isAbsolute(rel) ? basename(file) : rel;
    if (mode === 'move') await moveFile(file, join(into, target));
    else {
      await mkdir(dirname(join(into, target)), { recursive: true });
      await copyFile(file, join(into, target));
    }
  }
  return warnings;
}

/** Every file under a folder, as sorted paths relative to it. */
export async function listFiles(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return (
    entries
      .filter((e) => e.isFile())
      // `parentPath` is Node ≥ 20.12; earlier 20.x names it `path`.
      .map((e) => {
        const parent = (e as { parentPath?: string }).parentPath ?? (e as unknown as { path: string }).path;
        return relative(folder, join(parent, e.name)).split(sep).join('/');
      })
      .sort()
  );
}

/** Results of one invocation: what was read, and what could not be. */
export interface InvocationResults {
  /** Result files found, relative to the folder they were read from. */
  readonly files: readonly string[];
  readonly parsed: readonly ParsedResults[];
  readonly unreadable: readonly ParseError[];
}

/** Reads every result file under `folder`; unreadable files are collected, never thrown. */
export async function readResultsFolder(folder: string, root: string): Promise<InvocationResults> {
  const files = await listFiles(folder);
  const parsed: ParsedResults[] = [];
  const unreadable: ParseError[] = [];
  for (const file of files) {
    try {
      parsed.push(await readResultFile(join(folder, file), { ...DEFAULT_READ_OPTIONS, root }));
    } catch (error) {
      if (error instanceof ParseError) unreadable.push(error);
      else throw error;
    }
  }
  return { files, parsed, unreadable };
}
