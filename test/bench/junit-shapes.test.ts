import { createHash } from 'node:crypto';
import { readFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedManifest } from '../../bench/generate-junit.js';
import { generateShape, parseShapes, SHAPE_IDS, type ShapeId } from '../../bench/junit-shapes.js';
import { readResultFile } from '../../src/formats/index.js';
import { mergeResults, type InputOutcome } from '../../src/report/merge.js';

// A hundredth of the bench's size: 960 cases per shape, so every shape is generated and read in well under a
// second.
const SCALE = 0.01;

interface Counted {
  testcases: number;
  failures: number;
  errors: number;
  skipped: number;
  systemOut: number;
  maxDepth: number;
}

/** Counts the elements of one file with saxes, independently of the generator's own bookkeeping. */
function countElements(xml: string): Counted {
  const counted: Counted = { testcases: 0, failures: 0, errors: 0, skipped: 0, systemOut: 0, maxDepth: 0 };
  const parser = new SaxesParser();
  const open: string[] = [];
  parser.on('opentag', (tag) => {
    open.push(tag.name);
    if (tag.name === 'testsuite') {
      const depth = open.filter((name) => name === 'testsuite').length;
      counted.maxDepth = Math.max(counted.maxDepth, depth);
    }
    if (tag.name === 'testcase') counted.testcases++;
    if (tag.name === 'failure') counted.failures++;
    if (tag.name === 'error') counted.errors++;
    if (tag.name === 'skipped') counted.skipped++;
    // Only a testcase's own output counts: a suite's (Gradle's) is not a case's.
    if (tag.name === 'system-out' && open.at(-2) === 'testcase') counted.systemOut++;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return counted;
}

async function digest(manifest: GeneratedManifest): Promise<string> {
  const hash = createHash('sha256');
  for (const file of manifest.files) hash.update(basename(file.path)).update(await readFile(file.path));
  return hash.digest('hex');
}

describe('the bench shapes (bench/junit-shapes.ts)', () => {
  let root: string;
  const generated = new Map<ShapeId, GeneratedManifest>();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tessera-junit-shapes-'));
    for (const shape of SHAPE_IDS) {
      generated.set(shape, await generateShape({ shape, outDir: join(root, shape), scale: SCALE }));
    }
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const manifestOf = (shape: ShapeId): GeneratedManifest => {
    const manifest = generated.get(shape);
    if (!manifest) throw new Error(`${shape} was not generated`);
    return manifest;
  };

  it.each(SHAPE_IDS)(
    '%s: holds 96,000 × scale cases, and the files hold what its manifest says',
    async (shape) => {
      const manifest = manifestOf(shape);
      expect(manifest.totals.tests).toBe(96_000 * SCALE);
      expect(manifest.totals.passed + manifest.totals.failed + manifest.totals.skipped).toBe(
        manifest.totals.tests,
      );
      for (const file of manifest.files) {
        const counted = countElements(await readFile(file.path, 'utf8'));
        expect(counted.testcases, file.path).toBe(file.tests);
        expect(counted.failures + counted.errors, file.path).toBe(file.failed);
        expect(counted.errors, file.path).toBe(file.errors);
        expect(counted.skipped, file.path).toBe(file.skipped);
        expect(counted.systemOut, file.path).toBe(file.withOutput);
      }
    },
  );

  it.each(SHAPE_IDS)(
    '%s: tessera reads exactly the generated counts (every test id distinct)',
    async (shape) => {
      const { files, totals } = manifestOf(shape);
      const inputs: InputOutcome[] = [];
      for (const file of files) inputs.push({ source: file.path, results: await readResultFile(file.path) });
      const merged = mergeResults(inputs);
      expect(merged.unreadable).toEqual([]);
      expect(merged.tests).toHaveLength(totals.tests);
      expect(merged.tests.filter((test) => test.outcome === 'failed')).toHaveLength(totals.failed);
      expect(merged.tests.filter((test) => test.outcome === 'skipped')).toHaveLength(totals.skipped);
    },
  );

  it('gives each shape the layout it stands for', () => {
    const failureHeavy = manifestOf('failure-heavy').totals;
    expect(failureHeavy.failed / failureHeavy.tests).toBeGreaterThan(0.15);
    const tiny = manifestOf('tiny-passing').totals;
    expect(tiny.failed / tiny.tests).toBeLessThan(0.005);
    expect(tiny.withOutput).toBe(0);
    const java = manifestOf('java-system-out').totals;
    expect(java.withOutput / java.tests).toBeGreaterThan(0.4);
    // At scale 0.01 the small files stay small and become fewer: 60 files of 16 cases.
    expect(manifestOf('many-small-files').files).toHaveLength(60);
    expect(manifestOf('many-small-files').files.every((file) => file.tests === 16)).toBe(true);
    expect(manifestOf('few-huge-files').files).toHaveLength(2);
  });

  it('nests deep-nesting suites 7 to 13 levels (with the root <testsuites>), and no other shape', async () => {
    const depthOf = async (shape: ShapeId) => {
      let deepest = 0;
      for (const file of manifestOf(shape).files)
        deepest = Math.max(deepest, countElements(await readFile(file.path, 'utf8')).maxDepth);
      return deepest;
    };
    const deep = await depthOf('deep-nesting');
    expect(deep).toBeGreaterThanOrEqual(7);
    expect(deep).toBeLessThanOrEqual(13);
    expect(await depthOf('failure-heavy')).toBe(1);
  });

  it('writes the same bytes for the same seed and scale, other bytes for another seed', async () => {
    for (const shape of ['failure-heavy', 'many-small-files', 'deep-nesting'] as const) {
      const again = await generateShape({ shape, outDir: join(root, `${shape}-again`), scale: SCALE });
      expect(await digest(again), shape).toBe(await digest(manifestOf(shape)));
      const other = await generateShape({
        shape,
        outDir: join(root, `${shape}-other`),
        scale: SCALE,
        seed: 7,
      });
      expect(await digest(other), shape).not.toBe(await digest(manifestOf(shape)));
    }
  });

  it('scales the cases per file, or the number of small files', async () => {
    const double = await generateShape({
      shape: 'many-small-files',
      outDir: join(root, 'double'),
      scale: 0.02,
    });
    expect(double.files).toHaveLength(120);
    expect(double.totals.tests).toBe(1920);
    const huge = await generateShape({ shape: 'few-huge-files', outDir: join(root, 'huge'), scale: 0.02 });
    expect(huge.files.map((file) => file.tests)).toEqual([960, 960]);
  });

  it('parses --shapes, refusing an unknown name with the known ones', () => {
    expect(parseShapes('tiny-passing, deep-nesting,tiny-passing')).toEqual(['tiny-passing', 'deep-nesting']);
    expect(() => parseShapes('tiny,deep-nesting')).toThrow(
      /unknown shape 'tiny'; the shapes are jest-monorepo/,
    );
    expect(() => parseShapes(' , ')).toThrow(/names no shape/);
  });
});
