import { readFile } from 'node:fs/promises';
import { ParseError } from '../model/index.js';
import { parsePlan, type Plan } from './plan-document.js';

/**
 * Reads a plan file from disk: every command that takes `--plan` uses this one reader, so a missing,
 * truncated or newer plan gives the same message whichever verb met it.
 *
 * @throws ParseError when the file cannot be opened or is not a plan
 * @throws VersionError when a newer Tessera wrote it
 */
export async function readPlanFile(path: string): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new ParseError(
      path,
      `cannot open the plan (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
      {},
      'Pass the file written by `tessera plan --format json --out <file>` (on CI: the `tessera-plan` artifact).',
      { cause },
    );
  }
  return parsePlan(text, path);
}
