/**
 * Which lines of a failure to show when only a few fit. The first lines of a runner's failure text are
 * rarely the useful ones in order: Vitest and Jest put a blank line and `- Expected` / `+ Received` before
 * the diff, so the first six lines end just before `- "a": 2` / `+ "a": 1`, the lines that say what went
 * wrong. The excerpt keeps the headline, then the diff, then other text, then stack frames, and prints the
 * chosen lines in their original order. Pure.
 */

/** A stack frame: `at fn (file:1:2)` (V8), ` ❯ file:1:2` (Vitest), `→ …`. */
const STACK_FRAME = /^\s*(?:at\s|❯\s|→\s)/;
/** A line of a unified or Jest-style diff: `- "a": 2`, `+ Received`, `-   1,`. */
const DIFF_LINE = /^\s*[-+]\s?\S/;

/** The headline of a failure: its first non-blank line, trimmed. */
export function failureHeadline(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

/** At most `maxLines` lines of `text`: headline, diff lines, other text, stack frames, in that priority. */
export function failureExcerpt(text: string, maxLines: number): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const rank = (line: string, index: number): number => {
    if (line.trim() === '') return 4;
    if (index === firstNonBlank) return 0;
    if (STACK_FRAME.test(line)) return 3;
    return DIFF_LINE.test(line) ? 1 : 2;
  };
  const firstNonBlank = lines.findIndex((line) => line.trim() !== '');
  const chosen = lines
    .map((line, index) => ({ index, rank: rank(line, index) }))
    .filter((l) => l.rank < 4)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, Math.max(1, maxLines))
    .map((l) => l.index)
    .sort((a, b) => a - b);
  return chosen.map((index) => lines[index]).join('\n');
}
