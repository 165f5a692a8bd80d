import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileInput, readResultFile } from '../../src/formats/index.js';
import { ParseError } from '../../src/model/index.js';

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<{ bytes: Buffer; count: number }> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return { bytes: Buffer.concat(parts), count: parts.length };
}

/** A JUnit file of `cases` passing testcases. */
function junitOf(cases: number): string {
  const body = Array.from(
    { length: cases },
    (_, i) => `<testcase classname="c" name="test ${i}" time="0.001"/>`,
  );
  return `<?xml version="1.0"?>\n<testsuite name="s">${body.join('\n')}</testsuite>\n`;
}

describe('fileInput: small files whole, large files streamed (issue 17)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-file-input-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves a small file from one read, whole, from the start on every call', async () => {
    const path = join(dir, 'small.xml');
    const text = junitOf(20);
    await writeFile(path, text);
    const input = await fileInput(path);
    expect(input.size).toBe(Buffer.byteLength(text));
    const first = await collect(input.chunks());
    const second = await collect(input.chunks());
    expect(first.count).toBe(1);
    expect(first.bytes.toString('utf8')).toBe(text);
    expect(second.bytes.toString('utf8')).toBe(text);
    expect((await readResultFile(path)).tests).toHaveLength(20);
  });

  it('streams a file over 256 KiB in chunks, and reads it the same', async () => {
    const path = join(dir, 'large.xml');
    const text = junitOf(8000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(256 * 1024);
    await writeFile(path, text);
    const input = await fileInput(path);
    const streamed = await collect(input.chunks());
    expect(streamed.count).toBeGreaterThan(1);
    expect(streamed.bytes.toString('utf8')).toBe(text);
    expect((await readResultFile(path)).tests).toHaveLength(8000);
  });

  it('reads an empty file as empty (a ParseError from the reader, not a hang or a crash)', async () => {
    const path = join(dir, 'empty.xml');
    await writeFile(path, '');
    expect((await collect((await fileInput(path)).chunks())).bytes).toHaveLength(0);
    await expect(readResultFile(path)).rejects.toBeInstanceOf(ParseError);
  });

  it('refuses a FIFO without blocking on it, and names a missing file', { timeout: 10_000 }, async () => {
    const fifo = join(dir, 'pipe.xml');
    execFileSync('mkfifo', [fifo]);
    await expect(fileInput(fifo)).rejects.toThrow(/not a regular file/);
    await expect(readResultFile(join(dir, 'missing.xml'))).rejects.toThrow(/cannot open the file \(ENOENT\)/);
  });
});
