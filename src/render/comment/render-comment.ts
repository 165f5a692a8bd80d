/**
 * The PR comment and the job summary: one renderer, one size budget per surface. The headline (marker,
 * counts, wall time, shards, delta, links) is always whole; the sections below it are fitted in priority
 * order, the lower ones shrinking first, and each cut says how much it left out. Pure.
 */
import { safeHttpUrl } from '../safe-url.js';
import type { ReportView } from '../view.js';
import {
  fitSections,
  GITHUB_COMMENT_BUDGET,
  JOB_SUMMARY_BUDGET,
  type SectionFit,
  type SizeBudget,
} from './budget.js';
import { renderHeadline } from './headline.js';
import { COMMENT_LIMITS, commentSections, SUMMARY_LIMITS, type SectionLimits } from './sections.js';

/** Options of {@link renderComment}. */
export interface CommentOptions {
  /** The surface's size limit (the code host's comment limit, or the job summary's). Default: GitHub's comment. */
  readonly budget?: SizeBudget;
  /** Marker key, for one comment per job or workflow (default `report`). */
  readonly markerKey?: string;
  /** Per-item limits (default: those for a comment). */
  readonly limits?: SectionLimits;
}

/** The rendered markdown and what had to be cut. */
export interface RenderedComment {
  readonly markdown: string;
  readonly sections: readonly SectionFit[];
}

/** Renders the PR comment (or, with another budget, the job summary) of a run. */
export function renderComment(view: ReportView, options: CommentOptions = {}): RenderedComment {
  const url = safeHttpUrl(view.links.fullReport);
  const full = url ? `[see the full report](${url})` : 'see the full report';
  const sections = commentSections(view, options.limits ?? COMMENT_LIMITS, full);
  const fit = fitSections(
    renderHeadline(view, options.markerKey),
    sections,
    options.budget ?? GITHUB_COMMENT_BUDGET,
  );
  return { markdown: fit.text, sections: fit.sections };
}

/**
 * Renders the job summary: the comment's content with roomier items, within the summary's budget (1 MiB by
 * default; a CI host passes what is left of its own limit).
 */
export function renderJobSummary(view: ReportView, options: CommentOptions = {}): RenderedComment {
  return renderComment(view, { limits: SUMMARY_LIMITS, budget: JOB_SUMMARY_BUDGET, ...options });
}
