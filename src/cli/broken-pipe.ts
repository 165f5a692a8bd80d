/**
 * `tessera … | head -3`: once the reader closes the pipe, every further write fails with EPIPE, which Node
 * raises as an unhandled 'error' event and a stack trace. A closed pipe means nobody reads any more, so the
 * CLI stops quietly, keeping the exit code it had so far, as `cat` or `git log` do.
 */
import type { Writable } from 'node:stream';

/** Makes an EPIPE on `stream` end the process through `exit`, silently; other errors are rethrown. */
export function exitQuietlyOnBrokenPipe(
  stream: Writable,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    exit(Number(process.exitCode ?? 0));
  });
}
