/**
 * Links to a file at a commit on each code host, as pure functions keyed by {@link CodeHostKind}, so every
 * provider gets them by filling its context's code host (web URL, repository) and head commit:
 *
 * - GitHub: `<repo>/blob/<sha>/<path>#L<n>`
 * - GitLab: `<project>/-/blob/<sha>/<path>#L<n>`
 * - Azure Repos: `<project>/_git/<repo>?path=/<path>&version=GC<sha>&line=<n>`
 *
 * Only repo-relative paths inside the repository are linked (the caller decides that: src/model's
 * source-location), and only when the result is an https URL.
 */
import type { SourceContext } from '../render/build-view.js';
import { safeHttpsUrl } from '../render/safe-url.js';
import { CODE_HOST_KINDS, type CodeHostKind, type CodeHostRef } from './code-host.js';

/** A repository's web page on its code host, and the commit links point at. */
export interface CodeLinkTarget {
  readonly kind: CodeHostKind;
  /** The repository's web URL: `https://github.com/o/r`, `https://gitlab.com/g/p`, `https://dev.azure.com/org/proj/_git/repo`. */
  readonly repositoryUrl: string;
  /** The head commit. */
  readonly sha: string;
}

/** Each path segment percent-encoded, the slashes between them kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

const LINK_OF: Readonly<
  Record<CodeHostKind, (base: string, sha: string, path: string, line?: number) => string>
> = {
  github: (base, sha, path, line) =>
    `${base}/blob/${encodeURIComponent(sha)}/${encodePath(path)}${line !== undefined ? `#L${line}` : ''}`,
  gitlab: (base, sha, path, line) =>
    `${base}/-/blob/${encodeURIComponent(sha)}/${encodePath(path)}${line !== undefined ? `#L${line}` : ''}`,
  'azure-repos': (base, sha, path, line) =>
    `${base}?path=${encodeURIComponent(`/${path}`).replace(/%2F/g, '/')}&version=GC${encodeURIComponent(sha)}` +
    (line !== undefined ? `&line=${line}` : ''),
};

/**
 * The code host's page of `path` (repo-relative, forward slashes) at the target's commit, at `line`; undefined
 * when the result would not be a safe https URL or the path leaves the repository.
 */
export function codeFileUrl(target: CodeLinkTarget, path: string, line?: number): string | undefined {
  if (path.length === 0 || path.startsWith('/') || path.split('/').some((s) => s === '..' || s === ''))
    return undefined;
  if (!/^[0-9A-Za-z._-]+$/.test(target.sha)) return undefined;
  const base = safeHttpsUrl(target.repositoryUrl)?.replace(/\/+$/, '');
  if (base === undefined || new URL(base).search !== '' || new URL(base).hash !== '') return undefined;
  const positive = line !== undefined && Number.isInteger(line) && line > 0 ? line : undefined;
  return safeHttpsUrl(LINK_OF[target.kind](base, target.sha, path, positive));
}

/**
 * A repository's web URL from the context's code host: `<web>/<owner>/<name>` on GitHub and GitLab;
 * `<web>/<project>/_git/<repository>` on Azure Repos, whose `repo` is `<project>/<repository>`.
 */
export function repositoryWebUrl(ref: CodeHostRef): string | undefined {
  if (ref.webUrl === undefined) return undefined;
  const web = ref.webUrl.replace(/\/+$/, '');
  if (ref.kind !== 'azure-repos') return `${web}/${encodePath(ref.repo)}`;
  const [project, repository] = ref.repo.split('/');
  return project && repository
    ? `${web}/${encodeURIComponent(project)}/_git/${encodeURIComponent(repository)}`
    : undefined;
}

/**
 * The code host of a repository URL given outside CI (`report --code-url`): Azure Repos by its hosts or its
 * `/_git/` path, GitLab by `gitlab` in the host name, else GitHub (github.com and GitHub Enterprise Server).
 * A self-hosted GitLab under another name is named with `--code-host gitlab`.
 */
export function codeHostKindOfUrl(url: string): CodeHostKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'github';
  }
  const host = parsed.hostname.toLowerCase();
  if (host === 'dev.azure.com' || host.endsWith('.visualstudio.com') || parsed.pathname.includes('/_git/'))
    return 'azure-repos';
  if (host.split('.').some((part) => part === 'gitlab' || part.startsWith('gitlab'))) return 'gitlab';
  return 'github';
}

/** Whether `value` names a code host kind. */
export function isCodeHostKind(value: string): value is CodeHostKind {
  return (CODE_HOST_KINDS as readonly string[]).includes(value);
}

/** The view's source context: the checkout root and, when a target is known, the link to a file. */
export function sourceContextOf(root: string | undefined, target: CodeLinkTarget | undefined): SourceContext {
  return {
    ...(root !== undefined ? { root } : {}),
    ...(target !== undefined
      ? { fileUrl: (path: string, line?: number) => codeFileUrl(target, path, line) }
      : {}),
  };
}
