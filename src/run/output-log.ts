/**
 * A shard's `output.log` in local mode: what the test command prints, with every known secret masked
 * before it reaches the disk and the size bounded. A suite that prints without end (a test stuck in a
 * loop, a verbose logger) must not fill the disk, yet the start (set-up) and the end (the failure, the
 * summary) are what a person reads: so the first {@link OutputLogLimits.headChars} characters are written
 * as they come, the last {@link OutputLogLimits.tailChars} are kept in memory, and on close a marker line
 * says how much was cut between them.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { SecretMasker } from '../ci/logger.js';

/** How much of a command's output `output.log` keeps. */
export interface OutputLogLimits {
  /** Characters kept from the start. */
  readonly headChars: number;
  /** Characters kept from the end. */
  readonly tailChars: number;
}

/** 4 MiB of head and 1 MiB of tail: far more than a person reads, far less than a runaway log. */
export const OUTPUT_LOG_LIMITS: OutputLogLimits = { headChars: 4 * 1024 * 1024, tailChars: 1024 * 1024 };

/** Where an invocation's stdout and stderr go: one shared log for every invocation of a shard. */
export interface OutputSink {
  write(chunk: Buffer | string): void;
}

/** The marker between head and tail. */
export function cutMarker(cut: number, limits: OutputLogLimits): string {
  return `\n… [${cut} characters cut by Tessera: output.log keeps the first ${limits.headChars} and the last ${limits.tailChars}] …\n`;
}

/** `output.log`: masked, head and tail bounded (see the module comment). Call {@link close} once, at the end. */
export class CapturedOutputLog implements OutputSink {
  private readonly fd: number;
  private readonly decoder = new StringDecoder('utf8');
  // Scrubbed text not yet emitted: the end of it may be the start of a secret split across chunks.
  private pending = '';
  private headLeft: number;
  private tail: string[] = [];
  private tailLength = 0;
  private cut = 0;
  private closed = false;

  constructor(
    readonly path: string,
    private readonly masker: SecretMasker,
    private readonly limits: OutputLogLimits = OUTPUT_LOG_LIMITS,
  ) {
    this.fd = openSync(path, 'a');
    this.headLeft = limits.headChars;
  }

  write(chunk: Buffer | string): void {
    if (this.closed) return;
    this.pending = this.masker.scrub(
      this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk)),
    );
    // A secret cut by the chunk's end is shorter than the longest one: hold that much back.
    const hold = Math.max(0, this.masker.longestForm - 1);
    if (this.pending.length > hold) {
      const ready = this.pending.slice(0, this.pending.length - hold);
      this.pending = this.pending.slice(this.pending.length - hold);
      this.emit(ready);
    }
  }

  /** Writes what is held back and the tail, and closes the file. */
  close(): void {
    if (this.closed) return;
    this.emit(this.masker.scrub(this.pending + this.decoder.end()));
    this.pending = '';
    this.closed = true;
    try {
      if (this.cut > 0) writeSync(this.fd, cutMarker(this.cut, this.limits));
      if (this.tail.length > 0) writeSync(this.fd, this.tail.join(''));
    } finally {
      closeSync(this.fd);
    }
  }

  private emit(text: string): void {
    if (text.length === 0) return;
    if (this.headLeft > 0) {
      const head = text.slice(0, this.headLeft);
      writeSync(this.fd, head);
      this.headLeft -= head.length;
      text = text.slice(head.length);
      if (text.length === 0) return;
    }
    this.tail.push(text);
    this.tailLength += text.length;
    // Drop whole chunks from the front while the rest still covers the tail, then trim the first one.
    while (this.tail.length > 0 && this.tailLength - (this.tail[0]?.length ?? 0) >= this.limits.tailChars) {
      const dropped = this.tail.shift() as string;
      this.tailLength -= dropped.length;
      this.cut += dropped.length;
    }
    const excess = this.tailLength - this.limits.tailChars;
    if (excess > 0 && this.tail[0] !== undefined) {
      this.tail[0] = this.tail[0].slice(excess);
      this.tailLength -= excess;
      this.cut += excess;
    }
  }
}
