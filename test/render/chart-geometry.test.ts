/**
 * The HTML report's charts, measured in headless Chromium at a phone's width (390 px) and a desktop's
 * (1440 px), with a history of two runs (the case where the bars used to sit on the chart's edges with the
 * "0" label over the first one): the axis labels render at 11 px or more, the shard chart has a legend for
 * its marks and colours, the bars stay inside the plot area, and no label box overlaps a bar. Screenshots go
 * to test-output/charts-<width>.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/render/html/index.js';
import { launchChromium, openReport, type Browser } from './chromium.js';
import { makeView } from './view-fixtures.js';

const OUTPUT = resolve('test-output');

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** What the page measures: per chart, its labels (with rendered font size), its marks and its plot area. */
interface ChartGeometry {
  readonly label: string;
  readonly labels: (Box & { readonly text: string; readonly px: number })[];
  readonly marks: Box[];
  readonly plot: Box | null;
}

interface Geometry {
  readonly charts: ChartGeometry[];
  readonly legend: string[];
  readonly pageWidth: number;
  readonly scrollWidth: number;
}

/** Runs in the page (a string, since the tests are typed without the DOM library). */
const MEASURE = `(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
  const charts = [...document.querySelectorAll('svg.chart')].map((svg) => {
    const grid = [...svg.querySelectorAll('line.grid')].map(box);
    return {
      label: svg.getAttribute('aria-label'),
      labels: [...svg.querySelectorAll('text.axis')].map((t) => ({
        ...box(t),
        text: t.textContent,
        px: parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a,
      })),
      marks: [...svg.querySelectorAll('rect')].map(box),
      plot: grid.length ? { left: Math.min(...grid.map((g) => g.left)), right: Math.max(...grid.map((g) => g.right)),
        top: Math.min(...grid.map((g) => g.top)), bottom: Math.max(...grid.map((g) => g.bottom)) } : null,
    };
  });
  return {
    charts,
    legend: [...document.querySelectorAll('figure ul.legend li')].map((li) => li.textContent),
    pageWidth: document.documentElement.clientWidth,
    scrollWidth: document.documentElement.scrollWidth,
  };
})()`;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe.each([390, 1440])('the charts at %i px', (width) => {
  let geometry: Geometry;

  beforeAll(async () => {
    const file = join(OUTPUT, `charts-${width}.html`);
    writeFileSync(file, renderHtmlReport(makeView({ trendRuns: 2, shards: 4, passed: 30 })));
    const { page, errors } = await openReport(browser, file);
    expect(errors).toEqual([]);
    await page.setViewportSize({ width, height: 900 });
    geometry = (await page.evaluate(MEASURE)) as Geometry;
    await page.locator('section.charts').screenshot({ path: join(OUTPUT, `charts-${width}.png`) });
    await page.close();
  }, 60_000);

  it('draws the three charts without widening the page', () => {
    expect(geometry.charts.map((c) => c.label)).toEqual([
      'Pass rate over the last runs',
      'Wall time over the last runs',
      'Shard timeline: set-up, actual and predicted time',
    ]);
    expect(geometry.scrollWidth).toBeLessThanOrEqual(geometry.pageWidth);
  });

  it('renders every axis label at 11 px or more', () => {
    const sizes = geometry.charts.flatMap((c) => c.labels.map((l) => l.px));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });

  it('has a legend for the shard chart’s marks and colours', () => {
    expect(geometry.legend).toEqual(['set-up', 'test time', 'slowest shard', 'predicted end', 'lower bound']);
  });

  it('keeps the two bars inside the plot area, clear of the y-axis labels', () => {
    const wall = geometry.charts[1] as ChartGeometry;
    expect(wall.marks).toHaveLength(2);
    const plot = wall.plot as Box;
    for (const bar of wall.marks) {
      expect(bar.left).toBeGreaterThan(plot.left + 4);
      expect(bar.right).toBeLessThan(plot.right - 4);
    }
  });

  it('lets no label box overlap a bar, in any chart', () => {
    for (const chart of geometry.charts)
      for (const label of chart.labels)
        for (const mark of chart.marks)
          expect(overlaps(label, mark), `${chart.label}: label "${label.text}" over a bar`).toBe(false);
  });
});
