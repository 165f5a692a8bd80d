/**
 * The warnings of a report (readers' warnings: invalid UTF-8 replaced, a DOCTYPE dropped, times read as 0
 * or capped, names cut; shards' infrastructure failures), as `tessera: warning:` lines for stderr. They
 * quote untrusted text, so each is neutralised; a flood of them is bounded.
 */
import { neutraliseUntrustedLine } from '../render/untrusted-text.js';

/** Most warnings printed one by one; the rest are counted. */
export const MAX_PRINTED_WARNINGS = 20;

/** The lines for `warnings` (empty string when there are none). */
export function renderWarnings(warnings: readonly string[], max = MAX_PRINTED_WARNINGS): string {
  const lines = warnings.slice(0, max).map((w) => `tessera: warning: ${neutraliseUntrustedLine(w)}\n`);
  if (warnings.length > max)
    lines.push(`tessera: warning: …and ${warnings.length - max} more (the JSON report lists the inputs)\n`);
  return lines.join('');
}
