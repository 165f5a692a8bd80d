import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  createProgressDisplay,
  renderProgressBlock,
  renderProgressLine,
  type ProgressSnapshot,
} from '../../src/run/progress.js';

const shard = (index: number) => ({ index, total: 3 });

const snapshot: ProgressSnapshot = {
  total: 3,
  predictedMs: 12_000,
  elapsedMs: 4_500,
  shards: new Map([
    [
      1,
      {
        state: 'done',
        progress: {
          shard: shard(1),
          state: 'done',
          tryIndex: 1,
          passed: 10,
          failed: 1,
          flaky: 0,
          skipped: 0,
        },
      },
    ],
    [
      2,
      {
        state: 'running',
        progress: {
          shard: shard(2),
          state: 'running',
          tryIndex: 2,
          passed: 4,
          failed: 0,
          flaky: 1,
          skipped: 0,
        },
      },
    ],
    [3, { state: 'waiting' }],
  ]),
};

describe('progress', () => {
  it('sums the shards into one line with elapsed against predicted', () => {
    expect(renderProgressLine(snapshot)).toBe(
      '1/3 shards done, 1 running · 14 passed, 1 failed, 1 flaky · 4.5s elapsed, 12.0s predicted',
    );
  });

  it('lists each shard in the block, with the retry under way', () => {
    expect(renderProgressBlock(snapshot).slice(1)).toEqual([
      '  shard 1/3: done · 10 passed, 1 failed',
      '  shard 2/3: running (retry 1) · 4 passed, 0 failed, 1 flaky',
      '  shard 3/3: waiting',
    ]);
  });

  it('redraws in place on a terminal by moving the cursor over the previous block', () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString()));
    const display = createProgressDisplay({
      stream,
      live: true,
      total: 3,
      predictedMs: 1000,
      elapsed: () => 0,
      refreshMs: 60_000,
    });
    display.start(1);
    display.finish();
    // Initial block (4 lines), then two redraws that each move up 4 lines and clear.
    expect(text.split('\u001b[4A\u001b[J')).toHaveLength(3);
  });
});
