import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../src/report/report-document.js';
import { decideVerdict, runReport } from '../../src/report/run-report.js';
import { writeReportJson } from '../../src/report/write-outputs.js';
import { REPO_ROOT } from '../support/corpus.js';
import { sampleReport } from '../render/fixtures.js';

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('decideVerdict', () => {
  const report = sampleReport(); // 1 failed, 1 unreadable input
  const green: Report = {
    ...report,
    summary: { ...report.summary, failed: 0 },
    inputs: { ...report.inputs, unreadable: [] },
  };
  it.each([
    [report, 'failures', false, 'unreadableInput'],
    [report, 'failures', true, 'testsFailed'],
    [report, 'never', true, 'ok'],
    [green, 'failures', false, 'ok'],
    [{ ...green, summary: { ...green.summary, failed: 2 } }, 'failures', false, 'testsFailed'],
  ] as const)('case %#: fail-on %s, allow-unreadable %s → %s', (r, failOn, allowUnreadable, verdict) => {
    expect(decideVerdict(r, { failOn, allowUnreadable })).toBe(verdict);
  });
});

describe('writeReportJson', () => {
  it('streams exactly the report, in contract key order', async () => {
    const report = sampleReport();
    const out = collect();
    await writeReportJson(report, out.stream);
    const parsed: unknown = JSON.parse(out.text());
    expect(parsed).toEqual(JSON.parse(JSON.stringify(report)));
    expect(Object.keys(parsed as object)).toEqual([
      'version',
      'generatedAt',
      'summary',
      'shards',
      'tests',
      'comparison',
      'flaky',
      'plan',
      'inputs',
    ]);
    expect(parseReport(parsed, 'report.json')).toEqual(report);
  });
});

describe('runReport over the bundled example', () => {
  it('gives the counts the README shows and writes every output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-example-'));
    const stdout = collect();
    const { report, verdict } = await runReport({
      inputs: ['examples/results/*.xml'],
      cwd: REPO_ROOT,
      outputs: { json: join(dir, 'report.json'), markdown: join(dir, 'report.md') },
      failOn: 'never',
      allowUnreadable: false,
      now: () => new Date('2026-11-21T09:20:00Z'),
      stdout: stdout.stream,
      stderr: new Writable({ write: (_c, _e, done) => done() }),
      color: false,
    });
    expect(verdict).toBe('ok');
    expect(report.summary).toMatchObject({ tests: 20, passed: 17, failed: 1, flaky: 1, skipped: 1 });
    expect(report.inputs.read.map((r) => r.file)).toEqual([
      'examples/results/e2e-checkout-retry.xml',
      'examples/results/e2e-checkout.xml',
      'examples/results/unit-cart.xml',
      'examples/results/unit-pricing.xml',
    ]);
    expect(stdout.text()).toContain(
      'Tessera report: 20 tests from 4 result files\n  1 failed, 1 flaky, 17 passed, 1 skipped',
    );
    expect(parseReport(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')), 'report.json')).toEqual(
      report,
    );
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain(
      '### ❌ Tessera: 1 failed · 1 flaky · 17 passed · 1 skipped',
    );
  });
});
