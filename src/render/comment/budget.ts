/**
 * Fitting a document made of prioritised sections into one size budget. A section is a head (heading, table
 * header) and a list of atomic items (a table row, a list item, a whole fenced block or `<details>`), so a
 * cut can only fall between two items: never inside a code fence, a table row or an HTML tag.
 *
 * Sections are given in priority order. Each one gets everything left after the sections above it, minus
 * the one-line "collapsed" form of every section below it, so lower sections shrink first and every section
 * that had anything to say at least says how much it left out. Once one section is cut, every section below
 * it is collapsed to its line. Pure.
 */

/** How a budget is counted. */
export type BudgetUnit = 'chars' | 'bytes';

/** A size limit of a surface (a PR comment, a job summary). */
export interface SizeBudget {
  /** Largest allowed size of the whole document. */
  readonly limit: number;
  /**
   * `chars`: UTF-16 code units (JavaScript's `length`), never fewer than the Unicode characters a code host
   * counts, so a fit here fits there. `bytes`: UTF-8 bytes (GitHub's 1 MiB job-summary limit).
   */
  readonly unit: BudgetUnit;
}

/** GitHub's limit on an issue or pull-request comment body: 65,536 characters. */
export const GITHUB_COMMENT_BUDGET: SizeBudget = { limit: 65_536, unit: 'chars' };

/** GitHub's limit on a step's job summary: 1 MiB. */
export const JOB_SUMMARY_BUDGET: SizeBudget = { limit: 1_048_576, unit: 'bytes' };

/** One section of a budgeted document. */
export interface BudgetSection {
  /** A name for the section, for callers and tests (not rendered). */
  readonly id: string;
  /** Opens the section whenever at least one item is shown. */
  readonly head: string;
  /** Atomic items, most important first. */
  readonly items: readonly string[];
  /** Between the head and the first item, and between items: `\n` for table rows and list items. */
  readonly separator: string;
  /** How many things (tests) each item stands for, for the "N more" count; 1 each when absent. */
  readonly weights?: readonly number[];
  /** The line after the shown items when some are cut, given the number of things cut. */
  readonly more: (hidden: number) => string;
  /** The line shown instead of the section when none of its items fits, given the number of things. */
  readonly collapsed: (hidden: number) => string;
}

/** What happened to one section. */
export interface SectionFit {
  readonly id: string;
  /** Items shown. */
  readonly shown: number;
  /** Things (weighted items) left out. */
  readonly hidden: number;
  /** `full`, `cut` (some items shown, a "more" line), `collapsed` (the one line) or `dropped` (no room at all). */
  readonly state: 'full' | 'cut' | 'collapsed' | 'dropped';
}

/** The fitted document and what was cut. */
export interface FitResult {
  readonly text: string;
  readonly sections: readonly SectionFit[];
}

const SECTION_GAP = '\n\n';

/** The size of `text` in the budget's unit. */
export function measure(text: string, unit: BudgetUnit): number {
  return unit === 'chars' ? text.length : Buffer.byteLength(text, 'utf8');
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * Fits `preamble` (always shown in full) and `sections` (in priority order) into `budget`.
 *
 * @throws RangeError when the preamble alone is larger than the budget: there is no honest shorter form
 */
export function fitSections(
  preamble: string,
  sections: readonly BudgetSection[],
  budget: SizeBudget,
): FitResult {
  const size = (text: string): number => measure(text, budget.unit);
  // The document ends with one newline; it counts like any other character.
  let used = size(preamble) + size('\n');
  if (used > budget.limit)
    throw new RangeError(`the report's headline alone (${used}) is over the size budget (${budget.limit})`);

  const totals = sections.map((s) => sum(s.weights ?? s.items.map(() => 1)));
  const collapsedSizes = sections.map((s, i) =>
    s.items.length === 0 ? 0 : size(SECTION_GAP) + size(s.collapsed(totals[i] ?? 0)),
  );
  const parts: string[] = [preamble];
  const fits: SectionFit[] = [];
  let cutAbove = false;

  sections.forEach((section, i) => {
    const total = totals[i] ?? 0;
    if (section.items.length === 0) {
      fits.push({ id: section.id, shown: 0, hidden: 0, state: 'full' });
      return;
    }
    // Once a section has been cut, everything below it is collapsed: a lower section never shows items
    // while a higher one is missing some.
    const available = cutAbove ? 0 : budget.limit - used - sum(collapsedSizes.slice(i + 1));
    const weights = section.weights ?? section.items.map(() => 1);
    const itemSizes = section.items.map((item) => size(section.separator) + size(item));
    const opening = size(SECTION_GAP) + size(section.head);

    // Everything, if it fits.
    if (opening + sum(itemSizes) <= available) {
      const text = [section.head, ...section.items].join(section.separator);
      parts.push(text);
      used += size(SECTION_GAP) + size(text);
      fits.push({ id: section.id, shown: section.items.length, hidden: 0, state: 'full' });
      return;
    }
    // Otherwise the longest prefix of items that fits with its "more" line. The "more" line's length
    // depends on the hidden count, which only shrinks as items are added, so the first line measured is
    // the longest one: a safe bound for every prefix.
    const moreBound = size(SECTION_GAP) + size(section.more(total));
    let shown = 0;
    let spent = opening + moreBound;
    while (shown < section.items.length && spent + (itemSizes[shown] ?? 0) <= available) {
      spent += itemSizes[shown] ?? 0;
      shown++;
    }
    cutAbove = true;
    if (shown > 0) {
      const hidden = total - sum(weights.slice(0, shown));
      const text = `${[section.head, ...section.items.slice(0, shown)].join(section.separator)}${SECTION_GAP}${section.more(hidden)}`;
      parts.push(text);
      used += size(SECTION_GAP) + size(text);
      fits.push({ id: section.id, shown, hidden, state: 'cut' });
      return;
    }
    const collapsed = section.collapsed(total);
    if (size(SECTION_GAP) + size(collapsed) <= budget.limit - used) {
      parts.push(collapsed);
      used += size(SECTION_GAP) + size(collapsed);
      fits.push({ id: section.id, shown: 0, hidden: total, state: 'collapsed' });
      return;
    }
    fits.push({ id: section.id, shown: 0, hidden: total, state: 'dropped' });
  });

  return { text: `${parts.join(SECTION_GAP)}\n`, sections: fits };
}
