/** Where and for what a run happened. Every field is optional: a local run knows little. */
export interface RunInfo {
  /** Provider id: `github`, `gitlab`, `jenkins`, `azure` or `local`. */
  readonly provider: string;
  readonly runId?: string;
  /** 1 for the first attempt of a CI run, 2 for its first re-run, and so on. */
  readonly attempt?: number;
  /** Head commit (for a PR: the PR's head, not the merge commit). */
  readonly sha?: string;
  readonly branch?: string;
  /** For a pull request: the branch it merges into. */
  readonly baseBranch?: string;
  readonly pr?: number;
  /** The CI run's page. */
  readonly url?: string;
  /**
   * This job's own log page (a shard's job), when the CI gives one: a report links each failure to the shard
   * that ran it. Recorded in the shard bundle at run time, so the report makes no API call for it.
   */
  readonly jobUrl?: string;
}

/** A shard's place in the matrix: `index` of `total`, 1-based as in `--shard i/N`. */
export interface ShardRef {
  readonly index: number;
  readonly total: number;
}
