/**
 * Test id → row, over the UTF-8 bytes of a {@link TextColumn}: an open-addressing hash table in one
 * Int32Array. A Map would first need the 100,000 ids decoded into strings and then hashed again; this
 * hashes the stored bytes once and compares a looked-up id with them in place, which makes the join of a
 * run with its history (the largest single cost of reading one) about four times cheaper.
 */
import { Buffer } from 'node:buffer';
import type { TextColumn } from './text-column.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a of an ASCII string's char codes (equal to its bytes), or -1 when it is not ASCII. */
function hashAscii(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return -1;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

export class IdIndex {
  /** Per slot: 1 + the row stored there, or 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Whether two rows hold the same id (a damaged document). */
  readonly hasDuplicates: boolean;

  constructor(private readonly ids: TextColumn) {
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    const { bytes, ends } = ids;
    let duplicates = false;
    for (let row = 0, start = 0; row < ids.length; row++) {
      const end = ends[row] as number;
      let slot = hashBytes(bytes, start, end) & this.mask;
      for (;;) {
        const held = this.slots[slot] as number;
        if (held === 0) {
          this.slots[slot] = row + 1;
          break;
        }
        if (this.sameBytes(held - 1, bytes, start, end)) {
          duplicates = true;
          break;
        }
        slot = (slot + 1) & this.mask;
      }
      start = end;
    }
    this.hasDuplicates = duplicates;
  }

  private bounds(row: number): [number, number] {
    return [row === 0 ? 0 : (this.ids.ends[row - 1] as number), this.ids.ends[row] as number];
  }

  private sameBytes(row: number, other: Uint8Array, start: number, end: number): boolean {
    const [s, e] = this.bounds(row);
    if (e - s !== end - start) return false;
    const bytes = this.ids.bytes;
    for (let i = 0; i < e - s; i++) if (bytes[s + i] !== other[start + i]) return false;
    return true;
  }

  /** The row of `id`, or -1. */
  get(id: string): number {
    const hash = hashAscii(id);
    if (hash < 0) return this.getEncoded(Buffer.from(id, 'utf8'));
    const { bytes, ends } = this.ids;
    let slot = hash & this.mask;
    for (;;) {
      const held = this.slots[slot] as number;
      if (held === 0) return -1;
      const row = held - 1;
      const start = row === 0 ? 0 : (ends[row - 1] as number);
      if ((ends[row] as number) - start === id.length) {
        let i = 0;
        while (i < id.length && bytes[start + i] === id.charCodeAt(i)) i++;
        if (i === id.length) return row;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** {@link get} for an id that is not ASCII, by its UTF-8 bytes. */
  private getEncoded(encoded: Uint8Array): number {
    let slot = hashBytes(encoded, 0, encoded.length) & this.mask;
    for (;;) {
      const held = this.slots[slot] as number;
      if (held === 0) return -1;
      if (this.sameBytes(held - 1, encoded, 0, encoded.length)) return held - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}
