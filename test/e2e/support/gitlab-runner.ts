/**
 * A GitLab runner in miniature, for the end-to-end test: it runs the component's own jobs
 * (templates/tessera.yml with the inputs interpolated) the way a GitLab runner does, and nothing else:
 *
 * - each job's `before_script` and `script` in `sh -e`, in a fresh checkout (its working directory is
 *   `CI_PROJECT_DIR`), with GitLab's predefined variables for the pipeline and the job, the job's own
 *   `variables:`, and the project's CI/CD variables (a masked GITLAB_TOKEN, when given);
 * - `parallel: N` as N jobs with `CI_NODE_INDEX`/`CI_NODE_TOTAL`, running at once;
 * - artifacts the GitLab way: after a job, the files its `artifacts: paths:` (and `reports:`) name are kept
 *   for it; before a job, the artifacts of the jobs it `needs:` are extracted into its checkout, and the
 *   dotenv reports of those jobs become variables;
 * - every job is a job of its pipeline in the fake GitLab (`pipelines/:id/jobs`), `running` while it runs,
 *   then `success` or `failed` with its artifacts archive (`jobs/:job_id/artifacts`), so a retried shard job
 *   can find the job it retries;
 * - a pipeline that succeeded hands its report job's artifacts archive to the fake GitLab, which then
 *   serves it as the latest successful pipeline of the ref (`jobs/artifacts/:ref/download?job=`).
 *
 * The CLI is the current sources, bundled once (packaging/support/gitlab-ci-local.ts).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { glob } from 'tinyglobby';
import type { FakeGitlab } from '../../fake-servers/gitlab/server.js';
import { interpolateComponent, type ComponentJob } from '../../support/gitlab-component.js';
import { parseDotenv } from '../../../providers/gitlab/reports.js';

/** One pipeline: its id, ref, and (for a merge request pipeline) the merge request. */
export interface PipelineSpec {
  readonly id: number;
  /** The branch pipelines build, or the MR's source branch. */
  readonly ref: string;
  readonly sha: string;
  readonly mergeRequest?: { readonly iid: number; readonly target: string };
}

/** What a job did. */
export interface JobResult {
  readonly name: string;
  readonly exitCode: number;
  readonly output: string;
  /** Its checkout, after the job. */
  readonly workspace: string;
}

/** The runner for one project, against one fake GitLab. */
export class GitlabRunner {
  /** Artifacts kept per pipeline and job name (a folder holding the job's artifact paths). */
  private readonly kept = new Map<string, { readonly paths: string; readonly dotenv?: string }>();
  private nextJobId = 5000;

  constructor(
    private readonly fake: FakeGitlab,
    private readonly scratch: string,
    /** The component's inputs, as the project's `include:` gives them. */
    private readonly inputs: Record<string, string | number>,
    /** Makes a fresh checkout of the pipeline's commit; resolves with its folder. */
    private readonly checkout: (pipeline: PipelineSpec) => Promise<string>,
  ) {}

  private jobs(): Record<string, ComponentJob> {
    return interpolateComponent(this.inputs);
  }

  /** GitLab's predefined variables for a job of `pipeline`. */
  private predefined(
    pipeline: PipelineSpec,
    name: string,
    workspace: string,
    jobId: number,
  ): Record<string, string> {
    const project = `${this.fake.url}/acme/shop`;
    const mr = pipeline.mergeRequest;
    return {
      CI: 'true',
      GITLAB_CI: 'true',
      CI_SERVER_URL: this.fake.url,
      CI_API_V4_URL: this.fake.apiUrl,
      CI_PROJECT_ID: '4242',
      CI_PROJECT_PATH: 'acme/shop',
      CI_PROJECT_URL: project,
      CI_PROJECT_DIR: workspace,
      CI_DEFAULT_BRANCH: 'main',
      CI_PIPELINE_ID: String(pipeline.id),
      CI_PIPELINE_URL: `${project}/-/pipelines/${pipeline.id}`,
      CI_PIPELINE_SOURCE: mr ? 'merge_request_event' : 'push',
      CI_COMMIT_SHA: pipeline.sha,
      CI_COMMIT_REF_NAME: pipeline.ref,
      ...(mr
        ? {
            CI_MERGE_REQUEST_ID: String(90_000 + mr.iid),
            CI_MERGE_REQUEST_IID: String(mr.iid),
            CI_MERGE_REQUEST_PROJECT_ID: '4242',
            CI_MERGE_REQUEST_PROJECT_PATH: 'acme/shop',
            CI_MERGE_REQUEST_PROJECT_URL: project,
            CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '4242',
            CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: pipeline.ref,
            CI_MERGE_REQUEST_TARGET_BRANCH_NAME: mr.target,
            CI_MERGE_REQUEST_EVENT_TYPE: 'detached',
          }
        : { CI_COMMIT_BRANCH: pipeline.ref }),
      CI_JOB_ID: String(jobId),
      CI_JOB_NAME: name,
      CI_JOB_URL: `${project}/-/jobs/${jobId}`,
      CI_JOB_STARTED_AT: new Date().toISOString(),
      CI_JOB_TOKEN: this.fake.jobToken ?? '',
    };
  }

  /**
   * Runs job `name` of the component (all its `parallel:` instances, at once).
   *
   * @param variables the project's CI/CD variables (e.g. GITLAB_TOKEN)
   */
  async run(
    pipeline: PipelineSpec,
    name: string,
    variables: Record<string, string> = {},
  ): Promise<JobResult[]> {
    const job = this.jobs()[name];
    if (!job) throw new Error(`the component has no job ${name}`);
    const parallel = typeof job.parallel === 'number' ? job.parallel : undefined;
    const instances =
      parallel === undefined ? [undefined] : Array.from({ length: parallel }, (_, i) => i + 1);
    return Promise.all(
      instances.map((index) => this.runOne(pipeline, name, job, variables, index, parallel)),
    );
  }

  /**
   * "Retry" on one job (`tessera-test 2/2`): GitLab makes a new job (a new id) of the same name in the same
   * pipeline, in a fresh checkout; the jobs that need it then get the new job's artifacts.
   */
  async retry(
    pipeline: PipelineSpec,
    fullName: string,
    variables: Record<string, string> = {},
  ): Promise<JobResult> {
    const [, name = fullName, index, total] = /^(.*?)(?: (\d+)\/(\d+))?$/.exec(fullName) ?? [];
    const job = this.jobs()[name];
    if (!job) throw new Error(`the component has no job ${name}`);
    const at = index === undefined ? undefined : Number(index);
    return this.runOne(pipeline, name, job, variables, at, total === undefined ? undefined : Number(total));
  }

  private async runOne(
    pipeline: PipelineSpec,
    name: string,
    job: ComponentJob,
    variables: Record<string, string>,
    index: number | undefined,
    total: number | undefined,
  ): Promise<JobResult> {
    const fullName = index === undefined ? name : `${name} ${index}/${total}`;
    const workspace = await this.checkout(pipeline);
    let inherited: Record<string, string> = {};
    for (const need of (job.needs ?? []) as (string | { job: string })[]) {
      const needed = typeof need === 'string' ? need : need.job;
      for (const [key, kept] of this.kept)
        if (key === `${pipeline.id}/${needed}` || key.startsWith(`${pipeline.id}/${needed} `)) {
          await cp(kept.paths, workspace, { recursive: true });
          // A needed job's dotenv report becomes variables; report files themselves are not extracted.
          if (kept.dotenv) inherited = { ...inherited, ...Object.fromEntries(parseDotenv(kept.dotenv)) };
        }
    }
    const jobId = this.nextJobId++;
    const registered = this.fake.addJob({
      pipelineId: pipeline.id,
      id: jobId,
      name: fullName,
      status: 'running',
      ref: pipeline.ref,
    });
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...this.predefined(pipeline, fullName, workspace, jobId),
      ...(index !== undefined ? { CI_NODE_INDEX: String(index), CI_NODE_TOTAL: String(total) } : {}),
      ...inherited,
      ...Object.fromEntries(Object.entries(job.variables ?? {}).map(([k, v]) => [k, String(v)])),
      ...variables,
    };
    const script = [...(job.before_script ?? []), ...(job.script ?? [])].join('\n');
    const { exitCode, output } = await sh(script, workspace, env);
    await this.keep(pipeline, fullName, job, workspace);
    registered.status = exitCode === 0 ? 'success' : 'failed';
    const archive = await zipFolder(this.artifactsOf(pipeline, fullName));
    if (archive) registered.zip = archive;
    return { name: fullName, exitCode, output, workspace };
  }

  /** Keeps the files the job's `artifacts: paths:` name, and its dotenv report, as the runner uploads them. */
  private async keep(
    pipeline: PipelineSpec,
    name: string,
    job: ComponentJob,
    workspace: string,
  ): Promise<void> {
    const patterns = (job.artifacts?.paths ?? []).map((p) => (p.endsWith('/') ? `${p}**` : p));
    const files = await glob(patterns, { cwd: workspace, dot: true, onlyFiles: true });
    const folder = await mkdtemp(join(this.scratch, 'artifacts-'));
    for (const file of files) {
      await mkdir(join(folder, file, '..'), { recursive: true });
      await cp(join(workspace, file), join(folder, file));
    }
    const dotenvPath = job.artifacts?.reports?.dotenv;
    const dotenv = dotenvPath
      ? await readFile(join(workspace, dotenvPath), 'utf8').catch(() => undefined)
      : undefined;
    this.kept.set(`${pipeline.id}/${name}`, { paths: folder, ...(dotenv !== undefined ? { dotenv } : {}) });
  }

  /** The folder holding the files job `name` of `pipeline` kept. */
  artifactsOf(pipeline: PipelineSpec, name: string): string {
    const kept = this.kept.get(`${pipeline.id}/${name}`);
    if (!kept) throw new Error(`job ${name} of pipeline ${pipeline.id} kept nothing`);
    return kept.paths;
  }

  /**
   * The pipeline succeeded: GitLab now serves its report job's artifacts archive as the latest successful
   * pipeline of its ref.
   */
  async succeeded(pipeline: PipelineSpec, reportJob = 'tessera-report'): Promise<void> {
    const zip = await zipFolder(this.artifactsOf(pipeline, reportJob));
    if (!zip) throw new Error(`job ${reportJob} of pipeline ${pipeline.id} kept no files`);
    this.fake.storeJobArtifacts({
      projectId: 4242,
      ref: pipeline.ref,
      job: reportJob,
      pipelineId: pipeline.id,
      zip,
    });
  }
}

/** The artifacts archive of a kept folder, as the runner uploads it; undefined when it holds no file. */
async function zipFolder(folder: string): Promise<Buffer | undefined> {
  const entries: Record<string, Uint8Array> = {};
  for (const file of await glob(['**'], { cwd: folder, dot: true, onlyFiles: true }))
    if ((await stat(join(folder, file))).isFile()) entries[file] = await readFile(join(folder, file));
  return Object.keys(entries).length > 0 ? Buffer.from(zipSync(entries)) : undefined;
}

/** Runs `script` in `sh -e` (stop at the first failing line, as GitLab's runner does). */
function sh(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ exitCode: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn('sh', ['-ec', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ exitCode: code ?? 1, output }));
  });
}
