/**
 * `tessera report`, declared: its flags, help and exit codes. What it does is in ../verbs/report.ts, loaded
 * only when the verb runs.
 */
import type { Command } from 'commander';
import { DEFAULT_READ_OPTIONS } from '../../formats/reader.js';
import { addCiOptions } from '../ci-options.js';
import { addQueueOptions } from '../queue-options.js';
import { addReportOutputOptions } from '../report-output-options.js';
import type { ReportFlags } from '../flags.js';
import { addSourceLinkOptions } from '../source-link-flags.js';

/** Registers `report`. */
export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .description('Merge test result files (JUnit XML, CTRF, TRX, TAP, Playwright/Jest JSON) into one report.')
    // Optional at the parser because `--from` stands in for them; runReport refuses an empty list.
    .argument('[inputs...]', "result files or quoted globs, e.g. 'reports/**/*.xml'")
    .option('--from <dir>', 'report over the shard bundles under this folder instead of result files')
    .option('--expect-shards <n>', 'with --from: the number of shards the matrix had')
    .option('--plan <file>', 'with --from: the plan, to check each shard ran exactly its items')
    .option('--no-comment', 'with --ci: do not post the PR comment');
  addQueueOptions(command, 'report');
  addCiOptions(command);
  addSourceLinkOptions(command);
  addReportOutputOptions(command)
    .option('--config <file>', 'configuration file (default: tessera.config.json or .tessera.yml)')
    .option('--allow-unreadable', 'exit 0/1 even when some inputs could not be read (they are still listed)')
    .option(
      '--max-file-size <MiB>',
      `largest result file read (default ${DEFAULT_READ_OPTIONS.maxBytes / 1024 / 1024})`,
    )
    .option(
      '--no-color',
      'no colours in the summary (also off when stdout is not a terminal, or NO_COLOR is set)',
    )
    .addHelpText(
      'after',
      '\nThe config key `quarantine` (a list) adds to --quarantine.\n' +
        'Exit codes: 0 nothing failed, 1 a test failed, 2 usage error, 3 an input was unreadable.',
    )
    .action(async (inputs: string[], flags: ReportFlags) =>
      (await import('../verbs/report.js')).reportCommand(inputs, flags),
    );
}
