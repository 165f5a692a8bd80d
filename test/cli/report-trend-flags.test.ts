import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyTarget, renderedTargets, trendOptions } from '../../src/cli/report-trend-flags.js';
import type { LocalHistoryStore } from '../../src/history/local-store.js';
import { UsageError } from '../../src/model/index.js';

const base = { failOn: 'failures' as const };

describe('historyTarget', () => {
  it('is absent without history flags, a file with --history, a store with --history-dir', () => {
    expect(historyTarget(base)).toBeUndefined();
    expect(historyTarget({ ...base, history: 'h.json.gz', historyOut: 'o.json.gz' })).toEqual({
      kind: 'file',
      path: 'h.json.gz',
      out: 'o.json.gz',
    });
    const target = historyTarget(
      { ...base, historyDir: 'hist', branch: 'feature/x', baseBranch: 'main' },
      '/repo',
    );
    expect(target).toMatchObject({ kind: 'store', branch: 'feature/x', baseBranch: 'main' });
    if (target?.kind !== 'store') throw new Error('expected a store target');
    expect((target.store as LocalHistoryStore).dir).toBe('/repo/hist');
  });

  it.each([
    [{ history: 'a', historyDir: 'b' }, /not both/],
    [{ historyOut: 'o' }, /--history-out needs --history/],
    [{ historyDir: 'd' }, /--history-dir needs --branch/],
    [{ history: 'a', baseBranch: 'main' }, /--base-branch needs --history-dir/],
    [{ baseBranch: 'main' }, /--base-branch needs --history-dir/],
  ])('refuses %o with a usage error', (flags, message) => {
    expect(() => historyTarget({ ...base, ...flags })).toThrow(UsageError);
    expect(() => historyTarget({ ...base, ...flags })).toThrow(message);
  });
});

describe('trendOptions', () => {
  it("puts the config's quarantine before the --quarantine flags", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-trend-flags-'));
    writeFileSync(join(dir, 'tessera.config.json'), JSON.stringify({ quarantine: ['test/legacy/**'] }));
    const options = await trendOptions({ ...base, quarantine: ['test/a.test.ts::*slow*'] }, dir);
    expect(options.quarantine).toEqual(['test/legacy/**', 'test/a.test.ts::*slow*']);
    expect(options.history).toBeUndefined();
  });

  it('reads --regression-min-samples as a whole number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-trend-flags-'));
    expect((await trendOptions({ ...base, regressionMinSamples: '3' }, dir)).regression).toEqual({
      minSamples: 3,
    });
    await expect(trendOptions({ ...base, regressionMinSamples: 'two' }, dir)).rejects.toThrow(
      /--regression-min-samples must be a whole number/,
    );
  });
});

describe('renderedTargets', () => {
  it('passes the markdown budget in characters, and refuses it without --markdown', () => {
    expect(renderedTargets({ ...base, markdown: 'c.md', markdownBudget: '4000' })).toEqual({
      rendered: { markdown: 'c.md' },
      render: { budget: { limit: 4000, unit: 'chars' } },
    });
    expect(() => renderedTargets({ ...base, markdownBudget: '4000' })).toThrow(/give --markdown/);
    expect(() => renderedTargets({ ...base, markdown: 'c.md', markdownBudget: '10' })).toThrow(
      /whole number ≥ 1000/,
    );
  });
});
