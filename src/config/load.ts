/**
 * Finding and reading the configuration file: `tessera.config.json`, `.tessera.yml` or `.tessera.yaml` in
 * the working directory, or the file named by `--config`. Every problem is a ConfigError naming the file,
 * the line where known, and the key. The parser (YAML and the schema) loads only when there is a file.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ConfigError } from '../model/errors.js';
import type { TesseraConfig } from './schema.js';

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

async function parsedConfig(text: string, file: string): Promise<TesseraConfig> {
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, file);
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
    return { config: await parsedConfig(text, explicit), file: explicit };
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
  return only ? { config: await parsedConfig(only.text, only.file), file: only.file } : { config: {} };
}
