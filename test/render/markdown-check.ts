/**
 * Structural checks of rendered markdown with a real CommonMark + GFM-tables parser (markdown-it), so tests
 * assert what a reader's renderer sees, not what a regular expression guesses.
 */
import MarkdownIt, { type Token } from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: false });

/** Parses markdown into a flat token list (inline children included). */
export function tokens(markdown: string): Token[] {
  const out: Token[] = [];
  for (const token of md.parse(markdown, {})) {
    out.push(token);
    if (token.children) out.push(...token.children);
  }
  return out;
}

/** One parsed table: its header cells and its body rows' cell counts. */
export interface ParsedTable {
  readonly header: readonly string[];
  readonly rowCells: readonly number[];
}

/** The tables of a document, in order. */
export function tables(markdown: string): ParsedTable[] {
  const out: { header: string[]; rowCells: number[] }[] = [];
  let current: { header: string[]; rowCells: number[] } | undefined;
  let inHead = false;
  let cells = 0;
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'table_open') current = { header: [], rowCells: [] };
    else if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') cells = 0;
    else if (token.type === 'td_open' || token.type === 'th_open') cells++;
    else if (token.type === 'inline' && inHead && current) current.header.push(token.content);
    else if (token.type === 'tr_close' && !inHead && current) current.rowCells.push(cells);
    else if (token.type === 'table_close' && current) {
      out.push(current);
      current = undefined;
    }
  }
  return out;
}

/** Text a reader sees outside code (where mentions, references and autolinks would be processed). */
export function proseText(markdown: string): string {
  return tokens(markdown)
    .filter((t) => t.type === 'text')
    .map((t) => t.content)
    .join('\n');
}

/** Every link target in the document. */
export function linkTargets(markdown: string): string[] {
  return tokens(markdown)
    .filter((t) => t.type === 'link_open')
    .map((t) => String(t.attrGet('href') ?? ''));
}

/** Raw HTML the document passes through (blocks and inline). */
export function rawHtml(markdown: string): string[] {
  return tokens(markdown)
    .filter((t) => t.type === 'html_block' || t.type === 'html_inline')
    .map((t) => t.content);
}

/** Fenced code blocks: their info string and content. */
export function fences(markdown: string): { info: string; content: string }[] {
  return md
    .parse(markdown, {})
    .filter((t) => t.type === 'fence')
    .map((t) => ({ info: t.info, content: t.content }));
}

/** Headings (level 4 and up are the comment's sections), in order. */
export function headings(markdown: string): string[] {
  const all = md.parse(markdown, {});
  const out: string[] = [];
  all.forEach((t, i) => {
    if (t.type === 'heading_open') out.push(all[i + 1]?.content ?? '');
  });
  return out;
}
