/**
 * Reading a version-1 history (the JSON document Tessera wrote before the columnar format): checked as
 * version 1 was, then turned into a version-2 document, so a branch keeps its statuses, durations and
 * flake evidence across the upgrade. The next save writes version 2. Costs about 0.8 s at 100,000 tests,
 * once per branch.
 */
import { z } from 'zod';
import { fileEntryProblem } from './binary-format.js';
import {
  HISTORY_VERSION,
  historyRunSchema,
  type FileHistory,
  type HistoryReadResult,
} from './history-document.js';
import type { TestWindow } from './history-document.js';
import { tableOfWindows } from './table-of-windows.js';

const STATUS_STRING = /^[PFKS-]*$/;
const DURATIONS = /^(?:\d+(?: \d+)*)?$/;

const v1Schema = z.object({
  version: z.literal(1),
  branch: z.string(),
  runs: z.array(historyRunSchema),
  tests: z.unknown(),
  files: z.unknown(),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a version-1 test entry is malformed, or undefined when it is well-formed. */
function testEntryProblem(value: unknown, runCount: number): string | undefined {
  if (!isRecord(value)) return 'is not an object';
  if (typeof value.t !== 'string') return 'has no title';
  if (value.f !== undefined && typeof value.f !== 'string') return 'has a file that is not a string';
  if (typeof value.s !== 'string' || !STATUS_STRING.test(value.s)) return 'has a malformed status string';
  if (
    typeof value.d !== 'string' ||
    !DURATIONS.test(value.d) ||
    (value.d === '' ? 0 : value.d.split(' ').length) !== value.s.length
  )
    return 'does not have one duration per status';
  if (value.s.length > runCount)
    return `has ${value.s.length} statuses but the history has only ${runCount} runs`;
  if (typeof value.seen !== 'number' || !Number.isInteger(value.seen) || value.seen < 1)
    return 'has no last-seen run';
  return undefined;
}

function corrupt(message: string): HistoryReadResult {
  return { ok: false, problem: { kind: 'corrupt', message } };
}

/** A parsed version-1 document as a version-2 one, or why it cannot be used. */
export function migrateV1(value: unknown): HistoryReadResult {
  const parsed = v1Schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return corrupt(`the version-1 history does not match its schema (${issues})`);
  }
  const { branch, runs, tests, files } = parsed.data;
  if (!isRecord(tests))
    return corrupt('the version-1 history does not match its schema (tests: not an object)');
  if (!isRecord(files))
    return corrupt('the version-1 history does not match its schema (files: not an object)');
  let previousSeq = 0;
  for (const [i, run] of runs.entries()) {
    if (run.seq <= previousSeq) return corrupt(`run sequence numbers are not increasing at run ${i + 1}`);
    previousSeq = run.seq;
  }
  const windows: TestWindow[] = [];
  for (const id of Object.keys(tests)) {
    const entry = tests[id];
    const problem = testEntryProblem(entry, runs.length);
    if (problem) return corrupt(`test ${JSON.stringify(id.slice(0, 40))} ${problem}`);
    const e = entry as { t: string; f?: string; s: string; d: string; seen: number };
    windows.push({
      id,
      title: e.t,
      ...(e.f !== undefined ? { file: e.f } : {}),
      statuses: e.s,
      durations: e.d === '' ? [] : e.d.split(' ').map(Number),
      seen: e.seen,
    });
  }
  for (const [path, entry] of Object.entries(files)) {
    const problem = fileEntryProblem(entry);
    if (problem) return corrupt(`file ${JSON.stringify(path.slice(0, 80))} ${problem}`);
  }
  return {
    ok: true,
    doc: {
      version: HISTORY_VERSION,
      branch,
      runs,
      tests: tableOfWindows(windows),
      files: files as Record<string, FileHistory>,
    },
  };
}
