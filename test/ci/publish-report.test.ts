/**
 * publishReport over reports made by the real pipeline (generated results → Report → analysis → view),
 * published to the in-memory CI host, code host and artifact store, which keep the real ports' promises
 * (test/fakes/fakes.contract.test.ts).
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureAnnotations } from '../../src/ci/annotations.js';
import { CodeHostPermissionError, type CiContext } from '../../src/ci/index.js';
import { omittedAnnotationsLine, publishReport } from '../../src/ci/publish-report.js';
import { MemoryHistoryStore } from '../../src/history/index.js';
import { TesseraError } from '../../src/model/index.js';
import { renderComment } from '../../src/render/comment/render-comment.js';
import { SUMMARY_LIMITS } from '../../src/render/comment/sections.js';
import { generatedReport, type GenTest } from '../fakes/generated-report.js';
import { createMemoryCiHost, type MemoryCiHostOptions } from '../fakes/memory-ci-host.js';
import { MemoryCodeHost } from '../fakes/memory-code-host.js';

const RUN_URL = 'https://ci.example/acme/app/runs/42';
const PR_CONTEXT: Partial<CiContext> = {
  provider: 'github',
  run: { id: '42', attempt: 1, url: RUN_URL },
  pr: { number: 7, fork: false, baseBranch: 'main' },
};

/** A word per number (`ab`, `ac`…): failure messages that differ by a number alone would cluster as one. */
function word(i: number): string {
  return `${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`;
}

/** `n` failing tests in one file, each with its own line and message, plus one flaky and one passing. */
function failing(n: number, messageChars = 40): GenTest[] {
  return [
    ...Array.from({ length: n }, (_, i): GenTest => ({
      file: 'test/many.test.ts',
      name: `case ${String(i + 1).padStart(2, '0')}`,
      line: 10 + i,
      outcome: 'failed',
      message: `${word(i)} broke: ${'m'.repeat(messageChars)}`,
    })),
    { file: 'test/other.test.ts', name: 'wobbles', outcome: 'flaky', message: 'socket hang up' },
    { file: 'test/other.test.ts', name: 'holds', outcome: 'passed' },
  ];
}

function host(options: MemoryCiHostOptions = {}) {
  return createMemoryCiHost({ context: PR_CONTEXT, ...options });
}

const report = (tests: readonly GenTest[]) => generatedReport(tests, { store: new MemoryHistoryStore() });

describe('publishReport: summary, annotations and outputs', () => {
  it('annotates the first of each level, says how many more in the summary, and sets the outputs', async () => {
    const published = await report(failing(12));
    const ci = host({ annotationsPerLevel: 10 });
    const result = await publishReport(published, { host: ci });

    // The annotations sent are the first ten errors and the one warning, in the pure function's order.
    const all = failureAnnotations(published.report, published.analysis);
    expect(all).toHaveLength(13);
    expect(ci.recorded.annotations).toEqual([...all.slice(0, 10), all[12]]);
    expect(result.annotations).toEqual({ shown: 11, omitted: 2 });

    expect(ci.recorded.summary).toContain('<!-- tessera:report -->');
    expect(ci.recorded.summary).toContain('12 failed');
    expect(
      ci.recorded.summary.endsWith(
        '\n2 more failed or flaky tests are not annotated: the CI shows 10 per level and step. See the report above for all of them.\n',
      ),
    ).toBe(true);
    // The CI run is linked from the summary, though the view was built without it.
    expect(ci.recorded.summary).toContain(`[CI run](${RUN_URL})`);

    expect(Object.fromEntries(ci.recorded.outputs)).toEqual({
      tests: '14',
      passed: '1',
      failed: '12',
      flaky: '1',
      skipped: '0',
      'report-url': RUN_URL,
      'comment-url': '',
    });
    expect(result.written).toEqual([{ label: 'Job summary', path: '(CI job summary)' }]);
    expect(result.reportUrl).toBe(RUN_URL);
  });

  it('adds no line when every annotation was shown', async () => {
    const ci = host({ annotationsPerLevel: 10 });
    const result = await publishReport(await report(failing(3)), { host: ci });
    expect(result.annotations).toEqual({ shown: 4, omitted: 0 });
    expect(ci.recorded.summary).not.toContain('not annotated');
  });

  it('keeps the summary, with its "not annotated" line, within the sink’s byte limit', async () => {
    const published = await report(failing(40, 300));
    const context: Partial<CiContext> = { run: { attempt: 1 } };
    const tail = `\n${omittedAnnotationsLine(30, 10)}`;
    // A limit at which the report rendered to the whole limit leaves no room for the line: without the
    // room reserved for it, the sink would refuse the summary.
    let limit = 0;
    for (let candidate = 3000; candidate < 20_000 && limit === 0; candidate += 50) {
      const full = renderComment(published.view, {
        budget: { limit: candidate, unit: 'bytes' },
        limits: SUMMARY_LIMITS,
      }).markdown;
      if (Buffer.byteLength(full + tail) > candidate) limit = candidate;
    }
    expect(limit).toBeGreaterThan(0);

    const ci = createMemoryCiHost({ context, summaryLimitBytes: limit, annotationsPerLevel: 10 });
    const result = await publishReport(published, { host: ci });
    expect(result.annotations.omitted).toBe(30);
    expect(result.written.map((w) => w.label)).toContain('Job summary');
    expect(Buffer.byteLength(ci.recorded.summary)).toBeLessThanOrEqual(limit);
    expect(ci.recorded.summary.endsWith(tail)).toBe(true);
    // The report was cut to fit, and says so.
    expect(ci.recorded.summary).toMatch(/more/);
    expect(ci.recorded.summary).not.toContain(`${word(39)} broke`);
  });

  it('warns when even the headline does not fit, and still annotates and sets the outputs', async () => {
    const ci = host({ summaryLimitBytes: 100 });
    const result = await publishReport(await report(failing(2)), { host: ci });
    expect(ci.recorded.summary).toBe('');
    expect(ci.recorded.log).toContain('warning: the job summary was not written');
    expect(result.written).toEqual([]);
    expect(ci.recorded.annotations).toHaveLength(3);
    expect(ci.recorded.outputs.get('failed')).toBe('2');
  });

  it('warns when the sink refuses the summary (the step’s summary is already full)', async () => {
    const ci = host({ summaryLimitBytes: 64 * 1024 });
    await ci.summary.append('x'.repeat(64 * 1024 - 200));
    const result = await publishReport(await report(failing(2)), { host: ci });
    expect(ci.recorded.log).toMatch(/warning: the job summary was not written: .*holds 65336 bytes already/);
    expect(result.written).toEqual([]);
  });
});

describe('publishReport: the PR comment', () => {
  it('creates the comment once, then edits the same one on the next report', async () => {
    const store = new MemoryHistoryStore();
    const code = new MemoryCodeHost();
    const first = await publishReport(
      await generatedReport(failing(2), { store, at: new Date('2026-11-01T10:00:00Z') }),
      { host: host(), codeHost: code },
    );
    expect(code.comments).toHaveLength(1);
    const firstBody = code.comments[0]?.body;
    expect(firstBody?.startsWith('<!-- tessera:report -->\n')).toBe(true);
    expect(first.commentUrl).toBe('https://code.example/pulls/7#comment-1');
    expect(first.written).toContainEqual({ label: 'PR comment', path: first.commentUrl });

    const ci = host();
    const second = await publishReport(
      await generatedReport(failing(5), { store, at: new Date('2026-11-02T10:00:00Z') }),
      { host: ci, codeHost: code },
    );
    expect(code.calls).toHaveLength(2);
    expect(code.comments).toHaveLength(1);
    expect(code.comments[0]?.body).not.toBe(firstBody);
    expect(code.comments[0]?.body).toContain('5 failed');
    expect(second.commentUrl).toBe(first.commentUrl);
    expect(ci.recorded.outputs.get('comment-url')).toBe(first.commentUrl);
    expect(ci.recorded.log).toContain('PR comment updated on #7');
  });

  it('fits the comment to the code host’s limit, and keeps a marker key’s comment apart', async () => {
    const code = new MemoryCodeHost({ commentChars: 4000 });
    const published = await report(failing(60, 200));
    await publishReport(published, { host: host(), codeHost: code });
    await publishReport(published, { host: host(), codeHost: code, markerKey: 'nightly' });
    expect(code.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- tessera:report -->',
      '<!-- tessera:report:nightly -->',
    ]);
    for (const c of code.comments) expect(c.body.length).toBeLessThanOrEqual(4000);
    expect(code.calls.map((c) => c.marker)).toEqual([
      '<!-- tessera:report -->',
      '<!-- tessera:report:nightly -->',
    ]);
  });

  it('turns a fork PR’s read-only token into a warning that points to the workflow_run pattern', async () => {
    const code = new MemoryCodeHost();
    code.readOnly = true;
    const ci = host({ context: { ...PR_CONTEXT, pr: { number: 7, fork: true } } });
    const result = await publishReport(await report(failing(2)), { host: ci, codeHost: code });
    expect(ci.recorded.log).toContain(
      'warning: the PR comment on #7 was not posted (the report is in the job summary): cannot comment on the pull request: Resource not accessible by integration. fork pull requests get a read-only token; report from a workflow_run workflow — see examples/github/',
    );
    expect(code.comments).toEqual([]);
    expect(result.commentUrl).toBeUndefined();
    expect(result.written.map((w) => w.label)).toEqual(['Job summary']);
    expect(ci.recorded.summary).toContain('2 failed');
    expect(ci.recorded.outputs.get('comment-url')).toBe('');
  });

  it('says which permission is missing when a same-repository PR’s token may not comment', async () => {
    const code = new MemoryCodeHost();
    code.failWith = new CodeHostPermissionError('cannot comment on pull request #7: 403 Forbidden');
    const ci = host();
    await publishReport(await report(failing(1)), { host: ci, codeHost: code });
    expect(ci.recorded.log).toContain('`permissions: pull-requests: write`');
    expect(ci.recorded.log).not.toContain('workflow_run');
  });

  it('turns any other comment failure into a warning, never a rejection', async () => {
    for (const error of [
      new TesseraError('the code host answered 502 three times', 'Re-run the job later.'),
      new Error('socket hang up'),
    ]) {
      const code = new MemoryCodeHost();
      code.failWith = error;
      const ci = host();
      const result = await publishReport(await report(failing(1)), { host: ci, codeHost: code });
      expect(ci.recorded.log).toContain(`warning: the PR comment on #7 was not posted`);
      expect(ci.recorded.log).toContain(error.message);
      expect(result.written.map((w) => w.label)).toEqual(['Job summary']);
    }
    const hinted = host();
    const code = new MemoryCodeHost();
    code.failWith = new TesseraError('the code host answered 502 three times', 'Re-run the job later.');
    await publishReport(await report(failing(1)), { host: hinted, codeHost: code });
    expect(hinted.recorded.log).toContain('hint: Re-run the job later.');
  });

  it('says why there is no comment when the PR has no code host, and posts none when turned off', async () => {
    const ci = host();
    await publishReport(await report(failing(1)), {
      host: ci,
      noCommentReason: 'no token to post the PR comment with: set TESSERA_TOKEN',
    });
    expect(ci.recorded.log).toContain(
      'no PR comment on #7: no token to post the PR comment with: set TESSERA_TOKEN',
    );

    const code = new MemoryCodeHost();
    const off = host();
    await publishReport(await report(failing(1)), { host: off, codeHost: code, comment: false });
    expect(code.calls).toEqual([]);
    expect(off.recorded.log).toContain('no PR comment on #7: the comment is turned off');

    const push = createMemoryCiHost({ context: { run: { attempt: 1 } } });
    await publishReport(await report(failing(1)), { host: push, codeHost: code });
    expect(code.calls).toEqual([]);
    expect(push.recorded.log).not.toContain('PR comment');
  });
});

describe('publishReport: the HTML report artifact', () => {
  async function withHtml(): Promise<{ htmlPath: string; published: Awaited<ReturnType<typeof report>> }> {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-publish-'));
    const out = join(dir, 'out');
    await mkdir(out);
    // Another output in the same folder, which must not be uploaded with the HTML.
    await writeFile(join(out, 'report.json'), '{}');
    const htmlPath = join(out, 'report.html');
    const published = await generatedReport(failing(2), { store: new MemoryHistoryStore(), htmlPath });
    return { htmlPath, published };
  }

  it('stores the HTML file alone as tessera-report, and links it as the report URL', async () => {
    const { htmlPath, published } = await withHtml();
    const ci = host();
    ci.artifacts.artifactUrl = 'https://ci.example/acme/app/runs/42/artifacts';
    const result = await publishReport(published, { host: ci, htmlPath });

    expect(ci.artifacts.artifacts.map((a) => a.entry.name)).toEqual(['tessera-report']);
    const files = ci.artifacts.artifacts[0]?.files;
    expect([...(files?.keys() ?? [])]).toEqual(['report.html']);
    expect(files?.get('report.html')?.equals(await readFile(htmlPath))).toBe(true);

    const url = 'https://ci.example/acme/app/runs/42/artifacts/1';
    expect(result.reportUrl).toBe(url);
    expect(ci.recorded.outputs.get('report-url')).toBe(url);
    expect(ci.recorded.summary).toContain(`[Full report](${url})`);
    expect(result.written).toContainEqual({ label: 'HTML report artifact', path: url });
  });

  it('falls back to the run’s URL when the store has no link, and names re-runs’ artifacts apart', async () => {
    const { htmlPath, published } = await withHtml();
    const ci = host({ context: { ...PR_CONTEXT, run: { id: '42', attempt: 2, url: RUN_URL } } });
    const result = await publishReport(published, { host: ci, htmlPath });
    expect(ci.artifacts.artifacts.map((a) => a.entry.name)).toEqual(['tessera-report-attempt-2']);
    expect(result.reportUrl).toBe(RUN_URL);
    expect(result.written).toContainEqual({
      label: 'HTML report artifact',
      path: 'tessera-report-attempt-2',
    });
  });

  it('warns when the upload fails, and publishes everything else', async () => {
    const { htmlPath, published } = await withHtml();
    const ci = host();
    ci.artifacts.failPuts.add('tessera-report');
    const code = new MemoryCodeHost();
    const result = await publishReport(published, { host: ci, codeHost: code, htmlPath });
    expect(ci.recorded.log).toContain(
      'warning: the HTML report was not stored as artifact tessera-report: connection reset while uploading tessera-report',
    );
    expect(result.reportUrl).toBe(RUN_URL);
    expect(result.written.map((w) => w.label)).toEqual(['Job summary', 'PR comment']);
    expect(code.comments).toHaveLength(1);
  });
});

describe('publishReport as completeReport’s publisher', () => {
  it('runs inside the report pipeline, as the CLI plugs it in', async () => {
    const ci = host();
    const code = new MemoryCodeHost();
    let written: readonly { label: string; path: string }[] = [];
    await generatedReport(failing(2), {
      store: new MemoryHistoryStore(),
      publish: async (published) => {
        written = (await publishReport(published, { host: ci, codeHost: code })).written;
        return written;
      },
    });
    expect(written.map((w) => w.label)).toEqual(['Job summary', 'PR comment']);
    expect(ci.recorded.outputs.get('failed')).toBe('2');
    expect(code.comments).toHaveLength(1);
  });
});
