import { Command, CommanderError } from 'commander';
import { ConfigError, TesseraError, UsageError } from '../model/errors.js';
import { COMMANDS } from './commands/index.js';
import { neutraliseUntrustedText } from '../render/untrusted-text.js';
import { ExitCode } from './exit-codes.js';

/** Where to report a bug. */
export const ISSUES_URL = 'https://github.com/tessera-ci/tessera/issues';

/**
 * The one line printed for an error no check foresaw (a bug): its exit code is not "tests failed", and it
 * says how to report it. The stack follows only with `TESSERA_DEBUG=1`.
 */
export function internalErrorLine(error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = `tessera: internal error (exit ${ExitCode.internalError}): ${neutraliseUntrustedText(what)}. This is a bug in Tessera: please report it at ${ISSUES_URL} with the command you ran (TESSERA_DEBUG=1 prints the stack).`;
  const stack = process.env.TESSERA_DEBUG === '1' && error instanceof Error ? `\n${error.stack ?? ''}` : '';
  return `${line}${stack}`;
}

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
      // Messages quote untrusted names (an item, a file): neutralised like every other printed text.
      printError(`tessera: ${neutraliseUntrustedText(error.describe(), { multiline: true })}`);
      return ExitCode.usage;
    }
    if (error instanceof TesseraError) {
      printError(`tessera: ${neutraliseUntrustedText(error.describe(), { multiline: true })}`);
      return ExitCode.testsFailed;
    }
    printError(internalErrorLine(error));
    return ExitCode.internalError;
  }
}
