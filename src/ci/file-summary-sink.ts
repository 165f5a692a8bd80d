/**
 * A {@link SummarySink} that appends to a file under a byte budget: GitHub's `GITHUB_STEP_SUMMARY` (1 MiB
 * per step, past which GitHub silently drops the whole summary), and the summary file of CIs without a
 * native one (`.tessera/summary.md`, published by the template).
 */
import { appendFile, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SummarySink, SummaryWrite } from './ci-host.js';

/** GitHub's per-step job summary limit. */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Appends Markdown to `path`, refusing any append that would take the file past `limitBytes`. */
export class FileSummarySink implements SummarySink {
  constructor(
    readonly path: string,
    readonly limitBytes: number,
  ) {}

  async append(markdown: string): Promise<SummaryWrite> {
    // The file may already hold other steps' text (GitHub shares it within a step), so measure it.
    const current = await stat(this.path).then(
      (s) => s.size,
      () => 0,
    );
    const bytes = Buffer.byteLength(markdown);
    if (current + bytes > this.limitBytes) return { written: false, totalBytes: current };
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, markdown);
    return { written: true, totalBytes: current + bytes };
  }
}
