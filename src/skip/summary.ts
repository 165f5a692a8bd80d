/**
 * The one-line account of `--skip-unchanged` that `plan` and `run` print: files reused, files run, the hit
 * rate and the time saved.
 */
import { formatDuration } from '../plan/duration.js';
import type { PlanSkip } from '../plan/plan-document.js';

/** Reused files over all files considered, 0…1 (0 when there were none). */
export function hitRate(reused: number, ran: number): number {
  const all = reused + ran;
  return all === 0 ? 0 : reused / all;
}

/** `skip-unchanged: 27 of 30 files reused (90% hit rate), 3 run; 41s saved`. */
export function skipSummary(skip: PlanSkip, ran: number): string {
  let saved = 0;
  for (const r of skip.reused) saved += r.durationMs;
  const rate = Math.round(hitRate(skip.reused.length, ran) * 100);
  const all = skip.reused.length + ran;
  const full = skip.fullRun !== undefined ? `; full run (${skip.fullRun})` : '';
  const unkeyed = skip.unkeyed > 0 ? `; ${skip.unkeyed} never skipped (imports not static)` : '';
  return (
    `skip-unchanged: ${skip.reused.length} of ${all} files reused (${rate}% hit rate), ${ran} run; ` +
    `${formatDuration(saved)} saved${full}${unkeyed}`
  );
}
