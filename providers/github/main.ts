/**
 * The GitHub Action's entry (action.yml `runs.main`, bundled to dist/github/index.js): inputs → the
 * `tessera` command → one top-level catch → `setFailed`. The work is in action.ts; nothing here logs a token.
 */
import * as core from '@actions/core';
import { main } from '../../src/cli/main.js';
import { TesseraError } from '../../src/model/index.js';
import { createCiHostFor } from '../index.js';
import { runAction } from './action.js';

try {
  const { command, exitCode } = await runAction({
    read: (name) => core.getInput(name),
    env: process.env,
    cwd: process.cwd(),
    cli: main,
    host: () =>
      createCiHostFor(process.env, { cwd: process.cwd(), write: (text) => process.stdout.write(text) }),
    setSecret: (secret) => core.setSecret(secret),
  });
  if (exitCode !== 0) core.setFailed(`tessera ${command} exited with code ${exitCode}`);
} catch (error) {
  core.setFailed(
    error instanceof TesseraError ? error.describe() : error instanceof Error ? error.message : String(error),
  );
}
