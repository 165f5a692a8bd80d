/**
 * The Tessera task's entry (task.json `execution.Node20_1`/`Node24`, bundled to dist/azure/index.js and
 * shipped in the extension as Tessera/dist/index.js): inputs (`INPUT_*`) → the `tessera` command in CI
 * mode → the task's result. The work is in task.ts and the CLI; nothing here logs a token.
 *
 * Everything this process prints goes through one filter: a `##vso[` line reaches the agent only if this
 * process built it (logging-commands.ts), so a test name or failure message the CLI prints can never be
 * obeyed as a logging command. The task fails with `##vso[task.complete result=Failed]` and exit code 1
 * when the command exits non-zero, with the reason as an error issue on the step.
 */
import { EXIT_CODE_MEANING } from '../../src/cli/exit-codes.js';
import { main } from '../../src/cli/main.js';
import { TesseraError } from '../../src/model/errors.js';
import { commandFilter, completeCommand, vsoCommand } from './logging-commands.js';
import { runTask } from './task.js';

const writeOut = process.stdout.write.bind(process.stdout);
const writeErr = process.stderr.write.bind(process.stderr);
const filteredOut = commandFilter((text) => void writeOut(text));
const filteredErr = commandFilter((text) => void writeErr(text));
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  filteredOut(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
  done?.();
  return true;
}) as typeof process.stdout.write;
process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  filteredErr(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
  done?.();
  return true;
}) as typeof process.stderr.write;

const emit = (command: string): void => void process.stdout.write(command);

/** Fails the task with `message`: an error issue on the step, then the result. */
function fail(message: string): void {
  process.exitCode = 1;
  emit(vsoCommand('task.logissue', { type: 'error' }, message));
  emit(completeCommand('Failed', message));
}

/** The error that stopped the command, as the CLI printed it: the failed task's message repeats it. */
let stoppedBy: string | undefined;

try {
  const { command, exitCode } = await runTask({
    env: process.env,
    cwd: process.cwd(),
    emit,
    cli: (argv, env) => {
      if (env.TESSERA_TOKEN !== undefined) process.env.TESSERA_TOKEN = env.TESSERA_TOKEN;
      return main(argv, (line) => {
        stoppedBy = line;
        console.error(line);
      });
    },
  });
  if (exitCode !== 0)
    fail(
      stoppedBy ??
        `tessera ${command} exited with code ${exitCode}: ${EXIT_CODE_MEANING[exitCode] ?? 'see the log'}`,
    );
} catch (error) {
  fail(
    error instanceof TesseraError ? error.describe() : error instanceof Error ? error.message : String(error),
  );
}
// Everything is awaited by now; a keep-alive socket of the REST client must not hold the step open.
process.exit(process.exitCode ?? 0);
