/** Small formatting helpers shared by the renderers. */

/** A duration for people: `850 ms`, `4.2 s`, `3 min 05 s`, `1 h 02 min`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const totalSeconds = ms / 1000;
  if (totalSeconds < 60) return `${totalSeconds.toFixed(1)} s`;
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min ${String(Math.floor(totalSeconds % 60)).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** `1 test`, `2 tests`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** `file:line:column`, leaving out the parts that are unknown. */
export function location(file: string | undefined, line?: number, column?: number): string {
  if (file === undefined) return '';
  return [file, line, line !== undefined ? column : undefined].filter((p) => p !== undefined).join(':');
}

/** What a baseline is called in prose: its branch, or the run it was when the history has no branch. */
export interface BaselineName {
  readonly branch?: string;
  readonly sha?: string;
  /** ISO 8601 time the baseline ran. */
  readonly at?: string;
}

/**
 * Names a baseline for "Compared with …", as plain text (callers escape it for their medium): `main at
 * 1a2b3c4`, or without a branch (a local history, a CI that gave none) `the previous run at 1a2b3c4` or
 * `the previous run of 2026-12-04`. Never empty, so no "Compared with : …".
 */
export function baselineName(baseline: BaselineName): string {
  const branch = baseline.branch?.trim();
  const sha = baseline.sha?.trim();
  const date =
    baseline.at !== undefined && /^\d{4}-\d{2}-\d{2}/.test(baseline.at)
      ? baseline.at.slice(0, 10)
      : undefined;
  const base = branch !== undefined && branch.length > 0 ? branch : 'the previous run';
  if (sha !== undefined && sha.length > 0) return `${base} at ${sha.slice(0, 7)}`;
  return date !== undefined && base === 'the previous run' ? `${base} of ${date}` : base;
}
