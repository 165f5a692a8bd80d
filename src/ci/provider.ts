/**
 * The shape of a provider module and the ids of the providers. A provider is one CI system (where the build
 * runs); each lives in its own folder under `providers/` and exports one {@link ProviderModule}, which the
 * registry (`providers/index.ts`) lists. `src/` defines the shape and never imports a provider.
 */
import type { CiHost } from './ci-host.js';
import type { CodeHost, CodeHostRef } from './code-host.js';
import type { Logger } from './logger.js';

/** Every provider Tessera knows, in the order detection tries them (`local` is the fallback, never detected). */
export const PROVIDER_IDS = ['github', 'gitlab', 'azure', 'jenkins', 'local'] as const;

/** A provider's id: also the folder name under `providers/` and the `run.provider` of bundles. */
export type ProviderId = (typeof PROVIDER_IDS)[number];

/**
 * The most shards any host is planned for: a CI with no matrix limit of its own (Jenkins) and the local
 * runner get this ceiling, which keeps a typo (`--shards 99999999`) from planning, or hanging on, a matrix
 * nobody can run.
 */
export const MAX_SHARDS_ANY_HOST = 1000;

/** The process environment as a provider sees it: read-only, values possibly absent. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * What a provider's factories may use from the outside world, passed in explicitly so that tests can run
 * several hosts side by side in one process. The exception is a client library that reads `process.env`
 * itself (`@actions/artifact` reads its runtime token there); the provider says so where it uses one.
 */
export interface HostDeps {
  /** The working directory: relative paths (staged artifacts, `.tessera/`) resolve against it. */
  readonly cwd: string;
  /** Where log lines go (stdout of the job); the host's logger masks secrets before calling it. */
  readonly write: (text: string) => void;
  /** Waits between retries; tests pass one that returns at once. Defaults to a real timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * The CI host's logger, for a code host created alongside it: the code host's warnings then appear in
   * the CI's own dialect (a GitHub code host used from Jenkins must not print `::warning::`), and the token
   * it is given is masked in that same log.
   */
  readonly log?: Logger;
}

/**
 * One CI provider, as the registry lists it. Detection is pure; the factories do the I/O.
 *
 * `createCodeHost` is absent for providers that have no pull requests of their own (Jenkins builds PRs that
 * live on GitHub or GitLab; the code host is then chosen from {@link CodeHostRef.kind}, not from the CI).
 */
export interface ProviderModule {
  readonly id: ProviderId;
  /** A human name for messages: "GitHub Actions", "GitLab CI". */
  readonly displayName: string;
  /**
   * The most jobs one matrix of this CI holds, so the most shards a plan for it may have (GitHub 256 per
   * matrix, GitLab `parallel:` 200, Azure `parallel` 99); {@link MAX_SHARDS_ANY_HOST} when it has no limit.
   */
  readonly maxShards: number;
  /**
   * Whether the environment is a job of this CI. A pure function of `env`: no file reads, no network, and
   * it never throws, whatever the variables hold.
   */
  detect(env: Env): boolean;
  /**
   * The build side for this job: context, artifacts, history, summary, annotations, outputs, log. Reads
   * what it needs once (the GitHub event payload, for instance) and may reject with a `TesseraError` that
   * names the missing variable or file.
   */
  createCiHost(env: Env, deps: HostDeps): Promise<CiHost>;
  /**
   * The pull-request side for a repository on this provider's code host. `token` is the credential to
   * post with; the host must never log it.
   */
  createCodeHost?(ref: CodeHostRef, token: string, deps: HostDeps): CodeHost;
}

/** Whether `value` is a known provider id (for `--provider` and `TESSERA_PROVIDER`). */
export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}
