/**
 * What the Tessera task does with its inputs: the GitHub Action's argv builder (the CLI's own flags, with
 * `--ci`), run in-process, plus what only Azure has: the merged JUnit published to the Tests tab
 * (`##vso[results.publish]`), and the task's result from the CLI's exit code. Everything outside is
 * injected, so tests run it without an agent.
 */
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Env } from '../../src/ci/index.js';
import { UsageError } from '../../src/model/errors.js';
import { actionArgv } from '../github/action.js';
import { actionCommand, type ActionCommand } from '../github/inputs.js';
import { agentInputs } from './inputs.js';
import { resultsPublishCommand, setVariableCommand } from './logging-commands.js';

/** What {@link runTask} needs from the outside. */
export interface TaskDeps {
  readonly env: Env;
  /** The working directory (the agent starts a task in `BUILD_SOURCESDIRECTORY`). */
  readonly cwd: string;
  /** The CLI: `main` of src/cli/main.ts, with the environment it should see. Returns the exit code. */
  readonly cli: (argv: readonly string[], env: Env) => Promise<number>;
  /** Writes one logging command to the agent. */
  readonly emit: (command: string) => void;
}

/** What the task did. */
export interface TaskResult {
  readonly command: ActionCommand;
  readonly exitCode: number;
}

/** Runs the task once. Throws on bad inputs; the CLI's own errors come back as its exit code. */
export async function runTask(deps: TaskDeps): Promise<TaskResult> {
  const { env } = deps;
  const junit = join(
    env.AGENT_TEMPDIRECTORY || join(deps.cwd, '.tessera'),
    `tessera-junit-${env.BUILD_BUILDID ?? 'local'}.xml`,
  );
  const read = agentInputs(env, junit);
  // A token given as an input (a GitHub token for a GitHub repository, or another identity's PAT) is
  // registered as a secret with the agent, and becomes TESSERA_TOKEN, which wins for the PR comment.
  const token = read('token');
  if (token !== '') deps.emit(setVariableCommand('tessera.secret.input', token, { isSecret: true }));
  const command = actionCommand(read);
  const cliEnv: Env = token !== '' ? { ...env, TESSERA_TOKEN: token } : env;
  const exitCode = await deps.cli(actionArgv(command, read), cliEnv);
  if (command === 'report' && publishTests(read('publishTestResults'))) {
    const file = resolve(deps.cwd, read('junit'));
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      deps.emit(
        resultsPublishCommand(
          [file],
          `Tessera${env.SYSTEM_JOBATTEMPT && env.SYSTEM_JOBATTEMPT !== '1' ? ` (attempt ${env.SYSTEM_JOBATTEMPT})` : ''}`,
        ),
      );
  }
  return { command, exitCode };
}

/** The `publishTestResults` input: 'true' (default) or 'false'. */
function publishTests(value: string): boolean {
  const normalised = value.trim().toLowerCase();
  if (normalised === '' || normalised === 'true') return true;
  if (normalised === 'false') return false;
  throw new UsageError(`input 'publishTestResults' must be true or false, got ${JSON.stringify(value)}`);
}
