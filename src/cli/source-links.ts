/**
 * The report's link options from `--root`, `--code-url`, `--code-host`, `--sha`, `--report-url` and the CI
 * session (source-link-flags.ts declares the flags). Loaded with the verb, not at start-up.
 */
import { resolve } from 'node:path';
import {
  codeHostKindOfUrl,
  isCodeHostKind,
  repositoryWebUrl,
  sourceContextOf,
  type CodeLinkTarget,
} from '../ci/code-links.js';
import { CODE_HOST_KINDS } from '../ci/code-host.js';
import { UsageError } from '../model/errors.js';
import type { LinkOptions } from '../report/complete-report.js';
import { safeHttpsUrl } from '../render/safe-url.js';
import { readGitHead } from '../../providers/local/git-head.js';
import type { CiSession } from './ci-session.js';
import type { SourceLinkFlags } from './source-link-flags.js';

const SHA = /^[0-9a-f]{7,64}$/i;

/** An https URL flag, checked. */
function httpsFlag(flag: string, value: string): string {
  const url = safeHttpsUrl(value);
  if (url === undefined)
    throw new UsageError(
      `${flag} must be an https URL, got ${JSON.stringify(value)}`,
      'Give the page as https://…',
    );
  return url;
}

/** The code host link target from the flags, else from the CI context. */
async function linkTarget(
  flags: SourceLinkFlags,
  session: CiSession | undefined,
  root: string,
): Promise<CodeLinkTarget | undefined> {
  if (flags.codeHost !== undefined && !isCodeHostKind(flags.codeHost))
    throw new UsageError(
      `--code-host must be one of ${CODE_HOST_KINDS.join(', ')}, got ${JSON.stringify(flags.codeHost)}`,
    );
  if (flags.sha !== undefined && !SHA.test(flags.sha))
    throw new UsageError(`--sha must be a commit id (7 to 64 hex digits), got ${JSON.stringify(flags.sha)}`);
  const context = session?.context;
  if (flags.codeUrl !== undefined) {
    const repositoryUrl = httpsFlag('--code-url', flags.codeUrl);
    const sha = flags.sha ?? context?.headSha ?? (await readGitHead(root)).sha;
    if (sha === undefined)
      throw new UsageError(
        '--code-url needs the commit to link to: give --sha <commit>',
        `No git checkout was found at ${root} to read HEAD from.`,
      );
    const kind =
      flags.codeHost !== undefined && isCodeHostKind(flags.codeHost)
        ? flags.codeHost
        : codeHostKindOfUrl(repositoryUrl);
    return { kind, repositoryUrl, sha };
  }
  const ref = context?.codeHost;
  const sha = flags.sha ?? context?.headSha;
  const repositoryUrl = ref ? repositoryWebUrl(ref) : undefined;
  return ref && sha !== undefined && repositoryUrl !== undefined
    ? { kind: ref.kind, repositoryUrl, sha }
    : undefined;
}

/**
 * The report's link options from the flags and the CI session.
 *
 * @throws UsageError for a URL that is not https, a bad commit id or code host, or `--code-url` without a
 *   commit to link to
 */
export async function linkOptions(
  flags: SourceLinkFlags,
  session: CiSession | undefined,
): Promise<LinkOptions> {
  const root = resolve(flags.root ?? session?.context.workspace ?? session?.cwd ?? process.cwd());
  const target = await linkTarget(flags, session, root);
  return {
    source: sourceContextOf(root, target),
    ...(flags.reportUrl !== undefined ? { htmlReportUrl: httpsFlag('--report-url', flags.reportUrl) } : {}),
  };
}
