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
  readonly url?: string;
}

/** A shard's place in the matrix: `index` of `total`, 1-based as in `--shard i/N`. */
export interface ShardRef {
  readonly index: number;
  readonly total: number;
}
