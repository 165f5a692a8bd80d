/**
 * `tessera plan`, declared: its flags, help and exit codes. What it does is in ../verbs/plan.ts, loaded only
 * when the verb runs, so that starting the CLI (or the action) for one verb never initialises the others.
 */
import { Option, type Command } from 'commander';
import { ESTIMATORS } from '../../plan/estimate.js';
import { addCiOptions } from '../ci-options.js';
import { repeat } from '../flag-values.js';
import type { PlanFlags } from '../flags.js';
import { addSkipOptions } from '../skip-options.js';

/** Registers `plan`. */
export function registerPlan(program: Command): void {
  const command = program
    .command('plan')
    .description('Split test files into balanced shards from the durations of earlier runs.')
    .option('--tests <glob>', "test files (repeatable; '!glob' excludes), e.g. 'test/**/*.test.ts'", repeat)
    .option('--tests-from <file>', 'a file with one test path per line, or - for stdin')
    .option('--list-command <cmd>', 'a command that prints one test path per line')
    .option('--timings <glob>', 'result files or shard bundles of earlier runs (repeatable)', repeat)
    .option(
      '--history <file>',
      'a history document: file timings, the set-up time when --setup is not given, and the files that failed recently (they run first)',
    )
    .addOption(new Option('--estimator <how>', 'how several samples of a file combine').choices(ESTIMATORS))
    .option('--robust', "also balance the files' run-to-run spread (needs two or more runs of timings)")
    .option('--shards <n>', 'number of shards')
    .option('--target <duration>', 'instead of --shards: the wall time to meet, e.g. 10m')
    .option('--setup <duration>', 'fixed cost of every shard (checkout, install, boot), e.g. 90s')
    .option('--max-shards <n>', 'largest shard count weighed for --target (default 32)')
    .option('--group <glob>', 'files matching this glob stay on one shard (repeatable)', repeat)
    .option('--order <chain>', "'a>b>…': a runs before b, on the same shard (repeatable)", repeat)
    .addOption(
      new Option(
        '--format <format>',
        'json or matrix for the plan; lines, args or json with --shard',
      ).choices(['json', 'matrix', 'lines', 'args']),
    )
    .option('--shard <i/N>', "output only shard i's items")
    .option('--plan <file>', 'read this plan instead of computing one (with --shard or --format)')
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--config <file>', 'configuration file (default: tessera.config.json or .tessera.yml)')
    .option(
      '--branch <name>',
      "with --skip-unchanged: this run's branch, for the forced full runs (CI: the CI's)",
    )
    .argument('[command...]', 'with --skip-unchanged: the test command the shards run, after --');
  addSkipOptions(command);
  addCiOptions(command)
    .addHelpText(
      'after',
      '\nKeys of tessera.config.json / .tessera.yml mirror the flags: tests, testsFrom, listCommand, timings,\n' +
        'estimator, robust, shards, target, setup, maxShards, groups, order. Flags win.\n' +
        'With --ci the plan goes to --out (default .tessera/plan.json), the tessera-plan artifact and the\n' +
        'matrix (only the shards with files; --format matrix lists them all), shards, items (files to run;\n' +
        '0 when --skip-unchanged reused them all), empty-shards\n' +
        "(the shards with no file, e.g. 3,4) and plan outputs; the baseline branch's history gives the timings.\n" +
        'Exit codes: 0 planned, 2 usage or configuration error.',
    )
    .action(async (testCommand: string[], flags: PlanFlags) =>
      (await import('../verbs/plan.js')).planCommand(flags, testCommand),
    );
}
