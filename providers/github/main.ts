/**
 * The GitHub Action's entry (action.yml `runs.main`, bundled to dist/github/index.js): inputs → the
 * `tessera` command in CI mode → one top-level catch → `setFailed`. The work is in action.ts and the CLI;
 * nothing here logs a token.
 */
import * as core from '@actions/core';
import { main } from '../../src/cli/main.js';
import { TesseraError } from '../../src/model/index.js';
import { runAction } from './action.js';

try {
  const { command, exitCode } = await runAction({
    read: (name) => core.getInput(name),
    cli: main,
    setSecret: (secret) => core.setSecret(secret),
  });
  if (exitCode !== 0) core.setFailed(`tessera ${command} exited with code ${exitCode}`);
} catch (error) {
  core.setFailed(
    error instanceof TesseraError ? error.describe() : error instanceof Error ? error.message : String(error),
  );
}
// Everything is awaited by now. A download that failed for good can leave a keep-alive socket of the
// artifact client open, which would hold the step until the server drops it; nothing useful is pending.
process.exit(process.exitCode ?? 0);
