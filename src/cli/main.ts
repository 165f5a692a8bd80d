import { Command, CommanderError } from 'commander';
import { ConfigError, TesseraError, UsageError } from '../model/errors.js';
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

/**
 * Runs the CLI and returns the exit code; never throws. An error that stops the command is printed as one
 * `tessera: <message and hint>` line through `printError` (stderr by default); the GitHub action also
 * keeps it, to fail its step with the reason rather than only the code.
 */
export async function main(
  argv: readonly string[],
  printError: (line: string) => void = (line) => console.error(line),
): Promise<number> {
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
      printError(`tessera: ${error.describe()}`);
      return ExitCode.usage;
    }
    if (error instanceof TesseraError) {
      printError(`tessera: ${error.describe()}`);
      return ExitCode.testsFailed;
    }
    printError(
      `tessera: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return ExitCode.testsFailed;
  }
}
