/**
 * The PR comment under its size budget: the headline and marker, the priority order of the sections, the
 * order in which they shrink, the "N more" lines, and that no cut ever falls inside a code fence, a table
 * or an HTML comment. Structure is checked with markdown-it, a real CommonMark/GFM parser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commentMarker,
  fitSections,
  GITHUB_COMMENT_BUDGET,
  JOB_SUMMARY_BUDGET,
  renderComment,
  renderJobSummary,
  type BudgetSection,
} from '../../src/render/comment/index.js';
import { fences, headings, linkTargets, rawHtml, tables } from './markdown-check.js';
import { makeView } from './view-fixtures.js';

const SECTION_ORDER = ['New failures', 'Still failing', 'Flaky', 'Slower', 'Fixed', 'Trend and shards'];

/** A view with something in every section, far too big for one comment. */
const BIG = makeView({
  newFailures: 3000,
  groups: 25,
  stillFailing: 800,
  flaky: 300,
  slower: 300,
  fixed: 300,
  passed: 50,
});

/** Checks the structure every budget must keep: whole fences, whole tables, only the marker as HTML. */
function expectIntact(markdown: string): void {
  const fenceLines = markdown.split('\n').filter((l) => /^`{3,}/.test(l));
  expect(fenceLines.length % 2).toBe(0);
  expect(fences(markdown)).toHaveLength(fenceLines.length / 2);
  for (const table of tables(markdown))
    for (const cells of table.rowCells) expect(cells).toBe(table.header.length);
  expect(rawHtml(markdown).map((h) => h.trim())).toEqual([commentMarker()]);
}

describe('the comment headline', () => {
  it('starts with the hidden marker, whose key is configurable and can never close the comment', () => {
    const view = makeView({ newFailures: 1 });
    expect(renderComment(view).markdown.split('\n')[0]).toBe('<!-- tessera:report -->');
    expect(renderComment(view, { markerKey: 'e2e-tests' }).markdown.split('\n')[0]).toBe(
      '<!-- tessera:report:e2e-tests -->',
    );
    const hostile = renderComment(view, { markerKey: 'x --> <b>pwn</b>' }).markdown.split('\n')[0];
    expect(hostile).toBe('<!-- tessera:report:x------b-pwn--b- -->');
  });

  it('names a baseline without a branch as the previous run, never "Compared with :"', () => {
    const base = makeView({ newFailures: 1 });
    const delta = base.delta ?? undefined;
    expect(delta).toBeDefined();
    for (const [branch, sha, want] of [
      ['', '0123456789', 'Compared with the previous run at 0123456:'],
      [undefined, undefined, 'Compared with the previous run of 2026-'],
      ['  ', undefined, 'Compared with the previous run of 2026-'],
    ] as const) {
      const { branch: _b, sha: _s, ...rest } = delta as NonNullable<typeof delta>;
      const view = {
        ...base,
        delta: {
          ...rest,
          at: '2026-12-04T10:00:00Z',
          ...(branch !== undefined ? { branch } : {}),
          ...(sha !== undefined ? { sha } : {}),
        },
      };
      const markdown = renderComment(view).markdown;
      expect(markdown).toContain(want);
      expect(markdown).not.toMatch(/Compared with\s*:/);
    }
  });

  it('says the counts, wall time, shards and balance, and the delta against the baseline', () => {
    const view = makeView({ newFailures: 4, stillFailing: 1, flaky: 2, passed: 30, shards: 4 });
    const head = renderComment(view).markdown.split('#### ')[0] ?? '';
    expect(head).toContain('❌ Tessera: 5 failed · 2 flaky · 27 passed · 3 skipped');
    expect(head).toContain('wall time **2 min 25 s**');
    expect(head).toContain(`**4 shards** (balance ${Math.round((view.shards?.balance ?? 0) * 100)}%`);
    expect(head).toContain('lower bound 1 min 50 s');
    expect(head).toContain('Compared with main at 0123456: **+4 failed** · +2 flaky · −2 passed');
    expect(head).toContain('[Full report](https://ci.example.com/runs/42/artifacts/report.html)');
  });

  it('says how many shards had nothing to run by plan (they are not missing)', () => {
    const base = makeView({ passed: 3, shards: 4 });
    const shards = base.shards && { ...base.shards, emptyByPlan: [3, 4] };
    const head = renderComment({ ...base, shards }).markdown.split('#### ')[0] ?? '';
    expect(head).toMatch(/\*\*4 shards\*\* \([^)]*2 with nothing to run by plan/);
    expect(head).not.toContain('Missing shards');
  });

  it('never links an address that is not http(s)', () => {
    const view = { ...makeView({ newFailures: 1 }), links: { fullReport: 'javascript:alert(1)' } };
    const markdown = renderComment(view).markdown;
    expect(linkTargets(markdown)).toEqual([]);
    expect(markdown).not.toContain('javascript:');
  });
});

describe('sections in priority order', () => {
  it('shows every section whole when it fits, in priority order, with no "more" line', () => {
    const view = makeView({ newFailures: 6, groups: 2, stillFailing: 3, flaky: 2, slower: 2, fixed: 2 });
    const { markdown, sections } = renderComment(view);
    expect(sections.map((s) => s.state)).toEqual(['full', 'full', 'full', 'full', 'full', 'full']);
    const found = headings(markdown).slice(1);
    expect(found.map((h) => SECTION_ORDER.findIndex((name) => h.includes(name)))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(markdown).not.toMatch(/more —/);
    expect(fences(markdown).filter((f) => f.info === 'mermaid')).toHaveLength(3);
    expect(tables(markdown).map((t) => t.rowCells.length)).toEqual([3, 3, 3, 2, 2]);
    expectIntact(markdown);
  });

  it('calls the failures "Failures" when there is no baseline to call them new against', () => {
    const view = { ...makeView({ newFailures: 2 }), delta: null };
    expect(headings(renderComment(view).markdown)).toContain('❌ Failures (2)');
  });

  it('shrinks the lower sections first: once one is cut, every one below is collapsed to its line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2500, max: 400_000 }), (limit) => {
        const { markdown, sections } = renderComment(BIG, { budget: { limit, unit: 'chars' } });
        expect(markdown.length).toBeLessThanOrEqual(limit);
        const firstNotFull = sections.findIndex((s) => s.state !== 'full');
        if (firstNotFull >= 0)
          for (const s of sections.slice(firstNotFull + 1))
            expect(['collapsed', 'dropped']).toContain(s.state);
        expectIntact(markdown);
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('says exactly how many entries a cut section left out', () => {
    const limit = 30_000;
    const { markdown, sections } = renderComment(BIG, { budget: { limit, unit: 'chars' } });
    const still = sections.find((s) => s.id === 'stillFailing');
    const stillTable = tables(markdown).find((t) => t.header.includes('Failing for'));
    if (still?.state === 'cut') {
      expect(stillTable?.rowCells.length).toBe(still.shown);
      expect(still.hidden).toBe(800 - still.shown);
      expect(markdown).toContain(`${still.hidden.toLocaleString('en-US')} more — [see the full report](`);
    } else {
      // At this budget the new failures take the room; the still-failing section must then say its size.
      expect(still?.state).toBe('collapsed');
      expect(markdown).toContain('#### 🔁 Still failing (800) — [see the full report](');
    }
    for (const s of sections.filter((x) => x.state === 'collapsed'))
      expect(headings(markdown).some((h) => h.includes(s.hidden.toLocaleString('en-US')))).toBe(true);
  });

  it('keeps the lowest sections when only they are too big', () => {
    const view = makeView({ newFailures: 2, fixed: 5000 });
    const { markdown, sections } = renderComment(view);
    expect(sections.map((s) => [s.id, s.state])).toEqual([
      ['newFailures', 'full'],
      ['stillFailing', 'full'],
      ['flaky', 'full'],
      ['slower', 'full'],
      ['fixed', 'cut'],
      ['charts', 'collapsed'],
    ]);
    const fixed = sections[4];
    const listed = markdown.split('\n').filter((l) => l.startsWith('- fixed suite')).length;
    expect(listed).toBe(fixed?.shown);
    expect(markdown).toContain(`${(5000 - listed).toLocaleString('en-US')} more — `);
    expect(markdown).toContain('#### 📈 Trend and shards: 3 charts — ');
  });
});

describe('10,000 failing tests', () => {
  const view = makeView({ newFailures: 10_000, groups: 400, stillFailing: 500, flaky: 100, slower: 100 });

  it('stay under GitHub’s 65,536 characters and account for every failure', () => {
    const { markdown, sections } = renderComment(view, { budget: GITHUB_COMMENT_BUDGET });
    expect(markdown.length).toBeLessThan(65_536);
    expect(headings(markdown)).toContain('❌ New failures (10,000)');
    // Every failure is either a table row, or counted by its group's "…and N more" or the section's line.
    const rows = tables(markdown)
      .filter((t) => t.header.length === 2)
      .reduce((n, t) => n + t.rowCells.length, 0);
    const inGroups = [...markdown.matchAll(/…and ([\d,]+) more in this group/g)].reduce(
      (n, m) => n + Number((m[1] ?? '0').replace(/,/g, '')),
      0,
    );
    const section = /\*\*([\d,]+) more failures\*\*/.exec(markdown);
    const cut = Number((section?.[1] ?? '0').replace(/,/g, ''));
    expect(rows + inGroups + cut).toBe(10_000);
    expect(sections[0]?.state).toBe('cut');
    expectIntact(markdown);
  });

  it('fit the 1 MiB job summary, measured in UTF-8 bytes, with more detail than the comment', () => {
    const summary = renderJobSummary(view).markdown;
    const comment = renderComment(view).markdown;
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(JOB_SUMMARY_BUDGET.limit);
    expect(summary.length).toBeGreaterThan(comment.length);
    expectIntact(summary);
  });

  it('fit what is left of a job summary when the host gives a smaller budget', () => {
    const budget = { limit: 20_000, unit: 'bytes' } as const;
    const summary = renderJobSummary(view, { budget }).markdown;
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(budget.limit);
    // Cut to fit, not merely small: the full summary is larger than this budget.
    expect(Buffer.byteLength(renderJobSummary(view).markdown, 'utf8')).toBeGreaterThan(budget.limit);
    expectIntact(summary);
  });
});

describe('fitSections', () => {
  const section = (items: string[]): BudgetSection => ({
    id: 's',
    head: '## S',
    items,
    separator: '\n',
    more: (n) => `${n} more`,
    collapsed: (n) => `## S (${n})`,
  });

  it('refuses a budget smaller than the headline instead of cutting it', () => {
    expect(() => fitSections('x'.repeat(100), [], { limit: 50, unit: 'chars' })).toThrow(RangeError);
  });

  it('counts bytes, not characters, for a byte budget', () => {
    const items = Array.from({ length: 20 }, () => '- ✅✅✅✅✅');
    const chars = fitSections('# T', [section(items)], { limit: 200, unit: 'chars' });
    const bytes = fitSections('# T', [section(items)], { limit: 200, unit: 'bytes' });
    expect(chars.text.length).toBeLessThanOrEqual(200);
    expect(Buffer.byteLength(bytes.text, 'utf8')).toBeLessThanOrEqual(200);
    expect(bytes.sections[0]?.shown).toBeLessThan(chars.sections[0]?.shown ?? 0);
  });

  it('weights the "more" count by what each item stands for', () => {
    // Sizes: '# T\n' 4, '\n\n## S' 6, each '\n- aaaaaaaaaa' 13, '\n\n9 more' at most 9: two items and the
    // "more" line (41) fit in 46 − 4, all three items (45) do not.
    const s = { ...section(['- aaaaaaaaaa', '- bbbbbbbbbb', '- cccccccccc']), weights: [5, 7, 9] };
    const fit = fitSections('# T', [s], { limit: 46, unit: 'chars' });
    expect(fit.sections[0]).toMatchObject({ shown: 2, hidden: 9, state: 'cut' });
    expect(fit.text).toContain('9 more');
  });
});
