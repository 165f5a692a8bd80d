/**
 * Item 1 of the hardening issue: untrusted text (test names, failure messages, paths) cannot start a CI
 * runner's command or restyle the terminal in any writer: the console summary, log lines, annotations and
 * the job summary. The neutraliser is src/render/untrusted-text.ts; these tests drive the real CLI.
 */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger, PLAIN_DIALECT } from '../../src/ci/logger.js';
import { main } from '../../src/cli/main.js';
import { neutraliseUntrustedText } from '../../src/render/untrusted-text.js';
import { GITHUB_DIALECT } from '../../providers/github/workflow-commands.js';
import { ctrfOf, type GenTest } from '../fakes/generated-report.js';

const ESC = '\u001b';
/** Each injection a test name or message may carry, and the text a runner would obey. */
const PAYLOADS = [
  '\n::set-output name=token::stolen',
  '\r\n  ::add-mask::hidden',
  '\n::stop-commands::abc123',
  '\n::error file=x.ts,line=1::fake error',
  'text ##vso[task.setvariable variable=secret]stolen',
  '\n##[group]hidden group',
  `\n${ESC}[0Ksection_start:1700000000:evil\r${ESC}[0Kfake section`,
  `\nsection_end:1700000000:evil${ESC}[0K`,
  `coloured ${ESC}[31mred${ESC}[0m ${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`,
  'bidi \u202Eevil\u202C and \u2066isolate\u2069 marks \u200F',
  'C0 \u0000\u0007\u0008\u000B\u000C and C1 \u0085\u009B31m controls',
];

/** A line a runner would act on: GitHub `::cmd` at its start, Azure `##vso[`/`##[`, GitLab section markers. */
function liveCommands(output: string): string[] {
  return output
    .split(/\r?\n/)
    .filter(
      (line) =>
        /^\s*::(set-output|add-mask|stop-commands|error file=x)/.test(line) ||
        /##vso\[|^\s*##\[|section_(start|end):/.test(line),
    );
}

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('neutraliseUntrustedText', () => {
  it.each(PAYLOADS)('makes %j inert on one line and on many', (payload) => {
    for (const out of [
      neutraliseUntrustedText(payload),
      neutraliseUntrustedText(payload, { multiline: true }),
    ]) {
      expect(liveCommands(out)).toEqual([]);
      expect(out).not.toMatch(CONTROLS);
    }
    expect(neutraliseUntrustedText(payload)).not.toContain('\n');
  });

  it('keeps ordinary text, tabs and (when asked) line breaks as they are', () => {
    expect(neutraliseUntrustedText('a › b\twith: colons :: inside, #1 ##x')).toBe(
      'a › b\twith: colons :: inside, #1 ##x',
    );
    expect(neutraliseUntrustedText('one\ntwo', { multiline: true })).toBe('one\ntwo');
    expect(neutraliseUntrustedText('one\ntwo')).toBe('one two');
  });

  it('shows what it broke: the prefixes get a visible space, controls a U+FFFD', () => {
    expect(neutraliseUntrustedText('::set-output name=a::b')).toBe(': :set-output name=a::b');
    expect(neutraliseUntrustedText('x ##vso[task.complete]')).toBe('x ## vso[task.complete]');
    expect(neutraliseUntrustedText('section_start:1:x')).toBe('section_start :1:x');
    expect(neutraliseUntrustedText('a\u202Eb')).toBe('a\uFFFDb');
  });

  it('is linear: a megabyte of escape-like text is neutralised at once', () => {
    const text = `${ESC}[`.repeat(500_000) + '::'.repeat(100_000);
    const started = performance.now();
    neutraliseUntrustedText(text, { multiline: true });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('the logger of every dialect', () => {
  it.each([
    ['GitHub', GITHUB_DIALECT],
    ['plain', PLAIN_DIALECT],
  ])('%s: a message quoting untrusted text starts no command', (_name, dialect) => {
    let out = '';
    const log = createLogger((text) => (out += text), dialect);
    for (const payload of PAYLOADS) {
      log.info(`read ${payload}`);
      log.warn(`bad file ${payload}`);
      log.error(payload);
    }
    expect(liveCommands(out)).toEqual([]);
    expect(out).not.toMatch(CONTROLS);
  });
});

describe('tessera report --provider local with hostile test names and messages', () => {
  let dir: string;
  let stdout: string;
  const home = process.cwd();
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tessera-injection-'));
    process.chdir(dir);
    stdout = '';
    const capture = (chunk: string | Uint8Array): boolean => ((stdout += String(chunk)), true);
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (stdout += args.join(' ')));
    vi.stubEnv('TESSERA_BRANCH', 'main');
    vi.stubEnv('TESSERA_PROVIDER', '');
  });
  afterEach(() => {
    process.chdir(home);
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('prints every injected line inert: stdout, log lines, annotations and the job summary', async () => {
    const tests: GenTest[] = PAYLOADS.map((payload, i) => ({
      file: `test/evil-${i}.test.ts`,
      name: `case ${i} ${payload}`,
      outcome: i % 3 === 2 ? 'flaky' : 'failed',
      message: `message ${payload}`,
      trace: `trace line 1${payload}\nat test/evil-${i}.test.ts:3:1`,
    }));
    await writeFile(join(dir, 'ctrf.json'), ctrfOf(tests));
    const code = await main(['report', 'ctrf.json', '--provider', 'local', '--summary', 'summary.md']);
    expect(code).toBe(1);
    expect(stdout).toContain('case 0');
    expect(liveCommands(stdout)).toEqual([]);
    // Our own colours aside (none: stdout is no terminal), no control character reaches stdout.
    expect(stdout).not.toMatch(CONTROLS);
    const staged = await readdir(join(dir, '.tessera'));
    for (const name of ['summary.md', ...staged.filter((f) => f.endsWith('.md'))]) {
      const text = await readFile(join(dir, name === 'summary.md' ? name : `.tessera/${name}`), 'utf8');
      expect(text).toContain('case 0');
      expect(liveCommands(text)).toEqual([]);
      expect(text).not.toMatch(CONTROLS);
    }
  });
});
