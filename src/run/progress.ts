/**
 * Live progress of a local sharded run: shards done and running, tests passed and failed so far, elapsed
 * time against the plan's prediction. On a terminal it is a block redrawn in place; elsewhere (CI logs,
 * pipes) it is one plain line per event, since cursor movement would only garble a log.
 */
import type { Writable } from 'node:stream';
import { formatDuration } from '../plan/duration.js';
import type { ShardProgress } from './shard.js';

/** Where each shard is. */
export type ShardState = 'waiting' | 'running' | 'done';

/** Everything the progress display shows. */
export interface ProgressSnapshot {
  readonly total: number;
  readonly predictedMs: number;
  readonly elapsedMs: number;
  /** By shard index (1-based). */
  readonly shards: ReadonlyMap<number, { readonly state: ShardState; readonly progress?: ShardProgress }>;
}

function sum(snapshot: ProgressSnapshot, key: 'passed' | 'failed' | 'flaky' | 'skipped'): number {
  let total = 0;
  for (const s of snapshot.shards.values()) total += s.progress?.[key] ?? 0;
  return total;
}

/** The one-line headline: shards done and running, test counts, elapsed vs predicted. Pure. */
export function renderProgressLine(snapshot: ProgressSnapshot): string {
  const states = [...snapshot.shards.values()].map((s) => s.state);
  const done = states.filter((s) => s === 'done').length;
  const running = states.filter((s) => s === 'running').length;
  const flaky = sum(snapshot, 'flaky');
  return (
    `${done}/${snapshot.total} shards done, ${running} running · ` +
    `${sum(snapshot, 'passed')} passed, ${sum(snapshot, 'failed')} failed` +
    `${flaky > 0 ? `, ${flaky} flaky` : ''} · ` +
    `${formatDuration(snapshot.elapsedMs)} elapsed, ${formatDuration(snapshot.predictedMs)} predicted`
  );
}

/** The redrawn block: the headline, then one line per shard. Pure. */
export function renderProgressBlock(snapshot: ProgressSnapshot): string[] {
  const lines = [renderProgressLine(snapshot)];
  for (const [index, { state, progress }] of [...snapshot.shards].sort(([a], [b]) => a - b)) {
    const counts = progress
      ? ` · ${progress.passed} passed, ${progress.failed} failed${progress.flaky > 0 ? `, ${progress.flaky} flaky` : ''}`
      : '';
    const retry =
      progress && progress.tryIndex > 1 && state === 'running' ? ` (retry ${progress.tryIndex - 1})` : '';
    lines.push(`  shard ${index}/${snapshot.total}: ${state}${retry}${counts}`);
  }
  return lines;
}

/** A progress display bound to a stream. */
export interface ProgressDisplay {
  /** A shard started. */
  start(index: number): void;
  /** A shard reported counts (after each invocation of its command) or finished. */
  update(progress: ShardProgress): void;
  /** Draws the final state and stops redrawing. */
  finish(): void;
}

/** Options of {@link createProgressDisplay}. */
export interface ProgressOptions {
  readonly stream: Writable;
  /** Redraw in place (a terminal) or print plain lines. */
  readonly live: boolean;
  readonly total: number;
  readonly predictedMs: number;
  /** Milliseconds since the run started. */
  readonly elapsed: () => number;
  /** How often a live display refreshes the elapsed time. */
  readonly refreshMs?: number;
}

/** Creates the display; a live one redraws its block on every event and on a timer. */
export function createProgressDisplay(options: ProgressOptions): ProgressDisplay {
  const shards = new Map<number, { state: ShardState; progress?: ShardProgress }>();
  for (let i = 1; i <= options.total; i++) shards.set(i, { state: 'waiting' });
  const snapshot = (): ProgressSnapshot => ({
    total: options.total,
    predictedMs: options.predictedMs,
    elapsedMs: options.elapsed(),
    shards,
  });
  let drawn = 0;
  const redraw = (): void => {
    const lines = renderProgressBlock(snapshot());
    // Move up over the previous block and clear it, then draw the new one.
    const up = drawn > 0 ? `\u001b[${drawn}A\u001b[J` : '';
    options.stream.write(`${up}${lines.join('\n')}\n`);
    drawn = lines.length;
  };
  const timer = options.live ? setInterval(redraw, options.refreshMs ?? 500) : undefined;
  timer?.unref();
  const plain = (event: string): void => {
    options.stream.write(
      `[${formatDuration(options.elapsed())}] ${event} · ${renderProgressLine(snapshot())}\n`,
    );
  };
  if (options.live) redraw();

  return {
    start(index) {
      shards.set(index, { state: 'running' });
      if (options.live) redraw();
      else plain(`shard ${index}/${options.total} started`);
    },
    update(progress) {
      const index = progress.shard.index;
      const previous = shards.get(index);
      shards.set(index, { state: progress.state === 'done' ? 'done' : 'running', progress });
      if (options.live) redraw();
      else if (progress.state === 'done')
        plain(
          `shard ${index}/${options.total} done: ${progress.passed} passed, ${progress.failed} failed` +
            `${progress.flaky > 0 ? `, ${progress.flaky} flaky` : ''}`,
        );
      else if (progress.tryIndex > 1 && previous?.progress?.tryIndex !== progress.tryIndex)
        plain(
          `shard ${index}/${options.total} retrying the files that failed (retry ${progress.tryIndex - 1})`,
        );
    },
    finish() {
      if (timer) clearInterval(timer);
      if (options.live) redraw();
    },
  };
}
