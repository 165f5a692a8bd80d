// The both-cores lever of issue 17, weighed: the saxes floor's pass split over worker threads (one per core
// by default), each parsing whole files and sending back a compact binary form of every testcase (classname,
// name, file, time and outcome as length-prefixed UTF-8, the ArrayBuffer transferred, never structured-cloned
// as objects), which the main thread decodes into one object per test, as a reader would have to. What it
// costs over saxes-floor.mjs is what a worker path in `tessera report` could save at best, minus the hand-off.
//
//   node bench/probes/saxes-workers-floor.mjs [--workers N] <file or folder>…   → prints a JSON line
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SaxesParser } from 'saxes';

const CHUNK_BYTES = 256 * 1024;
const OUTCOME = { passed: 0, failed: 1, skipped: 2 };

if (isMainThread) await main();
else await work(workerData.files);

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--workers');
  const workers = at >= 0 ? Number(args.splice(at, 2)[1]) : availableParallelism();
  const files = args.flatMap((arg) =>
    statSync(arg).isDirectory()
      ? readdirSync(arg)
          .filter((name) => name.endsWith('.xml'))
          .sort()
          .map((name) => join(arg, name))
      : [arg],
  );
  // Whole files to each worker, largest first onto the least loaded one.
  const loads = Array.from({ length: workers }, () => ({ bytes: 0, files: [] }));
  const sized = files.map((file) => ({ file, bytes: statSync(file).size })).sort((a, b) => b.bytes - a.bytes);
  for (const { file, bytes } of sized) {
    const least = loads.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    least.bytes += bytes;
    least.files.push(file);
  }
  const decoder = new TextDecoder();
  let testcases = 0;
  let failed = 0;
  let bytes = 0;
  const tests = [];
  await Promise.all(
    loads.map(
      (load) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { files: load.files } });
          worker.on('message', (message) => {
            bytes += message.bytes;
            const view = new DataView(message.buffer);
            const u8 = new Uint8Array(message.buffer);
            let offset = 0;
            const text = () => {
              const length = view.getUint32(offset);
              const value = decoder.decode(u8.subarray(offset + 4, offset + 4 + length));
              offset += 4 + length;
              return value;
            };
            while (offset < message.length) {
              const classname = text();
              const name = text();
              const file = text();
              const timeMs = view.getFloat64(offset);
              const outcome = u8[offset + 8];
              offset += 9;
              tests.push({ classname, name, file, timeMs, outcome });
              testcases++;
              if (outcome === OUTCOME.failed) failed++;
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}`))));
        }),
    ),
  );
  process.stdout.write(`${JSON.stringify({ files: files.length, bytes, testcases, failed, workers })}\n`);
}

async function work(files) {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(1 << 20);
  let view = new DataView(buffer.buffer);
  let length = 0;
  const reserve = (more) => {
    if (length + more <= buffer.length) return;
    const grown = new Uint8Array(Math.max(buffer.length * 2, length + more));
    grown.set(buffer.subarray(0, length));
    buffer = grown;
    view = new DataView(buffer.buffer);
  };
  const put = (value) => {
    reserve(4 + value.length * 3);
    const { written } = encoder.encodeInto(value, buffer.subarray(length + 4));
    view.setUint32(length, written);
    length += 4 + written;
  };
  let bytes = 0;
  for (const file of files) {
    const parser = new SaxesParser();
    let open;
    parser.on('opentag', (tag) => {
      if (tag.name === 'testcase') {
        open = { attributes: tag.attributes, outcome: OUTCOME.passed };
      } else if (open && (tag.name === 'failure' || tag.name === 'error')) open.outcome = OUTCOME.failed;
      else if (open && tag.name === 'skipped') open.outcome = OUTCOME.skipped;
    });
    parser.on('closetag', (tag) => {
      if (tag.name !== 'testcase' || !open) return;
      const { attributes, outcome } = open;
      put(attributes.classname ?? '');
      put(attributes.name ?? '');
      put(attributes.file ?? '');
      reserve(9);
      view.setFloat64(length, Number(attributes.time ?? 0) * 1000);
      buffer[length + 8] = outcome;
      length += 9;
      open = undefined;
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
  parentPort.postMessage({ buffer: buffer.buffer, length, bytes }, [buffer.buffer]);
}
