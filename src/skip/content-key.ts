/**
 * Content keys of test files: a hash of the file, of every local module it imports (transitively), of the
 * global inputs (lockfiles, config files, the test command, chosen environment variables) and of the extra
 * inputs declared for it. Two runs with the same key ran the same code on the same inputs. A file whose
 * imports cannot all be known statically gets no key and is never skipped.
 *
 * Each file is read and hashed once per keyer (cached by path, bounded), so a module shared by a thousand
 * tests costs one read; an import cycle is harmless because a closure visits each file once.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { createPathsMatcher, getTsconfig } from 'get-tsconfig';
import { lexerReady, readImports } from './imports.js';
import { resolveSpecifier, SCRIPT_EXTENSIONS, type ResolveHost } from './resolve.js';

/** Bytes of the truncated hash a key keeps: 8, i.e. 16 hex digits, as the history stores it. */
export const KEY_HEX_DIGITS = 16;

/** Files larger than this are hashed but not lexed: their importer is then never skipped. */
export const MAX_LEXED_BYTES = 4 * 1024 * 1024;

/** Local modules one test file may import, transitively; more and the file is never skipped. */
export const MAX_CLOSURE_FILES = 20_000;

/** Files the keyer remembers; past this the cache is cleared (a run over a huge tree stays bounded). */
export const MAX_CACHED_FILES = 100_000;

/** The key of one test file, or why it has none. */
export type ContentKey =
  { readonly key: string; readonly modules: number } | { readonly key?: undefined; readonly why: string };

/** What every key of a run shares, and what some files add. */
export interface KeyInputs {
  /** The project root: paths in the hash are relative to it, so a key does not depend on the checkout path. */
  readonly root: string;
  /** Global input files (absolute); a missing one counts as "absent", itself an input. */
  readonly globalFiles: readonly string[];
  /** The test command's words; part of every key. */
  readonly command: readonly string[];
  /** Environment variables whose values are part of every key (the values are hashed, never stored). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Extra input files (absolute) of a test file (repo-relative), from the per-glob declarations. */
  readonly extraInputsOf?: (item: string) => readonly string[];
}

interface FileFacts {
  /** sha256 of the content, hex; undefined when the file cannot be read. */
  readonly hash?: string;
  /** Imports, for a script small enough to lex. */
  readonly imports?: ReturnType<typeof readImports>;
  readonly tooLarge?: boolean;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Computes the content keys of test files; one instance per run. */
export class ContentKeyer {
  private readonly facts = new Map<string, Promise<FileFacts>>();
  private readonly isFileCache = new Map<string, Promise<boolean>>();
  private readonly pathsMatcher: ((specifier: string) => string[]) | null = null;
  /** Why the tsconfig cannot be read: its path aliases are then unknown, so no file gets a key. */
  private readonly tsconfigProblem: string | undefined;
  private globalDigest: Promise<string> | undefined;

  constructor(private readonly inputs: KeyInputs) {
    try {
      const tsconfig = getTsconfig(inputs.root);
      this.pathsMatcher = tsconfig ? createPathsMatcher(tsconfig) : null;
    } catch (error) {
      this.tsconfigProblem = `the tsconfig cannot be read (${(error as Error).message.split('\n')[0]})`;
    }
  }

  private readonly host: ResolveHost = {
    isFile: (path) => {
      let known = this.isFileCache.get(path);
      if (!known) {
        known = stat(path).then(
          (s) => s.isFile(),
          () => false,
        );
        this.remember(this.isFileCache, path, known);
      }
      return known;
    },
    pathCandidates: (specifier) => this.pathsMatcher?.(specifier) ?? [],
  };

  private remember<T>(cache: Map<string, T>, key: string, value: T): void {
    if (cache.size >= MAX_CACHED_FILES) cache.clear();
    cache.set(key, value);
  }

  private factsOf(path: string): Promise<FileFacts> {
    let known = this.facts.get(path);
    if (!known) {
      known = readFile(path).then(
        async (bytes): Promise<FileFacts> => {
          const hash = sha256(bytes);
          if (!SCRIPT_EXTENSIONS.has(extname(path))) return { hash };
          if (bytes.length > MAX_LEXED_BYTES) return { hash, tooLarge: true };
          await lexerReady;
          return { hash, imports: readImports(bytes.toString('utf8')) };
        },
        () => ({}),
      );
      this.remember(this.facts, path, known);
    }
    return known;
  }

  private relativeName(path: string): string {
    return relative(this.inputs.root, path).split(sep).join('/');
  }

  /** The digest of the global inputs, computed once. */
  private global(): Promise<string> {
    this.globalDigest ??= (async () => {
      const parts: string[] = ['tessera-skip-key-v1', `command\0${JSON.stringify(this.inputs.command)}`];
      for (const name of Object.keys(this.inputs.env).sort())
        parts.push(`env\0${name}\0${sha256(this.inputs.env[name] ?? '\u0000unset')}`);
      for (const file of [...new Set(this.inputs.globalFiles)].sort()) {
        const facts = await this.factsOf(file);
        parts.push(`input\0${this.relativeName(file)}\0${facts.hash ?? 'absent'}`);
      }
      return sha256(parts.join('\n'));
    })();
    return this.globalDigest;
  }

  /**
   * The local files `item` depends on (itself included) with their hashes, sorted by path; or why they
   * cannot be known.
   */
  private async closure(start: string): Promise<{ files: Map<string, string> } | { why: string }> {
    const files = new Map<string, string>();
    const pending = [start];
    // Visited before they are read: a cycle (a → b → a) reads each file once and ends.
    const seen = new Set(pending);
    while (pending.length > 0) {
      const path = pending.pop() as string;
      const facts = await this.factsOf(path);
      const name = this.relativeName(path);
      if (facts.hash === undefined) return { why: `${name} cannot be read` };
      if (facts.tooLarge) return { why: `${name} is too large to read its imports` };
      files.set(name, facts.hash);
      if (!facts.imports) continue;
      if (facts.imports.dynamic) return { why: `${name}: ${facts.imports.dynamic}` };
      for (const specifier of facts.imports.specifiers) {
        const found = await resolveSpecifier(specifier, path, this.host);
        if (found.kind === 'missing') return { why: `${name}: ${found.why}` };
        if (found.kind === 'package' || seen.has(found.path)) continue;
        // node_modules is the lockfile's business, even when reached by a path.
        if (found.path.split(sep).includes('node_modules')) continue;
        if (seen.size >= MAX_CLOSURE_FILES)
          return { why: `it imports more than ${MAX_CLOSURE_FILES} local modules` };
        seen.add(found.path);
        pending.push(found.path);
      }
    }
    return { files };
  }

  /** The key of a test file (repo-relative path, as planned). */
  async keyOf(item: string): Promise<ContentKey> {
    if (this.tsconfigProblem !== undefined) return { why: this.tsconfigProblem };
    const path = resolve(this.inputs.root, item);
    const closure = await this.closure(path);
    if ('why' in closure) return { why: closure.why };
    const parts = [`global\0${await this.global()}`, `item\0${item}`];
    for (const name of [...closure.files.keys()].sort())
      parts.push(`module\0${name}\0${closure.files.get(name) as string}`);
    for (const extra of [...new Set(this.inputs.extraInputsOf?.(item) ?? [])].sort()) {
      const facts = await this.factsOf(extra);
      parts.push(`extra\0${this.relativeName(extra)}\0${facts.hash ?? 'absent'}`);
    }
    return { key: sha256(parts.join('\n')).slice(0, KEY_HEX_DIGITS), modules: closure.files.size };
  }
}
