/**
 * The flags that turn CI mode on, declared once for every verb. The session they open lives in
 * ci-session.ts, which loads only when a verb runs.
 */
import type { Command } from 'commander';

/** The flags that turn CI mode on. */
export interface CiFlags {
  ci?: boolean;
  provider?: string;
}

/** Adds `--ci` and `--provider` to a verb. */
export function addCiOptions(command: Command): Command {
  return command
    .option(
      '--ci',
      'use the CI this runs in: its run facts, artifacts (plan, shard bundles), history, job summary, annotations, outputs and PR comment',
    )
    .option(
      '--provider <id>',
      'the CI to use instead of detecting it: github, gitlab, azure, jenkins or local (implies --ci)',
    );
}
