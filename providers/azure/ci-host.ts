/**
 * The Azure Pipelines CI host: context from `BUILD_*`/`SYSTEM_*`, build artifacts (uploaded by the agent
 * on `##vso[artifact.upload]`, read through the Build REST API), histories as artifacts of the report job,
 * the job summary as a Markdown summary tab (`##vso[task.uploadsummary]`), annotations as
 * `##vso[task.logissue]` with file and line, outputs as output variables (`isOutput=true`), and every
 * secret registered with the agent (`task.setvariable issecret=true`) as well as masked in what we print.
 */
import { join, resolve } from 'node:path';
import {
  createLogger,
  FileSummarySink,
  SecretMasker,
  type Annotation,
  type AnnotationResult,
  type CiHost,
  type Env,
  type HostDeps,
  type Logger,
  type SummarySink,
  type SummaryWrite,
} from '../../src/ci/index.js';
import { LocalHistoryStore, type HistoryStore } from '../../src/history/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import { AzureArtifactStore } from './artifact-store.js';
import { azureBuildRef, parseAzureContext } from './context.js';
import { AzureHistoryStore } from './history-store.js';
import {
  AZURE_DIALECT,
  issueTypeOf,
  logIssueCommand,
  setVariableCommand,
  uploadSummaryCommand,
} from './logging-commands.js';
import { AzureDevOpsClient } from './rest-client.js';
import { azureToken } from './token.js';

/**
 * Issues of each type the agent keeps on a step's timeline record (its `_maxIssueCount`); later ones are
 * only log lines, so they are not sent and the summary says how many more there are.
 */
export const AZURE_ISSUES_PER_TYPE = 10;

/**
 * The summary tab's budget. Azure documents no limit for `task.uploadsummary`; 1 MiB, GitHub's, keeps the
 * tab readable and is far above what the renderer needs.
 */
export const AZURE_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Output names: the CLI's in camelCase (`report-url` → `reportUrl`), as task.json's `outputVariables` must
 * name them (letters and digits only).
 */
export function azureOutputName(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * The `matrix` output in the form `strategy: matrix: $[ … ]` reads: a JSON object of named legs, each with
 * its variables (`{"shard_1":{"shard":"1","total":"4"},…}`), from the CLI's `{"include":[…]}`. Any other
 * value is passed through.
 */
export function azureMatrix(value: string): string {
  try {
    const parsed = JSON.parse(value) as { include?: { shard?: number; total?: number }[] };
    if (!Array.isArray(parsed.include)) return value;
    const legs: Record<string, Record<string, string>> = {};
    for (const leg of parsed.include)
      legs[`shard_${leg.shard}`] = { shard: String(leg.shard), total: String(leg.total) };
    return JSON.stringify(legs);
  } catch {
    return value;
  }
}

/** The summary file, uploaded as a summary tab on its first write. */
class AzureSummarySink implements SummarySink {
  private readonly file: FileSummarySink;
  private uploaded = false;

  constructor(
    private readonly path: string,
    private readonly emit: (command: string) => void,
  ) {
    this.file = new FileSummarySink(path, AZURE_SUMMARY_LIMIT_BYTES);
  }

  get limitBytes(): number {
    return this.file.limitBytes;
  }

  async append(markdown: string): Promise<SummaryWrite> {
    const result = await this.file.append(markdown);
    if (result.written && !this.uploaded) {
      this.uploaded = true;
      this.emit(uploadSummaryCommand(this.path));
    }
    return result;
  }
}

/** The CI host of an Azure Pipelines job. */
export async function createAzureCiHost(env: Env, deps: HostDeps): Promise<CiHost> {
  const masker = new SecretMasker();
  const token = azureToken(env);
  // Logging commands go to stdout whatever stream the log lines use (a verb writing a machine-readable
  // output on stdout logs on stderr): stdout is where every agent version reads them.
  const emit = (command: string): void => void process.stdout.write(masker.scrub(command));
  const registered = new Set<string>();
  const base = createLogger(deps.write, AZURE_DIALECT, {
    debug: (env.SYSTEM_DEBUG ?? '').toLowerCase() === 'true' || env.TESSERA_DEBUG === '1',
    secrets: [token, env.TESSERA_TOKEN],
    masker,
  });
  // A secret is also registered with the agent, which then masks it in every later line of the job log,
  // ours or not. The command itself carries the value; the agent consumes it and never prints it.
  const log: Logger = {
    ...base,
    mask: (secret) => {
      if (secret.length >= 4 && !registered.has(secret)) {
        registered.add(secret);
        process.stdout.write(
          setVariableCommand(`tessera.secret.${registered.size}`, secret, { isSecret: true }),
        );
      }
      base.mask(secret);
    },
  };
  if (token) log.mask(token);

  const context = parseAzureContext(env, resolve(deps.cwd));
  const build = azureBuildRef(env);
  if (!build)
    throw new TesseraError(
      'this Azure Pipelines job does not say which build it is: SYSTEM_COLLECTIONURI, SYSTEM_TEAMPROJECT or BUILD_BUILDID is missing',
      'Run Tessera as a step of an Azure Pipelines job (the agent sets them), or use --provider local.',
    );
  const client = token
    ? new AzureDevOpsClient(build.collectionUrl, token, { log, ...(deps.sleep ? { sleep: deps.sleep } : {}) })
    : undefined;
  const tempDir = env.AGENT_TEMPDIRECTORY || undefined;
  const staging = join(
    env.BUILD_ARTIFACTSTAGINGDIRECTORY || env.AGENT_TEMPDIRECTORY || join(deps.cwd, '.tessera'),
    'tessera-artifacts',
  );
  const artifacts = new AzureArtifactStore({
    build,
    ...(client ? { client } : {}),
    emit,
    log,
    stagingDir: staging,
    ...(context.run.url ? { runUrl: context.run.url } : {}),
    ...(tempDir ? { tempDir } : {}),
  });
  const history: HistoryStore = client
    ? new AzureHistoryStore({
        artifacts,
        client,
        build,
        attempt: context.run.attempt,
        log,
        ...(tempDir ? { tempDir } : {}),
      })
    : new LocalHistoryStore(join(deps.cwd, '.tessera', 'history'));
  if (!client)
    log.warn(
      'No Azure DevOps token: shard bundles cannot be listed and no baseline can be read. The Tessera task reads System.AccessToken itself; from a script step, map SYSTEM_ACCESSTOKEN.',
    );
  const summaryPath = join(
    tempDir ?? join(deps.cwd, '.tessera'),
    `tessera-summary-${build.buildId}-${process.pid}.md`,
  );

  return {
    id: 'azure',
    context: () => context,
    artifacts,
    history,
    summary: new AzureSummarySink(summaryPath, emit),
    limits: { annotationsPerLevel: AZURE_ISSUES_PER_TYPE },
    log,
    async annotate(annotations: readonly Annotation[]): Promise<AnnotationResult> {
      const shownPerType = new Map<string, number>();
      let shown = 0;
      for (const annotation of annotations) {
        const type = issueTypeOf(annotation.level);
        const count = shownPerType.get(type) ?? 0;
        if (count >= AZURE_ISSUES_PER_TYPE) continue;
        shownPerType.set(type, count + 1);
        emit(logIssueCommand(annotation));
        shown++;
      }
      return { shown, omitted: annotations.length - shown };
    },
    async setOutput(name: string, value: string): Promise<void> {
      if (!OUTPUT_NAME.test(name))
        throw new UsageError(
          `invalid output name ${JSON.stringify(name)}`,
          'Use letters, digits, "_" and "-".',
        );
      const azureValue = name === 'matrix' ? azureMatrix(value) : value;
      emit(setVariableCommand(azureOutputName(name), azureValue, { isOutput: true }));
    },
  };
}
