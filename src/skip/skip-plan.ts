/**
 * `--skip-unchanged` at plan time, with its I/O: the global and per-glob inputs from the configuration, the
 * content key of every item, and the decision against the history. `plan` and `run` then plan only what
 * runs, so the shards stay balanced over the files that do.
 */
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { SkipUnchangedConfig } from '../config/schema.js';
import type { HistoryDocument } from '../history/index.js';
import { compileQuarantine } from '../trend/quarantine.js';
import { ContentKeyer, type ContentKey } from './content-key.js';
import { decideSkips, DEFAULT_FULL_RUN_EVERY, fullRunReason, type SkipDecision } from './decide.js';

/** Files hashed into every key whether or not the configuration names them: lockfiles and tool configs. */
export const DEFAULT_GLOBAL_INPUTS = [
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'tsconfig.json',
  'tessera.config.json',
  '.tessera.yml',
  '.tessera.yaml',
];

/** What `--skip-unchanged` needs besides the items and the history. */
export interface SkipOptions {
  /** The test command (its words), part of every key. */
  readonly command: readonly string[];
  readonly config?: SkipUnchangedConfig;
  /** The configuration file in use, a global input wherever it lives. */
  readonly configFile?: string;
  /** Quarantine entries (config and flags): a quarantined test's file always runs. */
  readonly quarantine?: readonly string[];
  /** This run's branch, for the forced full runs of the default branch. */
  readonly branch?: string;
  /** `--no-cache`: run everything (and record the keys that pass). */
  readonly noCache: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

const list = (value: string | readonly string[] | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value;

async function expand(patterns: readonly string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) return [];
  const found = await glob([...patterns], { cwd, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  return found.map((f) => resolve(cwd, f));
}

/** Per test file, the extra inputs its globs declare (absolute paths). */
async function extraInputs(
  config: SkipUnchangedConfig | undefined,
  cwd: string,
): Promise<(item: string) => readonly string[]> {
  const rules = await Promise.all(
    (config?.extraInputs ?? []).map(async (rule) => ({
      matches: picomatch([...list(rule.tests)], { dot: true }),
      inputs: await expand(list(rule.inputs), cwd),
    })),
  );
  return (item) => rules.filter((r) => r.matches(item)).flatMap((r) => r.inputs);
}

/** Keys of `items`, a few files at a time (each key's reads are cached and shared). */
async function keysOf(keyer: ContentKeyer, items: readonly string[]): Promise<Map<string, ContentKey>> {
  const keys = new Map<string, ContentKey>();
  const BATCH = 16;
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const found = await Promise.all(batch.map((item) => keyer.keyOf(item)));
    batch.forEach((item, j) => keys.set(item, found[j] as ContentKey));
  }
  return keys;
}

/** Keys every item and decides which run. */
export async function planSkips(
  items: readonly string[],
  cwd: string,
  history: HistoryDocument | undefined,
  options: SkipOptions,
): Promise<SkipDecision> {
  const env = options.env ?? process.env;
  const globalFiles = [
    ...DEFAULT_GLOBAL_INPUTS.map((f) => resolve(cwd, f)),
    ...(options.configFile !== undefined ? [resolve(cwd, options.configFile)] : []),
    ...(await expand(list(options.config?.inputs), cwd)),
  ];
  const keyer = new ContentKeyer({
    root: cwd,
    globalFiles,
    command: options.command,
    env: Object.fromEntries((options.config?.env ?? []).map((name) => [name, env[name]])),
    extraInputsOf: await extraInputs(options.config, cwd),
  });
  const fullRun = fullRunReason(history, {
    noCache: options.noCache,
    ...(options.branch !== undefined ? { branch: options.branch } : {}),
    defaultBranch: options.config?.defaultBranch ?? 'main',
    every: options.config?.fullRunEvery ?? DEFAULT_FULL_RUN_EVERY,
  });
  const quarantine = options.quarantine?.length ? compileQuarantine(options.quarantine) : undefined;
  return decideSkips({
    items,
    keys: await keysOf(keyer, items),
    history,
    ...(quarantine ? { quarantine } : {}),
    ...(fullRun !== undefined ? { fullRun } : {}),
  });
}
