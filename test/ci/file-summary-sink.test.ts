import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSummarySink } from '../../src/ci/index.js';

describe('FileSummarySink', () => {
  it('counts UTF-8 bytes, not characters, against its limit', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'tessera-summary-')), 'nested', 'summary.md');
    const sink = new FileSummarySink(path, 10);
    expect(await sink.append('✅✅✅')).toEqual({ written: true, totalBytes: 9 });
    expect(await sink.append('✅')).toEqual({ written: false, totalBytes: 9 });
    expect(await sink.append('x')).toEqual({ written: true, totalBytes: 10 });
    expect(await readFile(path, 'utf8')).toBe('✅✅✅x');
  });

  it('counts what others already wrote to the file', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'tessera-summary-')), 'summary.md');
    await writeFile(path, '12345');
    const sink = new FileSummarySink(path, 8);
    expect(await sink.append('6789')).toEqual({ written: false, totalBytes: 5 });
    expect(await sink.append('678')).toEqual({ written: true, totalBytes: 8 });
  });
});
