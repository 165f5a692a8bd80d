import { detach } from '../common/detach.js';

/**
 * A text buffer that stops growing at a bound. SAX parsers hand over element text in pieces; a captured
 * output can be megabytes, so pieces past the bound are counted, not kept.
 */
export class BoundedBuffer {
  private text = '';
  /** Characters seen past the bound and dropped. */
  private dropped = 0;

  constructor(private readonly max: number) {}

  /** Adds a piece; whatever is past the bound is dropped. */
  append(piece: string): void {
    const room = this.max - this.text.length;
    if (piece.length <= room) this.text += piece;
    else {
      if (room > 0) this.text += piece.slice(0, room);
      this.dropped += piece.length - Math.max(room, 0);
    }
  }

  /** Whether pieces were dropped. */
  get truncated(): boolean {
    return this.dropped > 0;
  }

  /**
   * The kept text without surrounding whitespace (JUnit writers indent element text), with a marker saying
   * how much was cut; undefined when nothing but whitespace was seen.
   */
  finish(): string | undefined {
    const text = this.text.trim();
    if (text.length === 0) return undefined;
    // The text (or its first piece) is a slice of the parser's input chunk: detached so it does not keep the
    // chunk alive.
    return detach(this.dropped > 0 ? `${text}\n… [${this.dropped} more characters cut]` : text);
  }
}
