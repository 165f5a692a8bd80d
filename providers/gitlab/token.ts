/** Where a GitLab job's tokens are found. */
import type { Env } from '../../src/ci/index.js';

/**
 * The variables that may hold a token that can write merge request notes, first match wins, after
 * `TESSERA_TOKEN` (which the registry reads first for every code host): a project, group or personal
 * access token with the `api` scope, stored as a masked CI/CD variable. `CI_JOB_TOKEN` is not among them:
 * GitLab lets it read notes but never write them (docs.gitlab.com/ci/jobs/ci_job_token).
 */
export const GITLAB_TOKEN_VARIABLES = ['GITLAB_TOKEN'] as const;

/** The note token: `TESSERA_TOKEN`, else the first of {@link GITLAB_TOKEN_VARIABLES} that is set. */
export function gitlabToken(env: Env): string | undefined {
  for (const name of ['TESSERA_TOKEN', ...GITLAB_TOKEN_VARIABLES]) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}
