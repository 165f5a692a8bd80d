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

/** Routes a stream's writes through {@link commandFilter}, keeping the write's callback. */
function filterStream(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (text: string, done?: (error?: Error | null) => void) => boolean;
  let pendingDone: ((error?: Error | null) => void) | undefined;
  const filtered = commandFilter((text) => void write(text, pendingDone));
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    pendingDone = rest.find((r) => typeof r === 'function') as typeof pendingDone;
    filtered(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    pendingDone = undefined;
    return true;
  }) as typeof stream.write;
}
filterStream(process.stdout);
filterStream(process.stderr);

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
// Everything is awaited by now; a keep-alive socket of the REST client must not hold the step open. The
// agent reads stdout through a pipe, where writes are asynchronous: exit only once both streams are flushed,
// or the last commands (the outputs, the result) would be lost.
const code = Number(process.exitCode ?? 0);
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
