import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestCase, ParseError, VersionError } from '../../src/model/index.js';
import {
  bundleFolderName,
  bundleTests,
  parseBundle,
  readBundle,
  serializeBundle,
  toBundleTest,
  TOOL,
  writeBundle,
  type ShardBundle,
} from '../../src/run/bundle.js';

const flaky = makeTestCase({
  file: 'test/a.test.mjs',
  suite: ['math'],
  name: 'adds',
  attempts: [
    { status: 'failed', durationMs: 12, failure: { category: 'assertion', message: 'expected 2' } },
    { status: 'passed', durationMs: 10 },
  ],
});

function sampleBundle(overrides: Partial<ShardBundle> = {}): ShardBundle {
  return {
    version: 1,
    tool: TOOL,
    run: { provider: 'local', attempt: 2 },
    shard: { index: 2, total: 4 },
    items: ['test/a.test.mjs'],
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:05.000Z',
    wallMs: 5000,
    exitCode: 0,
    tries: [],
    files: [{ path: 'test/a.test.mjs', wallMs: 900, source: 'process' }],
    tests: [toBundleTest(flaky)],
    ...overrides,
  };
}

describe('shard bundle', () => {
  it('names folders by shard, with the CI attempt from the second on', () => {
    expect(bundleFolderName({ index: 3, total: 8 })).toBe('tessera-shard-3-of-8');
    expect(bundleFolderName({ index: 3, total: 8 }, 1)).toBe('tessera-shard-3-of-8');
    expect(bundleFolderName({ index: 3, total: 8 }, 2)).toBe('tessera-shard-3-of-8-attempt-2');
  });

  it('round-trips through a folder and derives the outcome from the attempts', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'tessera-bundle-')), 'b');
    const path = await writeBundle(folder, sampleBundle());
    const back = await readBundle(path);
    expect(back).toEqual(sampleBundle());
    const [test] = bundleTests(back);
    expect(test?.outcome).toBe('flaky');
    expect(test?.id).toBe(flaky.id);
    expect(test?.attempts).toHaveLength(2);
  });

  it('writes the identifying fields before the item list, so a sniffer sees them', () => {
    const text = serializeBundle(
      sampleBundle({ items: Array.from({ length: 5000 }, (_, i) => `t/${i}.test.ts`) }),
    );
    expect(text.indexOf('"startedAt"')).toBeLessThan(text.indexOf('"items"'));
    expect(text.indexOf('"shard"')).toBeLessThan(2048);
  });

  it('refuses a newer version with a VersionError that names the file', () => {
    const text = JSON.stringify({ ...sampleBundle(), version: 2 });
    expect(() => parseBundle(text, 'artifacts/shard-1/bundle.json')).toThrow(VersionError);
    expect(() => parseBundle(text, 'artifacts/shard-1/bundle.json')).toThrow(
      /artifacts\/shard-1\/bundle\.json.*version 2/,
    );
  });

  it('names the first bad field of a malformed bundle', () => {
    const text = JSON.stringify({ ...sampleBundle(), shard: { index: 0, total: 4 } });
    expect(() => parseBundle(text, 'x.json')).toThrow(ParseError);
    expect(() => parseBundle(text, 'x.json')).toThrow(/shard\.index/);
  });

  it('reports a truncated bundle as a ParseError naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-bundle-'));
    const path = join(dir, 'bundle.json');
    await writeFile(path, serializeBundle(sampleBundle()).slice(0, 100));
    await expect(readBundle(path)).rejects.toThrow(ParseError);
    await expect(readBundle(path)).rejects.toThrow(path);
  });
});
