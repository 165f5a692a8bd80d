import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTextSink } from '../../src/formats/text-sink.js';

describe('createTextSink', () => {
  it('delivers every piece in order through a slow stream that pushes back', async () => {
    const received: string[] = [];
    let waits = 0;
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString('utf8'));
        setTimeout(done, 0);
      },
    });
    slow.on('drain', () => waits++);
    const sink = createTextSink(slow, 10);
    const pieces = Array.from({ length: 200 }, (_, i) => `piece ${i};`);
    for (const piece of pieces) await sink.write(piece);
    await sink.flush();
    expect(received.join('')).toBe(pieces.join(''));
    // It batched (fewer writes than pieces) and it waited for the stream to drain instead of piling up.
    expect(received.length).toBeLessThan(pieces.length);
    expect(waits).toBeGreaterThan(0);
  });

  it('rejects when the stream fails while it waits for a drain', async () => {
    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        setTimeout(() => done(new Error('disk full')), 0);
      },
    });
    broken.on('error', () => undefined);
    const sink = createTextSink(broken, 1);
    await expect(
      (async () => {
        for (let i = 0; i < 10; i++) await sink.write('xx');
        await sink.flush();
      })(),
    ).rejects.toThrow('disk full');
  });
});
