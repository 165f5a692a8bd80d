/**
 * Reads GitHub-flavoured pipe tables out of the oracles' Markdown files (EXPECTED.md, dorny's rendered
 * summaries). The tables there are machine-written, one row a line, so splitting on unescaped pipes is enough.
 */

/** One table: header cells and rows, each row keyed by header. */
export interface MarkdownTable {
  readonly header: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  // `\|` inside a cell is an escaped pipe, not a separator.
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

const isDelimiterRow = (line: string): boolean =>
  /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line.trim());

/** Every pipe table in a Markdown text, in order. */
export function parseMarkdownTables(markdown: string): MarkdownTable[] {
  const lines = markdown.split(/\r?\n/);
  const tables: MarkdownTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const headerLine = lines[i] ?? '';
    if (!headerLine.trim().startsWith('|') || !isDelimiterRow(lines[i + 1] ?? '')) continue;
    const header = cells(headerLine);
    const rows: Record<string, string>[] = [];
    let j = i + 2;
    for (; j < lines.length && (lines[j] ?? '').trim().startsWith('|'); j++) {
      const values = cells(lines[j] ?? '');
      rows.push(Object.fromEntries(header.map((h, k) => [h, values[k] ?? ''])));
    }
    tables.push({ header, rows });
    i = j - 1;
  }
  return tables;
}

/** The first table whose header starts with the given cells; throws when there is none. */
export function findTable(markdown: string, leading: readonly string[], where: string): MarkdownTable {
  const table = parseMarkdownTables(markdown).find((t) =>
    leading.every((cell, k) => t.header[k]?.toLowerCase() === cell.toLowerCase()),
  );
  if (!table) throw new Error(`${where}: no table with header starting "| ${leading.join(' | ')} |"`);
  return table;
}

/** Removes Markdown code spans and link syntax from a cell: "`a.xml`" and "[a.xml](#x)" become "a.xml". */
export function plainCell(cell: string): string {
  return cell
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .trim();
}

/** A count cell as the oracles write it ("12", "4 ✅", "" for none). Empty means zero only when `emptyIsZero`. */
export function countCell(cell: string | undefined, emptyIsZero: boolean): number | undefined {
  const match = /\d+/.exec(cell ?? '');
  if (match) return Number(match[0]);
  return emptyIsZero ? 0 : undefined;
}
