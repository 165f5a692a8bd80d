/**
 * Copies of parser strings that do not keep the parser's input alive.
 *
 * V8 makes a substring of 13 or more characters a *sliced string*: a view into its parent. The strings a
 * SAX parser hands over (attribute values, text) are substrings of the decoded input chunk, so a test that
 * keeps its name as given keeps the whole 256 KiB chunk alive, and reading 100,000 tests ends up holding
 * the entire input text. Detaching the strings that are kept (names, paths, messages, output) lets each
 * chunk go as soon as it is parsed.
 */

/** Below this length V8 copies substrings anyway (`SlicedString::kMinLength`), so there is nothing to do. */
const MIN_SLICED_LENGTH = 13;

/**
 * From this length on, a copy through a one-character prefix is used (see {@link detach}): its 40 bytes more
 * are under 4% of the string, and it costs a tenth of the JSON round trip, which escapes and unescapes every
 * newline of a stack trace (2.5 µs for a 1.5 KB trace; 144 ms of 1.5 s reading the failure-heavy shape).
 */
const LONG_TEXT_LENGTH = 1024;

/**
 * A string equal to `text` that shares no storage with the text it was cut from: a fresh flat string of
 * exactly its length. A JSON round trip is the cheapest exact copy found (0.2–0.3 µs for a test name).
 * Alternatives measured: `(' ' + text).slice(1)` takes half the time but leaves a view of a copy one
 * character longer, 40 more bytes per string, which at 960,000 tests raised peak RSS by 70 MiB (817 vs
 * 744 MiB) with no CPU difference measurable end to end; `repeat(1)`, `concat('')` and `normalize()`
 * return the slice itself. Lone surrogates survive the round trip (JSON.stringify escapes them, JSON.parse
 * restores them). Long texts (messages, traces, output) take the prefix copy instead: there the 40 bytes do
 * not matter and the round trip's escaping does.
 */
export function detach(text: string): string {
  if (text.length < MIN_SLICED_LENGTH) return text;
  // Flattening the two-piece string copies `text` into a new string; the slice is a view of that copy only.
  if (text.length >= LONG_TEXT_LENGTH) return ` ${text}`.slice(1);
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * Detached copies of repeated strings, one per distinct value: a file's thousands of tests share a few
 * paths, class names and suite names, and each is stored (and hashed as a map key) once.
 */
export class StringInterner {
  private readonly seen = new Map<string, string>();

  /** The one detached copy of `text`. */
  intern(text: string): string {
    let kept = this.seen.get(text);
    if (kept === undefined) {
      kept = detach(text);
      this.seen.set(kept, kept);
    }
    return kept;
  }
}
