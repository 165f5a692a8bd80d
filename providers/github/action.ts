/**
 * What the GitHub Action does with its inputs: builds the argv of the `tessera` CLI (the same flags, so the
 * action mirrors the CLI), runs it in-process, then publishes what the CLI wrote: `matrix`, `shards` and
 * `plan` outputs after `plan`; the counts and the job summary after `report`. Everything outside is
 * injected, so tests run it without a runner.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CiHost, Env } from '../../src/ci/index.js';
import { TesseraError } from '../../src/model/index.js';
import { formatMatrix, readPlanFile } from '../../src/plan/index.js';
import { parseReport } from '../../src/report/report-document.js';
import { actionCommand, flagArgs, testCommand, type ActionCommand, type InputReader } from './inputs.js';

/** Where the plan goes when the `plan` input is empty. */
export const DEFAULT_PLAN_PATH = '.tessera/plan.json';

/** What {@link runAction} needs from the outside. */
export interface ActionDeps {
  readonly read: InputReader;
  readonly env: Env;
  readonly cwd: string;
  /** The CLI: `main` of src/cli/main.ts. Returns the exit code. */
  readonly cli: (argv: readonly string[]) => Promise<number>;
  /** The CI host, created only by the commands that publish something. */
  readonly host: () => Promise<CiHost>;
  /** Masks a secret in the job log. */
  readonly setSecret: (secret: string) => void;
}

/** What the action did. */
export interface ActionResult {
  readonly command: ActionCommand;
  /** The CLI's exit code: 0 ok, 1 tests failed, 2 usage, 3 unreadable input. */
  readonly exitCode: number;
}

/** Runs the action once. Throws on errors outside the CLI (bad inputs, outputs that cannot be written). */
export async function runAction(deps: ActionDeps): Promise<ActionResult> {
  const token = deps.read('token');
  if (token !== '') deps.setSecret(token);
  const command = actionCommand(deps.read);
  const exitCode = await COMMANDS[command](deps);
  return { command, exitCode };
}

/** `--attempt` from the runner, so bundles of a re-run win over the first attempt's. */
function attemptArgs(env: Env): string[] {
  const attempt = env.GITHUB_RUN_ATTEMPT;
  return attempt && /^[1-9]\d*$/.test(attempt) ? ['--attempt', attempt] : [];
}

const COMMANDS: Record<ActionCommand, (deps: ActionDeps) => Promise<number>> = {
  async plan(deps) {
    const planPath = deps.read('plan').trim() || DEFAULT_PLAN_PATH;
    const absolute = resolve(deps.cwd, planPath);
    await mkdir(dirname(absolute), { recursive: true });
    const code = await deps.cli([
      'plan',
      ...flagArgs('plan', deps.read, ['plan']),
      '--format',
      'json',
      '--out',
      absolute,
    ]);
    if (code !== 0) return code;
    const plan = await readPlanFile(absolute);
    const host = await deps.host();
    await host.setOutput('matrix', formatMatrix(plan).trim());
    await host.setOutput('shards', String(plan.shards.length));
    await host.setOutput('plan', planPath);
    return code;
  },

  async run(deps) {
    const command = testCommand(deps.read('run'));
    return deps.cli(['run', ...flagArgs('run', deps.read), ...attemptArgs(deps.env), '--', ...command]);
  },

  async collect(deps) {
    return deps.cli(['collect', ...flagArgs('collect', deps.read), ...attemptArgs(deps.env)]);
  },

  async report(deps) {
    // The counts come from the JSON report and the job summary from the summary file: when the user
    // names no path for them, they are written to a private temporary folder.
    const scratch = await mkdtemp(join(deps.env.RUNNER_TEMP || tmpdir(), 'tessera-'));
    const json = resolve(deps.cwd, deps.read('json').trim() || join(scratch, 'report.json'));
    const summary = resolve(deps.cwd, deps.read('summary').trim() || join(scratch, 'summary.md'));
    const code = await deps.cli([
      'report',
      ...flagArgs('report', deps.read, ['json', 'summary']),
      '--json',
      json,
      '--summary',
      summary,
    ]);
    if (code === 2) return code; // usage error: nothing was written
    const host = await deps.host();
    const reportText = await readIfExists(json);
    if (reportText !== undefined) {
      const { summary: counts } = parseReport(JSON.parse(reportText) as unknown, json);
      for (const name of ['tests', 'passed', 'failed', 'flaky', 'skipped'] as const)
        await host.setOutput(name, String(counts[name]));
    }
    const markdown = await readIfExists(summary);
    if (markdown !== undefined) {
      const written = await host.summary.append(markdown);
      if (!written.written)
        host.log.warn(
          `the report summary did not fit the job summary (${host.summary.limitBytes} bytes) and was not written`,
        );
    }
    return code;
  },
};

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new TesseraError(`cannot read ${path}: ${(error as Error).message}`);
  }
}
