/**
 * Vitest global setup: prints, once per run and before the tests, one line per missing system tool (what
 * is skipped and how to install it). See test/support/system-tools.ts for the rule.
 */
import { missingToolLines } from './system-tools.js';

export default function setup(): void {
  for (const line of missingToolLines()) process.stdout.write(`tessera: ${line}\n`);
}
