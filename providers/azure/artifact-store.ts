/**
 * The Azure Pipelines {@link ArtifactStore}: build artifacts of the current run (container artifacts).
 *
 * Uploads are `##vso[artifact.upload containerfolder=<name>;artifactname=<name>]<folder>` logging commands,
 * not REST calls. Why that and not the Build REST API: the agent uploads with its own job credentials
 * (no permission for the pipeline to grant, nothing for Tessera to retry or chunk), it is the same path as
 * `PublishBuildArtifacts@1`, and container artifacts are the kind the client library downloads
 * (`getArtifactContentZip`; for pipeline artifacts it fails, microsoft/azure-devops-node-api#432). The REST
 * route would need the File Container service, which is undocumented in the REST reference. The cost: the
 * agent uploads when the step ends, so the folder is first copied into the job's staging folder
 * (`BUILD_ARTIFACTSTAGINGDIRECTORY/tessera/<name>`), where it outlives the caller's temporary folder, and an
 * artifact is listed only from the next job on, which is all Tessera needs (plan → shards → report).
 *
 * Reading goes through the Build REST API with the build's token: `GET …/builds/{id}/artifacts` lists the
 * run's artifacts (every attempt's: names carry `-attempt-<a>`), and `…/artifacts?artifactName=` with
 * `Accept: application/zip` downloads one. Downloads are untrusted: the size is capped while reading, and
 * src/ci/zip-archive.ts checks every entry before a file is written.
 */
import { cp, lstat, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  ArtifactExistsError,
  ArtifactNotFoundError,
  DEFAULT_ARTIFACT_LIMITS,
  extractZip,
  isValidArtifactName,
  UnsafeArchiveError,
  type ArtifactEntry,
  type ArtifactLimits,
  type ArtifactStore,
  type Logger,
} from '../../src/ci/index.js';
import { TesseraError, UsageError } from '../../src/model/index.js';
import type { AzureBuildRef } from './context.js';
import { artifactUploadCommand } from './logging-commands.js';
import { responseError, type AzureDevOpsClient } from './rest-client.js';

/** Options of {@link AzureArtifactStore}. */
export interface AzureArtifactStoreOptions {
  readonly build: AzureBuildRef;
  /** The REST client; without one (no token) `list` and `get` fail with what to do. */
  readonly client?: AzureDevOpsClient;
  /** Writes a logging command to the job's output. */
  readonly emit: (command: string) => void;
  readonly log: Logger;
  /** Where folders wait for the agent's upload at the end of the step. */
  readonly stagingDir: string;
  /** The build's page, for the entries' links. */
  readonly runUrl?: string;
  readonly limits?: ArtifactLimits;
  /** Where downloads are unpacked before they are moved into place. */
  readonly tempDir?: string;
}

/** A build artifact as the client returns it (only what we read). */
interface BuildArtifact {
  readonly id?: number;
  readonly name?: string;
  readonly resource?: { readonly type?: string; readonly properties?: Record<string, string> };
}

const NO_TOKEN_HINT =
  'The Tessera task reads System.AccessToken itself; from a script step, map it: `env: { SYSTEM_ACCESSTOKEN: $(System.AccessToken) }`.';

/** The artifacts of the current Azure Pipelines build. */
export class AzureArtifactStore implements ArtifactStore {
  readonly kind = 'api';
  private readonly limits: ArtifactLimits;

  constructor(private readonly options: AzureArtifactStoreOptions) {
    this.limits = options.limits ?? DEFAULT_ARTIFACT_LIMITS;
  }

  /** Stages `folder` and asks the agent to upload it as `name` when the step ends. */
  async put(name: string, folder: string): Promise<ArtifactEntry> {
    if (!isValidArtifactName(name))
      throw new UsageError(
        `invalid artifact name ${JSON.stringify(name)}`,
        'Use letters, digits, ".", "_" and "-" only.',
      );
    const source = resolve(folder);
    const entries = await readdir(source, { recursive: true, withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
          throw new UsageError(`cannot upload artifact ${name}: ${folder} is not a folder`);
        throw error;
      },
    );
    if (entries.some((e) => e.isSymbolicLink()))
      throw new UsageError(`cannot upload artifact ${name}: ${folder} contains a symbolic link`);
    if (!entries.some((e) => e.isFile()))
      throw new UsageError(`cannot upload artifact ${name}: ${folder} holds no file`);
    const staged = join(resolve(this.options.stagingDir), name);
    if (await exists(staged)) throw new ArtifactExistsError(name);
    await mkdir(resolve(this.options.stagingDir), { recursive: true });
    await cp(source, staged, { recursive: true });
    this.options.emit(artifactUploadCommand(name, staged));
    this.options.log.debug(`artifact ${name} staged in ${staged}; the agent uploads it when the step ends`);
    return { name, id: name, createdAt: new Date(), ...this.link() };
  }

  /** Every artifact of this build, through the Build REST API. */
  async list(): Promise<readonly ArtifactEntry[]> {
    const artifacts = await this.artifactsOf(this.options.build.buildId);
    return artifacts.map((a) => ({
      name: a.name ?? '',
      id: String(a.id ?? a.name ?? ''),
      ...(a.resource?.properties?.artifactsize !== undefined
        ? { size: Number(a.resource.properties.artifactsize) }
        : {}),
      ...this.link(),
    }));
  }

  /** The artifacts of build `buildId` (this run, or a baseline's). */
  async artifactsOf(buildId: number): Promise<BuildArtifact[]> {
    const client = this.requireClient('list the build’s artifacts');
    const build = await client.build();
    const artifacts = (await client.call(`list the artifacts of build ${buildId}`, () =>
      build.getArtifacts(this.options.build.project, buildId),
    )) as BuildArtifact[] | null;
    return (artifacts ?? []).filter((a) => typeof a.name === 'string' && isValidArtifactName(a.name));
  }

  async get(entry: ArtifactEntry, into: string): Promise<string> {
    return this.getFromBuild(this.options.build.buildId, entry, into);
  }

  /** Downloads artifact `entry` of build `buildId` into `<into>/<name>/`, with {@link get}'s checks. */
  async getFromBuild(buildId: number, entry: ArtifactEntry, into: string): Promise<string> {
    const name = entry.name;
    if (!isValidArtifactName(name))
      throw new UnsafeArchiveError(name, 'its name could not be used as a folder name');
    if (entry.size !== undefined && entry.size > this.limits.maxArchiveBytes)
      throw new UnsafeArchiveError(
        name,
        `it is ${entry.size} bytes, more than the ${this.limits.maxArchiveBytes} allowed`,
      );
    const client = this.requireClient(`download artifact ${name}`);
    const build = await client.build();
    const zip = await client.call(`download artifact ${name} of build ${buildId}`, async () => {
      const message = (await build.getArtifactContentZip(
        this.options.build.project,
        buildId,
        name,
      )) as unknown as IncomingMessage;
      if (message.statusCode === 404) {
        message.resume();
        throw new ArtifactNotFoundError(name);
      }
      if ((message.statusCode ?? 0) >= 300) throw await responseError(message, `download of ${name}`);
      return readBounded(message, this.limits.maxArchiveBytes, name);
    });
    // The container zip holds `<name>/…`: unpacked aside, then only that folder is moved into place.
    const temp = await mkdtemp(join(this.options.tempDir ?? tmpdir(), 'tessera-download-'));
    try {
      await extractZip(zip, temp, this.limits, name);
      const top = await readdir(temp);
      if (top.length !== 1 || top[0] !== name)
        throw new UnsafeArchiveError(
          name,
          `the archive holds ${JSON.stringify(top.slice(0, 3))}, not one folder ${name}`,
        );
      const target = join(resolve(into), name);
      await rm(target, { recursive: true, force: true });
      await mkdir(resolve(into), { recursive: true });
      await rename(join(temp, name), target);
      return target;
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  private requireClient(what: string): AzureDevOpsClient {
    if (!this.options.client)
      throw new TesseraError(`cannot ${what}: no token for the Azure DevOps REST API`, NO_TOKEN_HINT);
    return this.options.client;
  }

  private link(): { url?: string } {
    return this.options.runUrl
      ? { url: `${this.options.runUrl}&view=artifacts&type=publishedArtifacts` }
      : {};
  }
}

/** The whole body of `message`, refusing more than `max` bytes as it streams. */
async function readBounded(message: IncomingMessage, max: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      message.destroy();
      throw new UnsafeArchiveError(name, `it is more than the ${max} bytes allowed`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
