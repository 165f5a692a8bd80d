/**
 * Every file Tessera writes for someone else to read (reports, bundles, plans, histories, outputs) is
 * written to a temporary file in the same folder and renamed over the target. A rename within one folder
 * is atomic, so a reader that races with a writer (the next CI step, another report to the same path) sees
 * the old file or the new one, never half of one, and two writers to one path leave one whole file.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';

/**
 * A temporary path beside `path`: hidden, and unique per process and call, so concurrent writers (in one
 * process or several) never share one.
 */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `data` to `path` atomically (see the module comment), creating the folder. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = temporaryPathFor(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Streams into `path` atomically: `write` fills a stream on a temporary file, which is renamed over `path`
 * once the stream has finished. The temporary file is removed when `write` or the stream fails.
 */
export async function streamFileAtomic(
  path: string,
  write: (stream: WriteStream) => Promise<void>,
  options: { highWaterMark?: number } = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = temporaryPathFor(path);
  const stream = createWriteStream(temp, options);
  try {
    try {
      await write(stream);
    } finally {
      stream.end();
    }
    await finished(stream);
    await rename(temp, path);
  } catch (error) {
    stream.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}
