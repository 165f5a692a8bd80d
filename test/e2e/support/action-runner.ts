/**
 * Runs the GitHub Action's bundle the way the runner runs a JavaScript action: a `node <bundle>` process in
 * the job's workspace, with every input of action.yml as an `INPUT_*` variable (its default when the step
 * does not set it, `${{ github.token }}` becoming the job's token), the runner's `GITHUB_*`/`RUNNER_*`
 * variables, fresh file-command files (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` …) and the event payload at
 * `GITHUB_EVENT_PATH`; the runtime variables point at a {@link FakeGithub} on 127.0.0.1.
 *
 * The process is spawned asynchronously: the fake server lives in the test's own process and must keep
 * answering while the action runs.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../support/corpus.js';
import { FakeGithubToken, runnerEnv } from '../../fake-servers/github/runner-env.js';
import type { FakeGithub } from '../../fake-servers/github/server.js';

/** The job's `github.token` (an installation token's shape); the action gets it as `INPUT_TOKEN`. */
export const JOB_TOKEN = 'ghs_e2eJobToken0123456789abcdefghijABCDEF';

/** The preload that shortens the clients' back-off in the subprocess (see the file). */
export const FAST_BACKOFF = join(REPO_ROOT, 'test/e2e/support/fast-backoff.mjs');

/** What a process prints and exits with. */
export interface ProcessResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <args>` asynchronously; rejects only if it cannot start or outlives `timeoutMs`. */
export function runNode(
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`node ${args.join(' ')} did not finish in ${options.timeoutMs} ms:\n${stdout}\n${stderr}`),
      );
    }, options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? (signal ? 128 : -1), stdout, stderr });
    });
  });
}

/**
 * Bundles the action from the current sources into `outDir` with the project's own build script (the same
 * ncc build that writes dist/), and resolves with the bundle's entry.
 *
 * The build's output goes to a file, not a pipe: ncc prints a failure (with its own minified source)
 * faster than a pipe drains, and the end of it, the part that says what failed, would be lost.
 */
export async function buildActionBundle(outDir: string): Promise<string> {
  const logFile = `${outDir}.build.log`;
  const log = await open(logFile, 'w');
  let exitCode: number;
  try {
    exitCode = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), '--out', outDir], {
        cwd: REPO_ROOT,
        env: { ...process.env, FORCE_COLOR: '0' },
        stdio: ['ignore', log.fd, log.fd],
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve(code ?? -1);
      });
    });
  } finally {
    await log.close();
  }
  if (exitCode !== 0) {
    // The build says what stopped it (a syntax error's file and line, ncc's message) last.
    const output = await readFile(logFile, 'utf8');
    throw new Error(`scripts/build.mjs failed (${exitCode}):\n${output.slice(-3000)}`);
  }
  return join(outDir, 'github', 'index.js');
}

/** The inputs action.yml declares, with their defaults ('' when none). */
export async function actionInputDefaults(): Promise<Record<string, string>> {
  const metadata = parse(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(metadata.inputs).map(([name, input]) => [name, String(input.default ?? '')]),
  );
}

/**
 * The outputs a step wrote to its `GITHUB_OUTPUT` file: `name=value` lines and `name<<DELIMITER` blocks,
 * as the runner reads them.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? '', i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${delimiter} for ${name}`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`GITHUB_OUTPUT: unreadable line ${JSON.stringify(line)}`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/** The facts of one workflow run that every job of it sees. */
export interface WorkflowRunSpec {
  readonly runId: number;
  readonly attempt: number;
  /** `GITHUB_REPOSITORY`, `owner/name`. */
  readonly repository: string;
  /** `GITHUB_EVENT_NAME`. */
  readonly event: string;
  /** The payload file (`GITHUB_EVENT_PATH`). */
  readonly payloadPath: string;
  /** The variables that differ by event: `GITHUB_REF`, `GITHUB_SHA`, `GITHUB_HEAD_REF` … */
  readonly refEnv: Record<string, string>;
}

/** One job step running the action. */
export interface ActionStep {
  /** `GITHUB_JOB`: the job's id in the workflow. */
  readonly job: string;
  /** The step's `with:`. */
  readonly inputs: Record<string, string>;
  /** The job's checkout. */
  readonly workspace: string;
  /** Shorten the clients' back-off (see fast-backoff.mjs). */
  readonly fastBackoff?: boolean;
  /** `job.check_run_id`: the job's id, which GitHub's job URL ends with (empty when not given). */
  readonly checkRunId?: number;
}

/** What one step did. */
export interface ActionStepResult extends ProcessResult {
  readonly outputs: Record<string, string>;
  /** The step's job summary (`GITHUB_STEP_SUMMARY`). */
  readonly summary: string;
  /** The raw `GITHUB_OUTPUT` file. */
  readonly outputFile: string;
  /** With `fastBackoff`: the delays the clients asked for, in ms. */
  readonly backoffDelays: readonly number[];
  readonly workspace: string;
}

/** Runs action steps from one bundle against one fake GitHub. */
export class ActionRunner {
  constructor(
    private readonly bundle: string,
    private readonly fake: FakeGithub,
    private readonly scratch: string,
    private readonly defaults: Record<string, string>,
  ) {}

  /** Runs `step` as a job of `run`, in a fresh runner temp folder. */
  async step(run: WorkflowRunSpec, step: ActionStep): Promise<ActionStepResult> {
    const temp = await mkdtemp(join(this.scratch, `runner-${step.job}-`));
    const files = Object.fromEntries(
      ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'].map((name) => [
        name,
        join(temp, name.toLowerCase()),
      ]),
    );
    for (const file of Object.values(files)) await writeFile(file, '');
    const backoffLog = join(temp, 'backoff.json');
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...this.defaults, ...step.inputs }))
      inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
        .replace(/\$\{\{\s*github\.token\s*\}\}/g, JOB_TOKEN)
        .replace(/\$\{\{\s*job\.check_run_id\s*\}\}/g, String(step.checkRunId ?? ''));
    const [owner = ''] = run.repository.split('/');
    const env: NodeJS.ProcessEnv = {
      // Only what a runner gives a step: nothing of the test process's own CI leaks in.
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'GitHub Actions 2',
      RUNNER_TEMP: temp,
      GITHUB_WORKFLOW: 'tests',
      GITHUB_RUN_ID: String(run.runId),
      GITHUB_RUN_NUMBER: String(run.runId % 1000),
      GITHUB_RUN_ATTEMPT: String(run.attempt),
      GITHUB_JOB: step.job,
      GITHUB_ACTION: '__tessera_tessera',
      GITHUB_ACTOR: 'Codertocat',
      GITHUB_REPOSITORY: run.repository,
      GITHUB_REPOSITORY_OWNER: owner,
      GITHUB_EVENT_NAME: run.event,
      GITHUB_EVENT_PATH: run.payloadPath,
      ...run.refEnv,
      ...runnerEnv(this.fake, step.workspace),
      ...files,
      ...inputs,
      ...(step.fastBackoff ? { NODE_OPTIONS: `--import ${FAST_BACKOFF}`, E2E_BACKOFF_LOG: backoffLog } : {}),
    };
    const result = await runNode([this.bundle], { cwd: step.workspace, env });
    const outputFile = await readFile(files.GITHUB_OUTPUT ?? '', 'utf8');
    return {
      ...result,
      outputFile,
      outputs: parseOutputFile(outputFile),
      summary: await readFile(files.GITHUB_STEP_SUMMARY ?? '', 'utf8'),
      backoffDelays: step.fastBackoff
        ? (JSON.parse(await readFile(backoffLog, 'utf8').catch(() => '[]')) as number[])
        : [],
      workspace: step.workspace,
    };
  }
}

/** The secrets a step must never print (other than in its `::add-mask::` command). */
export const SECRETS = [JOB_TOKEN, FakeGithubToken.value];

/** Every place a secret shows in what a step wrote, other than `::add-mask::` lines. */
export function leakedSecrets(result: ActionStepResult): string[] {
  const places = {
    stdout: result.stdout,
    stderr: result.stderr,
    GITHUB_OUTPUT: result.outputFile,
    GITHUB_STEP_SUMMARY: result.summary,
  };
  const leaks: string[] = [];
  for (const [place, text] of Object.entries(places)) {
    const kept = text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of SECRETS)
      if (kept.includes(secret)) leaks.push(`${place} shows ${secret.slice(0, 8)}…`);
  }
  return leaks;
}
