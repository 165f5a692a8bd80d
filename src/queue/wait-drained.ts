/**
 * The report's side of the queue: wait until every batch was taken and every lease released (the workers
 * are done, or their batches were taken over), with a timeout, so the report never reads a half-run queue
 * and never waits forever.
 */
import type { QueueState } from './redis-queue.js';

/** What the wait saw last, and whether the queue drained in time. */
export interface DrainResult {
  readonly state: QueueState;
  readonly drained: boolean;
  readonly waitedMs: number;
}

/** Polls `state` until the queue is drained or `timeoutMs` passed. */
export async function waitUntilDrained(
  state: () => Promise<QueueState>,
  timeoutMs: number,
  pollMs = 2_000,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<DrainResult> {
  const started = Date.now();
  for (;;) {
    const now = await state();
    const waitedMs = Date.now() - started;
    if (now.ready && now.pending === 0 && now.leased === 0) return { state: now, drained: true, waitedMs };
    if (waitedMs >= timeoutMs) return { state: now, drained: false, waitedMs };
    await sleep(Math.min(pollMs, Math.max(1, timeoutMs - waitedMs)));
  }
}

/** A sentence on a queue that did not drain, for the report's problems. */
export function describeUndrained(result: DrainResult, queueId: string): string {
  const { state } = result;
  if (!state.ready)
    return `queue ${queueId} was never filled: no job ran \`tessera run --queue\` for this run id (or they used another --queue-id)`;
  return (
    `queue ${queueId} did not drain within ${Math.round(result.waitedMs / 1000)} s ` +
    `(${state.pending} units never taken, ${state.leased} batches still leased): their tests are not in this report`
  );
}
