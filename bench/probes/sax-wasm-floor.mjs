// The tokenizer lever of issue 17, weighed: the same pass as saxes-floor.mjs (read the files in 256 KiB
// chunks, count the <testcase> tags) with sax-wasm, a Rust tokenizer compiled to WebAssembly, instead of
// saxes. It asks for what a JUnit reader needs (open and close tags, text, CDATA) and reads every testcase's
// attributes, as saxes does for every tag. `npm run bench:report -- --levers` races it beside the floor.
//
//   node bench/probes/sax-wasm-floor.mjs <file or folder>…   → prints {"files":…,"bytes":…,"testcases":…}
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SAXParser, SaxEventType } from 'sax-wasm';

const CHUNK_BYTES = 256 * 1024;
const wasm = readFileSync(createRequire(import.meta.url).resolve('sax-wasm/lib/sax-wasm.wasm'));

let bytes = 0;
let testcases = 0;
let attributes = 0;
const files = process.argv.slice(2).flatMap((arg) =>
  statSync(arg).isDirectory()
    ? readdirSync(arg)
        .filter((name) => name.endsWith('.xml'))
        .sort()
        .map((name) => join(arg, name))
    : [arg],
);
const parser = new SAXParser(
  SaxEventType.OpenTag | SaxEventType.CloseTag | SaxEventType.Text | SaxEventType.Cdata,
);
if (!(await parser.prepareWasm(wasm))) throw new Error('sax-wasm: the WebAssembly module did not load');
parser.eventHandler = (event, detail) => {
  if (event === SaxEventType.OpenTag && detail.name === 'testcase') {
    testcases++;
    for (const attribute of detail.attributes) attributes += attribute.value.value.length > 0 ? 1 : 0;
  }
};
for (const file of files) {
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    bytes += chunk.byteLength;
    parser.write(chunk);
  }
  parser.end();
}
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, testcases, attributes })}\n`);
