import { readDocument } from '../model/read-document.js';
import { parsePlan, PLAN_HINT } from './parse-plan.js';
import type { Plan } from './plan-document.js';

/**
 * Reads a plan file from disk: every command that takes `--plan` uses this one reader, so a missing,
 * truncated or newer plan gives the same message whichever verb met it.
 *
 * @throws ParseError when the file cannot be opened or is not a plan
 * @throws VersionError when a newer Tessera wrote it
 */
export function readPlanFile(path: string): Promise<Plan> {
  return readDocument(path, 'plan', PLAN_HINT, parsePlan);
}
