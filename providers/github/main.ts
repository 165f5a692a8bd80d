/**
 * The GitHub Action's entry (action.yml `runs.main`, bundled to dist/github/index.js): inputs → the
 * `tessera` command in CI mode → one top-level catch → a failed step. The work is in action.ts and the CLI;
 * nothing here logs a token.
 *
 * The inputs, the mask and the failure are the runner's workflow commands, written directly (inputs.ts,
 * workflow-commands.ts): `@actions/core` would load `@actions/http-client` and undici at start-up, which
 * is most of a cold start's time, for three lines of text. The CLI loads only the verb it runs.
 */
import { EXIT_CODE_MEANING } from '../../src/cli/exit-codes.js';
import { main } from '../../src/cli/main.js';
import { TesseraError } from '../../src/model/errors.js';
import { runAction } from './action.js';
import { runnerInputs } from './inputs.js';
import { GITHUB_DIALECT, maskCommand } from './workflow-commands.js';

/** Fails the step with `message` as an error annotation, as `@actions/core`'s setFailed does. */
function fail(message: string): void {
  process.exitCode = 1;
  process.stdout.write(GITHUB_DIALECT.line('error', message));
}

/** The error that stopped the command, as the CLI printed it: the failed step's annotation repeats it. */
let stoppedBy: string | undefined;

try {
  const { command, exitCode } = await runAction({
    read: runnerInputs(process.env),
    cli: (argv) =>
      main(argv, (line) => {
        stoppedBy = line;
        console.error(line);
      }),
    setSecret: (secret) => void process.stdout.write(maskCommand(secret)),
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
// Everything is awaited by now. A download that failed for good can leave a keep-alive socket of the
// artifact client open, which would hold the step until the server drops it; nothing useful is pending.
process.exit(process.exitCode ?? 0);
