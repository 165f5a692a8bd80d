/**
 * Writes the report's files: JSON (the Report document), merged JUnit XML, CTRF and markdown. Each is
 * streamed to its file (or to stdout for `-`), with parent folders created.
 */
import type { Writable } from 'node:stream';
import { writeCtrf } from '../formats/ctrf/writer.js';
import { writeJUnit } from '../formats/junit/writer.js';
import { createTextSink } from '../formats/text-sink.js';
import { renderMarkdown } from '../render/markdown.js';
import { UsageError } from '../model/index.js';
import type { Report } from './report-document.js';
import { streamFileAtomic } from '../model/atomic-write.js';

/** How much a file output buffers before its writer waits for the disk. */
const FILE_BUFFER_BYTES = 1024 * 1024;

/** The output formats of `tessera report`. */
export type OutputKind = 'json' | 'junit' | 'ctrf' | 'markdown';

/** Where each output goes; `-` means standard output. Absent outputs are not written. */
export type OutputTargets = Partial<Record<OutputKind, string>>;

/** The label each output has in the summary. */
export const OUTPUT_LABELS: Record<OutputKind, string> = {
  json: 'JSON',
  junit: 'JUnit XML',
  ctrf: 'CTRF',
  markdown: 'Markdown',
};

/** Where to send `-` outputs; tests pass a PassThrough. */
export interface OutputStreams {
  readonly stdout: Writable;
}

/**
 * Streams the Report as JSON: the small fields whole, the tests one per line, so 100k tests never become
 * one string. Key order follows the contract.
 */
export async function writeReportJson(report: Report, out: Writable): Promise<void> {
  const sink = createTextSink(out);
  const field = (key: string, value: unknown, comma = true): string =>
    `${comma ? ',' : ''}\n${JSON.stringify(key)}:${JSON.stringify(value)}`;
  await sink.write(`{${field('version', report.version, false)}`);
  await sink.write(field('generatedAt', report.generatedAt));
  await sink.write(field('summary', report.summary));
  await sink.write(field('shards', report.shards));
  if (report.rerun) await sink.write(field('rerun', report.rerun));
  await sink.write(',\n"tests":[');
  let separator = '\n';
  for (const test of report.tests) {
    // The sink only returns a promise when it flushed into a full stream: awaiting nothing would still
    // cost a microtask turn per test.
    const pending = sink.write(separator + JSON.stringify(test));
    if (pending !== undefined) await pending;
    separator = ',\n';
  }
  await sink.write('\n]');
  await sink.write(field('comparison', report.comparison));
  await sink.write(field('flaky', report.flaky));
  await sink.write(field('plan', report.plan));
  await sink.write(field('inputs', report.inputs));
  if (report.reuse) await sink.write(field('reuse', report.reuse));
  if (report.notRun && report.notRun.length > 0) await sink.write(field('notRun', report.notRun));
  await sink.write('\n}\n');
  await sink.flush();
}

async function writeOne(kind: OutputKind, report: Report, out: Writable, runStart: number): Promise<void> {
  switch (kind) {
    case 'json':
      return writeReportJson(report, out);
    case 'junit':
      return writeJUnit(report.tests, out);
    case 'ctrf': {
      const stop = Date.parse(report.generatedAt);
      return writeCtrf(report.tests, out, { start: runStart, stop, timestamp: report.generatedAt });
    }
    case 'markdown': {
      const sink = createTextSink(out);
      await sink.write(renderMarkdown(report));
      return sink.flush();
    }
  }
}

/**
 * Writes every requested output and returns what was written, in a fixed order (json, junit, ctrf,
 * markdown). The CTRF run start is estimated from the report time and the run's duration, since result
 * files seldom say when the run began.
 */
export async function writeOutputs(
  report: Report,
  targets: OutputTargets,
  streams: OutputStreams,
): Promise<{ kind: OutputKind; path: string }[]> {
  const written: { kind: OutputKind; path: string }[] = [];
  const stop = Date.parse(report.generatedAt);
  const runStart = stop - (report.summary.wallMs ?? report.summary.durationMs);
  for (const kind of ['json', 'junit', 'ctrf', 'markdown'] as const) {
    const path = targets[kind];
    if (path === undefined) continue;
    if (path === '-') {
      await writeOne(kind, report, streams.stdout, runStart);
    } else {
      try {
        // A 1 MiB buffer lets the writers go on producing while earlier batches are written, instead of
        // waiting for the disk after every 64 KiB batch (the default is 16 KiB, less than one batch).
        // Atomic: a reader racing with this write sees the old file or the new one, never half of one.
        await streamFileAtomic(path, (file) => writeOne(kind, report, file, runStart), {
          highWaterMark: FILE_BUFFER_BYTES,
        });
      } catch (cause) {
        // A file-system error is the user's to fix (a path they cannot write); anything else is a bug.
        const code = (cause as NodeJS.ErrnoException).code;
        if (code === undefined) throw cause;
        throw new UsageError(
          `cannot write the ${OUTPUT_LABELS[kind]} output to '${path}' (${code})`,
          'Choose a path in a folder you can write to.',
          { cause },
        );
      }
    }
    written.push({ kind, path });
  }
  return written;
}
