/**
 * The Mermaid charts, checked with the real Mermaid parser and renderer. `@mermaid-js/parser` has no grammar
 * for xychart or gantt (it covers info, packet, pie, architecture, gitGraph, radar, treemap …), and
 * `mermaid.parse` needs a DOM, so the charts are parsed and drawn by `mermaid` itself in headless Chromium.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mermaidLabel,
  renderDurationChart,
  renderPassRateChart,
  renderShardTimeline,
} from '../../src/render/mermaid.js';
import type { ViewTrendPoint } from '../../src/render/view.js';
import { launchChromium, type Browser } from './chromium.js';
import { makeView } from './view-fixtures.js';

const MERMAID_BUNDLE = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

interface Checked {
  readonly ok: boolean;
  readonly type?: string;
  readonly error?: string;
  readonly svg?: string;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: MERMAID_BUNDLE });
  await page.evaluate(() => {
    (globalThis as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
    });
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Parses and renders a chart with the page's Mermaid. */
async function check(source: string): Promise<Checked> {
  return page.evaluate(async (src) => {
    const mermaid = (
      globalThis as unknown as {
        mermaid: {
          parse(s: string): Promise<{ diagramType: string }>;
          render(id: string, s: string): Promise<{ svg: string }>;
        };
      }
    ).mermaid;
    try {
      const parsed = await mermaid.parse(src);
      const { svg } = await mermaid.render(`chart${Math.random().toString(36).slice(2)}`, src);
      return { ok: true, type: parsed.diagramType, svg };
    } catch (error) {
      return { ok: false, error: String((error as Error).message ?? error) };
    }
  }, source);
}

function trend(labels: readonly string[]): ViewTrendPoint[] {
  return labels.map((label, i) => ({
    label,
    tests: 100,
    failed: i % 3,
    passRate: 1 - (i % 3) / 100,
    wallMs: 60_000 + i * 5000,
    current: i === labels.length - 1,
  }));
}

describe('mermaid charts in the real Mermaid parser', () => {
  it('rejects a malformed chart, so a pass below means something', async () => {
    const result = await check('xychart-beta\n  x-axis ["a" "b"]\n  line [1, 2]');
    expect(result.ok).toBe(false);
  });

  it('draws the pass rate as an xychart line with one point per run', async () => {
    const source = renderPassRateChart(trend(['#1', '#2', '#3', '#4', '#5']));
    expect(source).toBeDefined();
    const result = await check(source ?? '');
    expect(result).toMatchObject({ ok: true, type: 'xychart' });
    expect(source).toContain('line [100, 99, 98, 100, 99]');
  });

  it('draws the wall time as an xychart bar chart', async () => {
    const source = renderDurationChart(trend(['#1', '#2', '#3']));
    const result = await check(source ?? '');
    expect(result).toMatchObject({ ok: true, type: 'xychart' });
    expect(source).toContain('bar [60, 65, 70]');
    expect(source).toContain('"Wall time (s)"');
  });

  it('draws the shard timeline as a gantt chart with a bar per shard and phase', async () => {
    const view = makeView({ shards: 5 });
    const source = renderShardTimeline(view.shards as NonNullable<typeof view.shards>);
    const result = await check(source ?? '');
    expect(result).toMatchObject({ ok: true, type: 'gantt' });
    // Five shards × (set-up, predicted, actual) tasks, each drawn as a task rect carrying its task id.
    const tasks = result.svg?.match(/<rect id="[^"]*-[spa]\d+"[^>]*class="task[^"]*"/g) ?? [];
    expect(tasks).toHaveLength(15);
    // The slowest shard's bar, and only it, is drawn as critical.
    expect(tasks.filter((t) => /class="task crit/.test(t))).toHaveLength(1);
  });

  it('draws a queue worker as one bar per batch it took, where it ran it', async () => {
    const view = makeView({ shards: 2 });
    const queued = {
      ...(view.shards as NonNullable<typeof view.shards>),
      shards: [
        {
          index: 1,
          predictedMs: 9000,
          actualMs: 9500,
          setupMs: 0,
          batches: [
            { sequence: 1, startMs: 0, wallMs: 6000, items: 4 },
            { sequence: 3, startMs: 6000, wallMs: 3500, items: 1 },
          ],
        },
        {
          index: 2,
          predictedMs: 9000,
          actualMs: 9200,
          setupMs: 0,
          batches: [{ sequence: 2, startMs: 0, wallMs: 9200, items: 5 }],
        },
      ],
    };
    const source = renderShardTimeline(queued) ?? '';
    const result = await check(source);
    expect(result).toMatchObject({ ok: true, type: 'gantt' });
    const bars = result.svg?.match(/<rect id="[^"]*-b\dx\d+"[^>]*class="task[^"]*"/g) ?? [];
    expect(bars).toHaveLength(3);
    expect(source).toContain('batch 3 (1 file)');
    expect(source).toContain('batch 1 (4 files)');
  });

  it('uses hours on the axis when the shards run for an hour or more', () => {
    const view = makeView({ shards: 2 });
    const long = {
      ...(view.shards as NonNullable<typeof view.shards>),
      shards: [{ index: 1, predictedMs: 3_700_000, actualMs: 3_800_000, setupMs: 0 }],
    };
    expect(renderShardTimeline(long)).toContain('axisFormat %H:%M:%S');
  });

  it('leaves charts out when there is too little to draw', () => {
    expect(renderPassRateChart(trend(['#1']))).toBeUndefined();
    expect(renderDurationChart([])).toBeUndefined();
  });

  it('keeps hostile labels inert and the charts parseable', async () => {
    const hostile = ['"]\n  line [1', 'a;b:c#35;', '<script>x</script>', '%%{init: {}}%%', '`x`'];
    for (const label of hostile) expect(mermaidLabel(label)).toMatch(/^[\p{L}\p{N} .,_/+\-()%×…]*$/u);
    const source = renderPassRateChart(trend(hostile)) ?? '';
    expect(source.split('\n')).toHaveLength(5);
    const result = await check(source);
    expect(result).toMatchObject({ ok: true, type: 'xychart' });
    expect(result.svg).not.toContain('<script');
  });
});
