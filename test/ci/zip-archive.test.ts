import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ARTIFACT_LIMITS,
  extractZip,
  readZipEntries,
  safeEntryPath,
  UnsafeArchiveError,
} from '../../src/ci/index.js';
import { writeZip } from '../fake-servers/github/zip-writer.js';

const out = () => mkdtemp(join(tmpdir(), 'tessera-zip-'));

describe('safeEntryPath', () => {
  it.each([
    '../x',
    'a/../../x',
    '/etc/passwd',
    'C:/Windows/x',
    'c:x',
    '..\\x',
    'a\\..\\..\\x',
    '',
    'a\0b',
    '.',
    './',
  ])('refuses %j', (name) => {
    expect(safeEntryPath('/tmp/root', name)).toBeUndefined();
  });
  it.each([
    ['bundle.json', '/tmp/root/bundle.json'],
    ['results/try-1/junit.xml', '/tmp/root/results/try-1/junit.xml'],
    ['./a//b', '/tmp/root/a/b'],
    ['dir\\file.xml', '/tmp/root/dir/file.xml'],
    ['..name', '/tmp/root/..name'],
  ])('places %j at %s', (name, expected) => {
    expect(safeEntryPath('/tmp/root', name)).toBe(expected);
  });
});

describe('extractZip', () => {
  it('extracts stored and deflated entries with their folders', async () => {
    const dir = await out();
    const zip = writeZip([
      { name: 'bundle.json', data: '{"a":1}' },
      { name: 'results/', data: '' },
      { name: 'results/junit.xml', data: '<testsuites/>'.repeat(50), deflate: true },
    ]);
    expect(readZipEntries(zip).map((e) => [e.name, e.method, e.isDirectory])).toEqual([
      ['bundle.json', 0, false],
      ['results/', 0, true],
      ['results/junit.xml', 8, false],
    ]);
    await extractZip(zip, dir, DEFAULT_ARTIFACT_LIMITS, 'tessera-plan');
    expect(await readFile(join(dir, 'results', 'junit.xml'), 'utf8')).toBe('<testsuites/>'.repeat(50));
  });

  it.each([
    [
      'a zip-slip path',
      [
        { name: 'ok.txt', data: 'fine' },
        { name: '../../evil.txt', data: 'x' },
      ],
      /outside the folder/,
    ],
    ['an absolute path', [{ name: '/tmp/evil.txt', data: 'x' }], /outside the folder/],
    ['a symbolic link', [{ name: 'link', data: '/etc/passwd', symlink: true }], /symbolic link/],
    [
      'a lying size (bomb)',
      [{ name: 'a', data: Buffer.alloc(100_000), deflate: true, declaredSize: 10 }],
      /cannot be inflated/,
    ],
    ['a bad checksum', [{ name: 'a', data: 'abc', declaredSize: 3 }], null],
    [
      'a file that another entry needs as a folder',
      [
        { name: 'a', data: 'x' },
        { name: 'a/b', data: 'y' },
      ],
      /needs "a" to be a folder/,
    ],
    [
      'a name that is a file and a folder',
      [
        { name: 'a', data: 'x' },
        { name: 'a/', data: '' },
      ],
      /both a file and a folder/,
    ],
  ] as const)('refuses %s, writing nothing', async (_label, entries, message) => {
    const dir = await out();
    let zip = writeZip(entries);
    if (message === null) {
      // Corrupt one data byte after the crc was computed.
      const at = zip.indexOf('abc');
      zip = Buffer.from(zip);
      zip[at] = 'x'.charCodeAt(0);
    }
    const error = await extractZip(
      zip,
      join(dir, 'target'),
      DEFAULT_ARTIFACT_LIMITS,
      'tessera-shard-1-of-2',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsafeArchiveError);
    expect((error as Error).message).toMatch(message ?? /checksum/);
    expect((error as Error).message).toContain('tessera-shard-1-of-2');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses too many files and too many bytes, before writing', async () => {
    const dir = await out();
    const many = writeZip(Array.from({ length: 5 }, (_, i) => ({ name: `${i}.txt`, data: 'x' })));
    await expect(extractZip(many, dir, { ...DEFAULT_ARTIFACT_LIMITS, maxEntries: 4 }, 'a')).rejects.toThrow(
      /5 files/,
    );
    const big = writeZip([{ name: 'big', data: Buffer.alloc(2000), deflate: true }]);
    await expect(
      extractZip(big, dir, { ...DEFAULT_ARTIFACT_LIMITS, maxExtractedBytes: 1999 }, 'a'),
    ).rejects.toThrow(/1999 bytes/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses what is not a zip', async () => {
    await expect(
      extractZip(Buffer.from('not a zip at all, just text'), await out(), DEFAULT_ARTIFACT_LIMITS, 'a'),
    ).rejects.toThrow(/not a zip archive/);
    await expect(
      extractZip(Buffer.alloc(0), await out(), DEFAULT_ARTIFACT_LIMITS, 'a'),
    ).rejects.toBeInstanceOf(UnsafeArchiveError);
  });
});

describe('extractZip on hostile bytes (property)', () => {
  it('only ever refuses with UnsafeArchiveError, and writes nothing when it refuses', async () => {
    const { default: fc } = await import('fast-check');
    const valid = writeZip([
      { name: 'a/b.txt', data: 'hello world'.repeat(20), deflate: true },
      { name: 'c', data: 'x' },
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
          // A real archive with a few bytes flipped: headers, sizes and offsets that lie.
          fc
            .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 6,
            })
            .map((flips) => {
              const copy = Buffer.from(valid);
              for (const [at, value] of flips) copy[at] = value;
              return copy;
            }),
        ),
        async (bytes) => {
          const dir = await out();
          try {
            await extractZip(
              bytes,
              join(dir, 'x'),
              { ...DEFAULT_ARTIFACT_LIMITS, maxExtractedBytes: 100_000 },
              'a',
            );
          } catch (error) {
            expect(error).toBeInstanceOf(UnsafeArchiveError);
            expect(await readdir(dir)).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
