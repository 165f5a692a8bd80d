/**
 * `tessera report <files|globs…>` merges result files into one report; `tessera report --from <dir>` does
 * the same over the shard bundles of a matrix, checking it is complete. Arguments in, runReport or
 * runBundleReport out.
 */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { DEFAULT_READ_OPTIONS } from '../../formats/index.js';
import { ConfigError, ParseError, UsageError } from '../../model/index.js';
import { parsePlan, type Plan } from '../../plan/plan-document.js';
import { runBundleReport } from '../../report/bundle-report.js';
import { runReport, type FailOn } from '../../report/run-report.js';
import type { OutputTargets } from '../../report/write-outputs.js';
import { ExitCode } from '../exit-codes.js';

interface ReportFlags {
  json?: string;
  junit?: string;
  ctrf?: string;
  markdown?: string;
  failOn: FailOn;
  allowUnreadable?: boolean;
  maxFileSize?: string;
  color?: boolean;
  from?: string;
  expectShards?: string;
  plan?: string;
}

function shardCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`--expect-shards must be a whole number of shards (1 or more), got '${value}'`);
  }
  return n;
}

/** The plan of `--plan`; a file that cannot be used is a configuration error (exit 2). */
async function planFile(path: string | undefined): Promise<Plan | undefined> {
  if (path === undefined) return undefined;
  try {
    return parsePlan(await readFile(path, 'utf8'), path);
  } catch (error) {
    if (error instanceof ParseError) throw new ConfigError(error.message, error.hint, { cause: error });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const hint = 'Pass the file `tessera plan --out` wrote.';
    throw new ConfigError(`cannot open the plan '${path}' (${code})`, hint, { cause: error });
  }
}

function maxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_READ_OPTIONS.maxBytes;
  const mib = Number(value);
  if (!Number.isFinite(mib) || mib <= 0) {
    throw new UsageError(`--max-file-size must be a positive number of MiB, got '${value}'`);
  }
  return Math.round(mib * 1024 * 1024);
}

function targets(flags: ReportFlags): OutputTargets {
  const outputs: OutputTargets = {
    ...(flags.json !== undefined ? { json: flags.json } : {}),
    ...(flags.junit !== undefined ? { junit: flags.junit } : {}),
    ...(flags.ctrf !== undefined ? { ctrf: flags.ctrf } : {}),
    ...(flags.markdown !== undefined ? { markdown: flags.markdown } : {}),
  };
  if (Object.values(outputs).filter((p) => p === '-').length > 1) {
    throw new UsageError('only one output can go to standard output (-)', 'Write the others to files.');
  }
  return outputs;
}

/** Registers `report`. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Merge test result files (JUnit XML, CTRF, TRX, TAP, Playwright/Jest JSON) into one report.')
    // Optional at the parser because `--from` stands in for them; runReport refuses an empty list.
    .argument('[inputs...]', "result files or quoted globs, e.g. 'reports/**/*.xml'")
    .option('--from <dir>', 'report over the shard bundles under this folder instead of result files')
    .option('--expect-shards <n>', 'with --from: the number of shards the matrix had')
    .option('--plan <file>', 'with --from: the plan, to check each shard ran exactly its items')
    .option('--json <path>', 'write the report as JSON (the Report document); - for stdout')
    .option('--junit <path>', 'write merged JUnit XML for GitLab, Jenkins and Azure test tabs; - for stdout')
    .option('--ctrf <path>', 'write CTRF JSON; - for stdout')
    .option('--markdown <path>', 'write a markdown summary; - for stdout')
    .addOption(
      new Option('--fail-on <when>', 'exit 1 when tests failed, or never')
        .choices(['failures', 'never'])
        .default('failures'),
    )
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
      '\nExit codes: 0 nothing failed, 1 a test failed, 2 usage error, 3 an input was unreadable.',
    )
    .action(async (inputs: string[], flags: ReportFlags) => {
      const outputs = targets(flags);
      // The summary goes to stderr when an output takes stdout; colour follows the stream it goes to.
      const summaryStream = Object.values(outputs).includes('-') ? process.stderr : process.stdout;
      const common = {
        outputs,
        failOn: flags.failOn,
        allowUnreadable: flags.allowUnreadable === true,
        stdout: process.stdout,
        stderr: process.stderr,
        color: flags.color !== false && summaryStream.isTTY === true && !process.env.NO_COLOR,
      };
      if (flags.from !== undefined) {
        if (inputs.length > 0) {
          throw new UsageError(
            'give result files or --from <dir>, not both',
            "The bundles under --from already hold their shards' result files.",
          );
        }
        const expectShards = shardCount(flags.expectShards);
        const plan = await planFile(flags.plan);
        const { verdict } = await runBundleReport({
          ...common,
          from: flags.from,
          ...(expectShards !== undefined ? { expectShards } : {}),
          ...(plan !== undefined ? { plan } : {}),
        });
        process.exitCode = ExitCode[verdict];
        return;
      }
      if (flags.expectShards !== undefined || flags.plan !== undefined) {
        throw new UsageError('--expect-shards and --plan check a sharded run: they need --from <dir>');
      }
      const { verdict } = await runReport({
        ...common,
        inputs,
        readOptions: { ...DEFAULT_READ_OPTIONS, maxBytes: maxBytes(flags.maxFileSize) },
      });
      process.exitCode = ExitCode[verdict];
    });
}
