/**
 * The top of the PR comment, always shown whole: the hidden marker the code host's upsert finds the comment
 * by, the verdict with counts, wall time, shards and their balance, the delta against the baseline, and the
 * links. Untrusted text (branch names, file names) goes through escapeMarkdown.
 */
import { escapeMarkdown } from '../escape-markdown.js';
import { baselineName, formatDuration, plural } from '../format.js';
import { safeHttpUrl } from '../safe-url.js';
import { lostWorkers, rerunText, type ReportView, type ViewDelta, type ViewShards } from '../view.js';

/**
 * The hidden marker line the code host's upsert finds the comment by: `<!-- tessera:report -->` without a
 * key (one comment per pull request), `<!-- tessera:report:<key> -->` with one (one comment per job or
 * workflow). A key may hold letters, digits and `. _ -`; anything else becomes `-`, so a key can never close
 * the HTML comment or match another key's marker.
 */
export function commentMarker(key?: string): string {
  const safe = key?.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 100);
  return safe ? `<!-- tessera:report:${safe} -->` : '<!-- tessera:report -->';
}

/** `1,234`: counts are read more easily with separators. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

function signed(n: number): string {
  return n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '±0';
}

function verdictLine(view: ReportView): string {
  const s = view.summary;
  const icon = view.status === 'failed' ? '❌' : view.status === 'incomplete' ? '⚠️' : '✅';
  const parts = [
    s.failed > 0 ? `${count(s.failed)} failed` : undefined,
    s.flaky > 0 ? `${count(s.flaky)} flaky` : undefined,
    `${count(s.passed)} passed`,
    s.skipped > 0 ? `${count(s.skipped)} skipped` : undefined,
  ].filter((p) => p !== undefined);
  return `### ${icon} Tessera: ${parts.join(' · ')}`;
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function shardsText(shards: ViewShards): string {
  const n = shards.expected ?? shards.present;
  const parts = [`**${plural(n, 'shard')}**`];
  const detail: string[] = [];
  if (shards.balance !== null) detail.push(`balance ${percent(shards.balance)}`);
  if (shards.makespanMs !== null) detail.push(`slowest ${formatDuration(shards.makespanMs)}`);
  if (shards.predictedMakespanMs !== null)
    detail.push(`predicted ${formatDuration(shards.predictedMakespanMs)}`);
  if (shards.lowerBoundMs !== null) detail.push(`lower bound ${formatDuration(shards.lowerBoundMs)}`);
  if (shards.queuedBatches !== undefined)
    detail.push(`balanced at run time: ${plural(shards.queuedBatches, 'batch', 'batches')} from one queue`);
  const idle = shards.emptyByPlan?.length ?? 0;
  if (idle > 0) detail.push(`${idle === n ? 'all' : String(idle)} with nothing to run by plan`);
  const lost = lostWorkers(shards);
  if (lost.length > 0)
    detail.push(
      `worker ${lost.map((w) => `${w}/${n}`).join(', ')} lost: ${lost.length === 1 ? 'its batch' : 'their batches'} ran on the others`,
    );
  return detail.length > 0 ? `${parts[0]} (${detail.join(', ')})` : (parts[0] ?? '');
}

function deltaLine(delta: ViewDelta): string {
  const against = escapeMarkdown(baselineName(delta));
  const moves = [
    delta.failed !== 0 ? `**${signed(delta.failed)} failed**` : undefined,
    delta.flaky !== 0 ? `${signed(delta.flaky)} flaky` : undefined,
    delta.passed !== 0 ? `${signed(delta.passed)} passed` : undefined,
    delta.skipped !== 0 ? `${signed(delta.skipped)} skipped` : undefined,
    delta.added > 0 ? `${count(delta.added)} added` : undefined,
    delta.removed > 0 ? `${count(delta.removed)} removed` : undefined,
    delta.wallMs !== null && delta.wallMs !== 0
      ? `wall time ${delta.wallMs > 0 ? '+' : '−'}${formatDuration(Math.abs(delta.wallMs))}`
      : undefined,
  ].filter((p) => p !== undefined);
  return `Compared with ${against}: ${moves.length > 0 ? moves.join(' · ') : 'no change in counts'}`;
}

/** Lines that warn about an incomplete run: missing or doubled shards, unreadable inputs. */
function warningLines(view: ReportView): string[] {
  const lines: string[] = [];
  const shards = view.shards;
  if (shards && shards.missing.length > 0)
    lines.push(`⚠️ **Missing shards: ${shards.missing.join(', ')}**: their tests are not in this report.`);
  if (shards && shards.duplicated.length > 0)
    lines.push(`⚠️ Shards reported more than once: ${shards.duplicated.join(', ')}.`);
  const notRun = view.notRun ?? [];
  if (notRun.length > 0) {
    const shown = notRun.slice(0, 5).map((n) => escapeMarkdown(n.file));
    const more = notRun.length > shown.length ? ` and ${count(notRun.length - shown.length)} more` : '';
    lines.push(
      `⛔ **${plural(notRun.length, 'file')} not run** (bailed after ${escapeMarkdown(notRun[0]?.after ?? '')}, --bail): ${shown.join(', ')}${more}.`,
    );
  }
  if (view.unreadable.length > 0)
    lines.push(`⚠️ **${plural(view.unreadable.length, 'input')} could not be read**: see the full report.`);
  return lines;
}

/** The links line, when the CI gave any usable link. */
export function linksLine(view: ReportView): string | undefined {
  const full = safeHttpUrl(view.links.fullReport);
  const run = safeHttpUrl(view.links.run);
  const links = [full ? `[Full report](${full})` : undefined, run ? `[CI run](${run})` : undefined].filter(
    (l) => l !== undefined,
  );
  return links.length > 0 ? links.join(' · ') : undefined;
}

/** The marker and headline block. */
export function renderHeadline(view: ReportView, markerKey?: string): string {
  const s = view.summary;
  const facts = [
    `**${plural(s.tests, 'test')}**`,
    s.wallMs !== null
      ? `wall time **${formatDuration(s.wallMs)}**`
      : `test time ${formatDuration(s.durationMs)}`,
    view.shards ? shardsText(view.shards) : undefined,
    view.rerun ? rerunText(view.rerun) : undefined,
  ].filter((p) => p !== undefined);
  const lines = [
    commentMarker(markerKey),
    verdictLine(view),
    '',
    facts.join(' · '),
    ...(view.delta ? ['', deltaLine(view.delta)] : []),
    ...warningLines(view).flatMap((l) => ['', l]),
  ];
  const links = linksLine(view);
  return [...lines, ...(links ? ['', links] : [])].join('\n');
}
