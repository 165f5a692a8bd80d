import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/index.js';
import { readInputs } from '../../src/report/read-inputs.js';
import { resolveInputs } from '../../src/report/resolve-inputs.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-inputs-'));
  mkdirSync(join(dir, 'reports/unit'), { recursive: true });
  writeFileSync(join(dir, 'reports/unit/b.xml'), '<testsuite name="b"><testcase name="t"/></testsuite>');
  writeFileSync(join(dir, 'reports/unit/a.xml'), '<testsuite name="a"><testcase name="t"/></testsuite>');
  writeFileSync(join(dir, 'reports/[weird].xml'), '<testsuite name="w"><testcase name="t"/></testsuite>');
  writeFileSync(join(dir, 'reports/empty.xml'), '');
});

describe('resolveInputs', () => {
  it('expands globs sorted, takes plain paths (even glob-looking ones) as they are, and dedupes', async () => {
    const sources = await resolveInputs(
      ['reports/unit/*.xml', 'reports/[weird].xml', './reports/unit/a.xml', 'reports/**/b.xml'],
      dir,
    );
    expect(sources.map((s) => s.path)).toEqual([
      'reports/unit/a.xml',
      'reports/unit/b.xml',
      'reports/[weird].xml',
    ]);
  });

  it('names a glob that matches nothing', async () => {
    const error = await resolveInputs(['reports/**/*.trx'], dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain("the glob 'reports/**/*.trx' matched no files");
  });

  it('refuses a missing plain path, a directory, and no inputs at all', async () => {
    await expect(resolveInputs(['nope.xml'], dir)).rejects.toThrow(/no such file: 'nope\.xml'/);
    await expect(resolveInputs(['reports'], dir)).rejects.toThrow(/'reports' is a directory/);
    await expect(resolveInputs([], dir)).rejects.toThrow(UsageError);
  });
});

describe('readInputs', () => {
  it('returns outcomes in input order with a ParseError for the unreadable file', async () => {
    const paths = ['reports/unit/b.xml', 'reports/empty.xml', 'reports/unit/a.xml', 'reports/[weird].xml'];
    const outcomes = await readInputs(
      paths.map((p) => ({ kind: 'file' as const, path: join(dir, p) })),
      undefined,
      2,
    );
    expect(outcomes.map((o) => o.source)).toEqual(paths.map((p) => join(dir, p)));
    expect(outcomes.map((o) => ('error' in o ? 'error' : o.results.tests[0]?.suite[0]))).toEqual([
      'b',
      'error',
      'a',
      'w',
    ]);
  });
});
