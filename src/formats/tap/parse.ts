/**
 * The TAP 13/14 grammar: test points, plans, directives, YAML diagnostic blocks, indented subtests and
 * `Bail out!`. Pure: text in, a tree of test points out. Turning points into the test model is reader.ts.
 *
 * Subtests are read by indentation, which covers both TAP 14 (`# Subtest: name` then an indented block,
 * then the parent's own test point) and node:test's output. A parent point is the summary of its children.
 */
import { parse as parseYaml } from 'yaml';
import { ParseError } from '../../model/index.js';
import { appendAll } from '../../model/arrays.js';

/** A TAP directive on a test point. */
export interface Directive {
  readonly kind: 'skip' | 'todo';
  readonly reason?: string;
}

/** One test point with what followed it. */
export interface TapPoint {
  readonly ok: boolean;
  /** The point's number, when it has one. */
  readonly number?: number;
  /** Description without the number, the leading `-` and the directive; may be empty. */
  readonly description: string;
  readonly directive?: Directive;
  /** 1-based line of the point in the file. */
  readonly line: number;
  /** The YAML diagnostics block, parsed; a block that is not valid YAML is kept as text. */
  diagnostics?: Record<string, unknown>;
  /** Indented non-YAML text after the point (mocha's TAP reporter puts failures there). */
  text?: string;
  /** Subtest points, in order. */
  children: TapPoint[];
}

/** A parsed TAP stream. */
export interface TapDocument {
  readonly points: TapPoint[];
  /** The top-level plan's count, when there is a plan. */
  readonly planned?: number;
  /** The reason after `Bail out!`, when the stream bailed out ('' for none). */
  readonly bailOut?: string;
  readonly warnings: string[];
}

const TEST_POINT = /^(not )?ok\b(.*)$/;
const PLAN = /^1\.\.(\d+)\s*(?:#\s*(.*))?$/;
const BAIL_OUT = /^Bail out!\s*(.*)$/i;
// An unescaped `#` followed by SKIP/SKIPPED/TODO starts a directive.
const DIRECTIVE = /(?:^|[^\\])#\s*(skip\w*|todo)\b[\s:-]*(.*)$/i;

// node-tap ends a test point with its duration as a comment (`ok 1 - adds # time=5.1ms`): not part of the
// name, which must stay the same from run to run.
const TIME_COMMENT = /(?:^|\s+)(?<!\\)#\s*time=\d+(?:\.\d+)?m?s\s*$/;

function unescape(text: string): string {
  return text.replace(/\\([\\#])/g, '$1');
}

function parsePoint(ok: boolean, rest: string, line: number): TapPoint {
  let body = rest;
  const numbered = /^\s*(\d+)/.exec(body);
  const number = numbered ? Number(numbered[1]) : undefined;
  if (numbered) body = body.slice(numbered[0].length);
  body = body.replace(/^\s*-?\s*/, '');
  let directive: Directive | undefined;
  const d = DIRECTIVE.exec(body);
  if (d) {
    const reason = (d[2] ?? '').trim().replace(/^-$/, '');
    directive = { kind: /^todo$/i.test(d[1] ?? '') ? 'todo' : 'skip', ...(reason ? { reason } : {}) };
    body = body.slice(0, d.index + (d[0].startsWith('#') ? 0 : 1));
  }
  body = body.replace(TIME_COMMENT, '');
  return {
    ok,
    ...(number !== undefined ? { number } : {}),
    description: unescape(body.trim()),
    ...(directive ? { directive } : {}),
    line,
    children: [],
  };
}

function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** Points gathered at one indentation, and whether a plan closed them. */
interface Frame {
  readonly indent: number;
  readonly points: TapPoint[];
  closedAtLine?: number;
  planned?: number;
}

/**
 * Parses TAP text. Throws ParseError for a stream that contradicts itself (a test point after the plan
 * that closed its level); anything merely unusual becomes a warning.
 */
export function parseTap(name: string, text: string): TapDocument {
  const lines = text.split(/\r?\n/);
  const warnings: string[] = [];
  const frames: Frame[] = [];
  let last: { point: TapPoint; indent: number } | undefined;
  let bailOut: string | undefined;
  let topPlanned: number | undefined;
  const braces: { point: TapPoint; indent: number }[] = [];
  const frameAt = (indent: number): Frame => {
    let top = frames.at(-1);
    if (top === undefined || top.indent < indent) {
      top = { indent, points: [] };
      frames.push(top);
    }
    return top;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const indent = indentOf(raw);
    const line = raw.trim();
    if (line === '') continue;

    // A YAML block belongs to the point just before it, indented deeper than that point.
    if (line === '---' && last !== undefined && indent > last.indent) {
      const block: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const l = lines[j] ?? '';
        if (l.trim() === '...' && indentOf(l) <= indent) break;
        block.push(l.slice(Math.min(indent, indentOf(l))));
      }
      last.point.diagnostics = parseDiagnostics(block.join('\n'), name, i + 1, warnings);
      i = j;
      continue;
    }

    const bail = BAIL_OUT.exec(line);
    if (bail) {
      bailOut = (bail[1] ?? '').trim();
      break;
    }

    const point = TEST_POINT.exec(line);
    // Subtests are indented by 4 (TAP 14, node:test); a point-like line at another depth right after a
    // point is part of that point's diagnostic text (mocha indents failure text by 2).
    if (point && (last === undefined || indent <= last.indent || indent % 4 === 0)) {
      // node-tap's buffered subtests: `ok 1 - name {`, the indented subtests, then `}`.
      const rest = point[2] ?? '';
      const buffered = /\s\{$/.test(rest);
      const p = parsePoint(point[1] === undefined, buffered ? rest.replace(/\s*\{$/, '') : rest, i + 1);
      if (buffered) braces.push({ point: p, indent });
      // Deeper frames are this point's subtests.
      while ((frames.at(-1)?.indent ?? -1) > indent) {
        const child = frames.pop() as Frame;
        appendAll(p.children, child.points);
      }
      const frame = frameAt(indent);
      if (frame.closedAtLine !== undefined)
        throw new ParseError(
          name,
          `test point after the plan that ended the test list (plan on line ${frame.closedAtLine})`,
          { line: i + 1, column: indent + 1 },
          'A TAP plan goes either before the first test point or after the last one.',
        );
      frame.points.push(p);
      last = { point: p, indent };
      continue;
    }

    if (line === '}' && braces.at(-1)?.indent === indent) {
      const open = braces.pop() as { point: TapPoint; indent: number };
      while ((frames.at(-1)?.indent ?? -1) > indent)
        appendAll(open.point.children, (frames.pop() as Frame).points);
      continue;
    }

    const plan = PLAN.exec(line);
    if (plan) {
      const frame = frameAt(indent);
      frame.planned = Number(plan[1]);
      if (frame.points.length > 0) frame.closedAtLine = i + 1;
      if (frames[0] === frame) topPlanned = frame.planned;
      continue;
    }

    // Comments (`# Subtest:` included), `TAP version`, pragmas and stray output carry no results;
    // indented text right after a point is that point's diagnostic text.
    if (line.startsWith('#') || /^TAP version/i.test(line) || /^pragma /.test(line)) continue;
    if (last !== undefined && indent > last.indent) {
      const piece = raw.slice(Math.min(indent, last.indent + 2));
      last.point.text = last.point.text === undefined ? piece : `${last.point.text}\n${piece}`;
    }
  }

  // Deeper frames left open: the stream stopped inside a subtest (a crash or a bail-out).
  while (frames.length > 1) {
    const orphan = frames.pop() as Frame;
    warnings.push(
      `${name}: ${orphan.points.length} subtest result(s) without their parent test point (the stream ended early)`,
    );
    appendAll(frameAt(frames.at(-1)?.indent ?? 0).points, orphan.points);
  }
  const points = frames[0]?.points ?? [];
  if (topPlanned !== undefined && bailOut === undefined && points.length !== topPlanned)
    warnings.push(`${name}: the plan announced ${topPlanned} test(s) but ${points.length} were reported`);
  return {
    points,
    ...(topPlanned !== undefined ? { planned: topPlanned } : {}),
    ...(bailOut !== undefined ? { bailOut } : {}),
    warnings,
  };
}

function parseDiagnostics(
  block: string,
  name: string,
  line: number,
  warnings: string[],
): Record<string, unknown> | undefined {
  try {
    // Alias expansion is capped so a hostile block cannot blow up memory.
    const value: unknown = parseYaml(block, { maxAliasCount: 100, prettyErrors: false });
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
    return value === null || value === undefined ? undefined : { message: String(value) };
  } catch {
    warnings.push(`${name}:${line}: the YAML diagnostics block is not valid YAML; kept as text`);
    return { message: block };
  }
}
