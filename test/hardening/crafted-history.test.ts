/**
 * Item 4 of the hardening issue: every length and offset a history file declares is checked against its
 * real size; a crafted history is a warning and a fresh start, never a crash.
 */
import { gzipSync } from 'node:zlib';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { decodeHistory } from '../../src/history/index.js';

/** A stored version-2 history built by hand: header, u32 columns, text bytes, as binary-format.ts lays out. */
function craft(header: Record<string, unknown>, u32s: number[], text: Uint8Array): Buffer {
  const json = Buffer.from(JSON.stringify(header));
  const pad = (n: number): number => Math.ceil(n / 4) * 4;
  const tableStart = pad(8 + json.length);
  const textStart = tableStart + 4 * u32s.length;
  const out = Buffer.alloc(pad(textStart + text.length));
  out.write('TSRH', 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  u32s.forEach((v, i) => out.writeUInt32LE(v, tableStart + 4 * i));
  out.set(text, textStart);
  return out;
}

/**
 * Two tests whose id lengths add up to 2^32 + 4 bytes: with the 32-bit alignment helper the declared size
 * wrapped to the real one, the size check passed and the id column was sliced past the buffer.
 */
const ID_BYTES_OVER_4_GIB = craft(
  {
    version: 2,
    branch: 'main',
    runs: [],
    files: {},
    tests: { rows: 2, columns: 0, idBytes: 2 ** 32 + 4, titleBytes: 0, filePaths: [] },
  },
  // id lengths, title lengths, file index, seen
  [2 ** 32 - 1, 5, 0, 0, 0, 0, 1, 1],
  Buffer.from('abcd'),
);

describe('a crafted history', () => {
  it('declaring 2^32 id bytes or more is corrupt, not a crash', () => {
    const read = decodeHistory(gzipSync(ID_BYTES_OVER_4_GIB));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.message).toMatch(/declares 4294967300 id bytes/);
  });

  it.each([
    ['rows beyond the file', { rows: 1e9, columns: 0, idBytes: 0, titleBytes: 0, filePaths: [] }],
    ['a huge unsafe count', { rows: 2 ** 60, columns: 2 ** 60, idBytes: 0, titleBytes: 0, filePaths: [] }],
    ['title bytes beyond the file', { rows: 0, columns: 0, idBytes: 0, titleBytes: 1e12, filePaths: [] }],
  ])('%s is corrupt', (_what, tests) => {
    const read = decodeHistory(
      craft({ version: 2, branch: 'main', runs: [], files: {}, tests }, [], new Uint8Array()),
    );
    expect(read).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
  });

  it('with lengths that overflow a u32 end is corrupt', () => {
    const bytes = craft(
      {
        version: 2,
        branch: 'main',
        runs: [],
        files: {},
        tests: { rows: 2, columns: 0, idBytes: 4, titleBytes: 0, filePaths: [] },
      },
      [2 ** 32 - 1, 5, 0, 0, 0, 0, 1, 1],
      Buffer.from('abcd'),
    );
    expect(decodeHistory(bytes)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
  });

  describe('through tessera report --history', () => {
    afterEach(() => vi.restoreAllMocks());

    it('is a warning and a fresh start: the report is written and the history holds this run', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'tessera-crafted-history-'));
      const history = join(dir, 'main.json.gz');
      await writeFile(history, gzipSync(ID_BYTES_OVER_4_GIB));
      await writeFile(
        join(dir, 'junit.xml'),
        '<testsuite name="s"><testcase classname="s" name="passes" time="0.1"/></testsuite>',
      );
      let stderr = '';
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
      vi.spyOn(console, 'error').mockImplementation((...args) => void (stderr += args.join(' ')));
      const code = await main([
        'report',
        join(dir, 'junit.xml'),
        '--history',
        history,
        '--json',
        join(dir, 'r.json'),
      ]);
      expect(code).toBe(0);
      expect(stderr).toMatch(/warning: .*main\.json\.gz: .*id bytes.*starting a fresh history/);
      const read = decodeHistory(await readFile(history));
      expect(read.ok && read.doc.runs.length).toBe(1);
    });
  });
});
