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
