/** The parts a test's identity is made of. */
export interface TestIdParts {
  readonly file?: string;
  readonly suite: readonly string[];
  readonly name: string;
  readonly project?: string;
}

/**
 * Normalises a path to the repo-relative form ids and plans use: forward slashes, no leading `./`, no
 * duplicate slashes. Absolute paths under `root` are made relative to it.
 */
export function normalizePath(path: string, root?: string): string {
  let p = path.trim().replace(/\\/g, '/');
  if (root) {
    const r = root.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    if (p.startsWith(r)) p = p.slice(r.length);
  }
  p = p.replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

// One-entry memo of normalizePath for testId: readers hand over the tests of one file in a row, and
// consecutive tests nearly always share their file. normalizePath is pure, so the memo is not observable.
let memoRawFile = '';
let memoFile = '';

function normalizedFile(file: string | undefined): string {
  if (file === undefined || file.length === 0) return '';
  if (file !== memoRawFile) {
    memoRawFile = file;
    memoFile = normalizePath(file);
  }
  return memoFile;
}

// The two lanes of the running hash (see testId). Module state rather than an object, so hashing a test
// allocates nothing until the id string itself.
let laneA = 0;
let laneB = 0;

/**
 * Feeds one 32-bit word into both lanes. Each lane is a multiply–xorshift step with its own odd
 * multiplier and shift: the multiplication carries every input bit upwards, the shift carries the high
 * bits back down, so no bit of the state depends on only a few input bits. Lane B also adds lane A's new
 * value, so the lanes are not one function with two sets of constants: inputs that collide in one lane
 * are not thereby likely to collide in the other.
 */
function absorbWord(word: number): void {
  laneA = Math.imul(laneA ^ word, 0x9e3779b1);
  laneA ^= laneA >>> 15;
  laneB = (Math.imul(laneB ^ word, 0x85ebca77) + laneA) | 0;
  laneB ^= laneB >>> 13;
}

/** Feeds one string, preceded by its length, two UTF-16 code units per word. */
function absorbString(text: string): void {
  const length = text.length;
  absorbWord(length);
  let i = 0;
  for (; i + 1 < length; i += 2) absorbWord(text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
  if (i < length) absorbWord(text.charCodeAt(i));
}

/** A 32-bit avalanche (every input bit flips each output bit with probability about ½). */
function finalMix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

// The lanes after the last frozen suite path and its file: the tests of one describe block come in a row
// and share that array, so only their names are left to hash. Strings and frozen arrays cannot change, so
// the memo is not observable.
let prefixFile: string | undefined;
let prefixSuite: readonly string[] | undefined;
let prefixA = 0;
let prefixB = 0;

/** Lower-case hex digits by value, for building the id in one allocation. */
const HEX: readonly number[] = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** Eight hex digits of a 32-bit value, as char codes. */
function hex8(h: number, codes: number[], at: number): void {
  for (let k = 7; k >= 0; k--) {
    codes[at + k] = HEX[h & 15] as number;
    h >>>= 4;
  }
}

/** Reused buffer of the id's 16 char codes (the hash is synchronous, so it is never shared). */
const ID_CODES: number[] = new Array<number>(16).fill(48);

/**
 * Stable test id: 16 hex digits of a 64-bit hash of the normalised file path, the suite path, the name and
 * the project. The same test gets the same id in every shard, run, working directory and retry, so the id
 * is the key of the history. A hash keeps the history compact; the readable parts travel beside it.
 *
 * The hashed input is unambiguous: each string goes in preceded by its length, and the suite path by its
 * number of entries, so `['a b']` and `['a', 'b']` (or a name that looks like a suite plus a name) are
 * different inputs. No separator character is needed, so no character in a name can fake one.
 *
 * The hash is not cryptographic: ids are history keys, not a defence, and SHA-256 over a JSON key was the
 * largest cost of reading JUnit after the XML parser (about 220 ms for 96,000 tests; this takes about
 * 30 ms). Two 32-bit multiply–xorshift lanes, each ending in an avalanche, give 64 bits; for hashes that
 * spread like random ones, the chance of any collision among n tests is about n² / 2⁶⁵: 3·10⁻⁸ for a
 * million tests, 3·10⁻¹⁰ for 100,000. A collision would fold two tests into one test with two attempts
 * (in a file and in the merged report), exactly as a collision of the former 64-bit SHA-256 prefix would
 * have. `test/model/test-id.test.ts` checks that structured names (the common case: long shared
 * prefixes, one changed character) spread like random ones in each lane.
 */
export function testId(parts: TestIdParts): string {
  const suite = parts.suite;
  if (parts.file === prefixFile && suite === prefixSuite) {
    laneA = prefixA;
    laneB = prefixB;
  } else {
    laneA = 0x2545f491;
    laneB = 0x6a09e667;
    absorbString(normalizedFile(parts.file));
    absorbWord(suite.length);
    for (let i = 0; i < suite.length; i++) absorbString(suite[i] as string);
    // Only a frozen suite array is known to hold the same entries next time (readers share frozen ones).
    if (Object.isFrozen(suite)) {
      prefixFile = parts.file;
      prefixSuite = suite;
      prefixA = laneA;
      prefixB = laneB;
    }
  }
  absorbString(parts.name);
  absorbString(parts.project ?? '');
  const a = finalMix(laneA ^ Math.imul(laneB, 0xcc9e2d51));
  const b = finalMix(laneB ^ a);
  hex8(a, ID_CODES, 0);
  hex8(b, ID_CODES, 8);
  // One flat 16-character string (concatenating two halves would keep a cons string and both halves).
  return String.fromCharCode(...ID_CODES);
}

/** A readable one-line title: `suite › suite › name [project]`. */
export function testTitle(parts: TestIdParts): string {
  const title = [...parts.suite, parts.name].filter((s) => s.length > 0).join(' › ');
  return parts.project ? `${title} [${parts.project}]` : title;
}
