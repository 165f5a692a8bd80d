// The floor of `npm run bench:report`: a bare saxes pass over result files whose only handler counts the
// <testcase> tags. Reading JUnit XML with a SAX parser in JavaScript cannot cost less, so Tessera's time is
// compared with this. Plain JavaScript, so that it runs in `node` with no loader, like the bundled CLI.
//
//   node bench/probes/saxes-floor.mjs <file or folder>…   → prints {"files":…,"bytes":…,"testcases":…}
// A folder stands for its *.xml files in name order (the order `tessera report '*.xml'` reads them in).
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';

// The chunk size fileInput() uses in src/formats/reader.ts, so both read the bytes the same way.
const CHUNK_BYTES = 256 * 1024;

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
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'testcase') testcases++;
  });
  parser.on('error', (error) => {
    throw new Error(`${file}: ${error.message}`);
  });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    bytes += chunk.byteLength;
    parser.write(decoder.decode(chunk, { stream: true }));
  }
  parser.write(decoder.decode());
  parser.close();
}
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, testcases })}\n`);
