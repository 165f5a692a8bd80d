/**
 * `tessera run`, declared: its flags, help and exit codes. What it does is in ../verbs/run.ts, loaded only
 * when the verb runs.
 */
import { Option, type Command } from 'commander';
import { addCiOptions } from '../ci-options.js';
import { addQueueOptions } from '../queue-options.js';
import { repeat } from '../flag-values.js';
import { addReportOutputOptions } from '../report-output-options.js';
import type { RunFlags } from '../flags.js';
import { addSkipOptions } from '../skip-options.js';

/** Registers `run`. */
export function registerRun(program: Command): void {
  const run = program
    .command('run')
    .description(
      "Run one shard's tests with retries and write its bundle, or run every shard locally and report.",
    )
    .argument(
      '<command...>',
      'the test command, after --; {files} becomes the items, {file} runs once per item, {results} is the results folder, {tests} the failed tests of a re-run (docs/rerun.md)',
    )
    .option('--plan <file>', 'the plan written by `tessera plan --format json`')
    .option('--shard <i/N>', 'the shard this job runs, e.g. 2/4')
    .option('--shards <n>', 'with --local: the number of shards')
    .option('--local', 'run every shard on this machine, in parallel, then report')
    .option(
      '--batch <k>',
      "with --shard i/N: run batch k of the plan's in-pipeline queue as worker i and add it to its bundle; a k past the last batch closes the bundle (Jenkins' tesseraQueue hands the numbers out)",
    )
    .option('--concurrency <n>', 'with --local: shards run at once (default: the number of cores)')
    .addOption(
      new Option(
        '--balance <how>',
        'with --local: queue (workers take the next files from one queue, recently failed first, then longest first) or static (the planned shards)',
      )
        .choices(['queue', 'static'])
        .default('queue'),
    )
    .option(
      '--requeue <n>',
      'with a queue (--queue, or --local): put a file that still fails after its retries back for a different worker, up to n times; a pass there makes it flaky',
      '0',
    )
    .option(
      '--requeue-tolerance <fraction>',
      'with --requeue: requeue at most this fraction of the items over the run (default 0.05)',
    )
    .option('--tests <glob>', "without --plan: test files (repeatable; '!glob' excludes)", repeat)
    .option(
      '--timings <glob>',
      'without --plan: result files or bundles of earlier runs (repeatable)',
      repeat,
    )
    .option('--config <file>', 'configuration file (default: tessera.config.json or .tessera.yml)')
    .option('--results <glob>', 'result files the command writes, when it does not write them to {results}')
    .option('--retries <k>', 're-run the files that had failures up to k times', '0')
    .option(
      '--bail [n]',
      'stop after the first failing file (or after n), once retried: a shard (--local: the whole run) starts no more files, a queue worker takes no more batches; the files left are reported as not run and the run fails',
    )
    .option('--timeout <duration>', 'stop the command (and its process group) after this long, e.g. 20m')
    .option('--out <dir>', 'where shard bundles are written', '.tessera/shards')
    .option(
      '--report-dir <dir>',
      'with --local: the folder of report.json, junit.xml, ctrf.json and report.md (--json etc. move one)',
      '.tessera/report',
    )
    .option('--attempt <n>', 'the CI re-run attempt of this job (bundles of later attempts win)')
    .option(
      '--rerun-failed <path>',
      "run only what failed in an earlier attempt (its report.json, or its bundles' folder) and carry the rest forward",
    )
    .option(
      '--pass-env <name>',
      "give the command one of Tessera's credential variables on purpose (repeatable; SECURITY.md lists them)",
      repeat,
    )
    .option('--no-color', 'no colours in the summary');
  addSkipOptions(run);
  addQueueOptions(run, 'run');
  addCiOptions(run);
  // Local mode ends in the report of `tessera report --from`, so it takes the same flags, defined once.
  addReportOutputOptions(run)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  tessera run --plan plan.json --shard 2/4 --retries 1 -- npx jest --ci {files}',
        '  tessera run --local --shards 4 --rerun-failed .tessera/report/report.json -- npx vitest run -t {tests} {files}',
        "  tessera run --local --shards 4 --tests 'test/**/*.test.mjs' --html .tessera/report/report.html \\",
        '    --history-dir .tessera/history --branch main -- node --test --test-reporter=junit \\',
        '    --test-reporter-destination={results}/junit.xml {file}',
        '',
        'The command gets TESSERA_RESULTS_DIR (same as {results}), TESSERA_SHARD_INDEX, TESSERA_SHARD_TOTAL and',
        "TESSERA_TRY (1, then 2 for the first retry, ...), and the environment without Tessera's credentials",
        '(INPUT_TOKEN, ACTIONS_RUNTIME_TOKEN, TESSERA_TOKEN, ...; --pass-env NAME keeps one; SECURITY.md lists them).',
        'A command that dies, times out or writes no results',
        'fails the shard. Exit codes: 0 passed (flaky included), 1 a test failed or a shard is missing, 2 usage.',
        '',
        'The report flags (--json to --fail-on) work as in `tessera report --from`, with --local only: a shard',
        'job writes its bundle, and the matrix is reported once, after its shards.',
      ].join('\n'),
    )
    .action(async (command: string[], flags: RunFlags, self: Command) =>
      (await import('../verbs/run.js')).runCommand(command, flags, self),
    );
}
