/**
 * Collecting the items to plan: globs, a list file (or stdin), or a listing command. I/O at the edge; the
 * result is normalised, de-duplicated and sorted.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { UsageError } from '../model/index.js';
import { normalizeItems } from './build.js';
import { appendAll } from '../model/arrays.js';
import { checkItems } from './item-path.js';

/** Where items come from; several sources add up. */
export interface ItemSources {
  /** Globs; a leading `!` excludes. Relative to `cwd`. */
  readonly tests?: readonly string[];
  /** A file (relative to `cwd`) with one path per line (`#` starts a comment), or `-` for stdin. */
  readonly testsFrom?: string;
  /** A shell command that prints one path per line (e.g. `npx vitest list --filesOnly`). */
  readonly listCommand?: string;
  readonly cwd?: string;
  /** Stdin, injectable for tests. */
  readonly stdin?: () => Promise<string>;
}

// Dependencies and VCS folders are never test items of this repository, whatever the glob says.
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** One path per line; blank lines and `#` comments skipped. */
export function parseItemList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** Expands globs; a positive glob that matches nothing is a UsageError quoting it. */
export async function expandTestGlobs(patterns: readonly string[], cwd: string): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (include.length === 0) throw new UsageError('--tests has only exclusions (`!…`); add a glob to include');
  const found: string[] = [];
  for (const pattern of include) {
    const matches = await glob(pattern, { cwd, ignore: [...ALWAYS_IGNORED, ...exclude], dot: true });
    if (matches.length === 0) {
      throw new UsageError(
        `--tests ${JSON.stringify(pattern)} matches no file under ${cwd}`,
        'Globs are relative to the working directory; quote them so the shell does not expand them.',
      );
    }
    appendAll(found, matches);
  }
  return found;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs the listing command through the shell and returns its lines. */
export function runListCommand(command: string, cwd: string): string[] {
  const result = spawnSync(command, { cwd, shell: true, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error || result.status !== 0) {
    const why = result.error
      ? result.error.message
      : result.signal
        ? `killed by ${result.signal}`
        : `exit code ${result.status}`;
    const stderr = (result.stderr ?? '').trim().split('\n').slice(-5).join('\n  ');
    throw new UsageError(
      `--list-command ${JSON.stringify(command)} failed (${why})${stderr ? `:\n  ${stderr}` : ''}`,
      'Run the command yourself; it must print one test file path per line and exit 0.',
    );
  }
  return parseItemList(result.stdout);
}

/** Collects items from every given source. Throws UsageError when no source is given or one fails. */
export async function collectItems(sources: ItemSources): Promise<string[]> {
  const cwd = sources.cwd ?? process.cwd();
  const found: string[] = [];
  if (sources.tests && sources.tests.length > 0) appendAll(found, await expandTestGlobs(sources.tests, cwd));
  if (sources.testsFrom !== undefined) {
    const file = sources.testsFrom;
    let text: string;
    try {
      text = file === '-' ? await (sources.stdin ?? readStdin)() : await readFile(resolve(cwd, file), 'utf8');
    } catch (cause) {
      throw new UsageError(
        `--tests-from ${file}: cannot read it (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
        'Pass a file with one test path per line, or - for stdin.',
      );
    }
    appendAll(found, parseItemList(text));
  }
  if (sources.listCommand !== undefined) appendAll(found, runListCommand(sources.listCommand, cwd));
  if (sources.tests === undefined && sources.testsFrom === undefined && sources.listCommand === undefined) {
    throw new UsageError(
      'no tests to plan: give --tests <glob>, --tests-from <file|->, or --list-command "<cmd>"',
      'Or set `tests` in tessera.config.json / .tessera.yml.',
    );
  }
  const items = normalizeItems(found.map((p) => (p.startsWith(cwd + '/') ? p.slice(cwd.length + 1) : p)));
  checkItems(items, 'the test items');
  return items;
}
