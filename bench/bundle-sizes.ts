/**
 * The size of every file of a bundle folder (dist/ or a fresh build), raw and gzipped, grouped by entry
 * (`cli`, `github`: the first folder under the root). Gzip at zlib's default level, as a rough measure of
 * how much code there is rather than of what the runner downloads (actions are checked out uncompressed).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file. */
export interface FileSize {
  /** Relative to the root, with forward slashes. */
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** One entry's files and totals. */
export interface EntrySizes {
  /** `cli`, `github` …, or `(root)` for files directly under the root. */
  readonly entry: string;
  readonly files: readonly FileSize[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Every file under `root`, grouped by entry, entries and files sorted by name. */
export async function bundleSizes(root: string): Promise<EntrySizes[]> {
  const byEntry = new Map<string, FileSize[]>();
  for (const path of await listFiles(root)) {
    const data = await readFile(path);
    const rel = relative(root, path).split('\\').join('/');
    const entry = rel.includes('/') ? (rel.split('/')[0] ?? rel) : '(root)';
    const files = byEntry.get(entry) ?? [];
    files.push({ path: rel, bytes: data.length, gzipBytes: gzipSync(data).length });
    byEntry.set(entry, files);
  }
  return [...byEntry]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entry, files]) => ({
      entry,
      files: files.sort((a, b) => a.path.localeCompare(b.path)),
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    }));
}

async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) found.push(...(await listFiles(path)));
    else if (item.isFile()) found.push(path);
  }
  return found;
}
