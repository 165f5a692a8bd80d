/**
 * Item 8 of the hardening issue: reader warnings are printed; an internal error has its own exit code and
 * a one-line message; FIFOs and devices are refused as inputs; symbolic-link loops and two links to one
 * file are read once; a zip bomb is refused at the documented ratio. (output.log's cap is tested in
 * token-leak.test.ts, CapturedOutputLog.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_COMPRESSION_RATIO, DEFAULT_ARTIFACT_LIMITS } from '../../src/ci/artifact-store.js';
import { UnsafeArchiveError } from '../../src/ci/errors.js';
import { extractZip } from '../../src/ci/zip-archive.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { main } from '../../src/cli/main.js';

const JUNIT = `<?xml version="1.0"?>
<!DOCTYPE testsuite [ <!ENTITY x "y"> ]>
<testsuite name="s" file="test/a.test.ts"><testcase classname="s" name="passes" time="oops"/></testsuite>
`;

let dir: string;
let stderr: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-smaller-'));
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((stderr += String(c)), true));
  vi.spyOn(console, 'error').mockImplementation((...args) => void (stderr += `${args.join(' ')}\n`));
});
afterEach(() => vi.restoreAllMocks());

describe('the smaller ones', () => {
  it("prints the readers' warnings (a DOCTYPE dropped, a time that is no number)", async () => {
    await writeFile(join(dir, 'a.xml'), JUNIT);
    expect(await main(['report', join(dir, 'a.xml')])).toBe(0);
    expect(stderr).toMatch(/tessera: warning: .*a\.xml: the DOCTYPE was ignored/);
    expect(stderr).toMatch(/tessera: warning: .*a\.xml: .*time attribute/);
  });

  it('an internal error exits 4 with one line that says how to report it', async () => {
    await writeFile(join(dir, 'a.xml'), JUNIT);
    vi.spyOn(process, 'cwd').mockImplementation(() => {
      throw new TypeError('something no check foresaw');
    });
    const code = await main(['report', 'a.xml']);
    expect(code).toBe(ExitCode.internalError);
    expect(code).not.toBe(ExitCode.testsFailed);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^tessera: internal error \(exit 4\): TypeError: something no check foresaw\. This is a bug in Tessera: please report it at https:\/\/github\.com\/tessera-ci\/tessera\/issues/,
    );
  });

  it('refuses a FIFO named as input instead of hanging on it', { timeout: 10_000 }, async () => {
    const fifo = join(dir, 'results.xml');
    execFileSync('mkfifo', [fifo]);
    expect(await main(['report', fifo])).toBe(ExitCode.usage);
    expect(stderr).toContain('is not a regular file');
    // A glob that matches it skips it; the regular file beside it is read.
    await writeFile(join(dir, 'b.xml'), JUNIT);
    expect(await main(['report', join(dir, '*.xml'), '--json', join(dir, 'r.json')])).toBe(0);
    const report = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')) as { inputs: { read: unknown[] } };
    expect(report.inputs.read).toHaveLength(1);
  });

  it('refuses a device named as input', async () => {
    expect(await main(['report', '/dev/zero'])).toBe(ExitCode.usage);
    expect(stderr).toContain('is not a regular file');
  });

  it('reads a file once through a symbolic-link loop and two links to it', async () => {
    await mkdir(join(dir, 'd'));
    await writeFile(join(dir, 'd/a.xml'), JUNIT);
    await symlink('a.xml', join(dir, 'd/b.xml'));
    await symlink('.', join(dir, 'd/loop'));
    await symlink('d/a.xml', join(dir, 'c.xml'));
    await symlink('x2', join(dir, 'x1'));
    await symlink('x1', join(dir, 'x2'));
    const json = join(dir, 'r.json');
    expect(await main(['report', join(dir, '**/*.xml'), join(dir, 'c.xml'), '--json', json])).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as {
      inputs: { read: unknown[] };
      tests: { attempts: unknown[] }[];
    };
    expect(report.inputs.read).toHaveLength(1);
    expect(report.tests[0]?.attempts).toHaveLength(1);
    expect(await main(['report', join(dir, 'x1')])).toBe(ExitCode.usage);
    expect(stderr).toContain('is a loop of symbolic links');
  });

  it(`refuses a zip that inflates more than ${MAX_COMPRESSION_RATIO} times its size (a zip bomb)`, async () => {
    const bomb = Buffer.from(zipSync({ 'bundle.json': new Uint8Array(40 * 1024 * 1024) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(100_000);
    await expect(
      extractZip(bomb, join(dir, 'out'), DEFAULT_ARTIFACT_LIMITS, 'tessera-shard-1-of-1'),
    ).rejects.toThrow(UnsafeArchiveError);
    await expect(extractZip(bomb, join(dir, 'out'), DEFAULT_ARTIFACT_LIMITS, 'x')).rejects.toThrow(
      /zip bomb/,
    );
    // An ordinary, compressible archive is fine.
    const fine = Buffer.from(zipSync({ 'a.json': new TextEncoder().encode('{"a":1}'.repeat(1000)) }));
    await expect(extractZip(fine, join(dir, 'ok'), DEFAULT_ARTIFACT_LIMITS, 'y')).resolves.toBeUndefined();
  });
});
