/**
 * An in-memory {@link ArtifactStore}: what tests of `run`, `collect` and `report` plug in instead of a CI.
 * It keeps the same promises as the real stores (unique names, untrusted content checked on `get`, the
 * limits) and runs the same contract suite (test/contract/artifact-store.contract.ts), so it cannot drift.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import {
  ArtifactExistsError,
  ArtifactNotFoundError,
  DEFAULT_ARTIFACT_LIMITS,
  isValidArtifactName,
  safeEntryPath,
  UnsafeArchiveError,
  type ArtifactEntry,
  type ArtifactLimits,
  type ArtifactStore,
} from '../../src/ci/index.js';
import { UsageError } from '../../src/model/index.js';

/** A stored artifact: relative path → bytes. */
export interface MemoryArtifact {
  readonly entry: ArtifactEntry;
  readonly files: Map<string, Buffer>;
}

/** Artifacts in a Map; `failGets` makes downloads of chosen names fail, as a broken service would. */
export class MemoryArtifactStore implements ArtifactStore {
  readonly kind = 'api';
  readonly artifacts: MemoryArtifact[] = [];
  /** Names whose `get` rejects with a transport error, for failure tests. */
  readonly failGets = new Set<string>();
  /** Names whose `put` rejects with a transport error, for failure tests. */
  readonly failPuts = new Set<string>();
  /**
   * When set, every stored entry gets a link `<artifactUrl>/<id>`, as an API store's artifact page (GitHub);
   * unset, entries have none, as in a staged store.
   */
  artifactUrl: string | undefined;
  /** Gets in flight right now, and the most seen at once (to prove downloads run concurrently). */
  inFlight = 0;
  maxInFlight = 0;
  private nextId = 1;

  constructor(
    private readonly limits: ArtifactLimits = DEFAULT_ARTIFACT_LIMITS,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async put(name: string, folder: string): Promise<ArtifactEntry> {
    if (!isValidArtifactName(name)) throw new UsageError(`invalid artifact name ${JSON.stringify(name)}`);
    if (this.artifacts.some((a) => a.entry.name === name)) throw new ArtifactExistsError(name);
    if (this.failPuts.has(name)) throw new Error(`connection reset while uploading ${name}`);
    const root = resolve(folder);
    const dirents = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => {
      throw new UsageError(`cannot store artifact ${name}: ${folder} is not a folder`);
    });
    if (dirents.some((d) => d.isSymbolicLink()))
      throw new UsageError(`cannot store artifact ${name}: ${folder} contains a symbolic link`);
    const files = new Map<string, Buffer>();
    for (const d of dirents.filter((d) => d.isFile())) {
      const path = join(d.parentPath, d.name);
      files.set(relative(root, path).split('\\').join('/'), await readFile(path));
    }
    if (files.size === 0) throw new UsageError(`cannot store artifact ${name}: ${folder} holds no file`);
    const size = [...files.values()].reduce((sum, b) => sum + b.length, 0);
    const id = String(this.nextId++);
    const entry: ArtifactEntry = {
      name,
      id,
      size,
      createdAt: this.clock(),
      ...(this.artifactUrl !== undefined ? { url: `${this.artifactUrl}/${id}` } : {}),
    };
    this.artifacts.push({ entry, files });
    return entry;
  }

  /** Stores files as given, unchecked: how a test plants a hostile artifact. */
  plant(name: string, files: Record<string, string | Buffer>): ArtifactEntry {
    const map = new Map(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)]));
    const size = [...map.values()].reduce((sum, b) => sum + b.length, 0);
    const entry: ArtifactEntry = { name, id: String(this.nextId++), size, createdAt: this.clock() };
    this.artifacts.push({ entry, files: map });
    return entry;
  }

  async list(): Promise<readonly ArtifactEntry[]> {
    return this.artifacts.map((a) => a.entry);
  }

  async get(entry: ArtifactEntry, into: string): Promise<string> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      // Yield once, so concurrent callers really overlap.
      await new Promise((done) => setImmediate(done));
      if (this.failGets.has(entry.name)) throw new Error(`connection reset while downloading ${entry.name}`);
      const artifact = this.artifacts.find((a) => a.entry.id === entry.id);
      if (!artifact) throw new ArtifactNotFoundError(entry.name);
      if (!isValidArtifactName(entry.name))
        throw new UnsafeArchiveError(entry.name, 'its name could not be used as a folder name');
      if ((artifact.entry.size ?? 0) > this.limits.maxArchiveBytes)
        throw new UnsafeArchiveError(
          entry.name,
          `it is more than the ${this.limits.maxArchiveBytes} bytes allowed`,
        );
      if (artifact.files.size > this.limits.maxEntries)
        throw new UnsafeArchiveError(entry.name, `more than the ${this.limits.maxEntries} files allowed`);
      if ((artifact.entry.size ?? 0) > this.limits.maxExtractedBytes)
        throw new UnsafeArchiveError(
          entry.name,
          `more than the ${this.limits.maxExtractedBytes} bytes allowed`,
        );
      const target = join(resolve(into), entry.name);
      const writes: [string, Buffer][] = [];
      for (const [path, data] of artifact.files) {
        const safe = safeEntryPath(target, path);
        if (!safe)
          throw new UnsafeArchiveError(
            entry.name,
            `entry ${JSON.stringify(path)} would be written outside the folder`,
          );
        writes.push([safe, data]);
      }
      await rm(target, { recursive: true, force: true });
      for (const [path, data] of writes) {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, data);
      }
      return target;
    } finally {
      this.inFlight--;
    }
  }
}
