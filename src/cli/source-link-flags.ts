/**
 * Where the report's locations point: `--root` (the checkout, stripped from absolute paths), `--code-url`,
 * `--code-host` and `--sha` (the code host's file links at the head commit) and `--report-url` (the HTML
 * report's page, for the comment's anchors). In CI mode the context gives the root (its workspace), the code
 * host and the head commit; the flags win over it. Outside CI, `--code-url` alone links to the checkout's
 * HEAD commit. The flags are declared here (loaded at start-up); source-links.ts reads them (with the verb).
 */
import type { Command } from 'commander';
import { CODE_HOST_KINDS } from '../ci/code-host.js';

/** The flags {@link addSourceLinkOptions} registers, as commander names them. */
export interface SourceLinkFlags {
  root?: string;
  codeUrl?: string;
  codeHost?: string;
  sha?: string;
  reportUrl?: string;
}

/** Registers `--root`, `--code-url`, `--code-host`, `--sha` and `--report-url`. */
export function addSourceLinkOptions(command: Command): Command {
  return command
    .option(
      '--root <dir>',
      'the checkout: absolute paths under it are shown repo-relative (default: the workspace in CI, else .)',
    )
    .option(
      '--code-url <url>',
      "the repository's web URL (https), to link each failure's file and line at --sha",
    )
    .option('--code-host <kind>', `with --code-url: ${CODE_HOST_KINDS.join(', ')} (default: from the URL)`)
    .option('--sha <commit>', 'with --code-url: the commit the links point at (default: the head commit)')
    .option(
      '--report-url <url>',
      "where the HTML report opens as a page (https): the comment's failures link into it",
    );
}
