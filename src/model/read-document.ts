import { readFile } from 'node:fs/promises';
import { ParseError } from './errors.js';

/**
 * Reads a Tessera document (plan, shard bundle) from disk and parses it. A file that cannot be opened is a
 * ParseError naming it, `what` it should have been and `hint` on where it comes from; `parse` reports
 * everything else.
 */
export async function readDocument<T>(
  path: string,
  what: string,
  hint: string,
  parse: (text: string, source: string) => T,
): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new ParseError(
      path,
      `cannot open the ${what} (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
      {},
      hint,
      { cause },
    );
  }
  return parse(text, path);
}
