/**
 * The staged-directory {@link ArtifactStore}: artifacts are folders under one staging root, and the CI moves
 * that root between jobs because the template or step declares it (GitLab `artifacts: paths` + `needs:`,
 * Jenkins `stash`/`unstash` or `archiveArtifacts`). The local provider uses it as is, under
 * `.tessera/artifacts/`. Nothing is uploaded from this process; that is the honest difference from the API
 * stores of GitHub and Azure.
 *
 * What arrives in the staging root came from other jobs, so `get` treats it as untrusted exactly as an API
 * store treats a downloaded zip: links are refused and the limits apply.
 */
import { cp, lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../model/index.js';
import {
  DEFAULT_ARTIFACT_LIMITS,
  isValidArtifactName,
  type ArtifactEntry,
  type ArtifactLimits,
  type ArtifactStore,
} from './artifact-store.js';
import { ArtifactExistsError, ArtifactNotFoundError, UnsafeArchiveError } from './errors.js';

/** A file found while walking a folder. */
interface WalkedFile {
  readonly path: string;
  readonly size: number;
}

/** Every regular file under `folder`, or `found-link` as soon as a symbolic link turns up. */
async function walk(folder: string): Promise<WalkedFile[] | 'found-link'> {
  const files: WalkedFile[] = [];
  const pending = [folder];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const dirent of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, dirent.name);
      if (dirent.isSymbolicLink()) return 'found-link';
      if (dirent.isDirectory()) pending.push(path);
      else if (dirent.isFile()) files.push({ path, size: (await lstat(path)).size });
    }
  }
  return files;
}

function checkName(name: string): void {
  if (!isValidArtifactName(name))
    throw new UsageError(
      `invalid artifact name ${JSON.stringify(name)}`,
      'Use letters, digits, ".", "_" and "-" only, starting with a letter or digit.',
    );
}

/** An {@link ArtifactStore} over a staging folder the CI carries between jobs. */
export class StagedArtifactStore implements ArtifactStore {
  readonly kind = 'staged';
  /** The staging root (absolute). */
  readonly root: string;
  private readonly limits: ArtifactLimits;

  /**
   * @param root the folder the CI template declares as its artifact path (created on the first put)
   * @param limits bounds `get` enforces on what other jobs left there
   */
  constructor(root: string, limits: ArtifactLimits = DEFAULT_ARTIFACT_LIMITS) {
    this.root = resolve(root);
    this.limits = limits;
  }

  /** Copies `folder` to `<root>/<name>/`, through a temporary folder renamed into place. */
  async put(name: string, folder: string): Promise<ArtifactEntry> {
    checkName(name);
    const source = resolve(folder);
    const files = await walk(source).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
        throw new UsageError(`cannot store artifact ${name}: ${folder} is not a folder`);
      throw error;
    });
    if (files === 'found-link')
      throw new UsageError(`cannot store artifact ${name}: ${folder} contains a symbolic link`);
    if (files.length === 0) throw new UsageError(`cannot store artifact ${name}: ${folder} holds no file`);
    const target = join(this.root, name);
    if (await exists(target)) throw new ArtifactExistsError(name);
    await mkdir(this.root, { recursive: true });
    const temp = join(this.root, `.${name}.${process.pid}.partial`);
    await rm(temp, { recursive: true, force: true });
    await cp(source, temp, { recursive: true });
    try {
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      // Another job of this run won the race for the name.
      if (['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? ''))
        throw new ArtifactExistsError(name, { cause: error });
      throw error;
    }
    return this.entryOf(name);
  }

  /** The valid-named folders under the root; partial copies (dot-prefixed) are skipped. */
  async list(): Promise<readonly ArtifactEntry[]> {
    const dirents = await readdir(this.root, { withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      },
    );
    const names = dirents.filter((d) => d.isDirectory() && isValidArtifactName(d.name)).map((d) => d.name);
    return Promise.all(names.sort().map((name) => this.entryOf(name)));
  }

  /**
   * Copies `<root>/<name>/` to `<into>/<name>/` after checking it holds no link and fits the limits. When
   * `into` is the root itself the folder is only checked, not copied.
   */
  async get(entry: ArtifactEntry, into: string): Promise<string> {
    checkName(entry.name);
    const source = join(this.root, entry.name);
    const files = await walk(source).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new ArtifactNotFoundError(entry.name);
      throw error;
    });
    if (files === 'found-link') throw new UnsafeArchiveError(entry.name, 'it contains a symbolic link');
    if (files.length > this.limits.maxEntries)
      throw new UnsafeArchiveError(
        entry.name,
        `${files.length} files, more than the ${this.limits.maxEntries} allowed`,
      );
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > this.limits.maxExtractedBytes)
      throw new UnsafeArchiveError(
        entry.name,
        `its files add up to more than the ${this.limits.maxExtractedBytes} bytes allowed`,
      );
    const target = join(resolve(into), entry.name);
    if (target === source) return target;
    await mkdir(resolve(into), { recursive: true });
    await cp(source, target, { recursive: true });
    return target;
  }

  private async entryOf(name: string): Promise<ArtifactEntry> {
    const path = join(this.root, name);
    const info = await stat(path);
    const files = await walk(path);
    const size = files === 'found-link' ? undefined : files.reduce((sum, f) => sum + f.size, 0);
    return { name, id: name, size, createdAt: info.mtime };
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
