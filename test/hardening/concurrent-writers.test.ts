/**
 * Item 7 of the hardening issue: outputs are written to a temporary file and renamed, so a reader never
 * sees a torn file; local history updates are serialised, so no run is lost; one path for two outputs is
 * refused.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { decodeHistory } from '../../src/history/index.js';
import { withFileLock } from '../../src/history/file-lock.js';
import { runReport } from '../../src/report/run-report.js';
import { junitOf, type GenTest } from '../fakes/generated-report.js';

const discard = (): Writable => new Writable({ write: (_c, _e, done) => done() });

/** A result file big enough that writing its report takes many chunks. */
function bigResults(): string {
  const tests: GenTest[] = Array.from({ length: 3_000 }, (_, i) => ({
    file: `test/f${i % 30}.test.ts`,
    name: `case ${i} with a longer name to make the report larger`,
    outcome: i % 97 === 0 ? 'failed' : 'passed',
    message: 'expected 1 to be 2',
  }));
  return junitOf(tests);
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-concurrent-'));
  await writeFile(join(dir, 'junit.xml'), bigResults());
});
afterEach(() => vi.restoreAllMocks());

function report(extra: Partial<Parameters<typeof runReport>[0]>, at = new Date()): Promise<unknown> {
  return runReport({
    inputs: [join(dir, 'junit.xml')],
    outputs: {},
    failOn: 'never',
    allowUnreadable: false,
    cwd: dir,
    now: () => at,
    stdout: discard(),
    stderr: discard(),
    color: false,
    ...extra,
  });
}

describe('concurrent writers', () => {
  it('15 concurrent reports to one path: a reader never sees a torn file', { timeout: 60_000 }, async () => {
    const json = join(dir, 'report.json');
    const html = join(dir, 'report.html');
    // One whole file first, so the reader always has something to read.
    await report({ outputs: { json } });
    let writing = true;
    let reads = 0;
    const torn: string[] = [];
    const reader = (async () => {
      while (writing) {
        // Synchronous, between the writers' steps: it sees the file as the disk has it at that moment.
        const text = readFileSync(json, 'utf8');
        reads++;
        try {
          JSON.parse(text);
        } catch {
          torn.push(`${text.length} characters`);
        }
        await new Promise((done) => setImmediate(done));
      }
    })();
    await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        report({ outputs: { json }, rendered: { html } }, new Date(Date.UTC(2026, 0, 1, 0, i))),
      ),
    );
    writing = false;
    await reader;
    expect(reads).toBeGreaterThan(5);
    expect(torn).toEqual([]);
    // No temporary file is left behind.
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('12 concurrent history updates and one more leave 13 runs', { timeout: 60_000 }, async () => {
    const history = { kind: 'file' as const, path: join(dir, 'main.json.gz') };
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => report({ history }, new Date(Date.UTC(2026, 0, 1, 1, i)))),
    );
    await report({ history }, new Date(Date.UTC(2026, 0, 1, 2)));
    const read = decodeHistory(await readFile(history.path));
    expect(read.ok && read.doc.runs.length).toBe(13);
    expect((await readdir(dir)).filter((f) => f.endsWith('.lock'))).toEqual([]);
  });

  it('a lock left by a process that died is broken after its stale time', async () => {
    const path = join(dir, 'h.json.gz');
    await writeFile(`${path}.lock`, '999999 then\n');
    const { utimes } = await import('node:fs/promises');
    await utimes(`${path}.lock`, new Date(0), new Date(0));
    await expect(withFileLock(path, async () => 'got it', { staleMs: 1_000 })).resolves.toBe('got it');
  });

  it('a lock held by a live holder makes a waiter give up with a message naming it', async () => {
    const path = join(dir, 'h.json.gz');
    await writeFile(`${path}.lock`, `${process.pid}\n`);
    await expect(withFileLock(path, async () => 'never', { timeoutMs: 100 })).rejects.toThrow(
      /is locked by another report/,
    );
  });

  it('--json x --html x is refused (exit 2) naming both flags', async () => {
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(console, 'error').mockImplementation((...args) => void (stderr += args.join(' ')));
    const x = join(dir, 'x');
    expect(await main(['report', join(dir, 'junit.xml'), '--json', x, '--html', x])).toBe(2);
    expect(stderr).toContain('--json and --html name the same file');
  });
});
