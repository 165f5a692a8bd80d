/**
 * The README's "GitHub Action" section agrees with action.yml and with the example it shows: its inputs
 * table lists exactly action.yml's inputs (in order, with their defaults), its outputs table exactly the
 * outputs, and its workflow is examples/github/sharded-tests.yml (which the workflow tests validate).
 * The README is read with markdown-it, so a table is what a Markdown renderer sees as one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/corpus.js';

interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;

/** The tokens of the README's `## GitHub Action` section, up to the next second-level heading. */
function actionSection(): Token[] {
  const tokens = new MarkdownIt().parse(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'), {});
  const isH2 = (i: number): boolean => tokens[i]?.type === 'heading_open' && tokens[i]?.tag === 'h2';
  const start = tokens.findIndex((t, i) => isH2(i) && tokens[i + 1]?.content === 'GitHub Action');
  if (start < 0) throw new Error('README.md has no "## GitHub Action" section');
  const end = tokens.findIndex((_, i) => i > start && isH2(i));
  return tokens.slice(start, end < 0 ? undefined : end);
}

/** Each table of the tokens as rows of raw cell markdown, the header row first. */
function tables(tokens: Token[]): string[][][] {
  const found: string[][][] = [];
  let table: string[][] | undefined;
  for (const token of tokens) {
    if (token.type === 'table_open') table = [];
    else if (token.type === 'table_close' && table) {
      found.push(table);
      table = undefined;
    } else if (token.type === 'tr_open') table?.push([]);
    else if (token.type === 'inline' && table) table.at(-1)?.push(token.content.trim());
  }
  return found;
}

/** The table whose first header cell is `first`, without its header. */
function tableHeaded(first: string): string[][] {
  const table = tables(actionSection()).find((t) => t[0]?.[0] === first);
  if (!table) throw new Error(`README.md's GitHub Action section has no table headed "${first}"`);
  return table.slice(1);
}

/** A cell that is one code span, unwrapped; anything else as written. */
const code = (cell: string | undefined): string => /^`([^`]+)`$/.exec(cell ?? '')?.[1] ?? cell ?? '';

describe("README.md's GitHub Action section", () => {
  it('the inputs table lists exactly action.yml’s inputs, in its order, with its defaults', () => {
    const rows = tableHeaded('input');
    expect(rows.map((r) => code(r[0]))).toEqual(Object.keys(action.inputs));
    const defaults = Object.fromEntries(rows.map((r) => [code(r[0]), r[2]]));
    for (const [name, input] of Object.entries(action.inputs)) {
      // required → "required"; '' → "—" (the flag is not given); anything else → the value as a code span.
      const expected = input.required ? 'required' : input.default ? `\`${input.default}\`` : '—';
      expect(defaults[name], `default of input ${name}`).toBe(expected);
    }
  });

  it('the outputs table lists exactly action.yml’s outputs, in its order, each with a meaning', () => {
    const rows = tableHeaded('output');
    expect(rows.map((r) => code(r[0]))).toEqual(Object.keys(action.outputs));
    for (const row of rows) expect(row.at(-1)?.length, code(row[0])).toBeGreaterThan(10);
  });

  it('names the permissions the workflow needs, and why', () => {
    const rows = tableHeaded('permission');
    expect(rows.map((r) => code(r[0]))).toEqual(['contents: read', 'actions: read', 'pull-requests: write']);
  });

  it('shows examples/github/sharded-tests.yml as the workflow to copy', () => {
    const blocks = actionSection().filter((t) => t.type === 'fence' && t.info.trim() === 'yaml');
    expect(blocks).toHaveLength(1);
    // The example file starts with a comment block that the README says in prose; the workflow is the same.
    const example = readFileSync(join(REPO_ROOT, 'examples/github/sharded-tests.yml'), 'utf8');
    expect(blocks[0]?.content).toBe(example.slice(example.indexOf('\nname: ') + 1));
  });

  it('points at the fork pattern in examples/github', () => {
    const text = actionSection()
      .map((t) => t.content)
      .join('\n');
    for (const file of ['fork-tests.yml', 'fork-report.yml'])
      expect(text).toContain(`examples/github/${file}`);
  });
});
