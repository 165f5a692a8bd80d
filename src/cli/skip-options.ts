/**
 * The `--skip-unchanged` flags of `plan` and `run` (docs/skip-unchanged.md), declared and read in one place
 * so that both verbs name them alike. Loaded at start-up by the declarations: it imports types only.
 */
import type { Command } from 'commander';
import type { TesseraConfig } from '../config/schema.js';
import { UsageError } from '../model/errors.js';
import type { SkipOptions } from '../skip/skip-plan.js';

/** The skip flags as commander names them. */
export interface SkipFlags {
  skipUnchanged?: boolean;
  /** False with `--no-cache`. */
  cache?: boolean;
}

/** Registers `--skip-unchanged` and `--no-cache`. */
export function addSkipOptions(command: Command): Command {
  return command
    .option(
      '--skip-unchanged',
      'reuse the passed result of a test file whose content key (it, its local imports, the lockfile, config and command) passed before; see docs/skip-unchanged.md',
    )
    .option('--no-cache', 'with --skip-unchanged: run every file this time (and record the keys that pass)');
}

/**
 * The skip options of a verb, or undefined without `--skip-unchanged`. `command` is the test command the
 * keys include; `branch` decides the forced full runs of the default branch.
 */
export function skipOptionsOf(
  flags: SkipFlags,
  context: {
    readonly command: readonly string[];
    readonly config: TesseraConfig;
    readonly configFile?: string;
    readonly quarantine?: readonly string[];
    readonly branch?: string;
  },
): SkipOptions | undefined {
  if (flags.skipUnchanged !== true) {
    if (flags.cache === false)
      throw new UsageError('--no-cache only has a meaning with --skip-unchanged', 'Drop --no-cache.');
    return undefined;
  }
  if (context.command.length === 0)
    throw new UsageError(
      '--skip-unchanged needs the test command: it is part of every content key',
      'Write it after --, as for run: tessera plan --skip-unchanged … -- npx vitest run {files}',
    );
  const quarantine = [...(context.config.quarantine ?? []), ...(context.quarantine ?? [])];
  return {
    command: context.command,
    ...(context.config.skipUnchanged ? { config: context.config.skipUnchanged } : {}),
    ...(context.configFile !== undefined ? { configFile: context.configFile } : {}),
    ...(quarantine.length > 0 ? { quarantine } : {}),
    ...(context.branch !== undefined ? { branch: context.branch } : {}),
    noCache: flags.cache === false,
  };
}
