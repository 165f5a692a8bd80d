/**
 * The pull-request port (DESIGN.md, "Ports"): where the PR lives, as opposed to where the build runs. One
 * implementation per code host (GitHub, GitLab, Azure Repos); a CI without PRs of its own (Jenkins, Azure
 * building GitHub repos) is paired with the code host that {@link CodeHostRef} names.
 */

/** The code hosts Tessera can post to. */
export const CODE_HOST_KINDS = ['github', 'gitlab', 'azure-repos'] as const;

/** Which code host a PR lives on. */
export type CodeHostKind = (typeof CODE_HOST_KINDS)[number];

/** A repository on a code host: enough to build an API client for it. */
export interface CodeHostRef {
  readonly kind: CodeHostKind;
  /** The REST API base, e.g. `https://api.github.com`, `https://gitlab.example.com/api/v4`. */
  readonly apiUrl: string;
  /** The web base, e.g. `https://github.com`, for links. */
  readonly webUrl?: string;
  /**
   * The repository as the API addresses it: `owner/name` on GitHub, the project path or id on GitLab,
   * `<project>/<repository>` on Azure Repos.
   */
  readonly repo: string;
}

/** Where a comment ended up. */
export interface CommentRef {
  /** The code host's comment (note, thread) id. */
  readonly id: string;
  /** A link to the comment, for the `comment-url` output. */
  readonly url?: string;
  /** What the upsert did: a first post, an edit of the existing comment, or nothing (same body). */
  readonly action: 'created' | 'updated' | 'unchanged';
}

/** The size limits of a code host, as data the renderer budgets against. */
export interface CodeHostLimits {
  /**
   * The longest comment body the host accepts, in characters (GitHub: 65,536; GitLab: 1,000,000; Azure
   * Repos: undocumented, so budget as GitHub).
   */
  readonly commentChars: number;
}

/** What the report says about itself, for code hosts that can show it beside the comment. */
export interface CommentOptions {
  /**
   * Nothing in the report needs acting on (no failed test, no missing shard). A host whose comments are
   * resolvable threads (Azure Repos) marks the thread resolved, and active again when a later run fails;
   * hosts with plain comments (GitHub, GitLab notes) ignore it.
   */
  readonly resolved?: boolean;
}

/**
 * The PR side of a report: one comment per PR and marker, kept up to date.
 */
export interface CodeHost {
  readonly kind: CodeHostKind;
  readonly limits: CodeHostLimits;
  /**
   * Makes `body` the content of the one comment on PR `pr` that carries `marker` (a hidden HTML comment
   * such as `<!-- tessera:report -->`, which `body` must contain): edits it in place when it exists,
   * creates it otherwise, and does nothing when the body is already the same.
   *
   * Never leaves two comments with the same marker, also under re-runs and when two reporters race: a host
   * whose API cannot create atomically re-lists after creating and deletes every marked comment but the
   * oldest.
   *
   * @throws CodeHostPermissionError when the token may not comment (a fork PR's read-only token, a
   *   missing scope): the caller warns and carries on, since the job summary still holds the report
   * @throws TesseraError for any other failure, after the host's own retries
   */
  upsertComment(pr: number, marker: string, body: string, options?: CommentOptions): Promise<CommentRef>;
}
