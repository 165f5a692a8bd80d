import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EventBus } from '../src/event-bus.mjs';

describe('EventBus', () => {
  test('calls listeners in registration order', async () => {
    const bus = new EventBus();
    const calls = [];
    bus.on('saved', (id) => calls.push(`first ${id}`));
    bus.on('saved', (id) => calls.push(`second ${id}`));
    assert.equal(await bus.emit('saved', 7), 2);
    assert.deepEqual(calls, ['first 7', 'second 7']);
  });
  test('once listeners run once', async () => {
    const bus = new EventBus();
    let count = 0;
    bus.once('ping', () => count++);
    await bus.emit('ping');
    await bus.emit('ping');
    assert.equal(count, 1);
    assert.equal(bus.listenerCount('ping'), 0);
  });
  test('the function returned by on removes the listener', async () => {
    const bus = new EventBus();
    const off = bus.on('x', () => assert.fail('removed listener was called'));
    off();
    assert.equal(await bus.emit('x'), 0);
  });
});
