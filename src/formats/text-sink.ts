import type { Writable } from 'node:stream';

/**
 * Writes text to a stream in batches, honouring back-pressure, so a writer can emit 100k test cases without
 * building one giant string and without flooding the stream's buffer.
 */
export interface TextSink {
  /** Queues text; resolves at once unless the batch was flushed into a full stream. */
  write(text: string): Promise<void> | void;
  /** Flushes what is queued and waits until the stream accepted it (does not end the stream). */
  flush(): Promise<void>;
}

const BATCH_CHARS = 64 * 1024;

/** A TextSink over a Node writable stream (a file, stdout, a PassThrough in tests). */
export function createTextSink(out: Writable, batchChars = BATCH_CHARS): TextSink {
  let parts: string[] = [];
  let size = 0;

  async function push(): Promise<void> {
    if (parts.length === 0) return;
    const chunk = parts.join('');
    parts = [];
    size = 0;
    if (!out.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = (): void => {
          out.off('error', onError);
          resolve();
        };
        const onError = (error: Error): void => {
          out.off('drain', onDrain);
          reject(error);
        };
        out.once('drain', onDrain);
        out.once('error', onError);
      });
    }
  }

  return {
    write(text) {
      parts.push(text);
      size += text.length;
      return size >= batchChars ? push() : undefined;
    },
    flush: push,
  };
}
