/**
 * The server-rendered top of the HTML report: verdict, count cards, the delta against the baseline, the
 * charts, and what changed (new failures by cluster, still failing, flaky, slower, fixed). Every piece of
 * text goes through escapeHtml. Pure.
 */
import { baselineName, formatDuration, location, plural } from '../format.js';
import { safeHttpUrl } from '../safe-url.js';
import { rerunText, type ReportView, type ViewTestRef } from '../view.js';
import { passRateSvg, shardLegendHtml, shardTimelineSvg, wallTimeSvg } from './charts.js';
import { escapeHtml } from './escape-html.js';
import { reusedFrom, reuseLine } from '../reuse-text.js';
import { failureHeadline } from '../failure-text.js';

/** Entries listed per "what changed" list; the table below has them all. */
const LIST_LIMIT = 5;

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function card(label: string, value: string, cls = ''): string {
  return `<div class="card ${cls}"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`;
}

function signed(n: number): string {
  return n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '±0';
}

/** The verdict banner. */
export function renderBanner(view: ReportView): string {
  const s = view.summary;
  const verdict =
    view.status === 'failed'
      ? `${count(s.failed)} failed`
      : view.status === 'incomplete'
        ? 'Incomplete'
        : 'All tests passed';
  const when = view.generatedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  const full = safeHttpUrl(view.links.run);
  const run = full ? ` · <a href="${escapeHtml(full)}" rel="noreferrer">CI run</a>` : '';
  return `<header class="banner ${view.status}"><div class="brand">Tessera</div><h1>${escapeHtml(verdict)}</h1><p class="meta">${escapeHtml(`${plural(s.tests, 'test')}${view.rerun ? ` · ${rerunText(view.rerun)}` : ''} · report of ${when}`)}${run}</p></header>`;
}

/** Count cards: tests by outcome, wall time, shards. */
export function renderCards(view: ReportView): string {
  const s = view.summary;
  const cards = [
    card('failed', count(s.failed), s.failed > 0 ? 'failed' : 'muted'),
    card('flaky', count(s.flaky), s.flaky > 0 ? 'flaky' : 'muted'),
    card('passed', count(s.passed), 'passed'),
    card('skipped', count(s.skipped), 'muted'),
    card(s.wallMs !== null ? 'wall time' : 'test time', formatDuration(s.wallMs ?? s.durationMs)),
  ];
  const shards = view.shards;
  if (shards) {
    const n = shards.expected ?? shards.present;
    cards.push(
      card(
        shards.balance !== null ? `shards · ${Math.round(shards.balance * 100)}% balanced` : 'shards',
        String(n),
        shards.missing.length > 0 ? 'failed' : '',
      ),
    );
  }
  return `<section class="cards">${cards.join('')}</section>`;
}

/** The line comparing with the baseline, and warnings about an incomplete run. */
export function renderNotes(view: ReportView): string {
  const notes: string[] = [];
  const d = view.delta;
  if (d) {
    const against = baselineName(d);
    const moves = [
      d.failed !== 0 ? `${signed(d.failed)} failed` : '',
      d.flaky !== 0 ? `${signed(d.flaky)} flaky` : '',
      d.passed !== 0 ? `${signed(d.passed)} passed` : '',
      d.added > 0 ? `${count(d.added)} added` : '',
      d.removed > 0 ? `${count(d.removed)} removed` : '',
      d.wallMs !== null && d.wallMs !== 0
        ? `wall time ${d.wallMs > 0 ? '+' : '−'}${formatDuration(Math.abs(d.wallMs))}`
        : '',
    ].filter((m) => m.length > 0);
    notes.push(
      `<p class="note">Compared with <strong>${escapeHtml(against)}</strong>: ${escapeHtml(moves.length > 0 ? moves.join(' · ') : 'no change in counts')}</p>`,
    );
  }
  const shards = view.shards;
  if (shards && shards.missing.length > 0)
    notes.push(
      `<p class="note warn">Missing shards: ${escapeHtml(shards.missing.join(', '))}. Their tests are not in this report.</p>`,
    );
  const idle = shards?.emptyByPlan ?? [];
  if (idle.length > 0)
    notes.push(
      `<p class="note">${escapeHtml(`${idle.length === 1 ? 'Shard' : 'Shards'} ${idle.join(', ')} had nothing to run by plan: not missing, no job needed.`)}</p>`,
    );
  const notRun = view.notRun ?? [];
  if (notRun.length > 0)
    notes.push(
      `<p class="note warn">${escapeHtml(plural(notRun.length, 'file'))} not run (bailed after <code>${escapeHtml(notRun[0]?.after ?? '')}</code>, --bail): ` +
        `${notRun
          .slice(0, 50)
          .map((n) => `<code>${escapeHtml(n.file)}</code>`)
          .join(', ')}${notRun.length > 50 ? ` and ${count(notRun.length - 50)} more` : ''}</p>`,
    );
  for (const u of view.unreadable)
    notes.push(
      `<p class="note warn">Could not read <code>${escapeHtml(location(u.file, u.line, u.column))}</code>: ${escapeHtml(u.message)}</p>`,
    );
  if (view.reuse) {
    const files = view.reuse.files
      .map(
        (f) =>
          `<li><code>${escapeHtml(f.file)}</code> reused from <code>${escapeHtml(reusedFrom(f))}</code> (${escapeHtml(plural(f.tests, 'test'))})</li>`,
      )
      .join('');
    notes.push(
      `<details class="note"><summary>Reused: ${escapeHtml(reuseLine(view.reuse))}</summary><ul>${files}</ul></details>`,
    );
  }
  if (shards && shards.makespanMs !== null) {
    const parts = [`slowest shard ${formatDuration(shards.makespanMs)}`];
    if (shards.predictedMakespanMs !== null)
      parts.push(`predicted ${formatDuration(shards.predictedMakespanMs)}`);
    if (shards.lowerBoundMs !== null) parts.push(`lower bound ${formatDuration(shards.lowerBoundMs)}`);
    if (shards.queuedBatches !== undefined)
      parts.push(`balanced at run time: ${shards.queuedBatches} batches taken from one queue`);
    notes.push(`<p class="note">${escapeHtml(parts.join(' · '))}</p>`);
  }
  return notes.join('');
}

function figure(caption: string, svg: string | undefined, legend = ''): string {
  return svg === undefined
    ? ''
    : `<figure><figcaption>${escapeHtml(caption)}</figcaption>${svg}${legend}</figure>`;
}

/** The charts row, or nothing when there is nothing to draw. */
export function renderCharts(view: ReportView): string {
  const figures = [
    figure('Pass rate', passRateSvg(view.trend)),
    figure('Wall time', wallTimeSvg(view.trend)),
    figure(
      'Shards',
      view.shards ? shardTimelineSvg(view.shards) : undefined,
      view.shards ? shardLegendHtml(view.shards) : '',
    ),
  ].join('');
  return figures.length > 0 ? `<section class="charts">${figures}</section>` : '';
}

function refItem(ref: ViewTestRef, extra = ''): string {
  const where =
    ref.file !== undefined ? `<span class="where">${escapeHtml(location(ref.file, ref.line))}</span>` : '';
  return `<li><span class="name">${escapeHtml(ref.title)}</span>${where}${extra ? `<span class="extra">${escapeHtml(extra)}</span>` : ''}</li>`;
}

/** A "what changed" list; `hidden` says how many entries the list leaves out. */
function changeList(
  title: string,
  cls: string,
  items: readonly string[],
  total: number,
  hidden: number,
): string {
  if (total === 0) return '';
  const more =
    hidden > 0 ? `<li class="more">${escapeHtml(`${count(hidden)} more in the table below`)}</li>` : '';
  return `<div class="change ${cls}"><h3>${escapeHtml(`${title} (${count(total)})`)}</h3><ul>${items.join('')}${more}</ul></div>`;
}

/** "What changed": new failures by cluster, still failing, flaky, slower, fixed. */
export function renderChanges(view: ReportView): string {
  const groups = view.newFailures.slice(0, LIST_LIMIT).map((g) => {
    const first = g.tests[0];
    const extra = g.tests.length > 1 ? `and ${count(g.tests.length - 1)} more` : '';
    // The real message of the first test; the normalised signature only groups the cluster.
    const headline = failureHeadline(first?.message ?? g.example) || g.signature;
    return `<li><span class="signature">${escapeHtml(headline)}</span>${first ? `<span class="where">${escapeHtml(first.title)}${first.file ? ` · ${escapeHtml(location(first.file, first.line))}` : ''}</span>` : ''}${extra ? `<span class="extra">${escapeHtml(extra)}</span>` : ''}</li>`;
  });
  const newTotal = view.newFailures.reduce((n, g) => n + g.tests.length, 0);
  const listedTotal = view.newFailures.slice(0, LIST_LIMIT).reduce((n, g) => n + g.tests.length, 0);
  const lists = [
    changeList(view.delta ? 'New failures' : 'Failures', 'failed', groups, newTotal, newTotal - listedTotal),
    changeList(
      'Still failing',
      'failed',
      view.stillFailing
        .slice(0, LIST_LIMIT)
        .map((t) => refItem(t, `${plural(t.runsInARow, 'run')} in a row`)),
      view.stillFailing.length,
      view.stillFailing.length - LIST_LIMIT,
    ),
    changeList(
      'Flaky',
      'flaky',
      view.flaky.slice(0, LIST_LIMIT).map((t) => refItem(t, `score ${t.score.toFixed(2)} · ${t.evidence}`)),
      view.flaky.length,
      view.flaky.length - LIST_LIMIT,
    ),
    changeList(
      'Slower',
      'slower',
      view.slower
        .slice(0, LIST_LIMIT)
        .map((t) => refItem(t, `${formatDuration(t.baselineMs)} → ${formatDuration(t.currentMs)}`)),
      view.slower.length,
      view.slower.length - LIST_LIMIT,
    ),
    changeList(
      'Fixed',
      'passed',
      view.fixed.slice(0, LIST_LIMIT).map((t) => refItem(t)),
      view.fixed.length,
      view.fixed.length - LIST_LIMIT,
    ),
  ].join('');
  return lists.length > 0 ? `<section class="changes">${lists}</section>` : '';
}
