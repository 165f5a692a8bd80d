import type { Command } from 'commander';
import { registerReport } from './report.js';
import { registerPlan } from './plan.js';
import { registerRun } from './run.js';
import { registerCollect } from './collect.js';

/** A CLI verb: adds its sub-command to the program. Its action sets `process.exitCode`. */
export type CommandRegistrar = (program: Command) => void;

/** Every verb, in the order `--help` lists them. Each command module adds itself here. */
export const COMMANDS: readonly CommandRegistrar[] = [
  registerPlan,
  registerRun,
  registerCollect,
  registerReport,
];
