/**
 * Mermaid charts for the PR comment and job summary, which GitHub and GitLab draw from a ```mermaid block:
 * `xychart-beta` charts of the pass rate and the wall time over the last runs, and a gantt timeline of the
 * shards (set-up, predicted and actual time). Returns chart source without the fence. Pure.
 */
import type { ViewShards, ViewTrendPoint } from './view.js';
import { plural } from './format.js';
import { maxOf, minOf } from '../model/arrays.js';

/**
 * Makes text safe as a Mermaid label: only letters, digits, spaces and `. , _ / + - ( ) % ×` are kept, other
 * characters become spaces, and `%%` becomes `%`. Quotes, colons, semicolons, `#` (Mermaid's entity syntax),
 * brackets, `%%` (comments, directives) and line breaks all have meaning in some diagram's grammar; a label
 * never needs them.
 */
export function mermaidLabel(text: string, max = 40): string {
  const cleaned = text
    .replace(/[^\p{L}\p{N} .,_/+\-()%×]/gu, ' ')
    // `%%` opens a Mermaid comment or directive, even inside quotes.
    .replace(/%{2,}/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1).trimEnd()}…` : cleaned;
}

function quoted(text: string): string {
  return `"${mermaidLabel(text)}"`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The trend points that have a pass rate, oldest first. */
function withPassRate(points: readonly ViewTrendPoint[]): (ViewTrendPoint & { passRate: number })[] {
  return points.filter((p): p is ViewTrendPoint & { passRate: number } => p.passRate !== null);
}

/**
 * `xychart-beta` line chart of the pass rate (in %) over the runs, or undefined with fewer than two runs.
 * The y axis starts a little below the lowest rate, so a drop from 100 % to 98 % is visible.
 */
export function renderPassRateChart(points: readonly ViewTrendPoint[]): string | undefined {
  const runs = withPassRate(points);
  if (runs.length < 2) return undefined;
  const rates = runs.map((p) => round1(p.passRate * 100));
  const low = Math.max(0, Math.floor((minOf(rates, Infinity) - 1) / 5) * 5);
  return [
    'xychart-beta',
    `  title ${quoted('Pass rate over the last runs')}`,
    `  x-axis [${runs.map((p) => quoted(p.label)).join(', ')}]`,
    `  y-axis ${quoted('Pass rate (%)')} ${low} --> 100`,
    `  line [${rates.join(', ')}]`,
  ].join('\n');
}

/** Minutes when runs take minutes, seconds otherwise: axis numbers people read at a glance. */
function durationScale(maxMs: number): { unit: string; divisor: number } {
  return maxMs >= 120_000 ? { unit: 'min', divisor: 60_000 } : { unit: 's', divisor: 1000 };
}

/** `xychart-beta` bar chart of the wall time over the runs, or undefined with fewer than two known times. */
export function renderDurationChart(points: readonly ViewTrendPoint[]): string | undefined {
  const runs = points.filter((p): p is ViewTrendPoint & { wallMs: number } => p.wallMs !== null);
  if (runs.length < 2) return undefined;
  const { unit, divisor } = durationScale(
    maxOf(
      runs.map((p) => p.wallMs),
      -Infinity,
    ),
  );
  const values = runs.map((p) => round1(p.wallMs / divisor));
  const top = Math.max(1, Math.ceil(maxOf(values, -Infinity) * 1.1));
  return [
    'xychart-beta',
    `  title ${quoted('Wall time over the last runs')}`,
    `  x-axis [${runs.map((p) => quoted(p.label)).join(', ')}]`,
    `  y-axis ${quoted(`Wall time (${unit})`)} 0 --> ${top}`,
    `  bar [${values.join(', ')}]`,
  ].join('\n');
}

/** `HH:mm:ss` of a duration since midnight: gantt dates parsed and shown in the viewer's own time zone. */
function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600) % 24)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/** Whole seconds, at least one, so a very short bar still has a width. */
function seconds(ms: number): number {
  return Math.max(1, Math.round(ms / 1000));
}

/**
 * A gantt timeline of the shards: per shard its set-up, the predicted test time and the actual test time,
 * all starting when the shard's tests start; the slowest shard's bar is marked critical. Undefined when no
 * shard has a time.
 */
export function renderShardTimeline(shards: ViewShards): string | undefined {
  const timed = shards.shards.filter((s) => s.actualMs !== null || s.predictedMs !== null);
  if (timed.length === 0) return undefined;
  const ends = timed.map((s) => (s.setupMs ?? 0) + Math.max(s.actualMs ?? 0, s.predictedMs ?? 0));
  const axis = maxOf(ends, -Infinity) >= 3_600_000 ? '%H:%M:%S' : '%M:%S';
  const slowest = maxOf(
    timed.map((s) => s.actualMs ?? 0),
    -Infinity,
  );
  const lines = [
    'gantt',
    `  title ${mermaidLabel('Shards: predicted and actual time')}`,
    '  dateFormat HH:mm:ss',
    `  axisFormat ${axis}`,
  ];
  for (const shard of timed) {
    const start = shard.setupMs ?? 0;
    lines.push(`  section ${mermaidLabel(`Shard ${shard.index}`)}`);
    if (shard.setupMs !== null && shard.setupMs > 0)
      lines.push(`    set-up :done, s${shard.index}, ${clock(0)}, ${seconds(shard.setupMs)}s`);
    if (shard.predictedMs !== null)
      lines.push(`    predicted :done, p${shard.index}, ${clock(start)}, ${seconds(shard.predictedMs)}s`);
    if (shard.batches !== undefined && shard.batches.length > 0) {
      // A worker of the run-time queue: one bar per batch it took, where it ran it.
      for (const batch of shard.batches) {
        const label = mermaidLabel(`batch ${batch.sequence} (${plural(batch.items, 'file')})`);
        lines.push(
          `    ${label} :active, b${shard.index}x${batch.sequence}, ${clock(start + batch.startMs)}, ${seconds(batch.wallMs)}s`,
        );
      }
    } else if (shard.actualMs !== null) {
      const tag = shard.actualMs === slowest ? 'crit, ' : 'active, ';
      lines.push(`    actual :${tag}a${shard.index}, ${clock(start)}, ${seconds(shard.actualMs)}s`);
    }
  }
  return lines.join('\n');
}
