// A tokenizer lever of issue 17, weighed: the floor's pass with no XML library at all, jumping to the next
// `<` with indexOf and reading each tag with one sticky regular expression (attributes into an object, as a
// reader needs them). Not a parser: it checks nothing (no well-formedness, no entities, no positions), so
// it is an upper bound on what a hand-written fast path in front of saxes could save. Measured 2026-12-05:
// about half the saxes floor's CPU; a real fast path (well-formedness checks, entities, line ends, a saxes
// fallback for anything else) inside `tessera report` saved only 3–14% of its reading CPU (BENCHMARKS.md),
// because tokenizing is a small part of what reading costs there. Not kept.
//
//   node bench/probes/indexof-scanner-floor.mjs <file or folder>…   → prints {"files":…,"bytes":…,"testcases":…}
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const START_TAG =
  /<([A-Za-z_][\w.:-]*)((?:[ \t\n]+[A-Za-z_][\w.:-]*[ \t\n]*=[ \t\n]*(?:"[^"<]*"|'[^'<]*'))*)[ \t\n]*\/?>/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)')/g;

let bytes = 0;
let testcases = 0;
const files = process.argv.slice(2).flatMap((arg) =>
  statSync(arg).isDirectory()
    ? readdirSync(arg)
        .filter((name) => name.endsWith('.xml'))
        .sort()
        .map((name) => join(arg, name))
    : [arg],
);
for (const file of files) {
  const buffer = readFileSync(file);
  bytes += buffer.byteLength;
  const text = new TextDecoder('utf-8').decode(buffer);
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 0x21 /* ! */) {
      at = text.indexOf(
        text.startsWith('<![CDATA[', at) ? ']]>' : text.startsWith('<!--', at) ? '-->' : '>',
        at,
      );
      continue;
    }
    if (next === 0x2f /* / */ || next === 0x3f /* ? */) continue;
    START_TAG.lastIndex = at;
    const tag = START_TAG.exec(text);
    if (tag === null) throw new Error(`${file}: a tag this probe cannot read at offset ${at}`);
    const attributes = {};
    ATTRIBUTE.lastIndex = 0;
    for (let found = ATTRIBUTE.exec(tag[2]); found !== null; found = ATTRIBUTE.exec(tag[2]))
      attributes[found[1]] = found[2] ?? found[3];
    if (tag[1] === 'testcase') testcases++;
    at = START_TAG.lastIndex - 1;
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, testcases })}\n`);
