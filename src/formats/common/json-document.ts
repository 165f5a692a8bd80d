/**
 * Reads a JSON result document whole (JSON reporters write one document, so there is nothing to stream)
 * and checks its shape with a zod schema. Every problem is a ParseError: a syntax error names the line and
 * column, a shape error names the JSON path and what was expected there.
 */
import type { z } from 'zod';
import { ParseError } from '../../model/index.js';
import type { ReadOptions, ResultInput } from '../reader.js';
import { positionAt, readText } from './decode.js';

/** A parsed and shape-checked document, plus warnings met while decoding it. */
export interface JsonDocument<T> {
  readonly value: T;
  readonly warnings: readonly string[];
}

// V8 reports most errors `at position N`, but an unexpected token only with up to 10 characters of context
// either side: `Unexpected token 'x', ..."context"... is not valid JSON`.
const CONTEXT = /, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/;
const CONTEXT_CHARS = 10;

/** Character offset of a JSON.parse error from V8's message; the end of the text when it names none. */
function errorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const context = CONTEXT.exec(message);
  const start = context ? text.indexOf(context[2] ?? '') : -1;
  if (context && start !== -1) {
    const [, before, snippet = '', after] = context;
    if (before) return start + CONTEXT_CHARS;
    if (after) return start + snippet.length - CONTEXT_CHARS;
    const token = /^Unexpected token '(.)'/.exec(message)?.[1];
    return start + Math.max(0, token ? snippet.indexOf(token) : 0);
  }
  return text.length;
}

/** Parses JSON text; a syntax error becomes a ParseError at its line and column. */
export function parseJsonText(name: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const message = (cause as Error).message;
    const offset = errorOffset(message, text);
    const reason = message.replace(CONTEXT, '').replace(/ in JSON at position \d+.*$/, '');
    // Newer V8 also states `(line L column C)`; the offset gives the same place on every Node version.
    const truncated = /end of JSON input|Unterminated/.test(reason) || offset >= text.trimEnd().length;
    throw new ParseError(
      name,
      `invalid JSON: ${reason}`,
      positionAt(text, offset),
      truncated
        ? 'The file ends mid-document: the reporter was probably killed before it finished writing.'
        : undefined,
      { cause },
    );
  }
}

/** `a.b[2].c` from a zod issue path. */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(document root)';
}

/**
 * Checks a parsed value against a schema. `expected` describes the format for the message, e.g.
 * `a CTRF report ({"results": {"tool": …, "tests": […]}})`.
 */
export function checkShape<S extends z.ZodType>(
  name: string,
  value: unknown,
  schema: S,
  expected: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? `${jsonPath(issue.path)}: ${issue.message}` : 'unexpected shape';
  throw new ParseError(
    name,
    `not ${expected}: ${where}`,
    {},
    'Check that the file was written by that reporter and is complete.',
  );
}

/** Reads, parses and shape-checks a JSON result input. Throws only ParseError. */
export async function readJsonDocument<S extends z.ZodType>(
  input: ResultInput,
  options: Pick<ReadOptions, 'maxBytes'>,
  schema: S,
  expected: string,
): Promise<JsonDocument<z.output<S>>> {
  const { text, warnings } = await readText(input, options);
  if (text.trim().length === 0)
    throw new ParseError(
      input.name,
      'the file is empty',
      {},
      'The test runner wrote nothing: check that it ran and finished.',
    );
  const parsed = parseJsonText(input.name, text);
  return { value: checkShape(input.name, parsed, schema, expected), warnings };
}
