import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { CORPUS, corpusFile } from '../../support/corpus.js';
import type { ConformanceCase, OracleId } from '../types.js';

/** A corpus entry an oracle knows about but that yields no case, and why (e.g. its input was left out). */
export interface OmittedEntry {
  readonly name: string;
  readonly reason: string;
}

/** What an oracle loader found. */
export interface OracleLoad {
  readonly cases: readonly ConformanceCase[];
  readonly omitted: readonly OmittedEntry[];
}

/** A source of expected results: one module per kind, each turning its expectations into cases. */
export interface Oracle {
  readonly id: OracleId;
  /** Where the expectations come from, for the table. */
  readonly title: string;
  load(): Promise<OracleLoad>;
}

/** The text of a corpus file; throws (naming the path) when the file is missing. */
export function readCorpusText(relative: string): Promise<string> {
  return readFile(corpusFile(relative), 'utf8');
}

/** Corpus-relative paths matching globs under a corpus folder, sorted for a stable case order. */
export async function globCorpus(folder: string, patterns: readonly string[]): Promise<string[]> {
  const found = await glob([...patterns], { cwd: corpusFile(folder) });
  return found.map((p) => `${folder}/${p}`).sort();
}

/** Whether a corpus-relative path exists (for oracles whose listing names inputs that were left out). */
export function corpusHas(relative: string): boolean {
  return existsSync(join(CORPUS, relative));
}
