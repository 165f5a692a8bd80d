/**
 * Stack traces kept by `tessera report` as lines interned once, instead of one whole string per failure.
 *
 * A run's traces repeat themselves: the frames of the test runner, the framework and the code under test
 * are the same lines in thousands of failures, and only the message and a frame or two differ. At 960,000
 * tests with 20% failed (the `failure-heavy` bench shape) the traces were 330 MiB of text, the largest part
 * of the report's peak RSS (BENCHMARKS.md, "Peak RSS"). Here each distinct line is stored once and a trace
 * is a run of line numbers in one shared Int32Array.
 *
 * A packed failure is still a {@link Failure} to everything that reads it: `trace` is an own, enumerable
 * property (an accessor) after `category`, `message` and `type`, as the readers write them, so
 * `JSON.stringify`, spreads, `Object.keys` and property reads see the same keys in the same order and the
 * same text. Only traces with a stack frame are packed: a trace that is a message alone gains nothing.
 */
import { detach } from '../formats/common/detach.js';
import type { Failure } from '../model/index.js';

const SPACE = 0x20;
const TAB = 0x09;

/** A stack frame line: V8 and Java `    at …` (a tab in Java), .NET `   at …`, Python `  File "…"`. */
function isFrame(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB) i++;
  return i > 0 && (line.startsWith('at ', i) || line.startsWith('File "', i));
}

/**
 * Trace characters a report keeps as plain strings before it packs them: 64 Mi, 64 MiB as one-byte text.
 * The `failure-heavy` bench shape holds 36 M at 96,000 tests (so packs nothing, and pays nothing) and 360 M
 * at 960,000, where packing the rest saves about 250 MiB of peak RSS (BENCHMARKS.md, "Peak RSS").
 */
export const DEFAULT_TRACE_BUDGET = 64 * 1024 * 1024;

/** Every distinct trace line of one report, and the traces as runs of line numbers. */
export class TraceStore {
  /** Trace characters offered so far: packed or, while under the budget, kept as they are. */
  private offered = 0;
  private readonly numbers = new Map<string, number>();
  private readonly lines: string[] = [];
  private runs = new Int32Array(1 << 14);
  private used = 0;
  // The getters of one failure are often read twice in a row (`f.trace !== undefined ? f.trace : …`).
  private lastStart = -1;
  private lastText = '';

  /**
   * @param budget trace characters kept as plain strings before packing starts. Packing costs CPU (about
   *   8 µs a trace to split and look its lines up, and rebuilding the text for each output): below a few
   *   tens of MiB of traces the strings cost less than that, and the report's memory is small anyway.
   */
  constructor(private readonly budget = DEFAULT_TRACE_BUDGET) {}

  /** Whether a trace of `length` characters should be packed: once the traces offered pass the budget. */
  wants(length: number): boolean {
    this.offered += length;
    return this.offered > this.budget;
  }

  /** Distinct lines stored: the size of the line table. */
  get distinctLines(): number {
    return this.lines.length;
  }

  /** Line numbers stored: the length of every packed trace, summed. */
  get storedLines(): number {
    return this.used;
  }

  /**
   * Stores `trace` and says where its run is, or undefined when it has no stack frame (kept as it is).
   * The message before the first frame is one entry; each line from the first frame on is another.
   */
  pack(trace: string): { readonly start: number; readonly count: number } | undefined {
    // split is native and makes the lines as views of the trace; only a line never seen is copied.
    const lines = trace.split('\n');
    let first = 1;
    while (first < lines.length && !isFrame(lines[first] as string)) first++;
    if (first >= lines.length) return undefined;
    const start = this.used;
    this.push(this.number(first === 1 ? (lines[0] as string) : lines.slice(0, first).join('\n')));
    for (let i = first; i < lines.length; i++) this.push(this.number(lines[i] as string));
    return { start, count: this.used - start };
  }

  /** The text of the trace stored at `start`, `count` entries long: exactly the string that was packed. */
  text(start: number, count: number): string {
    if (start === this.lastStart) return this.lastText;
    const runs = this.runs;
    const lines = this.lines;
    let text = lines[runs[start] as number] as string;
    for (let i = start + 1; i < start + count; i++) text += `\n${lines[runs[i] as number] as string}`;
    this.lastStart = start;
    this.lastText = text;
    return text;
  }

  private number(line: string): number {
    let n = this.numbers.get(line);
    if (n === undefined) {
      n = this.lines.length;
      const kept = detach(line);
      this.lines.push(kept);
      this.numbers.set(kept, n);
    }
    return n;
  }

  private push(n: number): void {
    if (this.used === this.runs.length) {
      const grown = new Int32Array(this.runs.length * 2);
      grown.set(this.runs);
      this.runs = grown;
    }
    this.runs[this.used++] = n;
  }
}

/** A Failure whose trace lives in a {@link TraceStore}. */
class PackedFailure {
  declare readonly category: Failure['category'];
  declare readonly message?: string;
  declare readonly type?: string;
  declare readonly trace: string;
  readonly #store: TraceStore;
  readonly #start: number;
  readonly #count: number;

  // One descriptor for every instance: V8 then gives them all one hidden class, as for a plain object.
  static readonly #trace: PropertyDescriptor = {
    get(this: PackedFailure): string {
      return this.#store.text(this.#start, this.#count);
    },
    enumerable: true,
    configurable: false,
  };

  constructor(failure: Failure, store: TraceStore, start: number, count: number) {
    // The readers' key order (category, message, type, trace), so the JSON is the same.
    (this as { category: Failure['category'] }).category = failure.category;
    if (failure.message !== undefined) (this as { message?: string }).message = failure.message;
    if (failure.type !== undefined) (this as { type?: string }).type = failure.type;
    this.#store = store;
    this.#start = start;
    this.#count = count;
    Object.defineProperty(this, 'trace', PackedFailure.#trace);
  }
}

/** Whether the failure's own keys are the readers' ones in their order: category, message?, type?, trace. */
function inReaderOrder(failure: Failure): boolean {
  const expected = ['category'];
  if (failure.message !== undefined) expected.push('message');
  if (failure.type !== undefined) expected.push('type');
  expected.push('trace');
  const keys = Object.keys(failure);
  return keys.length === expected.length && keys.every((key, i) => key === expected[i]);
}

/**
 * The failure with its trace in `store`, or the failure itself when there is nothing to gain (no trace, no
 * stack frame) or when it has keys other than the readers' or in another order, which the copy would lose.
 */
export function packFailure(failure: Failure, store: TraceStore): Failure {
  // Packed first: reading a packed failure's trace would rebuild its text.
  if (failure instanceof PackedFailure || failure.trace === undefined || !inReaderOrder(failure))
    return failure;
  if (!store.wants(failure.trace.length)) return failure;
  const packed = store.pack(failure.trace);
  return packed === undefined ? failure : new PackedFailure(failure, store, packed.start, packed.count);
}
