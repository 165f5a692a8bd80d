/**
 * Whether two builds of the CLI write the same report: runs `tessera report --json --junit --ctrf` of each
 * bundle over the same result files and compares the outputs byte for byte, the times aside (the report's
 * `generatedAt`, CTRF's `timestamp`, `start` and `stop`), line by line so that outputs of 960,000 tests
 * fit, and the report JSON also deep-equal once parsed when it is small enough to parse.
 * A check for changes meant to save memory or time without changing a byte (BENCHMARKS.md, "Peak RSS").
 *
 *   npx tsx bench/same-outputs.ts --before /tmp/rss-before/cli/index.js --after /tmp/rss-build/cli/index.js \
 *     --inputs '/tmp/shapes/failure-heavy/*.xml'
 *
 * Exits 0 when every output is the same, 1 with the first difference otherwise.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual, parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    inputs: { type: 'string' },
  },
});
if (!values.before || !values.after || !values.inputs) {
  console.error('usage: same-outputs.ts --before <cli bundle> --after <cli bundle> --inputs <glob>');
  process.exit(2);
}

const OUTPUTS = ['json', 'junit', 'ctrf'] as const;
type Output = (typeof OUTPUTS)[number];

/** The times each output carries, blanked so that two runs can be compared byte for byte. */
const TIMES: Record<Output, RegExp> = {
  json: /"generatedAt":"[^"]*"/g,
  junit: /timestamp="[^"]*"/g,
  ctrf: /"(?:timestamp|start|stop)":\s*(?:"[^"]*"|\d+)/g,
};

/** Outputs this large are compared line by line only: parsed, they would not fit in one string. */
const PARSE_LIMIT_BYTES = 256 * 1024 * 1024;

/** Runs one bundle's report into a fresh folder and returns the output files. */
function run(bundle: string, inputs: string, dir: string): Record<Output, string> {
  const files = Object.fromEntries(OUTPUTS.map((o) => [o, join(dir, `out.${o}`)])) as Record<Output, string>;
  const result = spawnSync(
    process.execPath,
    [bundle, 'report', inputs, '--json', files.json, '--junit', files.junit, '--ctrf', files.ctrf],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  // Exit 1 is "tests failed", which these inputs are about; anything else is a crash.
  if (result.status !== 0 && result.status !== 1) {
    console.error(`${bundle} exited ${result.status}:\n${result.stderr}`);
    process.exit(1);
  }
  return files;
}

/** The first line where the two files differ (times blanked), or undefined; and how many lines were read. */
async function compareLines(
  a: string,
  b: string,
  times: RegExp,
): Promise<{ lines: number; difference?: { line: number; before: string; after: string } }> {
  const left = createInterface({ input: createReadStream(a), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const right = createInterface({ input: createReadStream(b), crlfDelay: Infinity })[Symbol.asyncIterator]();
  for (let line = 1; ; line++) {
    const [l, r] = await Promise.all([left.next(), right.next()]);
    if (l.done && r.done) return { lines: line - 1 };
    const before = l.done ? '<end of file>' : l.value.replace(times, '<time>');
    const after = r.done ? '<end of file>' : r.value.replace(times, '<time>');
    if (before !== after) return { lines: line, difference: { line, before, after } };
  }
}

const root = mkdtempSync(join(tmpdir(), 'same-outputs-'));
let same = true;
try {
  const before = run(values.before, values.inputs, mkdtempSync(join(root, 'before-')));
  const after = run(values.after, values.inputs, mkdtempSync(join(root, 'after-')));
  for (const output of OUTPUTS) {
    const { lines, difference } = await compareLines(before[output], after[output], TIMES[output]);
    const size = statSync(after[output]).size;
    const bytes = size.toLocaleString('en');
    // Line by line, a \r\n against a \n would not show; the times are fixed-width, so the sizes show it.
    if (!difference && size !== statSync(before[output]).size) {
      same = false;
      console.log(`${output}: DIFFERENT sizes (${statSync(before[output]).size} before, ${size} after)`);
      continue;
    }
    if (!difference) {
      console.log(`${output}: same (${lines.toLocaleString('en')} lines, ${bytes} bytes)`);
      continue;
    }
    same = false;
    const at = (text: string): string => JSON.stringify(text.slice(0, 400));
    console.log(`${output}: DIFFERENT at line ${difference.line}`);
    console.log(`  before: ${at(difference.before)}\n  after:  ${at(difference.after)}`);
  }
  if (statSync(after.json).size < PARSE_LIMIT_BYTES) {
    const parsed = (file: string): unknown => {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete doc.generatedAt;
      return doc;
    };
    const deepEqual = isDeepStrictEqual(parsed(before.json), parsed(after.json));
    console.log(`json, parsed: ${deepEqual ? 'deep-equal' : 'DIFFERENT'}`);
    same &&= deepEqual;
  } else console.log('json, parsed: not parsed (too large for one string; compared line by line)');
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exit(same ? 0 : 1);
