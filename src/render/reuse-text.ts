/**
 * The words every surface uses for `--skip-unchanged`: the hit-rate line and "reused from <commit>". Plain
 * text; each renderer escapes it for its medium (the file path is untrusted).
 */
import type { ReportReuse, ReportReusedFile } from '../model/index.js';
import { formatDuration, plural } from './format.js';

/** `27 files reused (812 tests), 3 ran · hit rate 90% · 41 s saved`, and why a full run, if one was. */
export function reuseLine(reuse: ReportReuse): string {
  const rate = `hit rate ${Math.round(reuse.hitRate * 100)}%`;
  const full = reuse.fullRun !== undefined ? ` · full run: ${reuse.fullRun}` : '';
  return (
    `${plural(reuse.files.length, 'file')} reused (${plural(reuse.reusedTests, 'test')}), ${reuse.ranFiles} ran · ` +
    `${rate} · ${formatDuration(reuse.savedMs)} saved${full}`
  );
}

/** `abc1234def56`, or `run #12` when the run that passed recorded no commit. */
export function reusedFrom(file: ReportReusedFile): string {
  return file.fromSha !== null ? file.fromSha.slice(0, 7) : `run #${file.fromRun}`;
}
