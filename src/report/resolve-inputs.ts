/**
 * Turns the command line's inputs (paths and globs) into the list of result files to read: globs expand
 * with tinyglobby, existing paths are taken as they are (even when their name looks like a glob), matches
 * are deduplicated, and a glob that matches nothing is an error that quotes it.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../model/index.js';

/**
 * One source of results. Plain result files today; the sharding issue adds
 * `{ kind: 'bundle', dir }` for shard bundles (`--from`), read by their own reader beside these.
 */
export type ReportSource = { readonly kind: 'file'; readonly path: string };

async function kindOf(path: string): Promise<'file' | 'directory' | 'special' | 'loop' | 'missing'> {
  try {
    const s = await stat(path);
    // A FIFO or a device would block the read forever (or never end): only regular files are results.
    return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : 'special';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return 'loop';
    // Not there (or not readable): the caller decides whether the argument was meant as a glob.
    return 'missing';
  }
}

/** The file a path names once every link is followed: two links to one file are one input. */
async function identityOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/**
 * Expands inputs in the order given; within one glob, matches are sorted so the merge is deterministic.
 * Paths stay as the user wrote them (relative to `cwd` when globbed), which is how reports name them.
 *
 * @throws UsageError for a glob that matches nothing, a missing path, a directory, or no inputs at all
 */
export async function resolveInputs(
  patterns: readonly string[],
  cwd: string = process.cwd(),
): Promise<ReportSource[]> {
  if (patterns.length === 0) {
    throw new UsageError(
      'no result files given',
      "Pass result files or globs, e.g. tessera report 'reports/**/*.xml'.",
    );
  }
  const seen = new Set<string>();
  const sources: ReportSource[] = [];
  const add = async (path: string): Promise<void> => {
    const key = await identityOf(resolve(cwd, path));
    if (seen.has(key)) return;
    seen.add(key);
    sources.push({ kind: 'file', path });
  };

  for (const pattern of patterns) {
    const kind = await kindOf(resolve(cwd, pattern));
    if (kind === 'file') {
      await add(pattern);
      continue;
    }
    if (kind === 'special' || kind === 'loop') {
      throw new UsageError(
        kind === 'loop'
          ? `'${pattern}' is a loop of symbolic links, not a result file`
          : `'${pattern}' is not a regular file (a FIFO, socket or device): it cannot be read as a result file`,
        'Point Tessera at the result files the tests wrote.',
      );
    }
    if (kind === 'directory') {
      throw new UsageError(
        `'${pattern}' is a directory, not a result file`,
        `To read every XML file under it, quote a glob: '${pattern.replace(/\/+$/, '')}/**/*.xml'.`,
      );
    }
    if (!isDynamicPattern(pattern)) {
      throw new UsageError(
        `no such file: '${pattern}'`,
        'Check the path (relative to the working directory), or write a glob such as reports/**/*.xml.',
      );
    }
    // An absolute glob gives absolute paths, a relative one paths relative to cwd: as the user wrote it.
    const matches = await glob(pattern, {
      cwd,
      onlyFiles: true,
      expandDirectories: false,
      absolute: isAbsolute(pattern),
    });
    if (matches.length === 0) {
      throw new UsageError(
        `the glob '${pattern}' matched no files (in ${cwd})`,
        'Check that the tests wrote their results there, and quote the glob so the shell does not expand it.',
      );
    }
    for (const match of matches.sort()) {
      // A glob can match a FIFO or a device too: skipped, since reading it would block.
      if ((await kindOf(resolve(cwd, match))) === 'file') await add(match);
    }
  }
  return sources;
}
