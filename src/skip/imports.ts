/**
 * What a JS/TS module imports, read statically: the specifiers of its `import`/`export … from`, its literal
 * `import('…')` and its literal `require('…')`. es-module-lexer reads the ES module syntax (it also reads the
 * TypeScript it meets in practice; what it cannot lex makes the file unreadable, which is safe: such a file
 * is never skipped). `require` is found by a deliberately crude scan that errs one way only: every
 * `require(` that is not followed by a plain string literal, even in a comment, counts as a dynamic import.
 */
import { init, parse } from 'es-module-lexer';

/** The imports of one module. */
export interface ModuleImports {
  /** Literal specifiers, in source order, duplicates removed. */
  readonly specifiers: readonly string[];
  /** Why the imports cannot all be known statically (a non-literal dynamic import, a lexer error), if so. */
  readonly dynamic?: string;
}

/** The lexer's WebAssembly is compiled once per process. */
export const lexerReady: Promise<void> = init;

// Import types of es-module-lexer: 2 = dynamic `import()`, 3 = `import.meta`, 5 = dynamic source phase.
const DYNAMIC_IMPORT = 2;
const IMPORT_META = 3;

const REQUIRE_CALL = /\brequire\s*\(/g;
const LITERAL_ARGUMENT = /^\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`\\$\n]*)`)\s*\)/;

/** The literal `require('…')` specifiers, and whether some `require(` has another argument. */
function requireCalls(source: string): { specifiers: string[]; dynamic: boolean } {
  const specifiers: string[] = [];
  let dynamic = false;
  for (const match of source.matchAll(REQUIRE_CALL)) {
    const literal = LITERAL_ARGUMENT.exec(source.slice(match.index + match[0].length));
    const specifier = literal ? (literal[1] ?? literal[2] ?? literal[3]) : undefined;
    if (specifier === undefined) dynamic = true;
    else specifiers.push(specifier);
  }
  return { specifiers, dynamic };
}

/**
 * The imports of `source`. Call after {@link lexerReady} has resolved. Never throws: a source the lexer
 * refuses is reported as `dynamic`, so its file is run rather than guessed about.
 */
export function readImports(source: string): ModuleImports {
  let lexed: ReturnType<typeof parse>[0];
  try {
    lexed = parse(source)[0];
  } catch (error) {
    return { specifiers: [], dynamic: `its imports cannot be read (${(error as Error).message})` };
  }
  const found = new Set<string>();
  let dynamic: string | undefined;
  for (const entry of lexed) {
    if (entry.t === IMPORT_META) continue;
    if (entry.n === undefined) {
      if (entry.t === DYNAMIC_IMPORT || entry.d >= 0)
        dynamic ??= 'it has a dynamic import() of a computed name';
      continue;
    }
    found.add(entry.n);
  }
  const required = requireCalls(source);
  for (const s of required.specifiers) found.add(s);
  if (required.dynamic) dynamic ??= 'it calls require() with a computed name';
  return { specifiers: [...found], ...(dynamic !== undefined ? { dynamic } : {}) };
}
