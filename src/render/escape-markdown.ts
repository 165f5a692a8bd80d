/**
 * Escaping of untrusted text (test names, failure messages, file paths) for GitHub/GitLab-flavoured markdown.
 * Every renderer puts such text through here, so a test named `| @team fix #12 [x](http://evil)` shows as
 * exactly that: no table break, no mention, no issue link, no link, no HTML. Text is neutralised first
 * (render/untrusted-text.ts): no runner command, escape sequence, control or bidirectional character.
 */
import { neutraliseUntrustedLine, neutraliseUntrustedText } from './untrusted-text.js';

// Characters markdown gives meaning to inline. Backslash first so the escapes added are not escaped again.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>|~]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;' };

// A zero-width space after `@` or `#` breaks mentions and issue references but reads the same. An `@`
// inside a word (an e-mail address) is no mention; a `#` after a word (`org/repo#1`) is still a reference.
const ZWSP = '\u200B';

/**
 * Escapes text for one line of markdown (a table cell, a list item, a heading): markdown punctuation is
 * backslash-escaped, `<`/`>`/`&` become entities, mentions and issue references are broken with a
 * zero-width space, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return (
    neutraliseUntrustedLine(text)
      .replace(/&/g, '&amp;')
      .replace(MARKDOWN_PUNCTUATION, (c) => ENTITIES[c] ?? `\\${c}`)
      .replace(/(?<!\w)@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
      .replace(/#(?=\d)/g, `#${ZWSP}`)
      // Parentheses only matter right after a bracket (a link), and the bracket is already escaped; a
      // second guard keeps `](` from ever reaching the output.
      .replace(/\]\(/g, `]${ZWSP}(`)
  );
}

/**
 * A fenced code block holding `text` verbatim but neutralised (line by line). The fence is longer than any
 * backtick run in the text, so the text cannot close it; markdown and mentions are not processed inside a
 * code block.
 */
export function fencedBlock(text: string, language = ''): string {
  let longestRun = 0;
  for (const m of text.matchAll(/`+/g)) longestRun = Math.max(longestRun, m[0].length);
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  // A language tag is ours, never untrusted; keep it to word characters anyway.
  const lang = language.replace(/[^\w-]/g, '');
  const body = neutraliseUntrustedText(text, { multiline: true }).replace(/\n+$/, '');
  return `${fence}${lang}\n${body}\n${fence}`;
}

/**
 * Shortens text to at most `max` characters (counting the ellipsis), on the first line only when
 * `firstLineOnly` is set. Cuts before escaping, so an escape sequence is never split.
 */
export function excerpt(text: string, max: number, firstLineOnly = false): string {
  const source = firstLineOnly ? (text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '') : text;
  const trimmed = source.trim();
  if (trimmed.length <= max) return trimmed;
  return `${trimmed.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
