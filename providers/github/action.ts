/**
 * What the GitHub Action does with its inputs: builds the argv of the `tessera` CLI (the same flags, so the
 * action mirrors the CLI) and runs it in-process in CI mode (`--ci`), where the CLI itself moves the plan
 * and the shard bundles through the run's artifacts, keeps the history in `tessera-history` artifacts and
 * publishes the report (job summary, annotations, outputs, PR comment). Everything outside is injected, so
 * tests run it without a runner.
 */
import { UsageError } from '../../src/model/errors.js';
import {
  actionCommand,
  flagArgs,
  queueArgs,
  bailArgs,
  skipUnchangedArgs,
  testCommand,
  type ActionCommand,
  type InputReader,
} from './inputs.js';

/** What {@link runAction} needs from the outside. */
export interface ActionDeps {
  readonly read: InputReader;
  /** The CLI: `main` of src/cli/main.ts. Returns the exit code. */
  readonly cli: (argv: readonly string[]) => Promise<number>;
  /** Masks a secret in the job log. */
  readonly setSecret: (secret: string) => void;
}

/** What the action did. */
export interface ActionResult {
  readonly command: ActionCommand;
  /** The CLI's exit code: 0 ok, 1 tests failed, 2 usage, 3 unreadable input. */
  readonly exitCode: number;
}

/** Runs the action once. Throws on bad inputs; the CLI's own errors come back as its exit code. */
export async function runAction(deps: ActionDeps): Promise<ActionResult> {
  const token = deps.read('token');
  if (token !== '') deps.setSecret(token);
  const command = actionCommand(deps.read);
  return { command, exitCode: await deps.cli(actionArgv(command, deps.read)) };
}

/** The CLI's argv for `command`: the flags its inputs map to, and `--ci`. */
export function actionArgv(command: ActionCommand, read: InputReader): string[] {
  switch (command) {
    case 'plan': {
      // Where the plan is written; left to the CLI's CI-mode default (.tessera/plan.json) when empty.
      const out = read('plan').trim();
      return [
        'plan',
        ...flagArgs('plan', read, ['plan']),
        '--ci',
        ...(out ? ['--out', out] : []),
        ...skipUnchangedArgs(read),
      ];
    }
    case 'run':
      return [
        'run',
        ...flagArgs('run', read),
        ...queueArgs('run', read),
        ...bailArgs(read),
        '--ci',
        '--',
        ...testCommand(read('run')),
      ];
    case 'collect':
      return ['collect', ...flagArgs('collect', read), '--ci'];
    case 'report':
      return [
        'report',
        ...flagArgs('report', read),
        ...queueArgs('report', read),
        '--ci',
        ...commentArgs(read('comment')),
      ];
  }
}

/** The `comment` input: 'true' (default) or 'false'. */
function commentArgs(value: string): string[] {
  const normalised = value.trim().toLowerCase();
  if (normalised === '' || normalised === 'true') return [];
  if (normalised === 'false') return ['--no-comment'];
  throw new UsageError(`input 'comment' must be true or false, got ${JSON.stringify(value)}`);
}
