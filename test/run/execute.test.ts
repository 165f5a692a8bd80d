import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCommandLine, executeCommand, runsPerItem } from '../../src/run/execute.js';

// Awkward but legal file names: spaces, both quote kinds, shell metacharacters.
const ITEMS = [
  'test/plain.test.ts',
  'test/with space.test.ts',
  `test/it's "quoted".test.ts`,
  'test/$(rm -rf).test.ts',
];

/** Runs a command line through the shell and returns the argv the program received. */
async function argvOf(commandLine: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-exec-'));
  const out = join(dir, 'argv.json');
  await writeFile(PRINTER, PRINTER_SOURCE);
  const ending = await executeCommand({
    commandLine,
    cwd: dir,
    env: { ARGV_OUT: out },
    output: { kind: 'sink', sink: { write: () => undefined } },
  });
  expect(ending.exitCode).toBe(0);
  return JSON.parse(await readFile(out, 'utf8')) as string[];
}

// A script file, not `node -e`: node would take the `--` words after `-e` as its own options.
const PRINTER = join(tmpdir(), `tessera-print-argv-${process.pid}.cjs`);
const PRINTER_SOURCE =
  "require('fs').writeFileSync(process.env.ARGV_OUT, JSON.stringify(process.argv.slice(2)))";
const PRINT_ARGV = `${process.execPath} ${PRINTER}`;

describe('buildCommandLine', () => {
  it('substitutes {files} in a command string with each item shell-quoted', async () => {
    const line = buildCommandLine([`${PRINT_ARGV} --ci {files} --end`], ITEMS, '/tmp/r');
    expect(await argvOf(line)).toEqual(['--ci', ...ITEMS, '--end']);
  });

  it('substitutes {files} among separate words and keeps every word as the user gave it', async () => {
    const words = [process.execPath, PRINTER, '--name=a b', '{files}'];
    expect(await argvOf(buildCommandLine(words, ITEMS, '/tmp/r'))).toEqual(['--name=a b', ...ITEMS]);
  });

  it('appends the items when the command has no placeholder', async () => {
    expect(await argvOf(buildCommandLine([PRINT_ARGV], ITEMS, '/tmp/r'))).toEqual(ITEMS);
  });

  it('fills {results} and {file} inside a word', async () => {
    const words = [process.execPath, PRINTER, '--out={results}/junit.xml', '{file}'];
    expect(runsPerItem(words)).toBe(true);
    expect(await argvOf(buildCommandLine(words, [ITEMS[2] as string], '/tmp/my results'))).toEqual([
      '--out=/tmp/my results/junit.xml',
      ITEMS[2],
    ]);
  });

  it('adds nothing for an invocation without items', () => {
    expect(buildCommandLine(['npm test'], [], '/r')).toBe('npm test');
  });
});

/** Whether a process is alive: a zombie waiting for its (gone) parent's reaper counts as dead. */
async function isRunning(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    if (stat === undefined || / Z /.test(stat)) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

describe('executeCommand', () => {
  it('reports the exit code', async () => {
    const ending = await executeCommand({
      commandLine: 'exit 3',
      cwd: tmpdir(),
      env: {},
      output: { kind: 'inherit' },
    });
    expect(ending).toMatchObject({ exitCode: 3, timedOut: false });
  });

  it('reports the signal of a command killed by one', async () => {
    const ending = await executeCommand({
      commandLine: `${process.execPath} -e "process.kill(process.pid, 'SIGKILL')"`,
      cwd: tmpdir(),
      env: {},
      output: { kind: 'inherit' },
    });
    // The shell may exit with the child's signal, or with 128 + 9 as its own code.
    expect(ending.signal === 'SIGKILL' || ending.exitCode === 137).toBe(true);
  });

  it('stops the whole process group at the timeout, grandchildren included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-exec-'));
    const pidFile = join(dir, 'pid');
    const script = join(dir, 'spawn.mjs');
    // The child spawns a long-lived grandchild, records its pid, and waits.
    await writeFile(
      script,
      `import { spawn } from 'node:child_process';
       import { writeFileSync } from 'node:fs';
       const g = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
       writeFileSync(${JSON.stringify(pidFile)}, String(g.pid));
       setTimeout(() => {}, 60000);`,
    );
    const ending = await executeCommand({
      commandLine: `${process.execPath} ${script}`,
      cwd: dir,
      env: {},
      timeoutMs: 1000,
      killGraceMs: 200,
      output: { kind: 'inherit' },
    });
    expect(ending.timedOut).toBe(true);
    expect(ending.exitCode === 0).toBe(false);
    const grandchild = Number(await readFile(pidFile, 'utf8'));
    expect(await isRunning(grandchild)).toBe(false);
  });
});
