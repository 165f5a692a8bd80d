import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/index.js';
import { collectItems, parseItemList } from '../../src/plan/items.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-items-'));
  for (const f of ['test/a.test.ts', 'test/b.test.ts', 'test/slow/c.test.ts', 'node_modules/x/d.test.ts']) {
    await mkdir(join(dir, f, '..'), { recursive: true });
    await writeFile(join(dir, f), '');
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('collectItems', () => {
  it('expands globs, applies ! exclusions, and never picks up node_modules', async () => {
    expect(await collectItems({ tests: ['**/*.test.ts', '!test/slow/**'], cwd: dir })).toEqual([
      'test/a.test.ts',
      'test/b.test.ts',
    ]);
  });

  it('reads a list file and stdin, normalising and de-duplicating paths', async () => {
    await writeFile(
      join(dir, 'list.txt'),
      '# tests\n./test/b.test.ts\r\n\ntest/a.test.ts\ntest\\b.test.ts\n',
    );
    expect(await collectItems({ testsFrom: 'list.txt', cwd: dir })).toEqual([
      'test/a.test.ts',
      'test/b.test.ts',
    ]);
    expect(await collectItems({ testsFrom: '-', cwd: dir, stdin: async () => 'z.ts\ny.ts\n' })).toEqual([
      'y.ts',
      'z.ts',
    ]);
  });

  it('runs a listing command', async () => {
    expect(await collectItems({ listCommand: "printf 'x/one.ts\\nx/two.ts\\n'", cwd: dir })).toEqual([
      'x/one.ts',
      'x/two.ts',
    ]);
  });

  it('names a failing listing command and its stderr', async () => {
    const failing = collectItems({ listCommand: 'echo broken >&2; exit 3', cwd: dir });
    await expect(failing).rejects.toThrow(UsageError);
    await expect(collectItems({ listCommand: 'echo broken >&2; exit 3', cwd: dir })).rejects.toThrow(
      /failed \(exit code 3\):\n {2}broken/,
    );
  });

  it('names an unreadable list file', async () => {
    await expect(collectItems({ testsFrom: 'missing.txt', cwd: dir })).rejects.toThrow(
      /--tests-from missing\.txt: cannot read it \(ENOENT\)/,
    );
  });

  it('refuses no source at all, and a glob that matches nothing', async () => {
    await expect(collectItems({ cwd: dir })).rejects.toThrow(/no tests to plan/);
    await expect(collectItems({ tests: ['spec/**'], cwd: dir })).rejects.toThrow(
      /"spec\/\*\*" matches no file/,
    );
  });
});

describe('parseItemList', () => {
  it('skips blank lines and comments', () => {
    expect(parseItemList('a\n\n# b\n  c  \n')).toEqual(['a', 'c']);
  });
});
