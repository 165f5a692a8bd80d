/**
 * A column of strings stored as one UTF-8 block plus end offsets: how the history keeps 100,000 test ids and
 * titles without an object per string. Titles are decoded one at a time, only when needed (a removed test is
 * named by its title; nothing else reads them), and a column is carried from one history to the next by
 * copying byte ranges, never by decoding and re-encoding.
 */
import { Buffer, isAscii } from 'node:buffer';

// Decoded strings of a column, filled by `all` (kept beside the column, so that equal columns compare equal).
const decodedOf = new WeakMap<TextColumn, string[]>();

export class TextColumn {
  /**
   * @param bytes the strings' UTF-8 bytes, back to back
   * @param ends `ends[i]` is the end offset of string `i` in `bytes` (string `i` starts at `ends[i - 1]`, or 0)
   */
  constructor(
    readonly bytes: Uint8Array,
    readonly ends: Uint32Array,
  ) {}

  /** A column holding `values`, in order. */
  static of(values: readonly string[]): TextColumn {
    return TextColumn.empty().append(values);
  }

  static empty(): TextColumn {
    return new TextColumn(new Uint8Array(0), new Uint32Array(0));
  }

  get length(): number {
    return this.ends.length;
  }

  private startOf(i: number): number {
    return i === 0 ? 0 : (this.ends[i - 1] as number);
  }

  /** String `i`. */
  get(i: number): string {
    const decoded = decodedOf.get(this);
    if (decoded) return decoded[i] as string;
    const buffer = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    return buffer.toString('utf8', this.startOf(i), this.ends[i]);
  }

  /** Every string, decoded once and kept. */
  all(): readonly string[] {
    const known = decodedOf.get(this);
    if (known) return known;
    const out = new Array<string>(this.length);
    const buffer = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    if (isAscii(buffer)) {
      // One decode and slices of it: byte offsets are character offsets in ASCII.
      const text = buffer.toString('latin1');
      let start = 0;
      for (let i = 0; i < out.length; i++) {
        const end = this.ends[i] as number;
        out[i] = text.slice(start, end);
        start = end;
      }
    } else {
      for (let i = 0; i < out.length; i++) out[i] = buffer.toString('utf8', this.startOf(i), this.ends[i]);
    }
    decodedOf.set(this, out);
    return out;
  }

  /** This column with `values` added at the end. */
  append(values: readonly string[]): TextColumn {
    if (values.length === 0) return this;
    const encoded = values.map((v) => Buffer.from(v, 'utf8'));
    let size = this.bytes.length;
    for (const e of encoded) size += e.length;
    const bytes = new Uint8Array(size);
    bytes.set(this.bytes);
    const ends = new Uint32Array(this.length + values.length);
    ends.set(this.ends);
    let at = this.bytes.length;
    encoded.forEach((e, i) => {
      bytes.set(e, at);
      at += e.length;
      ends[this.length + i] = at;
    });
    const out = new TextColumn(bytes, ends);
    const decoded = decodedOf.get(this);
    if (decoded) decodedOf.set(out, [...decoded, ...values]);
    return out;
  }

  /**
   * The strings at `rows` (ascending or not), in that order. Runs of consecutive rows are copied as one
   * range, so keeping almost every row of 100,000 is a handful of copies.
   */
  pick(rows: ArrayLike<number>): TextColumn {
    let size = 0;
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k] as number;
      size += (this.ends[r] as number) - this.startOf(r);
    }
    const bytes = new Uint8Array(size);
    const ends = new Uint32Array(rows.length);
    let at = 0;
    let k = 0;
    while (k < rows.length) {
      // The longest run rows[k], rows[k] + 1, … copied in one go.
      let j = k;
      while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
      const first = rows[k] as number;
      const start = this.startOf(first);
      bytes.set(this.bytes.subarray(start, this.ends[rows[j] as number]), at);
      for (let m = k; m <= j; m++) ends[m] = at + (this.ends[rows[m] as number] as number) - start;
      at = ends[j] as number;
      k = j + 1;
    }
    const out = new TextColumn(bytes, ends);
    const decoded = decodedOf.get(this);
    if (decoded)
      decodedOf.set(
        out,
        Array.from(rows, (r) => decoded[r] as string),
      );
    return out;
  }

  /** Why the offsets do not describe `bytes`, or undefined when they do (for a column read from a file). */
  problem(): string | undefined {
    let previous = 0;
    for (let i = 0; i < this.ends.length; i++) {
      const end = this.ends[i] as number;
      if (end < previous) return `offset ${i} goes backwards`;
      previous = end;
    }
    return previous === this.bytes.length ? undefined : 'offsets do not end at the end of the text';
  }
}
