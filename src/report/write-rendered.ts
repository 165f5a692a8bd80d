/**
 * Writes the outputs people read, rendered from the {@link ReportView}: the PR comment markdown
 * (`--markdown`, under the code host's size budget), the job summary (`--summary`, 1 MiB) and the
 * self-contained HTML report (`--html`). Each is one string, written whole (or to stdout for `-`).
 */
import type { Writable } from 'node:stream';
import { UsageError } from '../model/index.js';
import {
  GITHUB_COMMENT_BUDGET,
  renderComment,
  renderJobSummary,
  type SizeBudget,
} from '../render/comment/index.js';
import { renderHtmlReport } from '../render/html/index.js';
import type { ReportView } from '../render/view.js';
import { writeFileAtomic } from '../model/atomic-write.js';

/** The rendered outputs of `tessera report`. */
export type RenderedKind = 'markdown' | 'summary' | 'html';

/** Where each rendered output goes; `-` means standard output. */
export type RenderedTargets = Partial<Record<RenderedKind, string>>;

/** The label each output has in the console summary. */
export const RENDERED_LABELS: Record<RenderedKind, string> = {
  markdown: 'PR comment (markdown)',
  summary: 'Job summary',
  html: 'HTML report',
};

/** How the comment is rendered. */
export interface RenderOptions {
  /** The comment's size budget (default: GitHub's 65,536 characters). */
  readonly budget?: SizeBudget;
  /** Marker key of the hidden upsert marker (default `report`). */
  readonly markerKey?: string;
}

/** Renders one output. */
export function renderOutput(kind: RenderedKind, view: ReportView, options: RenderOptions = {}): string {
  const markerKey = options.markerKey !== undefined ? { markerKey: options.markerKey } : {};
  switch (kind) {
    case 'markdown':
      return renderComment(view, { budget: options.budget ?? GITHUB_COMMENT_BUDGET, ...markerKey }).markdown;
    case 'summary':
      return renderJobSummary(view, markerKey).markdown;
    case 'html':
      return renderHtmlReport(view);
  }
}

/** Writes every requested rendered output, in a fixed order, and returns what was written. */
export async function writeRendered(
  view: ReportView,
  targets: RenderedTargets,
  stdout: Writable,
  options: RenderOptions = {},
): Promise<{ kind: RenderedKind; path: string }[]> {
  const written: { kind: RenderedKind; path: string }[] = [];
  for (const kind of ['markdown', 'summary', 'html'] as const) {
    const path = targets[kind];
    if (path === undefined) continue;
    const text = renderOutput(kind, view, options);
    if (path === '-') {
      stdout.write(text);
    } else {
      try {
        await writeFileAtomic(path, text);
      } catch (cause) {
        const code = (cause as NodeJS.ErrnoException).code;
        if (code === undefined) throw cause;
        throw new UsageError(
          `cannot write the ${RENDERED_LABELS[kind]} to '${path}' (${code})`,
          'Choose a path in a folder you can write to.',
          { cause },
        );
      }
    }
    written.push({ kind, path });
  }
  return written;
}
