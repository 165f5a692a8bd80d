/**
 * `tessera collect`, declared: its flags, help and exit codes. What it does is in ../verbs/collect.ts,
 * loaded only when the verb runs.
 */
import type { Command } from 'commander';
import { addCiOptions } from '../ci-options.js';
import type { CollectFlags } from '../flags.js';

/** Registers `collect`. */
export function registerCollect(program: Command): void {
  const command = program
    .command('collect')
    .description('Write a shard bundle from result files, for jobs that run their tests themselves.')
    .requiredOption('--shard <i/N>', 'the shard this job ran, e.g. 2/4')
    .requiredOption('--results <glob>', "the result files, e.g. 'reports/**/*.xml'")
    .option('--plan <file>', "the plan, to record this shard's planned items (report checks them)")
    .option('--out <dir>', 'where the bundle is written', '.tessera/shards')
    .option('--attempt <n>', 'the CI re-run attempt of this job (bundles of later attempts win)');
  addCiOptions(command)
    .addHelpText(
      'after',
      '\nExit codes: 0 the results show no failure, 1 a test failed or no result was found, 2 usage.',
    )
    .action(async (flags: CollectFlags) => (await import('../verbs/collect.js')).collectCommand(flags));
}
