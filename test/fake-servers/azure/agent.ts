/**
 * A stand-in for the Azure Pipelines agent running the Tessera task: the task entry runs as a child
 * process with the variables the agent gives a Node task (`INPUT_*` for the inputs, `BUILD_*`, `SYSTEM_*`,
 * `AGENT_TEMPDIRECTORY`, the `SystemVssConnection` token), and its stdout is read for logging commands the
 * way the agent reads them: `artifact.upload` files the staged folder into the build (after the step, as the
 * agent does), `task.setvariable isoutput=true` becomes an output, `task.uploadsummary` a summary tab,
 * `task.logissue` an issue, `results.publish` a Tests-tab publish, `task.complete` the result.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseVsoCommand, type ParsedCommand } from '../../../providers/azure/logging-commands.js';
import { REPO_ROOT } from '../../support/corpus.js';
import { BUILD_TOKEN, DEFINITION_ID, PROJECT, REPOSITORY_ID, type FakeAzureDevOps } from './server.js';

/** One build of the pipeline, as the agent describes it to a job. */
export interface AgentBuild {
  readonly id: number;
  /** `refs/heads/main`, or the PR's `refs/pull/<n>/merge`. */
  readonly sourceBranch: string;
  readonly pr?: { readonly id: number; readonly source: string; readonly target: string };
}

/** What one task step did. */
export interface StepResult {
  /** The job's checkout. */
  readonly workspace: string;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly commands: readonly ParsedCommand[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly summaries: readonly string[];
  readonly issues: readonly ParsedCommand[];
  readonly published: readonly ParsedCommand[];
  readonly result?: string;
  readonly backoffDelays: readonly number[];
}

/** How the entry is started: the TypeScript source through tsx, or a bundle (`node <bundle>`). */
export function entryArgs(bundle?: string): string[] {
  return bundle
    ? [bundle]
    : [
        '--import',
        pathToFileURL(join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href,
        join(REPO_ROOT, 'providers/azure/main.ts'),
      ];
}

/** Runs the task once in `workspace` as job `job` of `build`, then files its uploads into the fake. */
export async function runTaskStep(
  fake: FakeAzureDevOps,
  build: AgentBuild,
  options: {
    readonly workspace: string;
    readonly inputs: Record<string, string>;
    readonly job?: string;
    readonly attempt?: number;
    readonly position?: { readonly index: number; readonly total: number };
    readonly token?: string;
    readonly fastBackoff?: boolean;
    readonly bundle?: string;
  },
): Promise<StepResult> {
  const temp = await mkdtemp(join(options.workspace, '..', 'agent-temp-'));
  const backoffLog = join(temp, 'backoff.json');
  const attempt = options.attempt ?? 1;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TF_BUILD: 'True',
    AGENT_TEMPDIRECTORY: temp,
    BUILD_ARTIFACTSTAGINGDIRECTORY: join(temp, 'a'),
    BUILD_SOURCESDIRECTORY: options.workspace,
    BUILD_BUILDID: String(build.id),
    BUILD_BUILDNUMBER: `20261204.${build.id}`,
    BUILD_REASON: build.pr ? 'PullRequest' : 'IndividualCI',
    BUILD_REPOSITORY_PROVIDER: 'TfsGit',
    BUILD_REPOSITORY_ID: REPOSITORY_ID,
    BUILD_REPOSITORY_NAME: 'Fabrikam',
    BUILD_REPOSITORY_URI: `${fake.collectionUrl}${PROJECT}/_git/Fabrikam`,
    BUILD_SOURCEBRANCH: build.sourceBranch,
    BUILD_SOURCEVERSION: `${String(build.id).padStart(8, '0')}aaaabbbbccccddddeeeeffff0000`,
    SYSTEM_COLLECTIONURI: fake.collectionUrl,
    SYSTEM_TEAMFOUNDATIONCOLLECTIONURI: fake.collectionUrl,
    SYSTEM_TEAMPROJECT: PROJECT,
    SYSTEM_DEFINITIONID: String(DEFINITION_ID),
    SYSTEM_JOBATTEMPT: String(attempt),
    SYSTEM_JOBDISPLAYNAME: options.job ?? 'Job',
    SYSTEM_JOBPOSITIONINPHASE: String(options.position?.index ?? 1),
    SYSTEM_TOTALJOBSINPHASE: String(options.position?.total ?? 1),
    // The agent gives every task the job's access token as the SystemVssConnection endpoint's.
    ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: options.token ?? BUILD_TOKEN,
    // The e2e suite's fixture keys its outage on the attempt (test/e2e/support/workspace.ts).
    GITHUB_RUN_ATTEMPT: String(attempt),
    ...(options.fastBackoff
      ? {
          NODE_OPTIONS: `--import ${join(REPO_ROOT, 'test/e2e/support/fast-backoff.mjs')}`,
          E2E_BACKOFF_LOG: backoffLog,
        }
      : {}),
  };
  if (build.pr) {
    env.SYSTEM_PULLREQUEST_PULLREQUESTID = String(build.pr.id);
    env.SYSTEM_PULLREQUEST_SOURCEBRANCH = `refs/heads/${build.pr.source}`;
    env.SYSTEM_PULLREQUEST_TARGETBRANCH = `refs/heads/${build.pr.target}`;
    env.SYSTEM_PULLREQUEST_SOURCECOMMITID = `${String(build.id).padStart(8, '0')}11112222333344445555666677`;
    env.SYSTEM_PULLREQUEST_ISFORK = 'False';
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn(process.execPath, entryArgs(options.bundle), { cwd: options.workspace, env });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout: out, stderr: err }));
  });

  // Tessera writes every logging command to stdout (ci-host.ts), so only stdout is read here: a command
  // that went to stderr would be a regression.
  const commands = stdout
    .split('\n')
    .map((line) => parseVsoCommand(line))
    .filter((c): c is ParsedCommand => c !== undefined);
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  for (const command of commands) {
    if (command.name === 'task.setvariable' && command.properties.isoutput === 'true')
      outputs[command.properties.variable ?? ''] = command.data;
    if (command.name === 'task.uploadsummary') summaries.push(await readFile(command.data, 'utf8'));
    if (command.name === 'artifact.upload') {
      const folder = command.data;
      const files = new Map<string, Buffer>();
      for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }))
        if (entry.isFile()) {
          const path = join(entry.parentPath, entry.name);
          files.set(
            `${command.properties.containerfolder}/${relative(folder, path).split('\\').join('/')}`,
            await readFile(path),
          );
        }
      fake.upload(build.id, command.properties.artifactname ?? '', files);
    }
  }
  const backoffDelays = options.fastBackoff
    ? ((JSON.parse(await readFile(backoffLog, 'utf8').catch(() => '[]')) as number[]) ?? [])
    : [];
  return {
    workspace: options.workspace,
    exitCode,
    stdout,
    stderr,
    commands,
    outputs,
    summaries,
    issues: commands.filter((c) => c.name === 'task.logissue'),
    published: commands.filter((c) => c.name === 'results.publish'),
    result: commands.find((c) => c.name === 'task.complete')?.properties.result,
    backoffDelays,
  };
}
