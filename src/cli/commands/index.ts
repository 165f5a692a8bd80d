import type { Command } from 'commander';

/** A CLI verb: adds its sub-command to the program. Its action sets `process.exitCode`. */
export type CommandRegistrar = (program: Command) => void;

/** Every verb, in the order `--help` lists them. Each command module adds itself here. */
export const COMMANDS: readonly CommandRegistrar[] = [];
