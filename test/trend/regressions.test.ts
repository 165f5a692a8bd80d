import { describe, expect, it } from 'vitest';
import { checkRegression, findFileRegressions, findTestRegressions } from '../../src/trend/regressions.js';
import { mad, median } from '../../src/trend/stats.js';
import { historyFrom, idOf, specTests, type RunSpec } from '../history/generate.js';

describe('median and MAD', () => {
  it.each([
    [[3, 1, 2], 2, 1],
    [[1, 2, 3, 4], 2.5, 1],
    [[100, 100, 100, 100, 5000], 100, 0],
  ])('%j has median %d and MAD %d', (values, m, d) => {
    expect(median(values)).toBe(m);
    expect(mad(values)).toBe(d);
  });

  it('gives NaN for no samples', () => {
    expect(median([])).toBeNaN();
  });
});

describe('checkRegression', () => {
  const steady = [200, 200, 210, 190, 200];
  const noisy = [100, 400, 150, 500, 120, 450, 300];
  it.each([
    ['2× a steady window', steady, 400, true],
    ['1.4× a steady window (under the ratio)', steady, 280, false],
    ['2× but only +40 ms (under the delta)', [40, 40, 40, 40, 40], 80, false],
    ['too few samples', [200, 200, 200, 200], 1000, false],
    ['2× the median of a noisy window, inside its spread', noisy, 600, false],
    ['far outside even a noisy window', noisy, 2000, true],
    ['one wild sample does not widen the band', [200, 200, 200, 200, 200, 9000], 400, true],
  ])('%s → %s', (_, samples, current, regressed) => {
    expect(checkRegression(samples, current).regressed).toBe(regressed);
  });

  it('takes its thresholds as options', () => {
    expect(
      checkRegression([100, 100, 100], 130, { ratio: 1.2, minDeltaMs: 20, minSamples: 3 }).regressed,
    ).toBe(true);
  });
});

describe('findTestRegressions / findFileRegressions', () => {
  const window: RunSpec[] = Array.from({ length: 6 }, (_, i) => ({
    'a.ts::slow': ['passed', 200 + (i % 2) * 10],
    'a.ts::steady': ['passed', 200],
    'b.ts::failing-now': ['passed', 200],
    'b.ts::new': ['passed', 200],
  }));
  // Run 0 of the window was a timeout at 30 s for `slow`: failed samples must not count.
  window[0] = { ...window[0], 'a.ts::slow': ['failed', 30_000] };
  const history = historyFrom(window);
  const now = specTests({
    'a.ts::slow': ['passed', 700],
    'a.ts::steady': ['passed', 230],
    'b.ts::failing-now': ['failed', 5000],
    'c.ts::unknown': ['passed', 9000],
  });

  it('flags a test clearly slower than its passing runs, and no other', () => {
    const slower = findTestRegressions(now, history);
    expect(slower).toEqual([
      {
        id: idOf('a.ts::slow'),
        title: 'suite › slow',
        file: 'a.ts',
        baselineMs: 210,
        currentMs: 700,
        ratio: 3.33,
        madMs: 0,
        samples: 5,
      },
    ]);
  });

  it('flags slower files from their wall times', () => {
    const files = [
      { path: 'a.ts', wallMs: 2000 },
      { path: 'b.ts', wallMs: 400 },
      { path: 'c.ts', wallMs: 9000 },
    ];
    const slower = findFileRegressions(files, history);
    expect(slower.map((s) => [s.path, s.baselineMs, s.currentMs])).toEqual([['a.ts', 410, 2000]]);
  });

  it('finds nothing without a baseline', () => {
    expect(findTestRegressions(now, undefined)).toEqual([]);
    expect(findFileRegressions([{ path: 'a.ts', wallMs: 1 }], undefined)).toEqual([]);
  });
});
