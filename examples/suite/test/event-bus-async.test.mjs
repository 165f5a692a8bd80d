import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EventBus } from '../src/event-bus.mjs';
import { sleep } from '../src/timing.mjs';

describe('EventBus with async listeners', () => {
  test('emit waits for slow listeners, which run concurrently', async () => {
    const bus = new EventBus();
    const done = [];
    bus.on('deploy', async () => {
      await sleep(200);
      done.push('cache purged');
    });
    bus.on('deploy', async () => {
      await sleep(150);
      done.push('search reindexed');
    });
    const start = Date.now();
    await bus.emit('deploy');
    assert.deepEqual(done.sort(), ['cache purged', 'search reindexed']);
    assert.ok(Date.now() - start < 340, 'listeners ran one after another');
  });

  test('a rejecting listener rejects emit', async () => {
    const bus = new EventBus();
    bus.on('e', async () => {
      await sleep(80);
      throw new Error('listener failed');
    });
    await assert.rejects(bus.emit('e'), /listener failed/);
  });
});
