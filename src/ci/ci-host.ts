/**
 * The build port (DESIGN.md, "Ports"): everything a command needs from the CI job it runs in. One
 * implementation per provider (`providers/<id>/ci-host.ts`), plus the local default and the in-memory fake
 * the tests use; all of them pass the same contract suite (test/contract/ci-host.contract.ts).
 *
 * Capabilities differ by CI, and the difference is expressed by which implementation is plugged in, never
 * by optional methods: a CI without a native job summary gets a sink that writes a file its template
 * publishes; a CI without annotations gets one that prints plain log lines.
 */
import type { HistoryStore } from '../history/store.js';
import type { ArtifactStore } from './artifact-store.js';
import type { CiContext } from './context.js';
import type { Logger } from './logger.js';
import type { PreviousAttemptSource } from './previous-attempt.js';
import type { ProviderId } from './provider.js';

/** Where the job's Markdown summary goes (GitHub `GITHUB_STEP_SUMMARY`, a file elsewhere). */
export interface SummarySink {
  /**
   * The most bytes (UTF-8) the summary can hold in this job, all appends together (GitHub: 1 MiB per step,
   * past which GitHub drops the whole summary). The renderer budgets against it.
   */
  readonly limitBytes: number;
  /**
   * Appends `markdown` to the summary. Content that would push the summary past {@link limitBytes} is not
   * written at all (half a table is worse than none) and the result says so.
   */
  append(markdown: string): Promise<SummaryWrite>;
}

/** What {@link SummarySink.append} did. */
export interface SummaryWrite {
  /** Whether the text was written. */
  readonly written: boolean;
  /** Bytes the summary holds now. */
  readonly totalBytes: number;
}

/** A message attached to a place in the code (a failed test's file and line). */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  /** A short heading, e.g. the test's name. */
  readonly title?: string;
  /** Repo-relative path, forward slashes. */
  readonly file?: string;
  /** 1-based line. */
  readonly line?: number;
}

/** What {@link CiHost.annotate} did with a list. */
export interface AnnotationResult {
  /** How many were shown, from the start of the list. */
  readonly shown: number;
  /** How many the CI would have dropped and were not sent: the summary says "and N more". */
  readonly omitted: number;
}

/** The limits of a CI job, as data for the renderer and the annotation budget. */
export interface CiHostLimits {
  /** Annotations of each level the CI shows per step (GitHub: 10); `Infinity` when unbounded. */
  readonly annotationsPerLevel: number;
}

/** The CI job a command runs in. */
export interface CiHost {
  readonly id: ProviderId;
  /** Where and what the job builds; computed once when the host is created, so it never changes. */
  context(): CiContext;
  /** Moves shard bundles, the plan and the report between jobs. */
  readonly artifacts: ArtifactStore;
  /** The branch histories: baseline for `report` and `plan`, and where `report` saves the new one. */
  readonly history: HistoryStore;
  readonly summary: SummarySink;
  readonly limits: CiHostLimits;
  /**
   * Shows annotations on the run, most important first: the caller orders them, the host sends the first
   * {@link CiHostLimits.annotationsPerLevel} of each level and counts the rest as omitted.
   */
  annotate(annotations: readonly Annotation[]): Promise<AnnotationResult>;
  /**
   * Sets a step output a later job can read (GitHub `GITHUB_OUTPUT`, a JSON file elsewhere). Setting the
   * same name twice keeps the last value. Values may span lines.
   *
   * @param name letters, digits, `_` and `-`
   */
  setOutput(name: string, value: string): Promise<void>;
  /** The job log: groups, levels, and secret masking. */
  readonly log: Logger;
  /**
   * How a retried job finds the job it retries, on a CI whose context numbers no attempts (GitLab). Absent
   * where the context says the attempt and the run's artifacts show every attempt (GitHub, Azure), or
   * where an earlier attempt cannot be reached at all (Jenkins): like `createCodeHost` of a provider, a
   * capability some CIs lack, not a mode.
   */
  readonly previousAttempt?: PreviousAttemptSource;
}
