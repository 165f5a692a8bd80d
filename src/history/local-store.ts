/**
 * The local-file history store, the embedded default: `.tessera/history/<branch>.json.gz` under the working
 * directory (the name is kept from version 1 of the format, so existing caches and docs still point at it;
 * the content is the gzipped binary form of binary-format.ts). Providers without a store of their own (GitLab, Jenkins staged files) can reuse it on a folder
 * that their template caches or stashes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { TesseraError } from '../model/index.js';
import { decodeHistoryAsync, encodeHistory } from './codec.js';
import type { HistoryDocument } from './history-document.js';
import type { HistoryLoad, HistoryStore } from './store.js';
import { writeFileAtomic } from '../model/atomic-write.js';

/** The default folder, relative to the working directory. */
export const DEFAULT_HISTORY_DIR = '.tessera/history';

/** Longest readable part of a file name; the rest of a long branch name is represented by the hash. */
const MAX_NAME_LENGTH = 80;

/**
 * The file name (without folder) a branch's history is stored under. Branch names are untrusted: every
 * character outside `[A-Za-z0-9._-]` becomes `_`, leading dots are removed (no `.`, `..` or hidden files),
 * and the result is cut to 80 characters. When that changed the name, 8 hex digits of the name's SHA-256
 * are appended so that `feature/x` and `feature_x` never share a file. The result is one path segment.
 */
export function historyFileName(branch: string): string {
  let safe = branch.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  if (safe.length > MAX_NAME_LENGTH) safe = safe.slice(0, MAX_NAME_LENGTH);
  if (safe !== branch || safe.length === 0) {
    const hash = createHash('sha256').update(branch).digest('hex').slice(0, 8);
    safe = `${safe || 'branch'}-${hash}`;
  }
  return `${safe}.json.gz`;
}

/** A {@link HistoryStore} over a local folder. */
export class LocalHistoryStore implements HistoryStore {
  readonly dir: string;

  /** @param dir the folder holding the histories; created on the first save. */
  constructor(dir: string = DEFAULT_HISTORY_DIR) {
    this.dir = resolve(dir);
  }

  /** Absolute path of a branch's history file; always inside {@link dir}. */
  pathFor(branch: string): string {
    const path = join(this.dir, historyFileName(branch));
    const rel = relative(this.dir, path);
    // historyFileName yields one safe segment; this guard keeps it so if that function ever changes.
    if (rel.startsWith('..') || isAbsolute(rel) || rel.includes('/') || rel.includes('\\'))
      throw new TesseraError(`history file for branch ${JSON.stringify(branch)} would leave ${this.dir}`);
    return path;
  }

  /** Reads the branch's history; a missing file is no baseline, a damaged one a warning and no baseline. */
  async load(branch: string): Promise<HistoryLoad> {
    const path = this.pathFor(branch);
    let bytes: Buffer;
    try {
      // Read synchronously (a few MB, a few ms): the gunzip below then starts on the thread pool before this
      // returns its promise, so the caller's work until it awaits overlaps the decompression.
      bytes = readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { warnings: [] };
      return {
        warnings: [
          `${path}: the history cannot be read (${(error as Error).message}); starting a fresh history`,
        ],
      };
    }
    const result = await decodeHistoryAsync(bytes);
    if (result.ok) return { doc: result.doc, warnings: [] };
    return { warnings: [`${path}: ${result.problem.message}; starting a fresh history`] };
  }

  /** Writes the branch's history atomically: to a temporary file beside it, then renamed over it. */
  async save(branch: string, doc: HistoryDocument): Promise<void> {
    const path = this.pathFor(branch);
    await writeFileAtomic(path, encodeHistory(doc));
  }
}
