/**
 * The HTML report's charts as inline SVG, drawn here rather than by a charting library so the page stays one
 * self-contained file with no script to load: the pass rate and wall time over the last runs, and the shard
 * timeline (set-up, actual and predicted time per shard, with the lower bound). All text is escaped. Pure.
 */
import { formatDuration } from '../format.js';
import type { ViewShards, ViewTrendPoint } from '../view.js';
import { escapeHtml } from './escape-html.js';
import { maxOf, minOf } from '../../model/arrays.js';

/**
 * The charts' coordinate width, close to the width they are drawn at (one grid column, 300 to 380 px at any
 * window size), so the 13-unit axis labels render at 11 px or more even on a phone.
 */
const WIDTH = 360;
const HEIGHT = 180;
const PAD = { top: 14, right: 12, bottom: 30, left: 52 };

/** The unit axis labels use, chosen once per axis from its largest value so all its labels agree. */
function axisUnit(maxMs: number): { readonly suffix: string; readonly divisor: number } {
  if (maxMs < 2000) return { suffix: 'ms', divisor: 1 };
  if (maxMs < 180_000) return { suffix: 's', divisor: 1000 };
  if (maxMs < 10_800_000) return { suffix: 'm', divisor: 60_000 };
  return { suffix: 'h', divisor: 3_600_000 };
}

/** Axis labels for durations up to `maxMs`: `850ms`, `45s`, `2.5m`, `1.2h`, all in the same unit. */
export function axisDurations(maxMs: number): (ms: number) => string {
  const { suffix, divisor } = axisUnit(maxMs);
  return (ms) => {
    const value = ms / divisor;
    return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)}${suffix}`;
  };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function svgOpen(label: string, width: number, height: number): string {
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(label)}</title>`;
}

/**
 * X positions of `n` runs: the centres of `n` equal bands across the plot area, so the first and last
 * points (and a bar drawn around them) sit inside it, clear of the y-axis labels, also with two runs.
 */
function xs(n: number): number[] {
  const inner = WIDTH - PAD.left - PAD.right;
  return Array.from({ length: n }, (_, i) => PAD.left + (inner * (i + 0.5)) / n);
}

/** Run labels under the x axis: the first, the last, and a few between, so they never overlap. */
function xLabels(points: readonly ViewTrendPoint[], positions: readonly number[]): string {
  const step = Math.max(1, Math.ceil(points.length / 8));
  return points
    .map((p, i) =>
      i % step === 0 || i === points.length - 1
        ? `<text class="axis" x="${fmt(positions[i] ?? 0)}" y="${HEIGHT - 8}" text-anchor="middle">${escapeHtml(p.label)}</text>`
        : '',
    )
    .join('');
}

function gridLine(y: number, label: string): string {
  return `<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${fmt(y)}" y2="${fmt(y)}"/><text class="axis" x="${PAD.left - 6}" y="${fmt(y + 4)}" text-anchor="end">${escapeHtml(label)}</text>`;
}

/** Line chart of the pass rate over the runs, or undefined with fewer than two runs that ran tests. */
export function passRateSvg(trend: readonly ViewTrendPoint[]): string | undefined {
  const points = trend.filter((p): p is ViewTrendPoint & { passRate: number } => p.passRate !== null);
  if (points.length < 2) return undefined;
  const rates = points.map((p) => p.passRate * 100);
  const low = Math.max(0, Math.floor((minOf(rates, Infinity) - 1) / 5) * 5);
  const y = (rate: number): number =>
    PAD.top + ((100 - rate) / Math.max(1, 100 - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const x = xs(points.length);
  const path = rates.map((r, i) => `${i === 0 ? 'M' : 'L'}${fmt(x[i] ?? 0)},${fmt(y(r))}`).join(' ');
  const dots = points
    .map((p, i) => {
      const cls = p.current ? 'dot current' : p.failed > 0 ? 'dot failed' : 'dot';
      const tip = `${p.label}: ${(rates[i] ?? 0).toFixed(1)}% passed, ${p.failed} failed`;
      return `<circle class="${cls}" cx="${fmt(x[i] ?? 0)}" cy="${fmt(y(rates[i] ?? 0))}" r="${p.current ? 5 : 3.5}"><title>${escapeHtml(tip)}</title></circle>`;
    })
    .join('');
  const mid = (low + 100) / 2;
  return [
    svgOpen('Pass rate over the last runs', WIDTH, HEIGHT),
    gridLine(y(100), '100%'),
    gridLine(y(mid), `${fmt(mid)}%`),
    gridLine(y(low), `${low}%`),
    `<path class="line" d="${path}"/>`,
    dots,
    xLabels(points, x),
    '</svg>',
  ].join('');
}

/** Bar chart of the wall time over the runs, or undefined with fewer than two known times. */
export function wallTimeSvg(trend: readonly ViewTrendPoint[]): string | undefined {
  const points = trend.filter((p): p is ViewTrendPoint & { wallMs: number } => p.wallMs !== null);
  if (points.length < 2) return undefined;
  const max =
    maxOf(
      points.map((p) => p.wallMs),
      -Infinity,
    ) * 1.1;
  const label = axisDurations(max);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = xs(points.length);
  const inner = WIDTH - PAD.left - PAD.right;
  const barWidth = Math.max(3, Math.min(32, (inner / points.length) * 0.6));
  const bars = points
    .map((p, i) => {
      const h = (p.wallMs / max) * plotHeight;
      const cls = p.current ? 'bar current' : 'bar';
      const tip = `${p.label}: ${formatDuration(p.wallMs)}`;
      return `<rect class="${cls}" x="${fmt((x[i] ?? 0) - barWidth / 2)}" y="${fmt(PAD.top + plotHeight - h)}" width="${fmt(barWidth)}" height="${fmt(h)}" rx="2"><title>${escapeHtml(tip)}</title></rect>`;
    })
    .join('');
  return [
    svgOpen('Wall time over the last runs', WIDTH, HEIGHT),
    gridLine(PAD.top, label(max)),
    gridLine(PAD.top + plotHeight / 2, label(max / 2)),
    gridLine(PAD.top + plotHeight, label(0)),
    bars,
    xLabels(points, x),
    '</svg>',
  ].join('');
}

/**
 * The shard timeline: one row per shard with its set-up (grey), its actual test time (blue; the slowest in
 * amber) and a tick where the plan predicted it would end; a dashed line marks the lower bound.
 */
export function shardTimelineSvg(shards: ViewShards): string | undefined {
  const rows = shards.shards.filter((s) => s.actualMs !== null || s.predictedMs !== null);
  if (rows.length === 0) return undefined;
  const rowHeight = 24;
  const left = 74;
  const right = 14;
  const top = 12;
  const height = top + rows.length * rowHeight + 32;
  const ends = rows.map((s) => (s.setupMs ?? 0) + Math.max(s.actualMs ?? 0, s.predictedMs ?? 0));
  const span = Math.max(1, ...ends, (shards.lowerBoundMs ?? 0) * 1.02) * 1.05;
  const scale = (ms: number): number => left + (ms / span) * (WIDTH - left - right);
  const slowest = maxOf(
    rows.map((s) => s.actualMs ?? 0),
    -Infinity,
  );
  const parts: string[] = [svgOpen('Shard timeline: set-up, actual and predicted time', WIDTH, height)];
  rows.forEach((s, i) => {
    const y = top + i * rowHeight;
    const setup = s.setupMs ?? 0;
    parts.push(`<text class="axis" x="${left - 8}" y="${y + 16}" text-anchor="end">Shard ${s.index}</text>`);
    if (setup > 0)
      parts.push(
        `<rect class="setup" x="${fmt(scale(0))}" y="${y + 4}" width="${fmt(scale(setup) - scale(0))}" height="14" rx="2"><title>${escapeHtml(`Shard ${s.index} set-up: ${formatDuration(setup)}`)}</title></rect>`,
      );
    if (s.actualMs !== null)
      parts.push(
        `<rect class="${s.actualMs === slowest ? 'actual slowest' : 'actual'}" x="${fmt(scale(setup))}" y="${y + 4}" width="${fmt(Math.max(1, scale(setup + s.actualMs) - scale(setup)))}" height="14" rx="2"><title>${escapeHtml(`Shard ${s.index}: ${formatDuration(s.actualMs)}${s.predictedMs !== null ? ` (predicted ${formatDuration(s.predictedMs)})` : ''}`)}</title></rect>`,
      );
    if (s.predictedMs !== null) {
      const px = fmt(scale(setup + s.predictedMs));
      parts.push(`<line class="predicted" x1="${px}" x2="${px}" y1="${y + 1}" y2="${y + 21}"/>`);
    }
  });
  const axisY = top + rows.length * rowHeight + 4;
  if (shards.lowerBoundMs !== null) {
    const lx = fmt(scale(shards.lowerBoundMs));
    parts.push(
      `<line class="bound" x1="${lx}" x2="${lx}" y1="${top}" y2="${axisY}"><title>${escapeHtml(`Lower bound: ${formatDuration(shards.lowerBoundMs)}`)}</title></line>`,
    );
  }
  const tick = axisDurations(span);
  for (let t = 0; t <= 4; t++) {
    const ms = (span * t) / 4;
    parts.push(
      `<text class="axis" x="${fmt(scale(ms))}" y="${axisY + 20}" text-anchor="${t === 0 ? 'start' : t === 4 ? 'end' : 'middle'}">${escapeHtml(tick(ms))}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The key to the shard timeline's marks and colours, as HTML under the chart (it wraps on a narrow
 * screen, where a legend inside the SVG would shrink with it): only the marks the chart draws.
 */
export function shardLegendHtml(shards: ViewShards): string {
  const rows = shards.shards.filter((s) => s.actualMs !== null || s.predictedMs !== null);
  if (rows.length === 0) return '';
  const items: [string, string][] = [];
  if (rows.some((s) => (s.setupMs ?? 0) > 0)) items.push(['setup', 'set-up']);
  if (rows.some((s) => s.actualMs !== null))
    items.push(['actual', 'test time'], ['actual slowest', 'slowest shard']);
  if (rows.some((s) => s.predictedMs !== null)) items.push(['predicted', 'predicted end']);
  if (shards.lowerBoundMs !== null) items.push(['bound', 'lower bound']);
  const entries = items
    .map(([cls, label]) => `<li><span class="key ${cls}" aria-hidden="true"></span>${escapeHtml(label)}</li>`)
    .join('');
  return `<ul class="legend" aria-label="Legend">${entries}</ul>`;
}
