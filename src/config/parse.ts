/**
 * Parsing configuration text (JSON or YAML) against the schema. Every problem is a ConfigError naming the
 * file, the line where known, and the key.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../model/errors.js';
import { ConfigSchema, type TesseraConfig } from './schema.js';

/** `groups.2` → `groups[2]`: how people write a path into a config file. */
function keyPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    '',
  );
}

/** Line of a key in a YAML document, when it can be found. */
function yamlLine(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

function describeIssue(issue: z.core.$ZodIssue): { path: readonly PropertyKey[]; text: string } {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `\`${keyPath([...issue.path, k])}\``).join(', ');
    return { path: [...issue.path, issue.keys[0] as string], text: `unknown key ${keys}` };
  }
  return { path: issue.path, text: `key \`${keyPath(issue.path) || '(root)'}\`: ${issue.message}` };
}

const KNOWN_KEYS = Object.keys(ConfigSchema.shape)
  .filter((k) => k !== '$schema')
  .join(', ');

/**
 * Parses configuration text. `file` names it in errors and decides the syntax (`.json` → JSON, else YAML).
 * Throws ConfigError naming the file, the line where known, and the key.
 */
export function parseConfig(text: string, file: string): TesseraConfig {
  let value: unknown;
  let where: (path: readonly PropertyKey[]) => string = () => file;
  if (file.endsWith('.json')) {
    try {
      value = JSON.parse(text);
    } catch (cause) {
      throw new ConfigError(`${file}: not valid JSON (${(cause as Error).message})`, 'Fix the syntax.');
    }
  } else {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
    const first = doc.errors[0];
    if (first) {
      const line = first.linePos?.[0]?.line;
      throw new ConfigError(
        `${file}${line ? `:${line}` : ''}: not valid YAML (${first.message.split('\n')[0]})`,
        'Fix the syntax.',
      );
    }
    value = doc.toJS();
    where = (path) => {
      const line = yamlLine(doc, counter, path);
      return line ? `${file}:${line}` : file;
    };
  }
  if (value === null || value === undefined) return {};
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const { path, text: what } = describeIssue(issue);
    throw new ConfigError(`${where(path)}: ${what}`, `Known keys: ${KNOWN_KEYS}. They mirror the flags.`);
  }
  return parsed.data;
}
