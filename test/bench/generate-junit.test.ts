import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJUnitFiles, type GeneratedManifest } from '../../bench/generate-junit.js';

/** What an independent SAX pass finds in one generated file. */
interface Counted {
  testcases: number;
  failures: number;
  errors: number;
  skipped: number;
  systemOut: number;
  multiLineTraces: number;
  /** file + classname + name of every case: what a test id is built from. */
  keys: string[];
}

async function countElements(path: string): Promise<Counted> {
  const counted: Counted = {
    testcases: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
    systemOut: 0,
    multiLineTraces: 0,
    keys: [],
  };
  const parser = new SaxesParser();
  let inFailure = false;
  let failureText = '';
  parser.on('opentag', (tag) => {
    const attribute = (name: string) => String(tag.attributes[name] ?? '');
    if (tag.name === 'testcase') {
      counted.testcases++;
      counted.keys.push(`${attribute('file')}\u0000${attribute('classname')}\u0000${attribute('name')}`);
    }
    if (tag.name === 'failure') counted.failures++;
    if (tag.name === 'error') counted.errors++;
    if (tag.name === 'skipped') counted.skipped++;
    if (tag.name === 'system-out') counted.systemOut++;
    if (tag.name === 'failure' || tag.name === 'error') {
      inFailure = true;
      failureText = '';
    }
  });
  parser.on('text', (text) => {
    if (inFailure) failureText += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name !== 'failure' && tag.name !== 'error') return;
    inFailure = false;
    if (failureText.split('\n    at ').length > 3) counted.multiLineTraces++;
  });
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(path))
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  parser.close();
  return counted;
}

/** Path of the index-th generated file; a missing file fails the test on reading ''. */
function pathOf(manifest: GeneratedManifest, index: number): string {
  return manifest.files[index]?.path ?? '';
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

describe('generateJUnitFiles', () => {
  let root: string;
  let first: GeneratedManifest;
  let second: GeneratedManifest;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-generate-junit-'));
    first = await generateJUnitFiles({ outDir: join(root, 'first') });
    second = await generateJUnitFiles({ outDir: join(root, 'second') });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes the promised shape: 32 files, 96,000 cases, about 15 MB, ~1% failed, ~2% skipped', () => {
    const { totals } = first;
    expect(first.files).toHaveLength(32);
    expect(totals.tests).toBe(96_000);
    expect(totals.bytes).toBeGreaterThan(13_000_000);
    expect(totals.bytes).toBeLessThan(19_000_000);
    expect(totals.failed / totals.tests).toBeGreaterThan(0.007);
    expect(totals.failed / totals.tests).toBeLessThan(0.013);
    expect(totals.skipped / totals.tests).toBeGreaterThan(0.015);
    expect(totals.skipped / totals.tests).toBeLessThan(0.025);
    expect(totals.errors).toBeGreaterThan(0);
    expect(totals.withOutput).toBeGreaterThan(0);
    expect(totals.passed + totals.failed + totals.skipped).toBe(totals.tests);
  });

  it('matches its manifest, counted independently with saxes, and every test id is distinct', async () => {
    const keys = new Set<string>();
    let multiLineTraces = 0;
    for (const file of first.files) {
      const counted = await countElements(file.path);
      expect(counted.testcases, file.path).toBe(file.tests);
      expect(counted.failures + counted.errors, file.path).toBe(file.failed);
      expect(counted.errors, file.path).toBe(file.errors);
      expect(counted.skipped, file.path).toBe(file.skipped);
      expect(counted.systemOut, file.path).toBe(file.withOutput);
      for (const key of counted.keys) keys.add(key);
      multiLineTraces += counted.multiLineTraces;
    }
    expect(keys.size).toBe(first.totals.tests);
    // Every failure carries a stack trace of several frames.
    expect(multiLineTraces).toBe(first.totals.failed);
  });

  it('writes the same bytes for the same seed', async () => {
    expect(second.totals).toEqual(first.totals);
    expect(second.files).toHaveLength(first.files.length);
    for (const [index, file] of first.files.entries()) {
      expect(await sha256(pathOf(second, index)), file.path).toBe(await sha256(file.path));
    }
  });

  it('writes other bytes for another seed, and ten times the cases at scale 10 per file', async () => {
    const small = await generateJUnitFiles({ outDir: join(root, 'seed-a'), scale: 0.01, seed: 1 });
    const other = await generateJUnitFiles({ outDir: join(root, 'seed-b'), scale: 0.01, seed: 2 });
    expect(small.totals.tests).toBe(32 * 30);
    expect(await sha256(pathOf(other, 0))).not.toBe(await sha256(pathOf(small, 0)));
    const tenfold = await generateJUnitFiles({ outDir: join(root, 'tenfold'), scale: 0.1, seed: 1 });
    expect(tenfold.totals.tests).toBe(small.totals.tests * 10);
  });
});
