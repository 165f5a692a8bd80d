/**
 * Finding and reading the configuration file: `tessera.config.json`, `.tessera.yml` or `.tessera.yaml` in
 * the working directory, or the file named by `--config`. Every problem is a ConfigError naming the file,
 * the line where known, and the key.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../model/index.js';
import { ConfigSchema, type TesseraConfig } from './schema.js';

/** File names looked for, in order. */
export const CONFIG_FILES = ['tessera.config.json', '.tessera.yml', '.tessera.yaml'] as const;

/** A loaded configuration and where it came from (`file` is undefined when there is none). */
export interface LoadedConfig {
  readonly config: TesseraConfig;
  readonly file?: string;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(
      `${path}: cannot read it (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
    );
  }
}

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

/**
 * Loads the configuration: `explicit` when given (it must exist), else the first of {@link CONFIG_FILES}
 * in `cwd`. Two candidate files at once are an error: which one counts would be a guess.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const text = await readIfExists(explicit);
    if (text === undefined) {
      throw new ConfigError(
        `--config ${explicit}: no such file`,
        'Check the path, relative to the working directory.',
      );
    }
    return { config: parseConfig(text, explicit), file: explicit };
  }
  const found: { file: string; text: string }[] = [];
  for (const name of CONFIG_FILES) {
    const text = await readIfExists(join(cwd, name));
    if (text !== undefined) found.push({ file: join(cwd, name), text });
  }
  if (found.length > 1) {
    throw new ConfigError(
      `several configuration files: ${found.map((f) => basename(f.file)).join(' and ')}`,
      'Keep one of them, or choose with --config <file>.',
    );
  }
  const only = found[0];
  return only ? { config: parseConfig(only.text, only.file), file: only.file } : { config: {} };
}
