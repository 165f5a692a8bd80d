/**
 * The history, fail-policy and rendering flags of `tessera report`, turned into the options of
 * completeReport: `--history`/`--history-out`, `--history-dir` with `--branch`/`--base-branch`,
 * `--fail-on`, `--quarantine` (plus the config's `quarantine`), `--regression-min-samples`, and
 * `--markdown`/`--markdown-budget`/`--summary`/`--html`.
 */
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { historyFileName, LocalHistoryStore } from '../history/local-store.js';
import { UsageError } from '../model/errors.js';
import { wholeNumberFlag } from './flag-values.js';
import type { TrendOptions } from '../report/complete-report.js';
import type { HistoryTarget } from '../report/history-target.js';
import type { RenderedTargets, RenderOptions } from '../report/write-rendered.js';
import type { FailOn } from '../trend/fail-policy.js';

/** The flags this module reads. */
export interface TrendFlags {
  history?: string;
  historyOut?: string;
  historyDir?: string;
  branch?: string;
  baseBranch?: string;
  failOn: FailOn;
  quarantine?: string[];
  regressionMinSamples?: string;
  config?: string;
  markdown?: string;
  markdownBudget?: string;
  summary?: string;
  html?: string;
}

/** Where the history is read and written, or undefined when no history flag was given. */
export function historyTarget(flags: TrendFlags, cwd: string = process.cwd()): HistoryTarget | undefined {
  if (flags.history !== undefined && flags.historyDir !== undefined) {
    throw new UsageError(
      'give --history <file> or --history-dir <dir>, not both',
      '--history is one file; --history-dir keeps one file per branch.',
    );
  }
  if (flags.historyOut !== undefined && flags.history === undefined) {
    throw new UsageError('--history-out needs --history <file>: it says where the updated file goes');
  }
  if (flags.history !== undefined) {
    if (flags.baseBranch !== undefined) {
      throw new UsageError(
        '--base-branch needs --history-dir: one --history file holds one branch',
        'Use --history-dir <dir> --branch <pr-branch> --base-branch <base>.',
      );
    }
    return {
      kind: 'file',
      path: flags.history,
      ...(flags.historyOut !== undefined ? { out: flags.historyOut } : {}),
    };
  }
  if (flags.historyDir !== undefined) {
    if (flags.branch === undefined || flags.branch.length === 0) {
      throw new UsageError(
        '--history-dir needs --branch <name>: the history is kept per branch',
        'e.g. --branch "$GITHUB_HEAD_REF" --base-branch "$GITHUB_BASE_REF" for a pull request.',
      );
    }
    return {
      kind: 'store',
      store: new LocalHistoryStore(resolve(cwd, flags.historyDir)),
      branch: flags.branch,
      ...(flags.baseBranch !== undefined ? { baseBranch: flags.baseBranch } : {}),
      location: join(flags.historyDir, historyFileName(flags.branch)),
    };
  }
  if (flags.baseBranch !== undefined) throw new UsageError('--base-branch needs --history-dir <dir>');
  return undefined;
}

/** The trend options: history target, fail policy, quarantine (config entries first, then flags). */
export async function trendOptions(flags: TrendFlags, cwd: string = process.cwd()): Promise<TrendOptions> {
  const { config } = await loadConfig(cwd, flags.config);
  const quarantine = [...(config.quarantine ?? []), ...(flags.quarantine ?? [])];
  const minSamples = wholeNumberFlag('--regression-min-samples', flags.regressionMinSamples, 1);
  const history = historyTarget(flags, cwd);
  return {
    failOn: flags.failOn,
    ...(history ? { history } : {}),
    ...(quarantine.length > 0 ? { quarantine } : {}),
    ...(minSamples !== undefined ? { regression: { minSamples } } : {}),
  };
}

/** The rendered outputs and the comment's budget. */
export function renderedTargets(flags: TrendFlags): { rendered: RenderedTargets; render: RenderOptions } {
  const budget = wholeNumberFlag('--markdown-budget', flags.markdownBudget, 1000);
  if (budget !== undefined && flags.markdown === undefined)
    throw new UsageError('--markdown-budget sizes the --markdown comment: give --markdown <path> too');
  return {
    rendered: {
      ...(flags.markdown !== undefined ? { markdown: flags.markdown } : {}),
      ...(flags.summary !== undefined ? { summary: flags.summary } : {}),
      ...(flags.html !== undefined ? { html: flags.html } : {}),
    },
    render: budget !== undefined ? { budget: { limit: budget, unit: 'chars' } } : {},
  };
}
