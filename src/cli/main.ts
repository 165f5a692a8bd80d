import { Command, CommanderError, type OutputConfiguration } from 'commander';
import { ConfigError, TesseraError, UsageError } from '../model/errors.js';
import { COMMANDS } from './commands/index.js';
import { neutraliseUntrustedText } from '../render/untrusted-text.js';
import { ExitCode } from './exit-codes.js';
import { VERSION } from './version.js';

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

/**
 * Builds the program; exported so tests can run commands in-process (and docs/cli.md is generated from
 * it). `output` replaces commander's writes to stdout and stderr (help, version, parse errors).
 *
 * A parse error (unknown flag, a value outside the choices) prints commander's one-line error and one line
 * on where the help is, not the whole help: 60 lines of help would push the error off the screen.
 */
export function createProgram(output?: OutputConfiguration): Command {
  const program = new Command('tessera')
    .description('Balanced sharded test runs, merged reports and per-test history for any CI.')
    .version(VERSION, '-V, --version', 'print the version and exit')
    .showHelpAfterError("Run 'tessera --help' for the commands.")
    .exitOverride();
  // Set before the verbs are added: commander copies it into each sub-command.
  if (output) program.configureOutput(output);
  for (const register of COMMANDS) register(program);
  for (const command of program.commands)
    command.showHelpAfterError(`Run 'tessera ${command.name()} --help' for its flags.`);
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
  output?: OutputConfiguration,
): Promise<number> {
  process.exitCode = undefined;
  try {
    await createProgram(output).parseAsync(argv as string[], { from: 'user' });
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
