/**
 * Resolving an import specifier to a local file, as Node and TypeScript would: relative and absolute paths
 * with the extensions they try (and `.js` → `.ts` as TypeScript allows), directory index files, and
 * tsconfig `paths`/`baseUrl`. A bare package specifier is not followed: the lockfile, a global input,
 * stands for every package.
 */
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a specifier leads. */
export type Resolution =
  | { readonly kind: 'file'; readonly path: string }
  /** A package (or `node:` built-in): covered by the lockfile, not traversed. */
  | { readonly kind: 'package' }
  /** A local specifier with no file behind it; the importer cannot be trusted to be unchanged. */
  | { readonly kind: 'missing'; readonly why: string };

/** The file system questions resolution asks, cached by the caller. */
export interface ResolveHost {
  isFile(path: string): Promise<boolean>;
  /** tsconfig `paths` (and `baseUrl`) candidates for a bare specifier, absolute; empty when none apply. */
  pathCandidates(specifier: string): readonly string[];
}

/** The extensions tried after an extensionless specifier, in TypeScript's order, then Node's. */
export const MODULE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];

/** The files a JS/TS module of this extension can be read for imports. */
export const SCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

/** A `.js`-family specifier may name the TypeScript file it is compiled from. */
const TS_SOURCES: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/** The files a path specifier may mean, most likely first. */
export function candidatesOf(base: string): string[] {
  const ext = extname(base);
  const stem = base.slice(0, base.length - ext.length);
  const out = [base];
  for (const ts of TS_SOURCES[ext] ?? []) out.push(stem + ts);
  for (const e of MODULE_EXTENSIONS) out.push(base + e);
  for (const e of MODULE_EXTENSIONS) out.push(resolve(base, `index${e}`));
  return out;
}

async function firstFile(host: ResolveHost, candidates: readonly string[]): Promise<string | undefined> {
  for (const c of candidates) if (await host.isFile(c)) return c;
  return undefined;
}

/** Resolves `specifier` imported by the file `from` (absolute). */
export async function resolveSpecifier(
  specifier: string,
  from: string,
  host: ResolveHost,
): Promise<Resolution> {
  // Bundler suffixes (`./x.svg?raw`) name the same file.
  const bare = specifier.replace(/[?#].*$/, '') || specifier;
  let base: string | undefined;
  if (specifier.startsWith('file:')) {
    try {
      base = fileURLToPath(specifier);
    } catch {
      return { kind: 'missing', why: `${specifier} is not a file URL` };
    }
  } else if (bare.startsWith('./') || bare.startsWith('../') || bare === '.' || bare === '..') {
    base = resolve(dirname(from), bare);
  } else if (isAbsolute(bare)) {
    base = bare;
  }
  if (base !== undefined) {
    const found = await firstFile(host, candidatesOf(base));
    return found ? { kind: 'file', path: found } : { kind: 'missing', why: `${specifier} names no file` };
  }
  if (specifier.startsWith('#'))
    return { kind: 'missing', why: `package.json import ${specifier} is not followed` };
  for (const mapped of host.pathCandidates(specifier)) {
    const found = await firstFile(host, candidatesOf(mapped));
    if (found) return { kind: 'file', path: found };
  }
  return { kind: 'package' };
}
