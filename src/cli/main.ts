import { Command, CommanderError } from 'commander';
import { TesseraError, UsageError, ConfigError } from '../model/index.js';
import { COMMANDS } from './commands/index.js';
import { ExitCode } from './exit-codes.js';

/** Builds the program; exported so tests can run commands in-process. */
export function createProgram(): Command {
  const program = new Command('tessera')
    .description('Balanced sharded test runs, merged reports and per-test history for any CI.')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await createProgram().parseAsync(argv as string[], { from: 'user' });
    return Number(process.exitCode ?? ExitCode.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`tessera: ${error.describe()}`);
      return ExitCode.usage;
    }
    if (error instanceof TesseraError) {
      console.error(`tessera: ${error.describe()}`);
      return ExitCode.testsFailed;
    }
    console.error(
      `tessera: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return ExitCode.testsFailed;
  }
}
