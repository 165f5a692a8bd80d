/**
 * A lock file that serialises the read-modify-write of one local history: reports that finish at the same
 * time (the matrix's report and a re-run, twelve local runs) each re-read the history under the lock and add
 * their run to what is there, so no run is lost. `<path>.lock` is created exclusively (`wx`); a lock older
 * than {@link LockOptions.staleMs} is one whose holder died, and is broken.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TesseraError } from '../model/errors.js';

/** How long to wait for a lock, and when a held lock counts as abandoned. */
export interface LockOptions {
  /** A lock file older than this was left by a process that died: it is broken. Default 60 s. */
  readonly staleMs?: number;
  /** Give up after waiting this long. Default 120 s. */
  readonly timeoutMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Runs `work` while holding `<path>.lock`, and removes the lock afterwards (also when `work` throws).
 *
 * @throws TesseraError when the lock is still held by a live holder after `timeoutMs`
 */
export async function withFileLock<T>(
  path: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lock = `${path}.lock`;
  const staleMs = options.staleMs ?? 60_000;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  await mkdir(dirname(path), { recursive: true });
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = await stat(lock).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > staleMs) {
      // Renamed away first: of several waiters that find it stale, one moves it, the others find it gone.
      const moved = `${lock}.stale.${randomBytes(4).toString('hex')}`;
      await rename(lock, moved).then(
        () => rm(moved, { force: true }),
        () => undefined,
      );
      continue;
    }
    if (Date.now() > deadline)
      throw new TesseraError(
        `the history ${path} is locked by another report (${lock})`,
        `If no other report is running, delete ${lock}.`,
      );
    // Jitter, so waiters do not retry in step.
    await sleep(wait + Math.random() * wait);
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
