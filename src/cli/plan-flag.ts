/**
 * The plan named by `--plan`, read the same way by every verb. A file the operator named that cannot be
 * used (missing, truncated, not a plan, written by a newer Tessera) is a configuration error: exit 2, as for
 * any other bad flag or configuration file, whichever verb met it. A plan fetched from the CI's artifacts is
 * not a flag and keeps its own errors (ci-session.ts).
 */
import { ConfigError, ParseError, VersionError } from '../model/errors.js';
import type { Plan } from '../plan/plan-document.js';
import { readPlanFile } from '../plan/read-plan.js';

/**
 * Reads the plan of `--plan <path>`.
 *
 * @throws ConfigError naming the file, what is wrong and where plans come from
 */
export async function readPlanFlag(path: string): Promise<Plan> {
  try {
    return await readPlanFile(path);
  } catch (error) {
    if (error instanceof ParseError || error instanceof VersionError)
      throw new ConfigError(error.message, error.hint, { cause: error });
    throw error;
  }
}
