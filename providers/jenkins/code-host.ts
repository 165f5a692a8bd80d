/**
 * Which code host a Jenkins change build's PR lives on, read from `CHANGE_URL` (the page the branch source
 * plugin links to), as Danger JS does for Jenkins (reference/providers.md §2.4):
 *
 * - GitHub: `https://github.com/<owner>/<repo>/pull/<n>`; on GitHub Enterprise the same path on another
 *   host, whose REST API is `https://<host>/api/v3`;
 * - GitLab: `https://<host>/<group>/<subgroup>/<project>/-/merge_requests/<iid>` (or without `/-`), whose
 *   API is `https://<host>/api/v4`;
 * - Bitbucket (`/pull-requests/<n>`): recognised, and named as not supported yet.
 *
 * `TESSERA_CODE_HOST_API_URL` overrides the API base (a GitLab under a relative URL root, a proxy). Pure.
 */
import type { CodeHostRef, Env } from '../../src/ci/index.js';

/** What `CHANGE_URL` says about the code host: a reference Tessera can post to, or why not. */
export interface ChangeUrlCodeHost {
  readonly ref?: CodeHostRef;
  /** Why there is no {@link ref}: a code host Tessera does not post to yet, or a URL it cannot read. */
  readonly unsupported?: string;
}

const GITHUB_PULL = /^\/([^/]+)\/([^/]+)\/pull\/(\d+)\/?$/;
const GITLAB_MR = /^\/(.+?)(?:\/-)?\/merge_requests\/(\d+)\/?$/;
const BITBUCKET_PR = /\/pull-requests\/\d+\/?/;

/** The code host of a change URL; `env` may override the API base. */
export function codeHostOfChangeUrl(changeUrl: string, env: Env): ChangeUrlCodeHost {
  let url: URL;
  try {
    url = new URL(changeUrl);
  } catch {
    return { unsupported: `CHANGE_URL is not a URL: ${JSON.stringify(changeUrl.slice(0, 200))}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { unsupported: `CHANGE_URL is not an http(s) URL: ${url.protocol}` };
  const override = env.TESSERA_CODE_HOST_API_URL?.trim().replace(/\/+$/, '') || undefined;
  const web = url.origin;
  const github = GITHUB_PULL.exec(url.pathname);
  if (github) {
    const api = url.hostname === 'github.com' ? 'https://api.github.com' : `${web}/api/v3`;
    return {
      ref: {
        kind: 'github',
        apiUrl: override ?? api,
        webUrl: web,
        repo: `${decodeURIComponent(github[1] ?? '')}/${decodeURIComponent(github[2] ?? '')}`,
      },
    };
  }
  const gitlab = GITLAB_MR.exec(url.pathname);
  if (gitlab)
    return {
      ref: {
        kind: 'gitlab',
        apiUrl: override ?? `${web}/api/v4`,
        webUrl: web,
        repo: decodeURIComponent(gitlab[1] ?? ''),
      },
    };
  if (BITBUCKET_PR.test(url.pathname) || /bitbucket/i.test(url.hostname))
    return {
      unsupported:
        'the pull request is on Bitbucket, where Tessera does not post comments yet (GitHub and GitLab only); the report is in the build’s artifacts',
    };
  return {
    unsupported: `CHANGE_URL ${url.origin}${url.pathname} is not a GitHub pull request or a GitLab merge request`,
  };
}

/**
 * `owner/name` (or a GitLab project path) from a Git remote URL: `https://host/o/r.git`,
 * `ssh://git@host:7999/project/repo.git`, `git@host:o/r.git`. Undefined when it has no path.
 */
export function repoOfGitUrl(gitUrl: string | undefined): string | undefined {
  const value = gitUrl?.trim();
  if (!value) return undefined;
  const scp = /^[^@/:]+@[^:/]+:(.+)$/.exec(value);
  let path: string | undefined = scp?.[1];
  if (path === undefined) {
    try {
      path = new URL(value).pathname;
    } catch {
      return undefined;
    }
  }
  const repo = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  return repo.includes('/') ? repo : undefined;
}
