/**
 * Running the GitLab component's pipelines with gitlab-ci-local (npm, pinned to 4.70.1: 4.71 needs Node 22),
 * the way GitLab would: each job in a build folder of its own (`--shell-isolation`), files passed between
 * jobs only by their `artifacts:` and `needs:`, the shell executor (no Docker here; `--force-shell-executor`
 * runs jobs that name an `image:` in the shell). Every pipeline runs in a fresh git repository in a temp
 * folder, never in the checkout.
 *
 * The jobs run the current sources' CLI, bundled once per test run (test/support/cli-bundle.ts; the
 * committed dist/ is rebuilt only when the project merges), passed as the component's `tessera` input.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../support/corpus.js';

const run = promisify(execFile);

/** Creates a git repository at `dir` holding `files` (and the component's templates/), committed on main. */
export async function gitRepo(dir: string, files: Record<string, string>, copyFrom?: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (copyFrom) await cp(copyFrom, dir, { recursive: true });
  await cp(join(REPO_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const git = (...args: string[]) =>
    run('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', ...args], { cwd: dir });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'fixture');
  // gitlab-ci-local takes the project path (CI_PROJECT_PATH, the component's address) from origin.
  await git('remote', 'add', 'origin', 'https://gitlab.example.com/acme/shop.git');
}

/** What one gitlab-ci-local run printed. */
export interface PipelineRun {
  readonly exitCode: number;
  readonly output: string;
}

/** Runs the pipeline (or the named jobs) in `dir`. */
export async function gitlabCiLocal(dir: string, jobs: readonly string[] = []): Promise<PipelineRun> {
  const bin = join(REPO_ROOT, 'node_modules/.bin/gitlab-ci-local');
  try {
    const { stdout, stderr } = await run(
      bin,
      ['--force-shell-executor', '--shell-isolation', '--no-color', '--max-job-name-padding', '0', ...jobs],
      { cwd: dir, maxBuffer: 64 * 1024 * 1024, timeout: 180_000, env: { ...process.env, FORCE_COLOR: '0' } },
    );
    return { exitCode: 0, output: `${stdout}\n${stderr}` };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: failed.code ?? 1, output: `${failed.stdout ?? ''}\n${failed.stderr ?? ''}` };
  }
}

/** The lines one job printed (gitlab-ci-local prefixes each with the job's name). */
export function jobLines(run: PipelineRun, job: string): string[] {
  return run.output.split('\n').filter((line) => line.startsWith(`${job} `) || line.includes(`-> ${job} `));
}

/** A file a job kept as an artifact (gitlab-ci-local stores each job's artifacts apart). */
export function artifactFile(dir: string, job: string, path: string): Promise<string> {
  return readFile(join(dir, '.gitlab-ci-local/artifacts', job, path), 'utf8');
}
