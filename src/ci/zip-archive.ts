/**
 * Reading and extracting the zip archives API stores download, treating them as untrusted input: the whole
 * central directory is checked (paths, links, counts, sizes) before a single file is written, so a refused
 * archive leaves nothing behind. Only what artifact services produce is supported: stored or deflated
 * entries, no encryption, no zip64 (an artifact over 4 GiB is refused as oversized anyway).
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { MAX_COMPRESSION_RATIO, ZIP_RATIO_FLOOR_BYTES, type ArtifactLimits } from './artifact-store.js';
import { UnsafeArchiveError } from './errors.js';

/** One file (or folder) of an archive, as its central directory describes it. */
export interface ZipEntry {
  /** The path inside the archive, `/`-separated, as stored. */
  readonly name: string;
  readonly isDirectory: boolean;
  /** A Unix symbolic link: refused, since it could point anywhere. */
  readonly isSymlink: boolean;
  readonly encrypted: boolean;
  /** 0 stored, 8 deflated; anything else is refused. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** A zip that cannot be read: truncated, not a zip, or using a feature we refuse. */
class MalformedZip extends Error {}

/**
 * The entries of a zip archive, from its central directory.
 *
 * @throws Error (caught by {@link extractZip}) when the bytes are not a zip we read
 */
export function readZipEntries(zip: Buffer): ZipEntry[] {
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new MalformedZip('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === ZIP64_MARK || offset === ZIP64_MARK)
    throw new MalformedZip('zip64 archives are not supported');
  if (offset + size > eocd) throw new MalformedZip('central directory lies outside the archive');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw new MalformedZip(`central directory entry ${i + 1} is damaged`);
    const madeBy = zip.readUInt16LE(at + 4) >> 8;
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const mode = zip.readUInt32LE(at + 38) >>> 16;
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const compressedSize = zip.readUInt32LE(at + 20);
    const uncompressedSize = zip.readUInt32LE(at + 24);
    const localHeaderOffset = zip.readUInt32LE(at + 42);
    if ([compressedSize, uncompressedSize, localHeaderOffset].includes(ZIP64_MARK))
      throw new MalformedZip('zip64 entries are not supported');
    entries.push({
      name,
      isDirectory: name.endsWith('/'),
      isSymlink: madeBy === UNIX_HOST && (mode & S_IFMT) === S_IFLNK,
      encrypted: (flags & 1) === 1,
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Where `name` would land under `root`, or undefined when it must be refused: absolute paths, drive
 * letters, `..` segments, NUL bytes, and anything that resolves outside `root`. Backslashes count as
 * separators, since some zip writers on Windows store them.
 */
export function safeEntryPath(root: string, name: string): string | undefined {
  const normalised = name.replace(/\\/g, '/');
  if (normalised === '' || normalised.includes('\0')) return undefined;
  if (normalised.startsWith('/') || /^[A-Za-z]:/.test(normalised)) return undefined;
  if (normalised.split('/').some((segment) => segment === '..')) return undefined;
  const target = resolve(root, ...normalised.split('/').filter((s) => s !== '' && s !== '.'));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return undefined;
  return target;
}

/**
 * Extracts `zip` into the folder `into` (created if needed). Every entry is checked first; an archive with
 * one bad entry is refused whole.
 *
 * @param artifact the artifact's name, for messages
 * @throws UnsafeArchiveError for an unreadable, unsafe or oversized archive
 */
export async function extractZip(
  zip: Buffer,
  into: string,
  limits: ArtifactLimits,
  artifact: string,
): Promise<void> {
  const root = resolve(into);
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(zip);
  } catch (error) {
    throw new UnsafeArchiveError(artifact, (error as Error).message);
  }
  if (entries.length > limits.maxEntries)
    throw new UnsafeArchiveError(
      artifact,
      `${entries.length} files, more than the ${limits.maxEntries} allowed`,
    );
  let total = 0;
  const plan: { entry: ZipEntry; target: string }[] = [];
  for (const entry of entries) {
    const target = safeEntryPath(root, entry.name);
    if (target === undefined)
      throw new UnsafeArchiveError(
        artifact,
        `entry ${JSON.stringify(entry.name)} would be written outside the folder`,
      );
    if (entry.isSymlink)
      throw new UnsafeArchiveError(artifact, `entry ${JSON.stringify(entry.name)} is a symbolic link`);
    if (entry.encrypted)
      throw new UnsafeArchiveError(artifact, `entry ${JSON.stringify(entry.name)} is encrypted`);
    if (!entry.isDirectory && entry.method !== 0 && entry.method !== 8)
      throw new UnsafeArchiveError(
        artifact,
        `entry ${JSON.stringify(entry.name)} uses compression method ${entry.method}`,
      );
    total += entry.uncompressedSize;
    if (total > limits.maxExtractedBytes)
      throw new UnsafeArchiveError(
        artifact,
        `its files add up to more than the ${limits.maxExtractedBytes} bytes allowed`,
      );
    plan.push({ entry, target });
  }
  const ratio = limits.maxCompressionRatio ?? MAX_COMPRESSION_RATIO;
  if (total > ZIP_RATIO_FLOOR_BYTES && total > ratio * zip.length)
    throw new UnsafeArchiveError(
      artifact,
      `its ${zip.length}-byte archive inflates to ${total} bytes, more than ${ratio} times its size (a zip bomb)`,
    );
  checkNoFileDirectoryClash(plan, root, artifact);
  // Inflate everything before writing anything, so a lying size or a bad checksum leaves no partial folder.
  const contents = plan.map(({ entry, target }) => ({
    target,
    isDirectory: entry.isDirectory,
    data: entry.isDirectory ? Buffer.alloc(0) : inflateEntry(zip, entry, artifact),
  }));
  const existed = await stat(root).then(
    () => true,
    () => false,
  );
  try {
    await mkdir(root, { recursive: true });
    for (const { target, isDirectory, data } of contents) {
      if (isDirectory) {
        await mkdir(target, { recursive: true });
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      // A duplicated entry name: the later one wins, as with every unzip tool.
      await writeFile(target, data);
    }
  } catch (error) {
    // The disk filled up or the folder changed under us: leave no half-extracted artifact behind.
    if (!existed) await rm(root, { recursive: true, force: true });
    throw new UnsafeArchiveError(
      artifact,
      `it could not be extracted (${(error as Error).message})`,
      'Check the free disk space of the runner, then re-run the job.',
    );
  }
}

/** Refuses an archive where one entry is a file and another needs it to be a folder (`a` and `a/b`). */
function checkNoFileDirectoryClash(
  plan: readonly { entry: ZipEntry; target: string }[],
  root: string,
  artifact: string,
): void {
  const files = new Set(plan.filter((p) => !p.entry.isDirectory).map((p) => p.target));
  for (const { entry, target } of plan) {
    for (let dir = dirname(target); dir.length > root.length; dir = dirname(dir)) {
      if (files.has(dir))
        throw new UnsafeArchiveError(
          artifact,
          `entry ${JSON.stringify(entry.name)} needs ${JSON.stringify(relative(root, dir))} to be a folder, but it is a file`,
        );
    }
    if (entry.isDirectory && files.has(target))
      throw new UnsafeArchiveError(
        artifact,
        `entry ${JSON.stringify(entry.name)} is both a file and a folder`,
      );
  }
}

function inflateEntry(zip: Buffer, entry: ZipEntry, artifact: string): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE)
    throw new UnsafeArchiveError(artifact, `entry ${JSON.stringify(entry.name)} has a damaged header`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const raw = zip.subarray(start, start + entry.compressedSize);
  if (raw.length !== entry.compressedSize)
    throw new UnsafeArchiveError(artifact, `entry ${JSON.stringify(entry.name)} is truncated`);
  let data: Buffer;
  try {
    // maxOutputLength stops a deflate stream that expands past what the directory declared (a bomb).
    data =
      entry.method === 0
        ? Buffer.from(raw)
        : inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize || 1 });
  } catch (error) {
    throw new UnsafeArchiveError(
      artifact,
      `entry ${JSON.stringify(entry.name)} cannot be inflated (${(error as Error).message})`,
    );
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc)
    throw new UnsafeArchiveError(artifact, `entry ${JSON.stringify(entry.name)} does not match its checksum`);
  return data;
}
